import { skuLabel } from '../../../../knowledge';
import type { GatewaySku, KnowledgeBase, SkuFamily } from '../../../../knowledge';
import { factsFromGatewaySku, gatewaySkuFactId } from '../../../../knowledge/derive';
import { AUTH_LABEL, TUNNEL_LABEL } from '../../../../knowledge/labels';
import { formatNumber } from '../../../../shared/format';
import { paths } from '../../../../shared/site-urls';
import type { GeneratedPage } from '../mdx';
import type { Cell, ChartView, TableView } from '../view-model';
import { factHref, requireFact } from '../views';
import { factCell, factGroup, lifecycleFor, lifecycleTable, referenceLink, referencePageBuilder, remainingFactGroups } from './common';
import type { GenerateContext } from './common';

const FAMILIES: Array<{ family: SkuFamily; title: string; id: string; intro: string }> = [
  {
    family: 'az',
    title: 'Zone-redundant (AZ) SKUs',
    id: 'az-skus',
    intro:
      'The SKUs to build new gateways on. Each row is one SKU of one generation: the generations differ in throughput and supported VMs.',
  },
  {
    family: 'non-az',
    title: 'Non-AZ SKUs',
    id: 'non-az-skus',
    intro:
      'The VpnGw1–5 SKUs without zone redundancy. They can no longer be created and are being moved to the AZ SKU of the same size and generation; the dates are below the table.',
  },
  {
    family: 'basic',
    title: 'Basic SKU',
    id: 'basic-sku',
    intro: 'For dev/test and proofs of concept: SSTP only for point-to-site, no BGP, no RADIUS.',
  },
  {
    family: 'legacy',
    title: 'Legacy SKUs',
    id: 'legacy-skus',
    intro: 'Standard and HighPerformance predate generations. The sources leave several of their values open; each unknown cell says why.',
  },
];

/** Table columns: the derived fact each one shows (see knowledge/derive.ts). */
const COLUMNS: Array<{ label: string; field: string }> = [
  { label: 'S2S tunnels', field: 's2s-tunnels' },
  { label: 'P2S SSTP', field: 'p2s-sstp' },
  { label: 'P2S IKEv2/OpenVPN', field: 'p2s-ikev2-openvpn' },
  { label: 'Throughput', field: 'throughput' },
  { label: 'BGP', field: 'bgp' },
  { label: 'Zone-redundant', field: 'zone-redundant' },
  { label: 'Supported VMs', field: 'supported-vms' },
];

function protocolsCell(sku: GatewaySku): Cell {
  const names = TUNNEL_LABEL;
  const entries = Object.entries(sku.p2sProtocols) as Array<[keyof typeof names, GatewaySku['p2sProtocols']['sstp']]>;
  const yes = entries.filter(([, v]) => v === true).map(([k]) => names[k]);
  const unknown = entries.filter(([, v]) => typeof v === 'object').map(([k]) => names[k]);
  return {
    text: yes.join(', ') || 'none',
    ...(unknown.length
      ? {
          sub: `unknown: ${unknown.join(', ')}`,
          title: (entries.find(([, v]) => typeof v === 'object')?.[1] as { unknown: string } | undefined)?.unknown,
        }
      : {}),
  };
}

function authCell(sku: GatewaySku): Cell {
  const names = AUTH_LABEL;
  const entries = Object.entries(sku.p2sAuth) as Array<[keyof typeof names, GatewaySku['p2sAuth']['entra']]>;
  const yes = entries.filter(([, v]) => v === true).map(([k]) => names[k]);
  const unknown = entries.filter(([, v]) => typeof v === 'object');
  return {
    text: yes.join(', ') || 'none',
    ...(unknown.length
      ? { sub: `unknown: ${unknown.map(([k]) => names[k]).join(', ')}`, title: (unknown[0]![1] as { unknown: string }).unknown }
      : {}),
  };
}

function skuRows(kb: KnowledgeBase, family: SkuFamily): GatewaySku[] {
  return kb.gatewaySkus
    .filter((s) => s.family === family)
    .sort((a, b) => a.tier - b.tier || (a.generation ?? '').localeCompare(b.generation ?? ''));
}

