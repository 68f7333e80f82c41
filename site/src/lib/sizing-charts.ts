/**
 * The sizing calculator's charts: each limit the engine checked (connections, site-to-site tunnels,
 * throughput), one bar per SKU that can be created on the evaluation date, against the demand. Read
 * from the answer's `data` (what the engine considered), never recomputed here.
 */
import type { KnowledgeBase } from '../../../knowledge';
import type { Answer } from '../../../shared/answer/answer';
import { formatMbps, formatNumber } from '../../../shared/format';
import { paths } from '../../../shared/site-urls';
import type { ChartView } from '../../plugins/knowledge/view-model';

interface Check {
  limit: string;
  demand: number;
  capacity: number;
  utilisation: number | null;
}
interface Considered {
  sku: string;
  label: string;
  fits: boolean;
  blocked: string | null;
  unsuitable: string | null;
  checks: Check[];
}

const LIMITS: Record<string, { title: string; axis: string; fact: (sku: string) => string; display: (n: number) => string }> = {
  connections: {
    title: 'Point-to-site connections per SKU against your users',
    axis: 'concurrent connections',
    fact: (s) => `${s}-p2s-ikev2-openvpn`,
    display: formatNumber,
  },
  's2s-tunnels': {
    title: 'Site-to-site tunnels per SKU against your sites',
    axis: 'tunnels',
    fact: (s) => `${s}-s2s-tunnels`,
    display: formatNumber,
  },
  throughput: {
    title: 'Aggregate throughput benchmark per SKU against your traffic',
    axis: 'Mbps',
    fact: (s) => `${s}-throughput`,
    display: formatMbps,
  },
};

const verdictColors = { recommended: 0, headroom: 1, fits: 1, 'too small': 3 } as const;
type Verdict = keyof typeof verdictColors;

function considered(answer: Answer): Considered[] {
  const list = answer.data.considered;
  return Array.isArray(list) ? (list as Considered[]) : [];
}

function skuRef(answer: Answer, key: 'recommended' | 'headroom'): string | undefined {
  const v = answer.data[key] as { sku?: string } | null | undefined;
  return v?.sku;
}

export function sizingCharts(answer: Answer, kb: KnowledgeBase): ChartView[] {
  if (answer.command !== 'sizing' || answer.kind !== 'answer') return [];
  const rec = skuRef(answer, 'recommended');
  const headroom = skuRef(answer, 'headroom');
  const candidates = considered(answer).filter((c) => c.blocked === null && c.unsuitable === null);
  if (!candidates.length) return [];
  const verdict = (c: Considered): Verdict =>
    c.sku === rec ? 'recommended' : c.sku === headroom ? 'headroom' : c.fits ? 'fits' : 'too small';
  const href = (factId: string) => {
    const f = kb.factById.get(factId);
    return f ? paths.fact(f.topic, f.id) : paths.reference('vpn-gateway-skus');
  };
  return candidates[0]!.checks.flatMap((first) => {
    const spec = LIMITS[first.limit];
    if (!spec) return [];
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
