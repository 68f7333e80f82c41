import type {
  Protocol,
  FactInput,
  GatewaySku,
  Limit,
  Support,
  BastionSku,
  ErGatewaySku,
  UserVpnScaleUnit,
  PoolRequirement,
  ErDirectPort,
  ErScaleCircuitStep,
  SourceRef,
  ClientMatrixRow,
  Source,
  LifecycleEvent,
} from './schema';
import { AUTH_LABEL, OS_LABEL, TUNNEL_LABEL } from './labels';

/**
 * Table rows become facts so that every cell has an id, an anchor and a source.
 * Ids are built from the row id and a fixed field slug: they are stable as long as row ids are.
 */

function limitFact(id: string, title: string, limit: Limit, unit: string, source: SourceRef, topic: FactInput['topic']): FactInput {
  if (typeof limit === 'number') return { id, topic, title, value: limit, unit, source };
  if (limit === 'not-supported') return { id, topic, title, value: 'not supported', source };
  return { id, topic, title, value: null, unknown: limit.unknown, source };
}

function supportFact(id: string, title: string, support: Support, source: SourceRef, topic: FactInput['topic']): FactInput {
  if (typeof support === 'boolean') return { id, topic, title, value: support, source };
  return { id, topic, title, value: null, unknown: support.unknown, source };
}

/**
 * A row's cells are about the row's thing (a SKU, a protocol …): an answer that reads any cell then carries
 * that thing's lifecycle events (see `about` in knowledge/README.md). `more` adds what one cell is also about.
 */
function about(facts: FactInput[], ids: readonly string[], more: Record<string, readonly string[]> = {}): FactInput[] {
  return facts.map((f) => ({ ...f, about: [...ids, ...(more[f.id] ?? [])] }));
}

/** Derived fact ids: one function per template, so rules, pages and tests never rebuild an id by hand. */
export type GatewaySkuField = 's2s-tunnels' | 'p2s-sstp' | 'p2s-ikev2-openvpn' | 'throughput' | 'bgp' | 'zone-redundant' | 'supported-vms';
export const gatewaySkuFactId = (sku: Pick<GatewaySku, 'id'> | string, field: GatewaySkuField): string =>
  `${typeof sku === 'string' ? sku : sku.id}-${field}`;

export type ScaleUnitField = 'connections' | 'throughput';
export const userVpnScaleUnitFactId = (units: number, field: ScaleUnitField): string => `vwan-user-vpn-su-${units}-${field}`;

export type BastionField = 'rdp-per-instance' | 'ssh-per-instance' | 'instances-min' | 'instances-max' | 'max-sessions';
export const bastionSkuFactId = (sku: Pick<BastionSku, 'id'>, field: BastionField): string => `${sku.id}-${field}`;

export type ErGatewayField = 'throughput' | 'pps' | 'supported-vms' | 'flows' | 'routes' | 'max-circuits' | 'fastpath';
export const erGatewayFactId = (gw: Pick<ErGatewaySku, 'id'>, field: ErGatewayField): string => `${gw.id}-${field}`;

export type ErDirectField = 'circuits' | 'subscribed';
export const erDirectPortFactId = (port: Pick<ErDirectPort, 'id'>, field: ErDirectField): string => `${port.id}-${field}`;

export const erScaleCircuitStepFactId = (step: Pick<ErScaleCircuitStep, 'circuits'>): string =>
  `ergwscale-${step.circuits}-circuits-min-units`;

export function factsFromErScaleCircuitStep(step: ErScaleCircuitStep): FactInput[] {
  return [
    {
      id: erScaleCircuitStepFactId(step),
      topic: 'expressroute',
      title: `ErGwScale: scale units needed for ${step.circuits} circuit connections`,
      value: step.minUnits,
      unit: 'scale units',
      source: step.source,
      tags: ['ergwscale', 'circuits'],
    },
  ];
}

export const protocolPortsFactId = (p: Pick<Protocol, 'id'>): string => `${p.id}-ports`;

/** What every view of a lifecycle event starts with: what it is and when (its note when it has one). */
export function eventSummary(e: LifecycleEvent): Pick<LifecycleEvent, 'id' | 'title' | 'kind' | 'date' | 'endDate' | 'note'> {
  return {
    id: e.id,
    title: e.title,
    kind: e.kind,
    date: e.date,
    ...(e.endDate ? { endDate: e.endDate } : {}),
    ...(e.note ? { note: e.note } : {}),
  };
}

export function skuLabel(sku: Pick<GatewaySku, 'name' | 'generation'>): string {
  return sku.generation ? `${sku.name} (${sku.generation})` : sku.name;
}

