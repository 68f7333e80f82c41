/**
 * The reference pages that are mostly "a table from the model, then every fact of the topic":
 * point-to-site, protocols and ports, authentication, client compatibility, Bastion, ExpressRoute,
 * other services.
 */
import type { ClientMatrixRow, KnowledgeBase, Os, Auth, Tunnel } from '../../../../knowledge';
import {
  erDirectPortFactId,
  erGatewayFactId,
  factsFromBastionSku,
  factsFromErGateway,
  protocolPortsFactId,
} from '../../../../knowledge/derive';
import { AUTH_LABEL, OS_LABEL, TUNNEL_LABEL, capitalised } from '../../../../knowledge/labels';
import { formatNumber } from '../../../../shared/format';
import { paths } from '../../../../shared/site-urls';
import type { GeneratedPage, PageBuilder } from '../mdx';
import type { Cell, TableView } from '../view-model';
import { requireFact, sourceView } from '../views';
import {
  factCell,
  factGroup,
  lifecycleFor,
  lifecycleTable,
  referenceLink,
  referencePageBuilder,
  remainingFactGroups,
  sourceCell as sourceViewCell,
  supportText,
} from './common';
import type { GenerateContext } from './common';

function sourceCell(kb: KnowledgeBase, ref: { sourceId: string; section: string }): Cell {
  return sourceViewCell(sourceView(kb, ref));
}

export function pointToSitePage(ctx: GenerateContext): GeneratedPage {
  const b = referencePageBuilder('point-to-site', {
    description:
      'Point-to-site (P2S, User VPN) rules on Azure VPN Gateway: client address pools, route limits, sessions, routing, client operating systems, each with its source and date.',
  });
  b.para([
    'Rules for remote users connecting to a VPN gateway: client address pools, route (traffic-selector) limits, sessions, routing to peered networks and on-premises. Check a pool with ',
    { text: 'pool', href: paths.command('pool') },
    ' and a route count with ',
    { text: 'routes', href: paths.command('routes') },
    '. Per-SKU connection limits are on ',
    referenceLink('vpn-gateway-skus'),
    ', the tunnel types on ',
    referenceLink('protocols-and-ports'),
    '.',
  ]);
  remainingFactGroups(b, ctx, 'point-to-site', new Set());
  return b.build();
}

function protocolTable(kb: KnowledgeBase, b: PageBuilder): TableView {
  return {
    columns: ['Tunnel type', 'Outbound ports', 'Firewalls', 'Platforms', 'Authentication', 'Shares a gateway with', 'IPv6', 'Source'],
    rows: kb.protocols.map((p) => ({
      anchor: b.anchor(`protocol-${p.id}`),
      cells: [
        { text: p.name, sub: p.summary },
        { ...factCell(kb, protocolPortsFactId(p)), list: p.ports.map((x) => x.purpose) },
        p.firewallTraversal === 'passes-most' ? { text: 'passes most', tone: 'ok' } : { text: 'may be blocked', tone: 'warn' },
        p.platforms.map((o) => OS_LABEL[o]).join(', '),
        p.auth.map((a) => capitalised(AUTH_LABEL[a])).join(', '),
        p.coexistsWith.map((t) => TUNNEL_LABEL[t]).join(', ') || 'none',
        supportText(p.ipv6),
        sourceCell(kb, p.source),
      ],
    })),
  };
}

export function protocolsPage(ctx: GenerateContext): GeneratedPage {
  const { kb } = ctx;
  const b = referencePageBuilder('protocols-and-ports', {
    description:
      'Point-to-site tunnel types (IKEv2, OpenVPN, SSTP): the ports a firewall must allow, platforms, authentication, which tunnels share a gateway.',
  });
  b.para([
    'What each point-to-site tunnel type needs from the firewalls between users and Azure. Ask ',
    { text: 'ports', href: paths.command('ports') },
    ' for one protocol.',
  ]);
  b.heading(2, 'Tunnel types', 'tunnel-types');
  b.component('KbTable', { table: protocolTable(kb, b) });
  const events = lifecycleFor(
    kb,
    kb.protocols.map((p) => p.id),
  );
  if (events.length) {
    b.heading(2, 'Lifecycle dates', 'protocol-lifecycle');
    b.component('KbTable', { table: lifecycleTable(kb, events) });
  }
  b.heading(2, 'Facts', 'protocol-facts');
  remainingFactGroups(b, ctx, 'protocols-and-ports', new Set());
  return b.build();
}

