/**
 * One grammar for every face: forgiving about order, case, commas, punctuation and filler words,
 * strict about meaning. Forgiving variants must give exactly the canonical answer's data.
 */
import fc from 'fast-check';
import { normaliseQuery, tokenize } from '../../../shared';
import type { Answer } from '../../../shared';
import { ask, askFor } from '../../support/knowledge-fixture';

const dataOf = (text: string): Answer['data'] => {
  const a = ask(text);
  if (a.kind !== 'answer') throw new Error(`"${text}": ${a.error?.message}`);
  return a.data;
};

describe('tokenize', () => {
  it.each([
    ['Sizing 5,000 users, 2Mbps each?', ['sizing', '5000', 'users', '2', 'mbps', 'each']],
    ['sizing 5k users', ['sizing', '5000', 'users']],
    ['pool 10.8.0.0/19 avoid 10.0.0.0/16,192.168.0.0/24', ['pool', '10.8.0.0/19', 'avoid', '10.0.0.0/16', '192.168.0.0/24']],
    ['sizing 2000 users from VpnGw2AZ', ['sizing', '2000', 'users', 'from', 'vpngw2az']],
    ['expressroute 5gbps', ['expressroute', '5', 'gbps']],
    ['  compat\u00a0macos\u200bcertificate  ', ['compat', 'macos', 'certificate']],
    ['sizing 1,234,567 users', ['sizing', '1234567', 'users']],
    ['scenario "azure-only".', ['scenario', 'azure-only']],
    ['', []],
  ])('%j → %j', (input, norms) => {
    expect(tokenize(input).map((t) => t.norm)).toEqual(norms);
  });

  it('keeps what the user typed for messages', () => {
    expect(tokenize('SIZING VpnGw1').map((t) => t.raw)).toEqual(['SIZING', 'VpnGw1']);
  });

  it('normaliseQuery collapses whitespace and drops a leading /vpn', () => {
    expect(normaliseQuery('  /vpn   sizing\n5000\tusers ')).toBe('sizing 5000 users');
    expect(normaliseQuery('/VPN')).toBe('');
  });
});

describe('forgiving about form', () => {
  const canonical = (text: string) => dataOf(text);
  it.each([
    [
      'sizing 5000 users',
      [
        'sizing 5,000 users',
        'SIZING 5000 USERS',
        'Sizing 5000 Users.',
        'sizing for about 5000 remote users please',
        'size 5000',
        'sizing 5k users',
        'sizing users 5000',
        '/vpn sizing 5000 users',
        'sizing 5000 concurrent employees',
        'sizing\u00a05000\u00a0users',
      ],
    ],
    [
      'sizing 5000 users 2 mbps each openvpn zone-redundant',
      [
        'sizing zone-redundant openvpn 2 mbps 5000 users',
        'sizing 5000 users, 2Mbps each, OpenVPN, zone-redundant',
        'SIZING 5,000 USERS 2 MBPS EACH OPENVPN ZONE-REDUNDANT',
        'sizing 5000 users with 2 mbps per user using openvpn zone redundant',
      ],
    ],
    ['sizing 3000 users 40 sites', ['sizing 40 sites 3000 users', 'sizing 3,000 users and 40 branches', 'sizing 40 site 3000 user']],
    [
      'sizing 2000 users from VpnGw1',
      ['sizing from vpngw1 2000 users', 'sizing 2000 users from VPNGW1 gen1', 'sizing 2,000 users current VpnGw1'],
    ],
    [
      'pool 172.16.0.0/22 sstp ikev2',
      ['pool ikev2 sstp 172.16.0.0/22', 'POOL 172.16.0.0/22 SSTP IKEv2', 'pool 172.16.0.0/22 with sstp and ikev2'],
    ],
    [
      'pool 10.8.0.0/19 users 5000 avoid 10.0.0.0/16,192.168.0.0/24',
      [
        'pool 10.8.0.0/19 5000 users avoid 10.0.0.0/16 192.168.0.0/24',
        'pool 10.8.0.0/19 users 5,000 avoid 10.0.0.0/16, 192.168.0.0/24',
        'pool 10.8.0.0/19 avoid 10.0.0.0/16,192.168.0.0/24 users 5000',
      ],
    ],
    [
      'pool 100.64.0.0/16 virtual-wan 40 scale units',
      ['pool 100.64.0.0/16 vwan 40 scale units', 'pool virtual-wan 40 scale-units 100.64.0.0/16'],
    ],
    [
      'compat macos certificate',
      ['compat certificate macos', 'COMPAT Mac cert', 'compat macOS with certificates', 'compatibility osx certificate'],
    ],
    ['compat linux entra', ['compat linux azure ad', 'compat ubuntu entra id', 'compat entra linux']],
    [
      'expressroute 3 circuits 8 gbps',
      ['expressroute 8 gbps 3 circuits', 'expressroute 8gbps 3 circuits', 'expressroute 8000 mbps 3 circuits'],
    ],
    ['bastion 100 rdp 200 ssh', ['bastion 200 ssh 100 rdp', 'bastion 100 rdp sessions 200 ssh sessions']],
    ['routes 30', ['routes 30 routes', 'ROUTES 30']],
  ])('%s', (reference, variants) => {
    const want = canonical(reference);
    for (const v of variants) {
      const got = dataOf(v);
      expect([v, got]).toEqual([v, want]);
    }
  });
});

