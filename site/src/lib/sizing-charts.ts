/**
 * The sizing calculator's charts: each limit the engine checked (connections, site-to-site tunnels,
 * throughput), one bar per SKU that can be created on the evaluation date, against the demand. Read
 * from the answer's `data` (what the engine considered), never recomputed here.
 */
import type { KnowledgeBase } from '../../../knowledge';
import { gatewaySkuFactId } from '../../../knowledge/derive';
import type { Answer } from '../../../shared/answer/answer';
import { isAnswerOf } from '../../../shared/answer/answer';
import type { SizingData } from '../../../shared/commands/sizing';
import type { LimitName } from '../../../shared/rules/sizing';
import { formatMbps, formatNumber } from '../../../shared/format';
import { paths } from '../../../shared/site-urls';
import type { ChartView } from '../../plugins/knowledge/view-model';

type Considered = SizingData['considered'][number];

const LIMITS: Record<LimitName, { title: string; axis: string; fact: (sku: string) => string; display: (n: number) => string }> = {
  connections: {
    title: 'Point-to-site connections per SKU against your users',
    axis: 'concurrent connections',
    fact: (s) => gatewaySkuFactId(s, 'p2s-ikev2-openvpn'),
    display: formatNumber,
  },
  's2s-tunnels': {
    title: 'Site-to-site tunnels per SKU against your sites',
    axis: 'tunnels',
    fact: (s) => gatewaySkuFactId(s, 's2s-tunnels'),
    display: formatNumber,
  },
  throughput: {
    title: 'Aggregate throughput benchmark per SKU against your traffic',
    axis: 'Mbps',
    fact: (s) => gatewaySkuFactId(s, 'throughput'),
    display: formatMbps,
  },
};

const verdictColors = { recommended: 0, minimum: 2, fits: 1, 'too small': 3 } as const;
type Verdict = keyof typeof verdictColors;

export function sizingCharts(answer: Answer, kb: KnowledgeBase): ChartView[] {
  if (!isAnswerOf(answer, 'sizing')) return [];
  const rec = answer.data.recommended?.sku;
  const minimum = answer.data.minimum?.sku;
  const candidates = answer.data.considered.filter((c) => c.blocked === null && c.unsuitable === null);
  if (!candidates.length) return [];
  const verdict = (c: Considered): Verdict =>
    c.sku === rec ? 'recommended' : c.sku === minimum ? 'minimum' : c.fits ? 'fits' : 'too small';
  const href = (factId: string) => {
    const f = kb.factById.get(factId);
    return f ? paths.fact(f.topic, f.id) : paths.reference('vpn-gateway-skus');
  };
  return candidates[0]!.checks.flatMap((first) => {
    const spec = LIMITS[first.limit];
    const bars = candidates.flatMap((c) => {
      const check = c.checks.find((k) => k.limit === first.limit);
      return check
        ? [
            {
              label: c.label,
              value: check.capacity,
              display: spec.display(check.capacity),
              href: href(spec.fact(c.sku)),
              group: verdict(c),
            },
          ]
        : [];
    });
    return [
      {
        title: spec.title,
        axis: spec.axis,
        bars,
        markers: [{ label: 'your demand', value: first.demand, display: spec.display(first.demand) }],
        colors: { ...verdictColors },
      },
    ];
  });
}
