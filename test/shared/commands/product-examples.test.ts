/**
 * Every example in the product brief's command table (except search), with the evaluation date pinned to
 * 2026-11-21 unless a case says otherwise, and what a correct answer must say.
 */
import { AnswerSchema } from '../../../shared';
import type { Answer, AnswerOf } from '../../../shared';
import type { CommandOf } from '../../support/knowledge-fixture';
import { AS_OF, answerTo } from '../../support/knowledge-fixture';

/** The answer to a literal command, validated, its `data` typed by the command it names. */
function answer<T extends string>(text: T, asOf = AS_OF): AnswerOf<CommandOf<T>> {
  const a = answerTo(text, { asOf });
  AnswerSchema.parse(a);
  return a;
}
/** Narrows data that comes in views (limits, help) to the one a case expects. */
function dataView<D extends { view: string }, V extends D['view']>(data: D, view: V): Extract<D, { view: V }> {
  if (data.view !== view) throw new Error(`expected the ${view} view, got ${data.view}`);
  return data as Extract<D, { view: V }>;
}
const codes = (a: Answer) => a.findings.map((f) => f.code);
const section = (a: Answer, title: RegExp) => {
  const s = a.sections.find((x) => title.test(x.title));
  if (!s) throw new Error(`no section ${title} in ${a.sections.map((x) => x.title).join(', ')}`);
  return s;
};
const text = (a: Answer) => JSON.stringify(a.sections);

