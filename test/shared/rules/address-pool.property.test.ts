/**
 * The pool planner against a naive oracle: addresses as plain integers in a Set, blocks enumerated
 * one address at a time. The oracle shares no code with the engine (ip-num, shared/rules/cidr.ts).
 */
import fc from 'fast-check';
import { gatewayPoolPrefixFor, planAddressPool, splitGatewayPoolCidrs } from '../../../shared/rules/address-pool';
import type { PoolRequest } from '../../../shared/rules/address-pool';
import { contextFor } from '../../../shared/commands/registry';
import { Evidence } from '../../../shared/rules/context';
import type { EngineContext } from '../../../shared/rules/context';
import { AS_OF, BASE, loadKnowledge } from '../../support/knowledge-fixture';

const kb = loadKnowledge();
const ctx: EngineContext = contextFor({ kb, asOf: AS_OF, base: BASE });
const num = (id: string) => kb.factById.get(id)!.value as number;
const SSTP_CAP = num('sstp-max-connections');
const MIN_AP = num('p2s-pool-min-prefix-active-passive');
const MIN_AA = num('p2s-pool-min-prefix-active-active');

// ── the oracle: dotted quads and blocks as integers, with no library ──
const toInt = (ip: string) => ip.split('.').reduce((n, o) => n * 256 + Number(o), 0);
const toIp = (n: number) => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
const blockOf = (cidr: string) => {
  const [ip, p] = cidr.split('/');
  const size = 2 ** (32 - Number(p));
  return { first: toInt(ip), size, prefix: Number(p) };
};
const addressSet = (cidr: string): Set<number> => {
  const { first, size } = blockOf(cidr);
  const s = new Set<number>();
  for (let i = 0; i < size; i++) s.add(first + i);
  return s;
};
const isAligned = (cidr: string) => {
  const { first, size } = blockOf(cidr);
  return first % size === 0;
};

/** An aligned block inside 10.0.0.0/8 (so the oracle's sets stay small enough to enumerate). */
const block = (minPrefix: number, maxPrefix: number) =>
  fc.tuple(fc.integer({ min: minPrefix, max: maxPrefix }), fc.integer({ min: 0, max: 2 ** 24 - 1 })).map(([p, offset]) => {
    const size = 2 ** (32 - p);
    const first = toInt('10.0.0.0') + Math.floor(offset / size) * size;
    return `${toIp(first)}/${p}`;
  });

const plan = (req: Partial<PoolRequest> & { cidr: string }) =>
  planAddressPool({ protocols: [], avoid: [], virtualWan: false, activeActive: false, ...req }, ctx, new Evidence(ctx));