export function factsFromGatewaySku(sku: GatewaySku): FactInput[] {
  const src = (field: string) => sku.fieldSources?.[field] ?? sku.source;
  const label = skuLabel(sku);
  const t = 'vpn-gateway-skus' as const;
  const cells = [
    limitFact(
      gatewaySkuFactId(sku, 's2s-tunnels'),
      `${label}: site-to-site / VNet-to-VNet tunnels`,
      sku.s2sTunnels,
      'tunnels',
      src('s2sTunnels'),
      t,
    ),
    limitFact(gatewaySkuFactId(sku, 'p2s-sstp'), `${label}: point-to-site SSTP connections`, sku.p2sSstp, 'connections', src('p2sSstp'), t),
    limitFact(
      gatewaySkuFactId(sku, 'p2s-ikev2-openvpn'),
      `${label}: point-to-site IKEv2/OpenVPN connections`,
      sku.p2sIkev2OpenVpn,
      'connections',
      src('p2sIkev2OpenVpn'),
      t,
    ),
    limitFact(
      gatewaySkuFactId(sku, 'throughput'),
      `${label}: aggregate throughput benchmark`,
      sku.throughputMbps,
      'Mbps',
      src('throughputMbps'),
      t,
    ),
    supportFact(gatewaySkuFactId(sku, 'bgp'), `${label}: BGP`, sku.bgp, src('bgp'), t),
    supportFact(gatewaySkuFactId(sku, 'zone-redundant'), `${label}: zone-redundant`, sku.zoneRedundant, src('zoneRedundant'), t),
    limitFact(
      gatewaySkuFactId(sku, 'supported-vms'),
      `${label}: supported VMs in the virtual network`,
      sku.supportedVms,
      'VMs',
      src('supportedVms'),
      t,
    ),
  ];
  // The point-to-site limits are also about their tunnel types (SSTP's dates apply to the SSTP cap).
  return about(cells, [sku.id], {
    [gatewaySkuFactId(sku, 'p2s-sstp')]: ['sstp'],
    [gatewaySkuFactId(sku, 'p2s-ikev2-openvpn')]: ['ikev2', 'openvpn'],
  });
}

export function factsFromUserVpnScaleUnit(row: UserVpnScaleUnit): FactInput[] {
  const t = 'virtual-wan' as const;
  return [
    {
      id: userVpnScaleUnitFactId(row.units, 'connections'),
      topic: t,
      title: `User VPN ${row.units === 1 ? '1 scale unit' : `${row.units} scale units`}: concurrent connections`,
      value: row.connections,
      unit: 'connections',
      source: row.source,
      tags: ['scale unit', 'p2s'],
    },
    {
      id: userVpnScaleUnitFactId(row.units, 'throughput'),
      topic: t,
      title: `User VPN ${row.units === 1 ? '1 scale unit' : `${row.units} scale units`}: aggregate throughput`,
      value: row.throughputGbps,
      unit: 'Gbps',
      source: row.source,
    },
  ];
}

export function poolRequirementId(row: Pick<PoolRequirement, 'unitsFrom' | 'unitsTo'>): string {
  return row.unitsFrom === row.unitsTo ? `vwan-pools-su-${row.unitsFrom}` : `vwan-pools-su-${row.unitsFrom}-${row.unitsTo}`;
}

export function factsFromPoolRequirement(row: PoolRequirement): FactInput[] {
  const range = row.unitsFrom === row.unitsTo ? `${row.unitsFrom}` : `${row.unitsFrom}–${row.unitsTo}`;
  return [
    {
      id: poolRequirementId(row),
      topic: 'virtual-wan',
      title: `User VPN ${range} scale units: minimum address pools per connection configuration`,
      value: row.minPools,
      unit: 'pools',
      source: row.source,
    },
  ];
}

export function factsFromBastionSku(sku: BastionSku): FactInput[] {
  const t = 'bastion' as const;
  const facts: FactInput[] = [
    limitFact(
      bastionSkuFactId(sku, 'rdp-per-instance'),
      `Bastion ${sku.name}: concurrent RDP sessions per instance`,
      sku.rdpPerInstance,
      'sessions',
      sku.source,
      t,
    ),
    limitFact(
      bastionSkuFactId(sku, 'ssh-per-instance'),
      `Bastion ${sku.name}: concurrent SSH sessions per instance`,
      sku.sshPerInstance,
      'sessions',
      sku.source,
      t,
    ),
    limitFact(
      bastionSkuFactId(sku, 'instances-min'),
      `Bastion ${sku.name}: minimum instances`,
      sku.instancesMin,
      'instances',
      sku.source,
      t,
    ),
    limitFact(
      bastionSkuFactId(sku, 'instances-max'),
      `Bastion ${sku.name}: maximum instances`,
      sku.instancesMax,
      'instances',
      sku.source,
      t,
    ),
  ];
  if (sku.maxSessions !== undefined) {
    facts.push(
      limitFact(
        bastionSkuFactId(sku, 'max-sessions'),
        `Bastion ${sku.name}: concurrent sessions`,
        sku.maxSessions,
        'sessions',
        sku.source,
        t,
      ),
    );
  }
  return about(facts, [sku.id]);
}