describe('forgiving about order (property)', () => {
  const phrases: Record<string, string[]> = {
    sizing: ['5000 users', '2 mbps each', 'openvpn', 'zone-redundant', '40 sites', 'from VpnGw2AZ gen2'],
    pool: ['10.8.0.0/19', 'users 5000', 'sstp', 'ikev2', 'active-active'],
    compat: ['macos', 'certificate', 'ikev2'],
    bastion: ['100 rdp', '200 ssh'],
    expressroute: ['8 gbps', '3 circuits'],
  };
  it.each(Object.entries(phrases))('%s: any order of its phrases, any case, gives the same answer', (command, parts) => {
    const want = dataOf(`${command} ${parts.join(' ')}`);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(parts, { minLength: parts.length, maxLength: parts.length }),
        fc.boolean(),
        fc.constantFrom(' ', ', ', ' and '),
        (order, upper, sep) => {
          const text = `${command} ${order.join(sep)}`;
          const got = dataOf(upper ? text.toUpperCase() : text);
          expect(got).toEqual(want);
        },
      ),
      { numRuns: 60, seed: 7 },
    );
  });
});

describe('strict about meaning', () => {
  it.each([
    ['sizing 5000 users 3000 users', 'two user counts'],
    ['sizing 5000 users bananas', 'a word that means nothing for sizing'],
    ['sizing -5 users', 'a negative count'],
    ['sizing 5000.5 users', 'a fractional count of people'],
    ['sizing lots users', 'a count in words'],
    ['compat macos linux', 'two operating systems'],
    ['compat macos certificate entra', 'two authentication methods'],
    ['pool 172.16.1.0/19', 'a misaligned block (suggests the aligned one)'],
    ['pool 10.0.0.0/16 17', 'a bare number'],
    ['expressroute 5', 'a bandwidth without its unit'],
  ])('"%s" is a usage error (%s), not a guess', (input) => {
    expect(ask(input).kind).toBe('usage_error');
  });

  it('a second protocol is kept: "sstp ikev2" counts SSTP on top of IKEv2 while SSTP can still be enabled', () => {
    const a = ask('sizing 800 users sstp ikev2', { asOf: '2026-01-15' });
    expect(a.data).toMatchObject({ sstpCounted: true, request: { protocol: 'ikev2', withSstp: true } });
    expect(a.title).toContain('SSTP + IKEv2');
  });

  it('"sstp openvpn" is refused as a combination: the two cannot run together', () => {
    const a = askFor('sizing', 'sizing 800 users sstp openvpn', { asOf: '2026-01-15' });
    expect(a.data.sstpCounted).toBe(false);
    expect(a.findings.map((f) => f.code)).toContain('sstp_openvpn_exclusive');
  });
});

describe('sizing reads the way admins write', () => {
  it.each([
    ['sizing 5000 users ikev2 only', { protocol: 'ikev2' }],
    ['sizing 5000 users need zone redundancy', { zoneRedundant: true }],
    ['sizing 3000 users and 40 branch offices', { sites: 40 }],
    ['sizing 100 users 20 s2s tunnels', { sites: 20 }],
    ['sizing 2000 users currently on VpnGw2', { from: 'vpngw2-gen2' }],
    ['sizing 400 users entra', { protocol: 'openvpn' }],
    ['sizing 10000 users 1 gbps total', { mbpsPerUser: 0.1 }],
    ['sizing 10000 users 5 gbps', { mbpsPerUser: 0.5 }],
    ['sizing 5000 users 2 mbps per user', { mbpsPerUser: 2 }],
  ])('%s', (q, expected) => {
    expect(askFor('sizing', q).data.request).toMatchObject(expected);
  });
});