export function authenticationPage(ctx: GenerateContext): GeneratedPage {
  const { kb } = ctx;
  const b = referencePageBuilder('authentication', {
    description: 'Point-to-site authentication methods on Azure: certificates, Microsoft Entra ID, RADIUS; which tunnel types carry each.',
  });
  b.para([
    'How remote users prove who they are. Which operating system and client support which method is on ',
    referenceLink('client-compatibility'),
    '.',
  ]);
  b.heading(2, 'Methods', 'methods');
  b.component('KbTable', {
    table: {
      columns: ['Method', 'Also called', 'Tunnel types', 'Source'],
      rows: kb.authMethods.map((m) => ({
        anchor: b.anchor(`auth-${m.id}`),
        cells: [
          { text: m.name, sub: m.summary },
          m.aliases.join(', '),
          m.tunnels.map((t) => TUNNEL_LABEL[t]).join(', '),
          sourceCell(kb, m.source),
        ],
      })),
    } satisfies TableView,
  });
  const events = lifecycleFor(
    kb,
    kb.authMethods.map((m) => m.id),
  );
  if (events.length) {
    b.heading(2, 'Lifecycle dates', 'auth-lifecycle');
    b.component('KbTable', { table: lifecycleTable(kb, events) });
  }
  b.heading(2, 'Facts', 'auth-facts');
  remainingFactGroups(b, ctx, 'authentication', new Set());
  return b.build();
}

function period(r: ClientMatrixRow): string | undefined {
  if (r.availableFrom && r.availableUntil) return `${r.availableFrom} to ${r.availableUntil}`;
  if (r.availableUntil) return `until ${r.availableUntil}`;
  if (r.availableFrom) return `from ${r.availableFrom}`;
  return undefined;
}

function matrixGrid(kb: KnowledgeBase, os: Os): TableView {
  const clientName = new Map(kb.clients.map((c) => [c.id, c.name]));
  const tunnels: Tunnel[] = ['ikev2', 'openvpn', 'sstp'];
  const auths: Auth[] = ['certificate', 'entra', 'radius'];
  return {
    columns: ['Authentication', ...tunnels.map((t) => TUNNEL_LABEL[t])],
    rows: auths.map((auth) => ({
      cells: [
        capitalised(AUTH_LABEL[auth]),
        ...tunnels.map((tunnel): Cell => {
          const rows = kb.clientMatrix.filter((r) => r.os === os && r.auth === auth && r.tunnel === tunnel);
          if (!rows.length) return { text: 'no entry', tone: 'unknown' };
          const parts = rows.map((r) => {
            const when = period(r);
            const what = r.status === 'supported' ? r.clients.map((c) => clientName.get(c) ?? c).join(' or ') : r.status.replace('-', ' ');
            return when ? `${what} (${when})` : what;
          });
          const first = rows[0]!;
          const tone = rows.some((r) => r.status === 'supported')
            ? rows.some((r) => r.availableUntil)
              ? 'warn'
              : 'ok'
            : first.status === 'not-documented'
              ? 'unknown'
              : 'no';
          const minOs = rows.find((r) => r.minOsFact)?.minOsFact;
          return {
            text: parts.join('; '),
            href: `#${first.id}`,
            tone,
            ...(minOs ? { sub: `minimum: ${requireFact(kb, minOs).value ?? 'unknown'}` } : {}),
          };
        }),
      ],
    })),
  };
}

function matrixDetail(kb: KnowledgeBase, b: PageBuilder): TableView {
  const clientName = new Map(kb.clients.map((c) => [c.id, c.name]));
  return {
    columns: ['Cell', 'Status', 'Clients', 'Minimum OS', 'Caveats, reason, instead', 'Source'],
    rows: kb.clientMatrix.map((r) => ({
      anchor: b.anchor(r.id),
      cells: [
        {
          text: `${OS_LABEL[r.os]} × ${capitalised(AUTH_LABEL[r.auth])} × ${TUNNEL_LABEL[r.tunnel]}`,
          ...(period(r) ? { sub: period(r) } : {}),
        },
        { text: r.status.replace('-', ' '), tone: r.status === 'supported' ? 'ok' : r.status === 'not-supported' ? 'no' : 'unknown' },
        r.clients.map((c) => clientName.get(c) ?? c).join(', ') || '—',
        r.minOsFact ? factCell(kb, r.minOsFact) : '—',
        {
          text:
            [r.reason, r.instead ? `Instead: ${r.instead}` : undefined].filter(Boolean).join(' ') || (r.caveats.length ? 'Caveats:' : '—'),
          ...(r.caveats.length ? { list: r.caveats } : {}),
        },
        sourceCell(kb, r.source),
      ],
    })),
  };
}

