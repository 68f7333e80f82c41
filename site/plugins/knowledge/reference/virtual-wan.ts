import { poolRequirementId } from '../../../../knowledge';
import type { Fact, KnowledgeBase } from '../../../../knowledge';
import { factsFromUserVpnScaleUnit } from '../../../../knowledge/derive';
import { formatNumber } from '../../../../shared/format';
import { paths } from '../../../../shared/site-urls';
import type { GeneratedPage } from '../mdx';
import type { ChartView, TableView } from '../view-model';
import { factHref, requireFact, sourceView } from '../views';
import { factCell, factGroup, referencePageBuilder, remainingFactGroups, slug, sourceCell, topicFacts } from './common';
import type { GenerateContext } from './common';

/** Sections of the Virtual WAN reference, in reading order: [source section, heading, intro]. */
const SECTIONS: Array<[string, string, string]> = [
  [
    'Per-hub and per-gateway limits',
    'Hub limits',
    'What one Virtual WAN hub carries. Older values stay listed as history under the current ones.',
  ],
  ['Scale-unit concept', 'Scale units', 'How gateway scale units work in a hub.'],
  ['Older scale-unit tables', 'Older scale-unit tables', 'Earlier versions of the User VPN scale-unit table, kept as history.'],
  ['User VPN server configuration', 'User VPN configuration', 'Settings of a User VPN (point-to-site) configuration in a hub.'],
  ['Site-to-site VPN in a hub', 'Site-to-site VPN scale units', 'The hub site-to-site gateway: scale units, tunnels and throughput.'],
  ['ExpressRoute in Virtual WAN', 'ExpressRoute scale units', 'The hub ExpressRoute gateway: scale units, circuits and routing.'],
  [
    'Hub router capacity (routing infrastructure units)',
    'Routing infrastructure units',
    'Hub router capacity: throughput and VMs per routing infrastructure unit.',
  ],
  ['Basic vs Standard Virtual WAN', 'Basic vs Standard', 'What each virtual WAN type offers, and how to move between them.'],
];

function scaleUnitTable(kb: KnowledgeBase): TableView {
  return {
    columns: ['Scale units', 'Gateway instances', 'Concurrent connections', 'Aggregate throughput'],
    rows: [...kb.userVpnScaleUnits]
      .sort((a, b) => a.units - b.units)
      .map((row) => {
        const [connections, throughput] = factsFromUserVpnScaleUnit(row).map((f) => f.id);
        return {
          cells: [
            formatNumber(row.units),
            formatNumber(row.instances),
            factCell(kb, connections!, { bare: true }),
            factCell(kb, throughput!),
          ],
        };
      }),
    caption: `Source: ${sourceView(kb, kb.userVpnScaleUnits[0]!.source).title}, ${kb.userVpnScaleUnits[0]!.source.section}. Instances count both members of each highly available pair.`,
  };
}

function scaleUnitChart(kb: KnowledgeBase): ChartView {
  const hub = kb.factById.get('vwan-hub-p2s-users');
  return {
    title: 'Concurrent User VPN connections per hub gateway, by scale units',
    axis: 'concurrent connections',
    bars: [...kb.userVpnScaleUnits]
      .sort((a, b) => a.units - b.units)
      .map((row) => {
        const f = requireFact(kb, factsFromUserVpnScaleUnit(row)[0]!.id);
        return {
          label: `${formatNumber(row.units)} SU`,
          value: row.connections,
          display: formatNumber(row.connections),
          href: factHref(f),
          group: 'User VPN',
        };
      }),
    markers: hub && typeof hub.value === 'number' ? [{ label: 'Users per hub', value: hub.value, display: formatNumber(hub.value) }] : [],
  };
}

function poolTable(kb: KnowledgeBase): TableView {
  return {
    columns: ['Scale units', 'Instances (one per pool)', 'Maximum clients', 'Minimum pools per connection configuration'],
    rows: kb.poolRequirements.map((row) => ({
      cells: [
        row.unitsFrom === row.unitsTo ? formatNumber(row.unitsFrom) : `${formatNumber(row.unitsFrom)}–${formatNumber(row.unitsTo)}`,
        formatNumber(row.instances),
        formatNumber(row.maxClients),
        factCell(kb, poolRequirementId(row), { bare: true }),
      ],
    })),
    caption: `Source: ${sourceView(kb, kb.poolRequirements[0]!.source).title}, ${kb.poolRequirements[0]!.source.section}. The FAQ's instance column counts differently; pools are derived from this table only.`,
  };
}