describe('sizing', () => {
  it('sizing 5000 users → VpnGw5AZ Gen2 recommended at 50%, VpnGw4AZ the minimum at 100%; Virtual WAN 11 scale units (7 at the minimum); a /19 pool', () => {
    const a = answer('sizing 5000 users');
    expect(a.data.recommended).toMatchObject({ sku: 'vpngw5az-gen2', generation: 'Gen2', utilisation: 0.5, binding: 'connections' });
    expect(a.data.minimum).toMatchObject({ sku: 'vpngw4az-gen2', generation: 'Gen2', utilisation: 1, binding: 'connections' });
    expect(a.data.virtualWan).toMatchObject({
      hubs: 1,
      scaleUnits: 11,
      minimumScaleUnits: 7,
      scaleUnitConnections: 10000,
      poolsPerConfiguration: 1,
    });
    expect(a.data.pool).toEqual({ prefix: 19, addresses: 8192 });
    expect(a.summary).toMatch(
      /^VpnGw5AZ \(Gen2\) recommended, at 50% of its connection limit; VpnGw4AZ \(Gen2\) is the minimum, at 100% of its connection limit, with no room for growth or failover/,
    );
    expect(a.summary).toContain('11 User VPN scale units (7 at the minimum)');
    expect(a.summary).toContain('a /19 or larger');
    expect(codes(a)).toEqual(
      expect.arrayContaining(['high_utilisation', 'non_az_not_creatable', 'legacy_not_creatable', 'throughput_is_benchmark']),
    );
    // What it takes: lead time, Virtual WAN hub time, downtime of scale-unit changes, prerequisites.
    const takes = section(a, /What it takes/);
    expect(takes.type === 'list' && takes.items.join(' ')).toMatch(
      /45 minutes or more.*30 minutes.*downtime.*\/27 or larger.*Standard SKU public IP.*third public IP/s,
    );
    // SKUs that can't be created on the date are listed, never recommended.
    expect(section(a, /Not considered on this date/).type).toBe('list');
    expect(
      a.data.considered
        .filter((c) => c.blocked)
        .map((c) => c.sku)
        .sort(),
    ).toEqual(
      [
        'high-performance',
        'standard',
        'vpngw1-gen1',
        'vpngw2-gen1',
        'vpngw2-gen2',
        'vpngw3-gen1',
        'vpngw3-gen2',
        'vpngw4-gen2',
        'vpngw5-gen2',
      ].sort(),
    );
  });

  it('sizing 5000 users 2 mbps each openvpn zone-redundant → VpnGw5AZ is only the minimum, bound by the 10 Gbps aggregate', () => {
    const a = answer('sizing 5000 users 2 mbps each openvpn zone-redundant');
    expect(a.data.request).toMatchObject({ users: 5000, mbpsPerUser: 2, protocol: 'openvpn', zoneRedundant: true });
    expect(a.data.recommended).toBeNull();
    expect(a.data.minimum).toMatchObject({ sku: 'vpngw5az-gen2', binding: 'throughput', utilisation: 1 });
    expect(a.summary).toMatch(/^No VPN gateway stays under 80%: VpnGw5AZ \(Gen2\) is the minimum, at 100% of its throughput limit/);
    expect(a.findings.find((f) => f.code === 'high_utilisation')?.message).toMatch(
      /No larger gateway stays under that; Virtual WAN scales further/,
    );
    // VpnGw4AZ has the connections but not the throughput.
    const gw4 = a.data.considered.find((c) => c.sku === 'vpngw4az-gen2')!;
    expect(gw4.fits).toBe(false);
    expect(gw4.checks.find((c) => c.limit === 'throughput')).toMatchObject({ demand: 10000, capacity: 5000 });
    // Zone-redundant: Basic is ruled out as unsuitable, not as too small.
    expect(a.data.considered.find((c) => c.sku === 'basic')?.unsuitable).toBeTruthy();
    expect(a.data.virtualWan).toMatchObject({ scaleUnits: 40, minimumScaleUnits: 20, scaleUnitThroughputGbps: 20 });
    expect(a.sections[0].type === 'table' && a.sections[0].columns).toContain('Throughput');
  });

  describe('sizing 800 users sstp', () => {
    it('on 2026-11-21 SSTP can no longer be enabled: it says so and sizes on IKEv2/OpenVPN', () => {
      const a = answer('sizing 800 users sstp');
      expect(a.data.sstpCounted).toBe(false);
      const f = a.findings.find((x) => x.code === 'sstp_cannot_enable');
      expect(f?.severity).toBe('critical');
      expect(f?.message).toContain('2026-03-31');
      expect(f?.message).toContain('2027-03-31');
      // exactly 80% is within the headroom policy
      expect(a.data.recommended).toMatchObject({ sku: 'vpngw3az-gen2', utilisation: 0.8 });
      expect(a.data.minimum).toMatchObject({ sku: 'vpngw3az-gen2' });
      expect(a.summary).toContain("SSTP can't be enabled since 2026-03-31, so it adds no connections: sized on IKEv2/OpenVPN.");
      expect(a.links.map((l) => l.url)).toContain('http://vpn-advisor.test/docs/scenarios/sstp-migration');
    });

    it('on 2026-01-15, SSTP alone carries at most 128 of the 800 users on any SKU: nothing fits, IKEv2 is the way', () => {
      const a = answer('sizing 800 users sstp', '2026-01-15');
      expect(a.data.sstpCounted).toBe(true);
      expect(a.data.recommended).toBeNull();
      expect(a.data.minimum).toBeNull();
      expect(a.summary).toMatch(
        /^No single VPN gateway carries this: SSTP takes at most 128 connections on every SKU, so add IKEv2 or OpenVPN/,
      );
      expect(a.findings.find((f) => f.code === 'sstp_connection_cap')?.message).toContain('sizing 800 users sstp ikev2');
      expect(a.lifecycle.map((e) => e.id)).toEqual(expect.arrayContaining(['sstp-enable-ends', 'sstp-retired']));
    });

    it('on 2026-01-15 with IKEv2 beside it, the 128 SSTP connections count on top of IKEv2/OpenVPN', () => {
      const a = answer('sizing 800 users sstp ikev2', '2026-01-15');
      expect(a.data.sstpCounted).toBe(true);
      expect(codes(a)).toContain('sstp_connection_cap');
      const gw3 = a.data.considered.find((c) => c.sku === 'vpngw3az-gen2')!;
      expect(gw3.checks[0]).toMatchObject({ limit: 'connections', demand: 800, capacity: 1128 });
      const gw2 = a.data.considered.find((c) => c.sku === 'vpngw2az-gen2')!;
      expect(gw2.checks[0].capacity).toBe(628);
      expect(a.data.recommended!.sku).toBe('vpngw3az-gen2');
      expect(a.data.recommended!.utilisation).toBeCloseTo(800 / 1128, 6);
      expect(a.sections[0].type === 'table' && a.sections[0].columns[1]).toBe('Connections (SSTP + IKEv2/OpenVPN)');
      expect(a.summary).toContain("SSTP's 128 connections count on top of IKEv2/OpenVPN (SSTP can no longer be enabled from 2026-03-31).");
    });

    it('from 2027-03-31 SSTP has stopped working altogether', () => {
      const a = answer('sizing 800 users sstp', '2027-04-01');
      expect(a.data.sstpCounted).toBe(false);
      expect(codes(a)).toContain('sstp_retired');
      expect(a.summary).toContain('SSTP stopped working on 2027-03-31, so every user needs IKEv2 or OpenVPN.');
    });
  });

  it('sizing 3000 users 40 sites → VpnGw4AZ: VpnGw1–3AZ carry only 30 tunnels', () => {
    const a = answer('sizing 3000 users 40 sites');
    expect(a.data.request.sites).toBe(40);
    expect(a.data.recommended).toMatchObject({ sku: 'vpngw4az-gen2', binding: 'connections', utilisation: 0.6 });
    const gw3 = a.data.considered.find((c) => c.sku === 'vpngw3az-gen2')!;
    expect(gw3.checks.find((c) => c.limit === 's2s-tunnels')).toMatchObject({ demand: 40, capacity: 30 });
    expect(a.sections[0].type === 'table' && a.sections[0].columns).toContain('S2S tunnels');
  });

  it('sizing 150000 users → no single gateway; Virtual WAN with 2 hubs', () => {
    const a = answer('sizing 150000 users');
    expect(a.data.recommended).toBeNull();
    expect(a.data.minimum).toBeNull();
    expect(a.data.unmet).toEqual([{ limit: 'connections', demand: 150000, largest: 10000 }]);
    expect(a.findings.find((f) => f.code === 'exceeds_single_gateway')?.severity).toBe('critical');
    expect(a.data.virtualWan).toMatchObject({
      hubs: 2,
      hubsBinding: 'users',
      usersPerHub: 75000,
      scaleUnits: 200,
      minimumScaleUnits: 160,
      poolsPerConfiguration: 10,
      minAddressesPerPool: 10000,
      poolPrefix: 18,
    });
    expect(a.summary).toMatch(
      /^No single VPN gateway carries this: no SKU takes more than 10,000 point-to-site connections\. Virtual WAN: 2 hubs of 75,000 users .*200 User VPN scale units per hub \(160 at the minimum\)\./,
    );
    expect(a.summary).toContain('10 per hub, each a /18 or larger');
  });

  describe('sizing 2000 users from VpnGw1', () => {
    it('on 2026-11-21 (after the non-AZ deprecation) the gateway must be migrated, not resized', () => {
      const a = answer('sizing 2000 users from VpnGw1');
      expect(a.data.from).toEqual({ sku: 'vpngw1-gen1', label: 'VpnGw1 (Gen1)', verdict: 'migrate' });
      expect(a.findings.find((f) => f.code === 'non_az_deprecated')?.severity).toBe('critical');
      expect(a.data.recommended!.sku).toBe('vpngw4az-gen2');
      const from = section(a, /^From your VpnGw1/);
      expect(from.type === 'list' && from.items.join(' ')).toMatch(/VpnGw1AZ \(Gen1\).*VpnGw4AZ \(Gen2\)/);
      expect(a.summary).toMatch(/must be migrated \(for this load, to VpnGw4AZ \(Gen2\)\)/);
    });

    it('during the migration window it says to move to an AZ SKU, with the window', () => {
      const a = answer('sizing 2000 users from VpnGw1', '2026-05-01');
      expect(a.data.from!.verdict).toBe('migrate');
      expect(a.findings.find((f) => f.code === 'non_az_migrate')?.message).toMatch(/2025-09-01 – 2026-09-30/);
    });
  });
});