export function factsFromErGateway(gw: ErGatewaySku): FactInput[] {
  const t = 'expressroute' as const;
  const per = gw.scaleUnits ? ' per scale unit' : '';
  const cells = [
    limitFact(erGatewayFactId(gw, 'throughput'), `${gw.name}: throughput${per}`, gw.mbps, 'Mbps', gw.source, t),
    limitFact(erGatewayFactId(gw, 'pps'), `${gw.name}: packets per second${per}`, gw.packetsPerSecond, 'packets/s', gw.source, t),
    limitFact(
      erGatewayFactId(gw, 'supported-vms'),
      `${gw.name}: supported VMs in the virtual network${per}`,
      gw.supportedVms,
      'VMs',
      gw.source,
      t,
    ),
    limitFact(erGatewayFactId(gw, 'flows'), `${gw.name}: flow count limit${per}`, gw.flows, 'flows', gw.source, t),
    limitFact(erGatewayFactId(gw, 'routes'), `${gw.name}: routes learned by the gateway`, gw.routesLearned, 'routes', gw.source, t),
    limitFact(
      erGatewayFactId(gw, 'max-circuits'),
      `${gw.name}: ExpressRoute circuit connections`,
      gw.maxCircuits,
      'circuits',
      gw.source,
      t,
    ),
    supportFact(erGatewayFactId(gw, 'fastpath'), `${gw.name}: FastPath`, gw.fastPath, gw.source, t),
  ];
  return about(cells, [gw.id]);
}

export function factsFromErDirectPort(port: ErDirectPort): FactInput[] {
  return [
    {
      id: erDirectPortFactId(port, 'circuits'),
      topic: 'expressroute',
      title: `ExpressRoute Direct ${port.portGbps} Gbps ports: circuit sizes`,
      value: port.circuitGbps.join(', '),
      unit: 'Gbps',
      source: port.source,
    },
    {
      id: erDirectPortFactId(port, 'subscribed'),
      topic: 'expressroute',
      title: `ExpressRoute Direct ${port.portGbps} Gbps ports: subscribed bandwidth`,
      value: port.subscribedGbps,
      unit: 'Gbps',
      source: port.source,
    },
  ];
}

export function factsFromProtocol(p: Protocol): FactInput[] {
  const ports = p.ports.map((x) => (x.transport === 'IP' ? `IP protocol ${x.number}` : `${x.transport} ${x.number}`)).join(', ');
  return [
    {
      id: protocolPortsFactId(p),
      topic: 'protocols-and-ports',
      title: `${p.name}: what the firewall must allow outbound`,
      value: ports,
      about: [p.id],
      source: p.source,
      tags: ['port', 'firewall'],
    },
  ];
}

/** The fact that carries one client-matrix cell, so compatibility answers cite it like any other limit. */
export function clientMatrixFactId(row: Pick<ClientMatrixRow, 'id'>): string {
  return `compat-${row.id}`;
}

/**
 * A cell is about its row and authentication method; a supported cell also about its tunnel type and
 * clients, whose dates change it. A cell that never worked is not: SSTP's dates don't concern "macOS over
 * SSTP: not supported".
 */
function clientMatrixAbout(row: ClientMatrixRow): string[] {
  return row.status === 'supported' ? [row.id, row.tunnel, row.auth, ...row.clients] : [row.id, row.auth];
}

export function factsFromClientMatrixRow(row: ClientMatrixRow): FactInput[] {
  const period =
    row.availableFrom && row.availableUntil
      ? ` (${row.availableFrom} to ${row.availableUntil})`
      : row.availableUntil
        ? ` (until ${row.availableUntil})`
        : row.availableFrom
          ? ` (from ${row.availableFrom})`
          : '';
  return [
    {
      id: clientMatrixFactId(row),
      topic: 'client-compatibility',
      title: `${OS_LABEL[row.os]} with ${AUTH_LABEL[row.auth]} authentication over ${TUNNEL_LABEL[row.tunnel]}${period}`,
      value: row.status.replace('-', ' '),
      about: clientMatrixAbout(row),
      source: row.source,
      ...(row.reason ? { note: row.reason } : {}),
      tags: [row.os, row.auth, row.tunnel, 'client', 'compatibility'],
    },
  ];
}

const AZURE_DOCS_ARTICLES = 'MicrosoftDocs/azure-docs:articles/';
const LEARN_AZURE = 'https://learn.microsoft.com/azure/';

/**
 * The public Microsoft Learn page of a source, or undefined when it has none we can name for sure: seeds are
 * copies (named by their titles), `includes/` files are fragments published only inside other articles, and
 * an inferred path may not be the page the text came from. azure-docs publishes `articles/<folder>/<name>.md`
 * at learn.microsoft.com/azure/<folder>/<name> (an `index.md` at the folder's own URL). The live page shows
 * today's text, not the dated version the source names.
 */
export function sourcePageUrl(s: Pick<Source, 'kind' | 'path' | 'pathInferred'>): string | undefined {
  if (s.kind !== 'azure-docs' || s.pathInferred || !s.path.startsWith(AZURE_DOCS_ARTICLES)) return undefined;
  const page = s.path.slice(AZURE_DOCS_ARTICLES.length);
  if (!/^[a-z0-9-]+(\/[a-z0-9-]+)*\.md$/.test(page)) return undefined;
  return LEARN_AZURE + page.replace(/\.md$/, '').replace(/(^|\/)index$/, '$1');
}
