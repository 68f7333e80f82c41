/**
 * Answers that carry lifecycle events, source conflicts and a coverage verdict, for the renderers' tests:
 * a real engine answer with realistic entries (taken from knowledge/data), hostile ones, and large lists.
 * Built through parseAnswer, so every one is a valid answer object.
 */
import { parseAnswer } from '../../../shared';
import type { Answer, ConflictRef, LifecycleRef } from '../../../shared';
import { BASE } from '../../support/knowledge-fixture';

const EVIL =
  '<!channel> <@U123> <https://evil.example|click> [x](javascript:alert(1)) <script>alert(1)</script> <img src=x onerror=alert(1)> www.evil.example me@evil.example https://evil.example/raw';

const event = (id: string, title: string, date: string, state: LifecycleRef['state'], endDate?: string): LifecycleRef => ({
  id,
  title,
  kind: 'retired',
  date,
  ...(endDate ? { endDate } : {}),
  state,
  subjects: ['sstp'],
  url: `${BASE}/docs/reference/changelog#${id}`,
});

/** As of 2026-11-21: two events in effect (one a window that has ended), two upcoming. */
export const LIFECYCLE: LifecycleRef[] = [
  event('non-az-migration-window', 'Non-AZ VpnGw1–5 SKUs: migration window to AZ SKUs', '2025-09-01', 'in_effect', '2026-09-30'),
  event('sstp-enable-ends', 'SSTP can no longer be enabled on a gateway', '2026-03-31', 'in_effect'),
  event('sstp-retired', 'SSTP point-to-site connections stop working', '2027-03-31', 'upcoming'),
  event(
    'entra-manual-app-retired-public',
    'Manually registered Azure VPN Client app (Entra audience) retired in Azure Public',
    '2028-03-31',
    'upcoming',
  ),
];

/** Resolved: three values, the second current. */
export const RESOLVED: ConflictRef = {
  id: 'conflict-15',
  topic: 'Minimum size of the gateway subnet',
  resolved: true,
  verdict: 'The settings article gives the rule per SKU: /27 or larger for every SKU except Basic, so the stricter rule applies.',
  values: [
    {
      value: '/29 is possible; /27 or larger recommended',
      current: false,
      sources: [{ title: 'About VPN Gateway configuration settings', section: 'Gateway subnet', date: '2020-09-16' }],
    },
    {
      value: '/29 only for the Basic SKU; every other SKU needs /27 or larger',
      current: true,
      sources: [{ title: 'About VPN Gateway configuration settings', section: 'Gateway subnet', date: '2024-02-29' }],
    },
    {
      value: 'A subnet as small as /29 can be created; /27 or larger recommended',
      current: false,
      sources: [{ title: 'VPN Gateway FAQ', section: 'Gateway subnet', date: '2026-06-04' }],
    },
  ],
  facts: ['gateway-subnet-min'],
  url: `${BASE}/docs/reference/conflicts#conflict-15`,
};

/** Unresolved: two values, neither current. */
export const UNRESOLVED: ConflictRef = {
  id: 'conflict-10',
  topic: 'Public IP SKU for a Basic SKU VPN gateway',
  resolved: false,
  verdict:
    'The newest FAQ still says Basic works only with a Basic public IP, while the consolidation article points to the Standard public IP. No source settles it.',
  values: [
    {
      value: 'A Basic SKU gateway uses (and currently supports only) a Basic SKU public IP',
      current: false,
      sources: [
        { title: 'About VPN Gateway SKUs', section: 'Basic SKU', date: '2025-06-23' },
        { title: 'VPN Gateway FAQ', section: 'Basic SKU public IP', date: '2026-06-04' },
      ],
    },
    {
      value: 'Create a Basic SKU gateway with a Standard SKU public IP',
      current: false,
      sources: [{ title: 'VPN Gateway SKU consolidation and migration', section: 'SKU consolidation and migration', date: null }],
    },
  ],
  facts: [],
  url: `${BASE}/docs/reference/conflicts#conflict-10`,
};

/** `a` with the realistic lifecycle events and conflicts (and any coverage). */
export function withCaveats(a: Answer, coverage: Answer['coverage'] = a.coverage): Answer {
  return parseAnswer({ ...a, coverage, lifecycle: LIFECYCLE, conflicts: [UNRESOLVED, RESOLVED] });
}

/** `a` with user-typed-looking text in every string of its lifecycle events and conflicts. */
export function withHostileCaveats(a: Answer): Answer {
  return parseAnswer({
    ...a,
    lifecycle: [{ ...LIFECYCLE[2], title: `Event ${EVIL}`, date: `2027-03-31 ${EVIL}` }],
    conflicts: [
      {
        ...RESOLVED,
        topic: `Topic ${EVIL}`,
        verdict: `Verdict ${EVIL}`,
        values: RESOLVED.values.map((v, i) => ({
          ...v,
          value: `Value ${i} ${EVIL}`,
          sources: [{ title: `Source ${EVIL}`, section: `Section ${EVIL}`, date: `2026 ${EVIL}` }],
        })),
      },
    ],
  });
}
/** `a` with `n` lifecycle events and `n` three-valued conflicts, each string long. */
export function withManyCaveats(a: Answer, n: number): Answer {
  const long = (s: string) => `${s} — ${'a caveat that must be read whole & <kept> '.repeat(6)}`;
  return parseAnswer({
    ...a,
    lifecycle: Array.from({ length: n }, (_, i) => ({
      ...LIFECYCLE[i % LIFECYCLE.length],
      id: `e${i}`,
      title: long(`Event ${i}`),
      url: `${BASE}/docs/reference/changelog#e${i}`,
    })),
    conflicts: Array.from({ length: n }, (_, i) => ({
      ...RESOLVED,
      id: `c${i}`,
      topic: `Topic ${i}`,
      verdict: long('Verdict'),
      values: RESOLVED.values.map((v) => ({ ...v, value: long(v.value), sources: [...v.sources, ...v.sources, ...v.sources] })),
    })),
  });
}
