import { planQuery } from '../../shared/search/routing';
import { searchIndex } from '../../shared/search/query';
import { kb, testIndex } from './search-fixture';

const top = (q: string, n = 3) => searchIndex(testIndex(), q, { limit: n }).hits;

describe('routing: fact look-ups surface the fact first, with its value', () => {
  it('a SKU name: "VpnGw2AZ throughput" → the VpnGw2AZ throughput facts first', () => {
    const hits = top('VpnGw2AZ throughput', 2);
    expect(hits.map((h) => h.url).sort()).toEqual([
      '/docs/reference/vpn-gateway-skus#vpngw2az-gen1-throughput',
      '/docs/reference/vpn-gateway-skus#vpngw2az-gen2-throughput',
    ]);
    // Gen2 before Gen1 within a SKU (the product's sizing rule), each with its value from the model
    expect(hits[0].url).toMatch(/gen2/);
    for (const h of hits) {
      const fact = kb.factById.get(h.url.split('#')[1])!;
      expect(h.kind).toBe('fact');
      expect(h.value).toBe(`${fact.value!.toLocaleString('en-US')} ${fact.unit}`);
    }
  });

  it('a port: "UDP 500 blocked" → the IKEv2 port facts, and the ports command', () => {
    const { hits, suggestions } = searchIndex(testIndex(), 'UDP 500 blocked at hotel', { limit: 3 });
    expect(
      hits
        .slice(0, 2)
        .map((h) => h.url)
        .sort(),
    ).toEqual(['/docs/reference/protocols-and-ports#ikev2-firewall-note', '/docs/reference/protocols-and-ports#ikev2-ports']);
    expect(hits.find((h) => h.url.endsWith('#ikev2-ports'))!.value).toBe(String(kb.factById.get('ikev2-ports')!.value));
    expect(suggestions.map((s) => s.command)).toContain('ports');
  });

  it('a CIDR: "10.0.0.0/24 overlaps on-premises" → the pool overlap rules and a pool command to run', () => {
    const { hits, suggestions } = searchIndex(testIndex(), '10.0.0.0/24 overlaps on-premises', { limit: 3 });
    expect(
      hits
        .slice(0, 2)
        .map((h) => h.url)
        .sort(),
    ).toEqual(['/docs/reference/point-to-site#p2s-pool-private-non-overlapping', '/docs/reference/virtual-wan#vwan-pool-no-overlap']);
    expect(suggestions[0].command).toMatch(/^pool 10\.0\.0\.0\/24 avoid /);
  });

  it('two CIDRs become the pool and the range to avoid', () => {
    expect(planQuery('does 172.16.0.0/22 clash with 172.16.2.0/24', new Set()).suggestions[0].command).toBe(
      'pool 172.16.0.0/22 avoid 172.16.2.0/24',
    );
  });

  it('never suggests an invalid address', () => {
    expect(planQuery('999.1.1.1/24 overlap', new Set()).cidrs).toEqual([]);
  });

  it('a protocol with a limit word is a look-up: "sstp limit" → the SSTP cap', () => {
    expect(planQuery('sstp limit', new Set()).lookup).toBe(true);
    expect(top('sstp limit', 1)[0].url).toBe('/docs/reference/point-to-site#sstp-max-connections');
  });

  it("a general question prefers the general fact to one SKU's table cell", () => {
    const [first] = top('why can only 128 users connect', 1);
    expect(first.url).toBe('/docs/reference/point-to-site#sstp-max-connections');
  });

  it('names the product the query is about', () => {
    const plan = planQuery('how many s2s tunnels on VpnGw1AZ', testIndex().entities);
    expect(plan.entities).toEqual(['vpngw1az']);
    expect(top('how many s2s tunnels on VpnGw1AZ', 1)[0].url).toBe('/docs/reference/vpn-gateway-skus#vpngw1az-gen1-s2s-tunnels');
  });

  it('suggests the command that answers a sizing, compat or routes question', () => {
    const commands = (q: string) => planQuery(q, new Set()).suggestions.map((s) => s.command);
    expect(commands('which sku for 5,000 users')).toContain('sizing 5000 users');
    expect(commands('mac users cert auth which client')).toContain('compat macos certificate');
    expect(commands('windows fails with 30 routes')).toContain('routes 30');
    // a question about a cap is not a sizing request
    expect(commands('why can only 128 users connect')).toEqual([]);
  });

  it('labels superseded facts and ranks them below the current value', () => {
    const hits = searchIndex(testIndex(), 'users per virtual wan hub', { limit: 10 }).hits;
    const current = hits.findIndex((h) => h.url.endsWith('#vwan-hub-p2s-users'));
    const old = hits.findIndex((h) => h.url.endsWith('#vwan-hub-p2s-users-2019'));
    expect(current).toBeGreaterThanOrEqual(0);
    if (old >= 0) {
      expect(old).toBeGreaterThan(current);
      expect(hits[old].status).toBe('superseded');
      expect(hits[old].supersededBy).toBe(kb.factById.get('vwan-hub-p2s-users')!.title);
    }
  });
});

describe('snippets', () => {
  it('mark the matched words with « » and nothing else', () => {
    const [hit] = top('UDP 500 blocked at hotel', 1);
    expect(hit.snippet).toContain('«UDP» «500»');
    expect(hit.snippet).not.toMatch(/[*_`<>]|\[.*\]\(/);
  });

  it('mark words matched through a synonym or a stem', () => {
    const hit = top('p2s ipv6 support', 1)[0];
    expect(hit.snippet).toMatch(/«[^»]+»/);
  });
});