describe('compat', () => {
  const cell = (a: AnswerOf<'compat'>, tunnel: string, os?: string, auth?: string) => {
    const found = a.data.cells.find((c) => c.tunnel === tunnel && (!os || c.os === os) && (!auth || c.auth === auth));
    if (!found) throw new Error(`no ${tunnel} cell for ${os ?? 'any OS'} / ${auth ?? 'any auth'}`);
    return found;
  };

  it('compat macos certificate → IKEv2 with the built-in client, OpenVPN with the OpenVPN client, macOS 13.0+; no SSTP', () => {
    const a = answer('compat macos certificate');
    expect(cell(a, 'ikev2')).toMatchObject({ status: 'supported', clients: ['macOS built-in VPN client'], minOs: '13.0' });
    expect(cell(a, 'openvpn')).toMatchObject({ status: 'supported', clients: ['OpenVPN client'] });
    expect(cell(a, 'sstp')).toMatchObject({ status: 'not-supported' });
    expect(cell(a, 'sstp').instead).toBeTruthy();
    expect(a.summary).toContain('macOS 13.0 or later');
  });

  it('compat linux entra, before 2026-08-31: OpenVPN with the Azure VPN Client for Linux', () => {
    const a = answer('compat linux entra', '2026-06-01');
    expect(cell(a, 'openvpn')).toMatchObject({ status: 'supported', clients: ['Azure VPN Client for Linux (Preview)'] });
    expect(codes(a)).not.toContain('client_retired');
  });

  it('compat linux entra, after 2026-08-31: no longer supported, says why and what to use instead', () => {
    const a = answer('compat linux entra');
    expect(cell(a, 'openvpn')).toMatchObject({ status: 'no-longer-supported', clients: [] });
    expect(a.findings.find((f) => f.code === 'client_retired')?.message).toContain('2026-08-31');
    expect(a.summary).toMatch(/no longer supported as of 2026-11-21\. .*2026-08-31.* Instead: /);
    expect(a.summary).not.toContain('..');
    expect(cell(a, 'ikev2').status).toBe('not-supported');
  });

  it('compat windows → every auth and tunnel; Entra only over OpenVPN with the Azure VPN Client (Windows 11)', () => {
    const a = answer('compat windows');
    expect(a.data.cells).toHaveLength(9);
    expect(cell(a, 'openvpn', 'windows', 'entra')).toMatchObject({
      status: 'supported',
      clients: ['Azure VPN Client for Windows'],
      minOs: 'Windows 11',
    });
    expect(cell(a, 'ikev2', 'windows', 'entra').status).toBe('not-supported');
    expect(cell(a, 'sstp', 'windows', 'certificate').status).toBe('supported');
    // SSTP still works where it is on, but can't be enabled any more on this date: the status says so.
    expect(cell(a, 'sstp', 'windows', 'certificate').statusNote).toBe("can't be enabled since 2026-03-31");
    expect(section(a, /Client compatibility/)).toMatchObject({
      rows: expect.arrayContaining([expect.arrayContaining(['SSTP', "supported (can't be enabled since 2026-03-31)"])]),
    });
    expect(a.summary).not.toMatch(/Windows Windows/);
  });

  it('compat ios radius → IKEv2 (built-in) and OpenVPN; SSTP is Windows-only', () => {
    const a = answer('compat ios radius');
    expect(cell(a, 'ikev2')).toMatchObject({ status: 'supported', clients: ['iOS built-in VPN client'] });
    expect(cell(a, 'openvpn').status).toBe('supported');
    expect(cell(a, 'sstp').status).toBe('not-supported');
  });

  describe("SSTP over time (the tunnel type's own lifecycle applies to every cell)", () => {
    it('before 2026-03-31: supported, with a warning that it stops on 2027-03-31', () => {
      const a = answer('compat windows sstp', '2026-01-15');
      expect(cell(a, 'sstp', 'windows', 'certificate').status).toBe('supported');
      expect(a.findings.find((f) => f.code === 'sstp_retiring')?.message).toContain('2027-03-31');
    });

    it('from 2026-03-31: still working where it is on, but it can no longer be enabled (and the answer says so)', () => {
      const a = answer('compat windows sstp');
      expect(cell(a, 'sstp', 'windows', 'certificate').status).toBe('supported');
      expect(a.findings.find((f) => f.code === 'sstp_cannot_enable')?.severity).toBe('warning');
    });

    it('from 2027-03-31: no longer supported, with IKEv2 or OpenVPN instead; cells that never worked stay "not supported"', () => {
      const a = answer('compat windows sstp', '2027-05-01');
      expect(cell(a, 'sstp', 'windows', 'certificate')).toMatchObject({ status: 'no-longer-supported', instead: 'IKEv2 or OpenVPN' });
      expect(cell(a, 'sstp', 'windows', 'certificate').reason).toBe('SSTP stopped working on 2027-03-31.');
      expect(cell(a, 'sstp', 'windows', 'entra').status).toBe('not-supported');
      expect(a.summary).toMatch(/no longer supported as of 2027-05-01\. SSTP stopped working on 2027-03-31\. Instead: IKEv2 or OpenVPN\.$/);
    });
  });

  it('every compat answer cites the matrix cells it read, with source and date', () => {
    const a = answer('compat linux entra');
    expect(a.facts.map((f) => f.id)).toEqual(
      expect.arrayContaining(['compat-linux-entra-openvpn', 'compat-linux-entra-ikev2', 'compat-linux-entra-sstp']),
    );
    for (const f of a.facts) expect(f.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('compat entra → Windows and macOS over OpenVPN; Android and iOS not documented rather than guessed', () => {
    const a = answer('compat entra');
    expect(a.data.cells).toHaveLength(15);
    const supported = a.data.cells.filter((c) => c.status === 'supported').map((c) => `${c.os}/${c.tunnel}`);
    expect(supported.sort()).toEqual(['macos/openvpn', 'windows/openvpn']);
    expect(cell(a, 'openvpn', 'android').status).toBe('not-documented');
    expect(cell(a, 'openvpn', 'ios').status).toBe('not-documented');
    expect(cell(a, 'openvpn', 'linux').status).toBe('no-longer-supported');
  });
});

describe('pool', () => {
  it('pool 172.16.0.0/22 → 1,024 private addresses, no problems', () => {
    const a = answer('pool 172.16.0.0/22');
    expect(a.data.plan).toMatchObject({
      cidr: '172.16.0.0/22',
      addresses: 1024,
      first: '172.16.0.0',
      last: '172.16.3.255',
      addressClass: 'rfc1918',
      capacity: 1024,
    });
    expect(a.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(a.summary).toContain('no problems found');
  });

  it('pool 172.16.0.0/22 sstp ikev2 → one /25 for SSTP, the remaining blocks for IKEv2, marked derived', () => {
    const a = answer('pool 172.16.0.0/22 sstp ikev2');
    expect(a.data.plan.parts).toEqual([
      { protocol: 'sstp', blocks: ['172.16.0.0/25'], addresses: 128, capacity: 128, derived: true },
      { protocol: 'ikev2', blocks: ['172.16.0.128/25', '172.16.1.0/24', '172.16.2.0/23'], addresses: 896, capacity: 896, derived: true },
    ]);
    expect(text(a)).toContain('derived from the documented rule');
  });

  it('a /24 with SSTP and IKEv2 becomes two /25 (documented, not derived)', () => {
    const a = answer('pool 10.1.2.0/24 ikev2 sstp');
    expect(a.data.plan.parts.map((p) => [p.protocol, p.blocks, p.derived])).toEqual([
      ['sstp', ['10.1.2.0/25'], false],
      ['ikev2', ['10.1.2.128/25'], false],
    ]);
  });

  it('pool 10.8.0.0/19 users 5000 avoid 10.0.0.0/16,192.168.0.0/24 → no overlap, capacity 8,192 for 5,000 users', () => {
    const a = answer('pool 10.8.0.0/19 users 5000 avoid 10.0.0.0/16,192.168.0.0/24');
    expect(a.data.request).toMatchObject({ cidr: '10.8.0.0/19', users: 5000, avoid: ['10.0.0.0/16', '192.168.0.0/24'] });
    expect(a.data.plan.overlaps).toEqual([]);
    expect(a.data.plan.capacity).toBe(8192);
    expect(a.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const avoid = section(a, /Ranges to avoid/);
    expect(avoid.type === 'table' && avoid.rows).toEqual([
      ['10.0.0.0/16', 'none'],
      ['192.168.0.0/24', 'none'],
    ]);
  });

  it('pool 10.20.0.0/18,10.21.0.0/18 virtual-wan 40 scale units → two pools, one per instance: the full 20,000', () => {
    const a = answer('pool 10.20.0.0/18,10.21.0.0/18 virtual-wan 40 scale units');
    expect(a.data.request.morePools).toEqual(['10.21.0.0/18']);
    expect(a.data.request.avoid).toEqual([]);
    expect(a.data.plan.capacity).toBe(20000);
    expect(a.data.plan.virtualWan?.instanceAddresses).toEqual([16384, 16384]);
    expect(codes(a)).not.toContain('vwan_too_few_pools');
  });

  it('the documented worked example: three pools of which one is small serve 28,192 on 60 scale units', () => {
    const a = answer('pool 10.10.0.0/18 10.11.0.0/19 10.12.0.0/18 virtual-wan 60 scale units');
    expect(a.data.plan.capacity).toBe(28192);
    expect(codes(a)).toContain('vwan_small_pools_combined');
  });

  it('pool 100.64.0.0/16 virtual-wan 40 scale units → CGNAT warning and the single-pool trap (an answer, exit 0)', () => {
    const a = answer('pool 100.64.0.0/16 virtual-wan 40 scale units');
    expect(a.findings.find((f) => f.code === 'pool_shared_address_space')?.severity).toBe('warning');
    const trap = a.findings.find((f) => f.code === 'vwan_too_few_pools');
    expect(trap?.severity).toBe('critical');
    expect(trap?.message).toMatch(/serves only 10,000 of the 20,000 connections/);
    expect(a.data.plan.virtualWan).toEqual({
      scaleUnits: 40,
      poolsNeeded: 2,
      minAddressesPerPool: 10000,
      suggestedBlocks: ['100.64.0.0/18', '100.64.64.0/18'],
      instanceAddresses: [65536, 0],
    });
    expect(a.data.plan.capacity).toBe(10000);
    expect(a.data.plan.addressClass).toBe('shared-cgnat');
  });
});

describe('routes', () => {
  it('routes 30 → only Windows IKEv2 before 10 version 2004 (25) fails; the disagreement is shown', () => {
    const a = answer('routes 30');
    expect(a.data.limits.filter((l) => !l.ok).map((l) => l.max)).toEqual([25]);
    expect(a.findings.find((f) => f.code === 'route_limit_exceeded')?.message).toMatch(/before Windows 10 version 2004/);
    expect(a.findings.find((f) => f.code === 'sources_disagree')?.message).toMatch(/25 .*256 .*255/);
    expect(a.links.some((l) => l.url.endsWith('/docs/reference/conflicts#conflict-18'))).toBe(true);
  });

  it('routes 10.0.0.0/16 10.1.0.0/16 192.168.10.0/24 → 3 prefixes, within every limit', () => {
    const a = answer('routes 10.0.0.0/16 10.1.0.0/16 192.168.10.0/24');
    expect(a.data.request).toEqual({ count: 3, prefixes: ['10.0.0.0/16', '10.1.0.0/16', '192.168.10.0/24'] });
    expect(a.data.limits.every((l) => l.ok)).toBe(true);
    expect(codes(a)).not.toContain('route_limit_exceeded');
  });

  it('routes 300 → every IKEv2 client fails; OpenVPN (1,000) connects', () => {
    const a = answer('routes 300');
    const ok = a.data.limits.filter((l) => l.ok).map((l) => l.who);
    expect(ok).toEqual(['OpenVPN']);
  });
});

describe('expressroute', () => {
  it('expressroute 5 gbps → Ultra Performance / ErGw3Az, ErGwScale 5 units, Virtual WAN 3 scale units, Direct port rates', () => {
    const a = answer('expressroute 5 gbps');
    expect(a.data).toMatchObject({ recommended: 'Ultra Performance / ErGw3Az', scaleUnits: 5, virtualWan: { scaleUnits: 3, hubs: 1 } });
    expect(text(a)).toContain('10 Gbps port pair: circuits of 1, 2, 5, 10 Gbps');
    expect(text(a)).toContain('100 Gbps port pair: circuits of 5, 10, 40, 100 Gbps');
  });

  it('expressroute 3 circuits 8 gbps → Ultra Performance, ErGwScale 8 units, Virtual WAN 4 scale units', () => {
    const a = answer('expressroute 3 circuits 8 gbps');
    expect(a.data).toMatchObject({
      request: { mbps: 8000, circuits: 3 },
      recommended: 'Ultra Performance / ErGw3Az',
      scaleUnits: 8,
      virtualWan: { scaleUnits: 4, hubs: 1 },
    });
  });
});

describe('bastion', () => {
  it('bastion 500 rdp → Standard with 25 instances (20 RDP per instance)', () => {
    const a = answer('bastion 500 rdp');
    expect(a.data.recommended).toEqual({ sku: 'bastion-standard', instances: 25 });
    expect(a.data.skus.find((s) => s.sku === 'bastion-basic')?.fits).toBe(false);
  });

  it('bastion 300 ssh → Standard with 8 instances (40 SSH per instance)', () => {
    expect(answer('bastion 300 ssh').data.recommended).toEqual({ sku: 'bastion-standard', instances: 8 });
  });
});

describe('scenario', () => {
  it('scenario → the list of every scenario with links to the guides', () => {
    const a = answer('scenario');
    expect(a.data.scenario).toBeNull();
    expect(a.data.matches.length).toBeGreaterThanOrEqual(10);
    expect(a.links).toHaveLength(a.data.matches.length);
    expect(a.links[0].url).toMatch(/^http:\/\/vpn-advisor\.test\/docs\/scenarios\/[a-z0-9-]+$/);
  });

  it('scenario azure-only → that guide: when it fits, steps, limits with values', () => {
    const a = answer('scenario azure-only');
    expect(a.data.scenario).toBe('azure-only');
    expect(a.links[0].url).toBe('http://vpn-advisor.test/docs/scenarios/azure-only');
    const limits = section(a, /Limits that apply/);
    expect(limits.type === 'list' && limits.items.join(' ')).toContain('5,000 connections');
    expect(section(a, /^Steps$/).type).toBe('list');
  });

  it('scenario users need on-premises access → the Azure + on-premises guide', () => {
    expect(answer('scenario users need on-premises access').data.scenario).toBe('azure-and-on-premises');
  });
});

describe('limits', () => {
  it('limits → facts per topic', () => {
    const a = answer('limits');
    expect(Object.keys(dataView(a.data, 'topics').topics)).toEqual(
      expect.arrayContaining(['vpn-gateway-skus', 'virtual-wan', 'point-to-site']),
    );
  });

  it('limits virtual-wan → the Virtual WAN topic, each fact with value, source and date', () => {
    const a = answer('limits virtual-wan');
    expect(dataView(a.data, 'facts').topic).toBe('virtual-wan');
    expect(dataView(a.data, 'facts').total).toBeGreaterThan(100);
    expect(a.facts.every((f) => f.url.includes('/docs/reference/virtual-wan#'))).toBe(true);
    const t = section(a, /Facts/);
    expect(t.type === 'table' && t.columns).toEqual(['Fact', 'Value', 'Source', 'Date']);
  });

  it('limits sstp → the facts about SSTP, 128 among them', () => {
    const a = answer('limits sstp');
    expect(dataView(a.data, 'facts').facts).toContain('sstp-max-connections');
    expect(a.facts.find((f) => f.id === 'sstp-max-connections')?.value).toBe(128);
  });
});

describe('ports', () => {
  it('ports ikev2 → UDP 500, UDP 4500, IP protocol 50, and a warning that it may be blocked', () => {
    const a = answer('ports ikev2');
    expect(a.summary).toBe('IKEv2 (IPsec): UDP 500, UDP 4500, IP protocol 50.');
    // the Windows fallback when IKEv2 is blocked is SSTP, whose dates therefore matter here too
    expect(codes(a)).toEqual(['may_be_blocked', 'lifecycle_in_effect', 'lifecycle_upcoming']);
  });

  it('ports → all three tunnel types', () => {
    const a = answer('ports');
    expect(a.data.protocols.map((p) => p.id).sort()).toEqual(['ikev2', 'openvpn', 'sstp']);
  });
});

describe('help', () => {
  it('help → every command with an example', () => {
    const a = answer('help');
    expect(dataView(a.data, 'all').commands.map((c) => c.name)).toEqual([
      'sizing',
      'compat',
      'pool',
      'routes',
      'bastion',
      'expressroute',
      'scenario',
      'limits',
      'ports',
      'search',
      'help',
    ]);
  });

  it('help sizing → the sizing declaration (a command word wins over the filler list)', () => {
    const a = answer('help sizing');
    expect(dataView(a.data, 'command').command).toBe('sizing');
    expect(dataView(a.data, 'command').examples).toContain('sizing 5000 users');
  });
});

describe('expressroute: circuits and hubs', () => {
  it('expressroute 16 circuits needs no bandwidth and names the larger GatewaySubnet the top circuit step needs', () => {
    const a = answer('expressroute 16 circuits');
    expect(a.data.request).toEqual({ circuits: 16 });
    expect(a.data.gatewaySubnetPrefix).toBe(26);
    expect(a.summary).toContain('/26');
    expect(a.facts.map((f) => f.id)).toContain('er-gateway-subnet-16-circuits-prefix');
  });

  it('a bandwidth beyond one hub spreads over hubs instead of reporting more scale units than a hub takes', () => {
    const a = answer('expressroute 50 gbps');
    expect(a.data.virtualWan).toMatchObject({ scaleUnits: 25, hubs: 3, maxScaleUnitsPerHub: 10 });
    expect(a.summary).toMatch(/3 hubs/);
    expect(a.findings.map((f) => f.code)).toContain('vwan_er_several_hubs');
  });
});

describe('answers that hold at the far end', () => {
  it('routes beyond every limit says no client connects (not "the others are within their limits")', () => {
    const a = answer('routes 1001');
    expect(a.data.limits.every((l) => !l.ok)).toBe(true);
    expect(a.summary).toMatch(/no client connects/);
    expect(a.summary).not.toMatch(/others are within/);
  });

  it('more circuits than any gateway connects: says so, and names no GatewaySubnet size', () => {
    const a = answer('expressroute 20 circuits');
    expect(a.data.recommended).toBeNull();
    expect(a.data.gatewaySubnetPrefix).toBeNull();
    expect(a.summary).toMatch(/^No ExpressRoute gateway connects 20 circuits: the largest connect 16/);
  });
});