describe('splitGatewayPoolCidrs (SSTP + IKEv2 on one gateway)', () => {
  it('partitions the pool exactly: every address in one part, none twice, none outside', () => {
    fc.assert(
      fc.property(block(17, 32), fc.integer({ min: 1, max: 5000 }), (cidr, cap) => {
        const split = splitGatewayPoolCidrs(cidr, cap);
        const parts = [...split.sstp, ...split.ikev2];
        const pool = addressSet(cidr);
        const seen = new Set<number>();
        let outside = 0;
        let twice = 0;
        for (const part of parts) {
          expect(isAligned(part)).toBe(true);
          for (const a of addressSet(part)) {
            if (!pool.has(a)) outside++;
            if (seen.has(a)) twice++;
            seen.add(a);
          }
        }
        expect({ outside, twice, covered: seen.size }).toEqual({ outside: 0, twice: 0, covered: pool.size });
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('gives SSTP the first block: half of a small pool, just enough for the cap in a larger one', () => {
    fc.assert(
      fc.property(block(17, 31), fc.integer({ min: 1, max: 5000 }), (cidr, cap) => {
        const { size } = blockOf(cidr);
        const split = splitGatewayPoolCidrs(cidr, cap);
        const sstp = split.sstp.reduce((n, r) => n + blockOf(r).size, 0);
        const sstpBlock = 2 ** Math.ceil(Math.log2(cap)); // smallest power of two ≥ cap
        if (size <= 2 * sstpBlock) expect(sstp).toBe(size / 2);
        else expect(sstp).toBe(sstpBlock);
        expect(blockOf(split.sstp[0]).first).toBe(blockOf(cidr).first);
      }),
      { numRuns: 300, seed: 12 },
    );
  });

  it('with the documented cap of 128: a /24 becomes two /25, anything larger keeps a /25 for SSTP', () => {
    const s = (c: string) => {
      const r = splitGatewayPoolCidrs(c, SSTP_CAP);
      return [r.sstp, r.ikev2];
    };
    expect(s('172.16.0.0/24')).toEqual([['172.16.0.0/25'], ['172.16.0.128/25']]);
    expect(s('172.16.0.0/22')).toEqual([['172.16.0.0/25'], ['172.16.0.128/25', '172.16.1.0/24', '172.16.2.0/23']]);
    expect(s('10.0.0.0/28')).toEqual([['10.0.0.0/29'], ['10.0.0.8/29']]);
  });
});

describe('planAddressPool', () => {
  it('reports overlaps with the avoid ranges exactly as a naive set intersection does', () => {
    fc.assert(
      fc.property(block(18, 30), fc.array(block(14, 30), { maxLength: 4 }), (cidr, avoid) => {
        // Keep the oracle cheap: avoid blocks larger than the pool only matter through the pool's addresses.
        const p = plan({ cidr, avoid });
        const pool = addressSet(cidr);
        const expected = avoid
          .map((a) => {
            const { first, size } = blockOf(a);
            const hit: number[] = [];
            for (const x of pool) if (x >= first && x < first + size) hit.push(x);
            return { avoid: a, hit };
          })
          .filter((o) => o.hit.length > 0)
          .map((o) => ({ avoid: o.avoid, first: toIp(Math.min(...o.hit)), last: toIp(Math.max(...o.hit)), size: o.hit.length }));
        expect(p.overlaps).toEqual(expected);
        expect(p.findings.filter((f) => f.code === 'pool_overlaps_range')).toHaveLength(expected.length);
      }),
      { numRuns: 300, seed: 13 },
    );
  });

  it('serves one client per address; SSTP alone caps at 128; SSTP + IKEv2 serves the whole pool', () => {
    fc.assert(
      fc.property(
        block(16, 30),
        fc.constantFrom<PoolRequest['protocols']>([], ['ikev2'], ['openvpn'], ['sstp'], ['sstp', 'ikev2']),
        (cidr, protocols) => {
          const { size } = blockOf(cidr);
          const p = plan({ cidr, protocols });
          expect(p.addresses).toBe(size);
          const expected = protocols.length === 1 && protocols[0] === 'sstp' ? Math.min(size, SSTP_CAP) : size;
          expect(p.capacity).toBe(expected);
          const blocks = p.parts.flatMap((x) => x.blocks);
          expect(blocks.reduce((n, b) => n + blockOf(b).size, 0)).toBe(size);
          expect(p.parts.reduce((n, x) => n + x.capacity, 0)).toBe(p.capacity);
        },
      ),
      { numRuns: 300, seed: 14 },
    );
  });

  it('flags a pool too small for the users exactly when users exceed what it serves', () => {
    fc.assert(
      fc.property(block(16, 30), fc.integer({ min: 1, max: 100_000 }), fc.boolean(), (cidr, users, sstp) => {
        const p = plan({ cidr, users, protocols: sstp ? ['sstp'] : [] });
        expect(p.findings.some((f) => f.code === 'pool_too_small_for_users')).toBe(users > p.capacity);
      }),
      { numRuns: 300, seed: 15 },
    );
  });

  it('flags a pool below the documented minimum: /29 active-passive, /28 active-active', () => {
    fc.assert(
      fc.property(block(20, 32), fc.boolean(), (cidr, activeActive) => {
        const p = plan({ cidr, activeActive });
        const min = activeActive ? MIN_AA : MIN_AP;
        expect(p.findings.some((f) => f.code === 'pool_too_small')).toBe(blockOf(cidr).prefix > min);
      }),
      { numRuns: 200, seed: 16 },
    );
  });

  it('on Virtual WAN, serves at most what one instance and the scale units allow; one pool per instance above 20 units', () => {
    const rows = kb.userVpnScaleUnits;
    const instanceMax = num('vwan-instance-max-connections');
    fc.assert(
      fc.property(block(12, 24), fc.constantFrom(...rows.map((r) => r.units)), (cidr, units) => {
        const p = plan({ cidr, virtualWan: true, scaleUnits: units });
        const su = rows.find((r) => r.units === units)!;
        expect(p.capacity).toBe(Math.min(blockOf(cidr).size, instanceMax, su.connections));
        const pools = kb.poolRequirements.find((r) => units >= r.unitsFrom && units <= r.unitsTo)!.minPools;
        expect(p.virtualWan?.poolsNeeded).toBe(pools);
        expect(p.findings.some((f) => f.code === 'vwan_too_few_pools')).toBe(pools > 1);
        // Suggested pools are aligned, inside the block and disjoint (interval arithmetic: these blocks hold up to a million addresses).
        const outer = blockOf(cidr);
        const inner = (p.virtualWan?.suggestedBlocks ?? []).map(blockOf).sort((a, b) => a.first - b.first);
        inner.forEach((b, i) => {
          expect(b.first % b.size).toBe(0);
          expect(b.first >= outer.first && b.first + b.size <= outer.first + outer.size).toBe(true);
          if (i > 0) expect(inner[i - 1].first + inner[i - 1].size).toBeLessThanOrEqual(b.first);
          expect(b.size).toBeGreaterThanOrEqual(num('vwan-pool-min-addresses'));
        });
        if (inner.length) expect(inner).toHaveLength(pools);
      }),
      { numRuns: 60, seed: 17 },
    );
  });

  it('classifies address space: RFC 1918 quietly, 100.64.0.0/10 and public space with a warning', () => {
    expect(plan({ cidr: '192.168.10.0/24' }).findings.map((f) => f.code)).toEqual([]);
    expect(plan({ cidr: '100.64.0.0/16' }).findings.map((f) => f.code)).toContain('pool_shared_address_space');
    expect(plan({ cidr: '8.8.8.0/24' }).findings.map((f) => f.code)).toContain('pool_public_address_space');
    expect(plan({ cidr: '127.0.0.0/24' }).findings.map((f) => f.code)).toContain('pool_reserved_address_space');
    expect(plan({ cidr: '172.0.0.0/8' }).findings.map((f) => f.code)).toContain('pool_straddles_private_range');
  });
});

describe('gatewayPoolPrefixFor (the pool size sizing recommends)', () => {
  it('is the smallest block that holds the users, never smaller than the documented minimum', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_000_000 }), (users) => {
        const p = gatewayPoolPrefixFor(users, 0, SSTP_CAP, MIN_AP);
        expect(p).toBeLessThanOrEqual(MIN_AP);
        expect(2 ** (32 - p)).toBeGreaterThanOrEqual(users);
        if (p < MIN_AP) expect(2 ** (32 - p - 1)).toBeLessThan(users);
      }),
      { numRuns: 500, seed: 18 },
    );
  });

  it('with SSTP on, the split pool holds the SSTP users in the SSTP part and the rest in the IKEv2 part', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200_000 }), (users) => {
        const sstpUsers = Math.min(users, SSTP_CAP);
        const p = gatewayPoolPrefixFor(users, sstpUsers, SSTP_CAP, MIN_AP);
        const split = splitGatewayPoolCidrs(`10.0.0.0/${p}`, SSTP_CAP);
        const sizeOf = (rs: string[]) => rs.reduce((n, r) => n + blockOf(r).size, 0);
        expect(Math.min(sizeOf(split.sstp), SSTP_CAP)).toBeGreaterThanOrEqual(sstpUsers);
        expect(sizeOf(split.ikev2)).toBeGreaterThanOrEqual(users - sstpUsers);
      }),
      { numRuns: 300, seed: 19 },
    );
  });
});