export function clientCompatibilityPage(ctx: GenerateContext): GeneratedPage {
  const { kb } = ctx;
  const b = referencePageBuilder('client-compatibility', {
    description:
      'Which VPN client works for each operating system, authentication method and tunnel type on Azure point-to-site, with minimum versions and retirement dates.',
  });
  b.para([
    'The compatibility matrix: operating system × authentication × tunnel type → VPN client. Cells that hold only for a period say so; the evaluation date decides which applies, so ask ',
    { text: 'compat', href: paths.command('compat') },
    ' for the answer on a given date. "Not documented" means the sources are silent, not that it fails.',
  ]);
  const oses = [...new Set(kb.clientMatrix.map((r) => r.os))];
  b.heading(2, 'Matrix by operating system', 'matrix');
  for (const os of oses) {
    b.heading(3, OS_LABEL[os], `matrix-${os}`);
    b.component('KbTable', { table: matrixGrid(kb, os) });
  }
  b.heading(2, 'VPN clients', 'clients');
  b.component('KbTable', {
    table: {
      columns: ['Client', 'Operating systems', 'Tunnel types', 'Notes', 'Source'],
      rows: kb.clients.map((c) => ({
        anchor: b.anchor(`client-${c.id}`),
        cells: [
          c.name,
          c.os.map((o) => OS_LABEL[o]).join(', '),
          c.tunnels.map((t) => TUNNEL_LABEL[t]).join(', '),
          c.note ?? '—',
          sourceCell(kb, c.source),
        ],
      })),
    } satisfies TableView,
  });
  const subjects = [
    ...kb.clients.map((c) => c.id),
    ...kb.protocols.map((p) => p.id),
    ...kb.clientMatrix.map((r) => r.id),
    ...kb.authMethods.map((a) => a.id),
  ];
  const events = lifecycleFor(kb, subjects);
  if (events.length) {
    b.heading(2, 'Retirements and dates', 'retirements');
    b.component('KbTable', { table: lifecycleTable(kb, events) });
  }
  b.heading(2, 'Every cell', 'cells');
  b.p('One row per cell of the matrix, with its caveats, and for unsupported or undocumented cells the reason and what to use instead.');
  b.component('KbTable', { table: matrixDetail(kb, b) });
  b.heading(2, 'Facts', 'client-facts');
  remainingFactGroups(b, ctx, 'client-compatibility', new Set());
  return b.build();
}

export function bastionPage(ctx: GenerateContext): GeneratedPage {
  const { kb } = ctx;
  const b = referencePageBuilder('bastion', {
    description:
      'Azure Bastion SKUs for admin access instead of VPN: instances, concurrent RDP and SSH sessions per instance, features, each with its source and date.',
  });
  b.para([
    'Bastion gives administrators RDP and SSH to VMs without a VPN. Size it with ',
    { text: 'bastion', href: paths.command('bastion') },
    '; the guide is ',
    { text: 'Azure Bastion instead of VPN', href: paths.scenario('bastion-admin-access') },
    '.',
  ]);
  b.heading(2, 'SKUs', 'bastion-skus-table');
  const skus = [...kb.bastionSkus].sort((x, y) => x.tier - y.tier);
  const fact = (id: string, field: string): Cell =>
    kb.factById.has(`${id}-${field}`) ? factCell(kb, `${id}-${field}`, { bare: true }) : '—';
  b.component('KbTable', {
    table: {
      columns: [
        'SKU',
        'Dedicated',
        'Host scaling',
        'Instances (min)',
        'Instances (max)',
        'RDP per instance',
        'SSH per instance',
        'Sessions (shared SKU)',
        'Peered networks',
        'Production',
      ],
      rows: skus.map((s) => ({
        cells: [
          { text: s.name, href: `#facts-${s.id}`, ...(s.note ? { title: s.note } : {}) },
          supportText(s.dedicated),
          supportText(s.hostScaling),
          fact(s.id, 'instances-min'),
          fact(s.id, 'instances-max'),
          fact(s.id, 'rdp-per-instance'),
          fact(s.id, 'ssh-per-instance'),
          fact(s.id, 'max-sessions'),
          supportText(s.peering),
          supportText(s.production),
        ],
      })),
    } satisfies TableView,
  });
  const shown = new Set<string>();
  b.heading(2, 'Facts by SKU', 'facts-by-sku');
  for (const s of skus) {
    const facts = factsFromBastionSku(s).map((f) => requireFact(kb, f.id));
    facts.forEach((f) => {
      shown.add(f.id);
    });
    factGroup(b, ctx, `Bastion ${s.name}`, `facts-${s.id}`, facts);
  }
  b.heading(2, 'Other Bastion facts', 'other-bastion-facts');
  remainingFactGroups(b, ctx, 'bastion', shown);
  return b.build();
}