function skuTable(kb: KnowledgeBase, family: SkuFamily): TableView {
  const byId = new Map(kb.gatewaySkus.map((s) => [s.id, s]));
  const migrates = family === 'non-az' || family === 'legacy';
  const rows = skuRows(kb, family);
  // Cells show bare numbers; the unit goes into the header when it isn't already in the label.
  const header = (c: (typeof COLUMNS)[number]) => {
    const unit = rows.map((s) => kb.factById.get(`${s.id}-${c.field}`)?.unit).find(Boolean);
    return unit && !c.label.toLowerCase().includes(unit.toLowerCase()) ? `${c.label} (${unit})` : c.label;
  };
  return {
    columns: ['SKU', ...COLUMNS.map(header), 'P2S tunnels and authentication', ...(migrates ? ['Moves to'] : [])],
    rows: rows.map((sku) => {
      const target = sku.migratesTo ? byId.get(sku.migratesTo) : undefined;
      const tunnels = protocolsCell(sku) as Exclude<Cell, string>;
      const auth = authCell(sku) as Exclude<Cell, string>;
      return {
        cells: [
          { text: skuLabel(sku), href: `#facts-${sku.id}`, ...(sku.note ? { title: sku.note } : {}) },
          ...COLUMNS.map((c) => factCell(kb, `${sku.id}-${c.field}`, { bare: true })),
          {
            text: tunnels.text,
            sub: [auth.text, tunnels.sub, auth.sub].filter(Boolean).join(' · '),
            ...(tunnels.title || auth.title ? { title: tunnels.title ?? auth.title } : {}),
          },
          ...(migrates ? [target ? { text: skuLabel(target), href: `#facts-${target.id}` } : '—'] : []),
        ],
      };
    }),
  };
}

/** Point-to-site capacity per current SKU: a comparison that reads better as a chart than as a table. */
function capacityChart(kb: KnowledgeBase): ChartView {
  const sstp = requireFact(kb, 'sstp-max-connections');
  const bars = [...skuRows(kb, 'basic'), ...skuRows(kb, 'az')].flatMap((sku) => {
    const ikev2 = requireFact(kb, gatewaySkuFactId(sku, 'p2s-ikev2-openvpn'));
    const sstpFact = requireFact(kb, gatewaySkuFactId(sku, 'p2s-sstp'));
    const f = typeof ikev2.value === 'number' ? ikev2 : sstpFact;
    if (typeof f.value !== 'number') return [];
    const group = f === ikev2 ? `IKEv2/OpenVPN, ${sku.generation ?? 'legacy'}` : 'SSTP only';
    return [{ label: skuLabel(sku), value: f.value, display: formatNumber(f.value), href: factHref(f), group }];
  });
  return {
    title: 'Concurrent point-to-site connections per SKU',
    axis: 'concurrent connections',
    bars,
    markers:
      typeof sstp.value === 'number' ? [{ label: 'SSTP cap (every SKU)', value: sstp.value, display: formatNumber(sstp.value) }] : [],
  };
}

export function vpnGatewaySkusPage(ctx: GenerateContext): GeneratedPage {
  const { kb } = ctx;
  const b = referencePageBuilder('vpn-gateway-skus', {
    description:
      'Azure VPN Gateway SKUs: point-to-site and site-to-site limits, throughput, generations, lifecycle dates, each value with its source and date.',
  });
  b.para([
    'Every value on this page is generated from the knowledge model. Table cells link to the fact below them, which carries the source document, its section and its date. For a sizing answer, ask ',
    { text: 'sizing', href: paths.command('sizing') },
    '; for the rules behind point-to-site, see ',
    referenceLink('point-to-site'),
    '.',
  ]);

  b.heading(2, 'Point-to-site capacity by SKU', 'capacity-chart');
  b.p(
    'How many concurrent users each current SKU carries over IKEv2 or OpenVPN. SSTP has a separate, fixed cap on every SKU, drawn as a line; the two limits add up.',
  );
  b.component('CapacityChart', { chart: capacityChart(kb) });

  for (const fam of FAMILIES) {
    b.heading(2, fam.title, fam.id);
    b.p(fam.intro);
    b.component('KbTable', { table: skuTable(kb, fam.family) });
    const events = lifecycleFor(
      kb,
      skuRows(kb, fam.family).map((s) => s.id),
    );
    if (events.length) {
      b.p('Lifecycle dates:');
      b.component('KbTable', { table: lifecycleTable(kb, events) });
    }
  }

  const shown = new Set<string>();
  b.heading(2, 'Facts by SKU', 'facts-by-sku');
  b.p('Every cell of the tables above as a fact, with its source and date.');
  for (const fam of FAMILIES) {
    for (const sku of skuRows(kb, fam.family)) {
      const facts = factsFromGatewaySku(sku).map((f) => requireFact(kb, f.id));
      facts.forEach((f) => {
        shown.add(f.id);
      });
      factGroup(b, ctx, skuLabel(sku), `facts-${sku.id}`, facts);
    }
  }

  b.heading(2, 'Gateway facts', 'gateway-facts');
  b.p(
    'Limits, rules and history that are not cells of the SKU tables, grouped by the section of the source they come from. Superseded values are kept as history, marked, and link to the value that replaced them.',
  );
  remainingFactGroups(b, ctx, 'vpn-gateway-skus', shown);
  return b.build();
}
