/**
 * Sizing invariants over random requests and evaluation dates: "recommended" means the smallest creatable
 * production SKU at or under the headroom policy on every limit, "minimum" the smallest that fits at all,
 * and neither is ever something that can't be created on the date.
 */
import fc from 'fast-check';
import { policy } from '../../../shared';
import { askFor } from '../../support/knowledge-fixture';

const DATES = ['2025-06-01', '2025-11-01', '2026-01-15', '2026-03-31', '2026-09-16', '2026-11-21', '2027-04-01'];

const request = fc.record({
  users: fc.integer({ min: 1, max: 250_000 }),
  mbps: fc.option(fc.constantFrom(0.1, 0.5, 1, 2, 5, 10, 25), { nil: undefined }),
  sites: fc.option(fc.integer({ min: 1, max: 1_500 }), { nil: undefined }),
  protocol: fc.constantFrom('', 'ikev2', 'openvpn', 'sstp', 'sstp ikev2'),
  zoneRedundant: fc.boolean(),
  asOf: fc.constantFrom(...DATES),
});

type Request = typeof request extends fc.Arbitrary<infer T> ? T : never;

const text = (r: Request) =>
  [
    `sizing ${r.users} users`,
    r.mbps !== undefined ? `${r.mbps} mbps each` : '',
    r.sites !== undefined ? `${r.sites} sites` : '',
    r.protocol,
    r.zoneRedundant ? 'zone-redundant' : '',
  ]
    .filter(Boolean)
    .join(' ');

describe('sizing invariants', () => {
  it('recommended ≤ 80% on every limit and the first such SKU; minimum the first that fits; never a blocked or Basic SKU', () => {
    fc.assert(
      fc.property(request, (r) => {
        const a = askFor('sizing', text(r), { asOf: r.asOf });
        const { recommended, minimum, considered } = a.data;
        const candidates = considered.filter((c) => c.blocked === null && c.unsuitable === null && c.sku !== 'basic');
        const firstComfortable = candidates.find((c) =>
          c.checks.every((k) => k.utilisation !== null && k.utilisation <= policy.highUtilisation),
        );
        const firstFit = candidates.find((c) => c.checks.every((k) => k.utilisation !== null && k.utilisation <= 1));
        expect(recommended?.sku ?? null).toBe(firstComfortable?.sku ?? null);
        expect(minimum?.sku ?? null).toBe(firstFit?.sku ?? null);
        for (const pick of [recommended, minimum]) {
          if (!pick) continue;
          const c = considered.find((x) => x.sku === pick.sku)!;
          expect(c.blocked).toBeNull();
          expect(pick.sku).not.toBe('basic');
          expect(pick.utilisation).toBe(Math.max(...c.checks.map((k) => k.utilisation ?? Number.POSITIVE_INFINITY)));
        }
        if (recommended) expect(recommended.utilisation).toBeLessThanOrEqual(policy.highUtilisation);
        if (recommended && minimum) {
          // The minimum is never larger than the recommended, and the recommended is no fuller on any limit.
          const idx = (sku: string) => considered.findIndex((c) => c.sku === sku);
          expect(idx(minimum.sku)).toBeLessThanOrEqual(idx(recommended.sku));
          const rec = considered[idx(recommended.sku)]!;
          const min = considered[idx(minimum.sku)]!;
          for (const k of rec.checks) {
            const m = min.checks.find((x) => x.limit === k.limit)!;
            expect(k.utilisation!).toBeLessThanOrEqual(m.utilisation!);
          }
          if (recommended.sku !== minimum.sku) expect(minimum.utilisation).toBeGreaterThan(policy.highUtilisation);
        }
        // Virtual WAN follows the same headroom rule.
        const vw = a.data.virtualWan;
        if (vw.utilisation !== undefined) expect(vw.utilisation).toBeLessThanOrEqual(policy.highUtilisation);
        expect(vw.hubs).toBeGreaterThanOrEqual(vw.minimumHubs);
        if (vw.minimumScaleUnits !== undefined && vw.scaleUnits !== undefined)
          expect(vw.minimumScaleUnits).toBeLessThanOrEqual(vw.scaleUnits);
      }),
      { numRuns: 10_000, seed: 1121 },
    );
  });

  it('the summary names what binds: when users fit but tunnels or throughput do not, it never says the users do not fit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_000 }), fc.integer({ min: 101, max: 900 }), (users, sites) => {
        const a = askFor('sizing', `sizing ${users} users ${sites} sites`);
        expect(a.data.minimum).toBeNull();
        expect(a.data.unmet.map((u) => u.limit)).toEqual(['s2s-tunnels']);
        expect(a.summary).toMatch(/site-to-site tunnels/);
        expect(a.summary).not.toMatch(/carries .* concurrent users/);
      }),
      { numRuns: 300, seed: 1122 },
    );
  });
});