function wanTypeTable(kb: KnowledgeBase): TableView {
  return {
    columns: ['Virtual WAN type', 'Hub type', 'Configurations', 'Source'],
    rows: kb.wanTypes.map((t) => {
      return {
        anchor: t.id,
        cells: [t.name, t.hubType, t.configurations.join(', '), sourceCell(sourceView(kb, t.source))],
      };
    }),
  };
}

export function virtualWanPage(ctx: GenerateContext): GeneratedPage {
  const { kb } = ctx;
  const b = referencePageBuilder('virtual-wan', {
    description:
      'Azure Virtual WAN limits for remote work: hub limits, User VPN scale units, client address pools, site-to-site and ExpressRoute scale units, routing infrastructure units, Basic vs Standard.',
  });
  b.para([
    'Virtual WAN hubs carry point-to-site users (User VPN), branches (site-to-site) and ExpressRoute circuits, each on a gateway sized in scale units. Every value is generated from the knowledge model with its source and date. To size a hub, ask ',
    { text: 'sizing', href: paths.command('sizing') },
    '; to check a pool, ',
    { text: 'pool', href: paths.command('pool') },
    '.',
  ]);

  const shown = new Set<string>();
  const facts = topicFacts(kb, 'virtual-wan');
  const inSection = (section: string): Fact[] => facts.filter((f) => f.source.section === section && !shown.has(f.id));
  const section = (sourceSection: string, heading: string, intro: string, level: 2 | 3 = 2) => {
    const list = inSection(sourceSection);
    if (!list.length) return;
    if (level === 2) {
      b.heading(2, heading, slug(heading));
      b.p(intro);
      factGroup(b, ctx, null, `facts-${slug(sourceSection)}`, list);
    } else {
      factGroup(b, ctx, heading, `facts-${slug(sourceSection)}`, list);
    }
    list.forEach((f) => {
      shown.add(f.id);
    });
  };

  section(...SECTIONS[0]!);

  b.heading(2, 'User VPN scale units', 'user-vpn-scale-units');
  b.p(
    'Point-to-site gateways in a hub scale in scale units; the table gives the concurrent connections and aggregate throughput of each size.',
  );
  b.component('CapacityChart', { chart: scaleUnitChart(kb) });
  b.component('KbTable', { table: scaleUnitTable(kb) });
  const suSection = kb.userVpnScaleUnits[0]!.source.section;
  const suFacts = inSection(suSection);
  factGroup(b, ctx, 'User VPN scale units: facts', `facts-${slug(suSection)}`, suFacts);
  suFacts.forEach((f) => {
    shown.add(f.id);
  });
  for (const s of SECTIONS.slice(1, 4)) section(s[0], s[1], s[2], 3);

  b.heading(2, 'Client address pools', 'client-address-pools');
  b.p(
    'Each connection configuration needs client address pools; how many depends on the scale units. Each pool serves one gateway instance.',
  );
  b.component('KbTable', { table: poolTable(kb) });
  const poolSection = kb.poolRequirements[0]!.source.section;
  const poolFacts = inSection(poolSection);
  factGroup(b, ctx, 'Address-pool rules', `facts-${slug(poolSection)}`, poolFacts);
  poolFacts.forEach((f) => {
    shown.add(f.id);
  });

  for (const s of SECTIONS.slice(4, 7)) section(...s);

  b.heading(2, 'Basic vs Standard', 'basic-vs-standard');
  b.p('Point-to-site needs a Standard virtual WAN; the upgrade from Basic is one way.');
  b.component('KbTable', { table: wanTypeTable(kb) });
  const types = SECTIONS[7]!;
  section(types[0], 'Basic vs Standard: facts', types[2], 3);

  const rest = facts.filter((f) => !shown.has(f.id));
  if (rest.length) {
    b.heading(2, 'Other Virtual WAN facts', 'other-virtual-wan-facts');
    remainingFactGroups(b, ctx, 'virtual-wan', shown);
  }
  return b.build();
}