export function expressRoutePage(ctx: GenerateContext): GeneratedPage {
  const { kb } = ctx;
  const b = referencePageBuilder('expressroute', {
    description:
      'ExpressRoute gateway SKUs (ErGw1Az–ErGw3Az, ErGwScale) and ExpressRoute Direct ports: throughput, circuits, flows, routes, each with its source and date.',
  });
  b.para([
    'Private connectivity between on-premises and Azure. Size a gateway with ',
    { text: 'expressroute', href: paths.command('expressroute') },
    '; the guide is ',
    { text: 'ExpressRoute for hybrid connectivity', href: paths.scenario('expressroute-hybrid') },
    '. Virtual WAN ExpressRoute scale units are on ',
    referenceLink('virtual-wan'),
    '.',
  ]);
  const gws = [...kb.erGateways].sort((x, y) => x.tier - y.tier);
  b.heading(2, 'Gateway SKUs', 'er-gateway-skus');
  b.component('KbTable', {
    table: {
      columns: [
        'Gateway SKU',
        'Throughput',
        'Packets/s',
        'Supported VMs',
        'Flows',
        'Routes learned',
        'Circuits',
        'FastPath',
        'VPN coexistence',
        'Scale units',
      ],
      rows: gws.map((g) => ({
        cells: [
          { text: g.name, href: `#facts-${g.id}`, ...(g.note ? { title: g.note } : {}) },
          factCell(kb, erGatewayFactId(g, 'throughput')),
          factCell(kb, erGatewayFactId(g, 'pps'), { bare: true }),
          factCell(kb, erGatewayFactId(g, 'supported-vms'), { bare: true }),
          factCell(kb, erGatewayFactId(g, 'flows'), { bare: true }),
          factCell(kb, erGatewayFactId(g, 'routes'), { bare: true }),
          factCell(kb, erGatewayFactId(g, 'max-circuits'), { bare: true }),
          factCell(kb, erGatewayFactId(g, 'fastpath')),
          supportText(g.vpnCoexistence),
          g.scaleUnits ? `${formatNumber(g.scaleUnits.min)}–${formatNumber(g.scaleUnits.max)}` : '—',
        ],
      })),
      caption: 'For the scalable gateway, throughput, packets per second, VMs and flows are per scale unit.',
    } satisfies TableView,
  });
  b.heading(2, 'ExpressRoute Direct ports', 'er-direct-ports');
  b.component('KbTable', {
    table: {
      columns: ['Port', 'Circuit sizes', 'Subscribed bandwidth', 'Source'],
      rows: kb.erDirectPorts.map((p) => ({
        cells: [
          `${formatNumber(p.portGbps)} Gbps`,
          factCell(kb, erDirectPortFactId(p, 'circuits')),
          factCell(kb, erDirectPortFactId(p, 'subscribed')),
          sourceCell(kb, p.source),
        ],
      })),
    } satisfies TableView,
  });
  const shown = new Set<string>();
  b.heading(2, 'Facts by gateway SKU', 'facts-by-gateway');
  for (const g of gws) {
    const facts = factsFromErGateway(g).map((f) => requireFact(kb, f.id));
    facts.forEach((f) => {
      shown.add(f.id);
    });
    factGroup(b, ctx, g.name, `facts-${g.id}`, facts);
  }
  b.heading(2, 'Other ExpressRoute facts', 'other-er-facts');
  remainingFactGroups(b, ctx, 'expressroute', shown);
  return b.build();
}

export function otherServicesPage(ctx: GenerateContext): GeneratedPage {
  const b = referencePageBuilder('other-services', {
    description:
      'Other Azure services for remote work: Application Gateway, Azure Firewall, Azure Virtual Desktop, network virtual appliances, multicloud links.',
  });
  b.para([
    'Services around remote access that the scenarios use: Application Gateway for front-end surges, Azure Firewall for virtual desktops, network virtual appliances, multicloud links. See the ',
    { text: 'scenario guides', href: paths.scenarios() },
    '.',
  ]);
  remainingFactGroups(b, ctx, 'other-services', new Set());
  return b.build();
}
