import type { GatewaySku, LifecycleEvent } from '../../knowledge/schema';
import { gatewaySkuFactId, poolRequirementId, userVpnScaleUnitFactId } from '../../knowledge/derive';
import type { Finding } from '../answer/answer';
import { formatNumber, formatPercent } from '../format';
import { policy } from '../policy';
import { gatewayPoolPrefixFor } from './address-pool';
import { prefixForAddresses } from './cidr';
import type { EngineContext, Evidence } from './context';
import { inEffect, lifecycleEvents, upcoming } from './context';
import { catalogue, creationBlocked, limitNumber, skuLabel } from './gateway-catalog';
import { KeptPerObject } from '../frozen-memo';

export interface SizingRequest {
  users: number;
  /** Average Mbps per user, when given. */
  mbpsPerUser?: number;
  /** The tunnel type named, if any. */
  protocol?: 'sstp' | 'ikev2' | 'openvpn';
  /** SSTP named next to another tunnel type ("sstp ikev2"): the gateway runs both. */
  withSstp?: boolean;
  /** Site-to-site tunnels the same gateway must carry. */
  sites?: number;
  zoneRedundant: boolean;
  /** The user's existing gateway, as found in the catalogue. */
  from?: GatewaySku[];
}

export type LimitName = 'connections' | 's2s-tunnels' | 'throughput';

export interface LimitCheck {
  limit: LimitName;
  demand: number;
  capacity: number;
  utilisation: number;
  factIds: string[];
}

export interface SkuAssessment {
  sku: GatewaySku;
  label: string;
  blocked?: { reason: string; date: string; eventId: string; event: LifecycleEvent };
  /** Why it can't serve the request at all (protocol, zone redundancy, no point-to-site), if so. */
  unsuitable?: string;
  checks: LimitCheck[];
  /** The check with the highest utilisation: the limit that binds. */
  binding: LimitCheck;
  /** At or under 100% on every limit, and suitable. */
  fits: boolean;
  /** At or under the headroom policy (80%) on every limit, and suitable. */
  comfortable: boolean;
}

export type HubDimension = 'users' | 'sites' | 'throughput';

interface VirtualWanSizing {
  /** Hubs so that every hub stays within the headroom policy on every hub limit the request touches. */
  hubs: number;
  hubsBinding: HubDimension;
  /** Hubs needed at 100% of the hub limits. */
  minimumHubs: number;
  usersPerHub: number;
  /** User VPN scale units per hub: the smallest at or under 80% of its connections (and throughput). */
  scaleUnits?: number;
  /** The smallest scale unit count that carries the per-hub load at all. */
  minimumScaleUnits?: number;
  /** Utilisation of the recommended scale units' binding limit. */
  utilisation?: number;
  scaleUnitConnections?: number;
  scaleUnitThroughputGbps?: number;
  poolsPerConfiguration?: number;
  minAddressesPerPool?: number;
  poolPrefix?: number;
  /** The per-hub limits the count was checked against. */
  hubLimits: { users: number; branches?: number; throughputGbps?: number };
}

export interface SizingResult {
  sstpCounted: boolean;
  /** SSTP named alone and still enableable: its cap is the users' only capacity. */
  sstpOnly: boolean;
  sstpUsers: number;
  assessments: SkuAssessment[];
  /** The smallest creatable, suitable, production SKU at or under 80% on every limit. */
  recommended?: SkuAssessment;
  /** The smallest creatable, suitable, production SKU that fits at all. */
  minimum?: SkuAssessment;
  /** When nothing fits: the limits no creatable SKU meets, with the largest capacity there is. */
  unmet: Array<{ limit: LimitName; demand: number; largest: number }>;
  /** Basic would carry the numbers, but it is never recommended for remote-work users. */
  basicWouldFit: boolean;
  virtualWan: VirtualWanSizing;
  pool: { prefix: number; addresses: number };
  findings: Finding[];
}

/** SKUs a production remote-work gateway may be: Basic is for dev/test and proof of concept only. */
const isProduction = (a: SkuAssessment) => a.sku.family !== 'basic';

/**
 * Sizes a VPN Gateway (and the Virtual WAN alternative) for a number of concurrent users. Every limit is
 * read from the model; SKUs that can't be created on the evaluation date are assessed but never chosen.
 */
export function sizeGateway(req: SizingRequest, ctx: EngineContext, ev: Evidence): SizingResult {
  const findings: Finding[] = [];
  const sstpNamed = req.protocol === 'sstp' || req.withSstp === true;
  // SSTP and OpenVPN both run over TLS and can't be enabled together, so SSTP adds nothing next to OpenVPN.
  const sstpExcluded = sstpNamed && req.protocol === 'openvpn';
  if (sstpExcluded) {
    ev.fact('openvpn-sstp-cannot-coexist');
    findings.push({
      code: 'sstp_openvpn_exclusive',
      severity: 'critical',
      message:
        'SSTP and OpenVPN cannot be enabled together on one gateway (both run over TLS): sized on OpenVPN alone. Pair SSTP with IKEv2 instead.',
    });
  }
  const sstpCap = sstpNamed ? ev.num('sstp-max-connections') : ev.peekNum('sstp-max-connections');
  const sstpEnableEnded = inEffect(ctx, 'sstp', 'enable-ends');
  const sstpRetired = inEffect(ctx, 'sstp', 'retired');
  const sstpCounted = sstpNamed && !sstpExcluded && !sstpEnableEnded;
  const sstpUsers = sstpCounted ? Math.min(req.users, sstpCap) : 0;
  // "sstp" alone means the users connect over SSTP: its cap is their only capacity. "sstp ikev2" runs both.
  const sstpOnly = sstpCounted && req.protocol === 'sstp' && !req.withSstp;
  if (sstpNamed) for (const e of lifecycleEvents(ctx, 'sstp')) ev.event(e);
  if (sstpNamed && !sstpExcluded) findings.push(...sstpFindings(req, ctx, ev, sstpCap, Boolean(sstpEnableEnded), Boolean(sstpRetired)));

  const totalMbps = req.mbpsPerUser !== undefined ? req.users * req.mbpsPerUser : undefined;
  const o = { sstpCounted, sstpOnly, sstpCap, totalMbps };
  const key = profileKey(req, ctx, o);
  const assessments = catalogue(ctx).map((sku) => assess(sku, key, req, ctx, o));
  // The dates that decide which SKUs can be chosen: why a SKU is ruled out, and a change still to come for
  // one that can be chosen today. Basic is never chosen, so its own dates stay out unless it is the user's gateway.
  for (const a of assessments) {
    if (a.blocked) ev.event(a.blocked.event);
    if (a.blocked || a.sku.family === 'basic') continue;
    for (const e of lifecycleEvents(ctx, a.sku.id)) if (e.date > ctx.asOf && e.kind !== 'available') ev.event(e);
  }
  for (const current of req.from?.slice(0, 1) ?? []) for (const e of lifecycleEvents(ctx, current.id)) ev.event(e);
  const candidates = assessments.filter((a) => !a.blocked && !a.unsuitable && isProduction(a));
  const recommended = candidates.find((a) => a.comfortable);
  const minimum = candidates.find((a) => a.fits);
  const basicWouldFit = assessments.some((a) => !isProduction(a) && !a.blocked && a.fits);
  const unmet = minimum ? [] : unmetLimits(candidates);
  for (const a of [recommended, minimum]) for (const c of a?.checks ?? []) for (const id of c.factIds) ev.fact(id);

  if (minimum && minimum !== recommended) {
    findings.push({
      code: 'high_utilisation',
      severity: 'warning',
      message:
        `${minimum.label} is the smallest that fits, at ${formatPercent(minimum.binding.utilisation)} of its ${limitWords(minimum.binding.limit)} limit: ` +
        `above ${formatPercent(policy.highUtilisation)} there is no room for growth or failover.` +
        (recommended ? '' : ' No larger gateway stays under that; Virtual WAN scales further.'),
    });
  }
  if (!minimum) {
    findings.push({
      code: 'exceeds_single_gateway',
      severity: 'critical',
      message: `No VPN Gateway SKU that can be created on ${ctx.asOf} carries this on its own; Virtual WAN User VPN scales further.`,
    });
  }
  if (basicWouldFit) {
    ev.maybe('basic-not-for-production');
    findings.push({
      code: 'basic_not_recommended',
      severity: 'info',
      message:
        'Basic would carry these numbers, but it is for dev/test and proof of concept only: no IKEv2 or OpenVPN point-to-site, no RADIUS, configurable only with PowerShell or the Azure CLI.',
    });
  }
  findings.push(...blockedFamilyFindings(assessments));

  if (req.sites !== undefined) {
    const vwanAbove = ev.num('s2s-tunnels-use-virtual-wan-above');
    if (req.sites > vwanAbove) {
      findings.push({
        code: 's2s_use_virtual_wan',
        severity: 'warning',
        message: `More than ${formatNumber(vwanAbove)} site-to-site tunnels: the documented answer is Virtual WAN rather than a VPN gateway.`,
      });
    }
  }
  ev.maybe('throughput-benchmark-shared');
  findings.push({
    code: 'throughput_is_benchmark',
    severity: 'info',
    message:
      'Throughput figures are aggregate benchmarks shared by all site-to-site and point-to-site tunnels of the gateway, not guarantees; a single connection gets much less.',
  });
  for (const f of ['gateway-creation-time', 'gateway-subnet-min-prefix', 'gateway-public-ip-sku', 'p2s-active-active-third-public-ip']) {
    ev.maybe(f);
  }

  // Address pool for the gateway: one address per connected client.
  const minPrefix = ev.num('p2s-pool-min-prefix-active-passive');
  const poolPrefix = gatewayPoolPrefixFor(req.users, sstpUsers, sstpCap, minPrefix);
  ev.maybe('p2s-pool-one-address-per-client');

  return {
    sstpCounted,
    sstpOnly,
    sstpUsers,
    assessments,
    recommended,
    minimum,
    unmet,
    basicWouldFit,
    virtualWan: sizeVirtualWan(req, ctx, ev, totalMbps),
    pool: { prefix: poolPrefix, addresses: 2 ** (32 - poolPrefix) },
    findings,
  };
}

export function limitWords(l: LimitName): string {
  return l === 'connections' ? 'connection' : l === 's2s-tunnels' ? 'site-to-site tunnel' : 'throughput';
}

function sstpFindings(
  req: SizingRequest,
  ctx: EngineContext,
  ev: Evidence,
  cap: number,
  enableEnded: boolean,
  retired: boolean,
): Finding[] {
  ev.fact('sku-limits-separate-additive');
  if (retired) {
    const e = inEffect(ctx, 'sstp', 'retired');
    return [
      {
        code: 'sstp_retired',
        severity: 'critical',
        message: `SSTP stopped working on ${e?.date}; all ${formatNumber(req.users)} users need IKEv2 or OpenVPN.`,
        lifecycle: eventIds(e, inEffect(ctx, 'sstp', 'enable-ends')),
      },
    ];
  }
  if (enableEnded) {
    const e = inEffect(ctx, 'sstp', 'enable-ends');
    const stop = upcoming(ctx, 'sstp', 'retired');
    return [
      {
        code: 'sstp_cannot_enable',
        severity: 'critical',
        message:
          `SSTP can no longer be enabled (since ${e?.date}), so it adds no capacity to a new configuration: sized on IKEv2/OpenVPN instead.` +
          (stop ? ` Existing SSTP connections stop on ${stop.date}.` : ''),
        lifecycle: eventIds(e, stop),
      },
    ];
  }
  const stop = upcoming(ctx, 'sstp', 'enable-ends');
  const end = upcoming(ctx, 'sstp', 'retired');
  const alone = req.protocol === 'sstp' && !req.withSstp;
  return [
    {
      code: 'sstp_connection_cap',
      severity: 'warning',
      message:
        (alone
          ? `SSTP carries at most ${formatNumber(cap)} connections on every SKU, whatever its size; users beyond that need IKEv2 or OpenVPN (running IKEv2 beside SSTP adds the SKU's IKEv2 limit: "sizing ${req.users} users sstp ikev2").`
          : `SSTP carries at most ${formatNumber(cap)} connections on every SKU; that cap is added to the SKU's IKEv2/OpenVPN limit, and users beyond it need IKEv2 or OpenVPN.`) +
        (stop ? ` SSTP can't be enabled after ${stop.date}` : '') +
        (end ? `${stop ? ' and' : ' SSTP'} stops working on ${end.date}.` : stop ? '.' : ''),
      lifecycle: eventIds(stop, end),
    },
  ];
}

/** The ids of the events a finding states, so the engine doesn't state them again. */
export function eventIds(...events: Array<LifecycleEvent | undefined>): string[] {
  return events.flatMap((e) => (e ? [e.id] : []));
}

function blockedFamilyFindings(assessments: SkuAssessment[]): Finding[] {
  const byFamily = new Map<string, NonNullable<SkuAssessment['blocked']>>();
  for (const a of assessments) if (a.blocked && !byFamily.has(a.sku.family)) byFamily.set(a.sku.family, a.blocked);
  return [...byFamily].map(([family, b]) => ({
    code: family === 'legacy' ? 'legacy_not_creatable' : 'non_az_not_creatable',
    severity: 'info' as const,
    message: `${b.reason} since ${b.date}, so ${family === 'legacy' ? 'the legacy SKUs are' : 'these SKUs are'} not considered.`,
    lifecycle: [b.eventId],
  }));
}

/** The limits that no candidate meets, each with the largest capacity any candidate has for it. */
function unmetLimits(candidates: SkuAssessment[]): SizingResult['unmet'] {
  const names: LimitName[] = ['connections', 's2s-tunnels', 'throughput'];
  return names.flatMap((limit) => {
    const checks = candidates.flatMap((a) => a.checks.filter((c) => c.limit === limit));
    if (!checks.length || checks.some((c) => c.utilisation <= 1)) return [];
    return [{ limit, demand: checks[0].demand, largest: Math.max(...checks.map((c) => c.capacity)) }];
  });
}

function check(limit: LimitName, demand: number, capacity: number, factIds: string[]): LimitCheck {
  return { limit, demand, capacity, utilisation: capacity ? demand / capacity : Number.POSITIVE_INFINITY, factIds };
}

/** What a SKU offers a request, apart from its size: the same for every user count on a date. */
interface SkuProfile {
  label: string;
  blocked?: SkuAssessment['blocked'];
  unsuitable?: string;
  capacity: { limit: LimitName; capacity: number; factIds: string[] }[];
}

interface AssessOptions {
  sstpCounted: boolean;
  sstpOnly: boolean;
  sstpCap: number;
  totalMbps?: number;
}

/**
 * Kept per SKU of a loaded model (its entries don't change) and per what shapes a profile; a sizing answer
 * assesses every SKU, and their profiles were most of the engine's work for a new user count.
 */
const keptProfiles = new KeptPerObject<GatewaySku, SkuProfile>(64);

/** What shapes a profile, besides the SKU: one key for all SKUs of a request. */
function profileKey(req: SizingRequest, ctx: EngineContext, o: AssessOptions): string {
  return [
    ctx.asOf,
    req.protocol,
    req.zoneRedundant,
    req.sites !== undefined,
    o.totalMbps !== undefined,
    o.sstpCounted,
    o.sstpOnly,
    o.sstpCap,
  ].join(' ');
}

function skuProfile(sku: GatewaySku, key: string, req: SizingRequest, ctx: EngineContext, o: AssessOptions): SkuProfile {
  return keptProfiles.get(sku, key, () => frozenProfile(makeSkuProfile(sku, req, ctx, o)));
}

/** Frozen but for the model's own event (which nothing changes, but which is not this module's to freeze). */
function frozenProfile(p: SkuProfile): SkuProfile {
  for (const c of p.capacity) {
    Object.freeze(c.factIds);
    Object.freeze(c);
  }
  Object.freeze(p.capacity);
  if (p.blocked) Object.freeze(p.blocked);
  return Object.freeze(p);
}

function makeSkuProfile(sku: GatewaySku, req: SizingRequest, ctx: EngineContext, o: AssessOptions): SkuProfile {
  let unsuitable: string | undefined;
  const ike = limitNumber(sku.p2sIkev2OpenVpn) ?? 0;
  const sstp = o.sstpCounted ? Math.min(limitNumber(sku.p2sSstp) ?? 0, o.sstpCap) : 0;
  const named = req.protocol && req.protocol !== 'sstp' ? sku.p2sProtocols[req.protocol] : undefined;
  if (named === false && req.protocol) unsuitable = `no ${req.protocol === 'ikev2' ? 'IKEv2' : 'OpenVPN'} point-to-site`;
  if (req.zoneRedundant && sku.zoneRedundant !== true) unsuitable ??= 'not zone-redundant';
  const connections = o.sstpOnly ? sstp : ike + sstp;
  if (connections === 0)
    unsuitable ??= o.sstpOnly ? 'no SSTP' : o.sstpCounted ? 'no point-to-site capacity' : 'no IKEv2/OpenVPN point-to-site';
  const capacity: SkuProfile['capacity'] = [
    {
      limit: 'connections',
      capacity: connections,
      factIds: [
        ...(o.sstpOnly ? [] : [gatewaySkuFactId(sku, 'p2s-ikev2-openvpn')]),
        ...(o.sstpCounted ? [gatewaySkuFactId(sku, 'p2s-sstp')] : []),
      ],
    },
  ];
  if (req.sites !== undefined)
    capacity.push({ limit: 's2s-tunnels', capacity: limitNumber(sku.s2sTunnels) ?? 0, factIds: [gatewaySkuFactId(sku, 's2s-tunnels')] });
  if (o.totalMbps !== undefined)
    capacity.push({ limit: 'throughput', capacity: limitNumber(sku.throughputMbps) ?? 0, factIds: [gatewaySkuFactId(sku, 'throughput')] });
  return { label: skuLabel(sku), blocked: creationBlocked(ctx, sku), unsuitable, capacity };
}

function assess(sku: GatewaySku, key: string, req: SizingRequest, ctx: EngineContext, o: AssessOptions): SkuAssessment {
  const { label, blocked, unsuitable, capacity } = skuProfile(sku, key, req, ctx, o);
  const demand: Record<LimitName, number> = { connections: req.users, 's2s-tunnels': req.sites ?? 0, throughput: o.totalMbps ?? 0 };
  const checks = capacity.map((c) => check(c.limit, demand[c.limit], c.capacity, c.factIds));
  const binding = checks.reduce((a, b) => (b.utilisation > a.utilisation ? b : a));
  const within = (max: number) => !unsuitable && checks.every((c) => c.utilisation <= max);
  return { sku, label, blocked, unsuitable, checks, binding, fits: within(1), comfortable: within(policy.highUtilisation) };
}

/**
 * Virtual WAN: hubs first (every hub limit the request touches, each kept within the headroom policy),
 * then User VPN scale units per hub by the same 80% rule as gateway SKUs.
 */
function sizeVirtualWan(req: SizingRequest, ctx: EngineContext, ev: Evidence, totalMbps?: number): VirtualWanSizing {
  const rows = [...ctx.kb.userVpnScaleUnits].sort((a, b) => a.units - b.units);
  const hubUsers = ev.num('vwan-hub-p2s-users');
  const branches = req.sites !== undefined ? ev.num('vwan-hub-branch-connections') : undefined;
  const hubGbps = totalMbps !== undefined ? ev.num('vwan-user-vpn-throughput-per-hub') : undefined;
  const hubLimits = {
    users: hubUsers,
    ...(branches !== undefined ? { branches } : {}),
    ...(hubGbps !== undefined ? { throughputGbps: hubGbps } : {}),
  };

  // The largest per-hub load a row carries within `share` of its limits, for users and for throughput.
  const rowFor = (users: number, mbps: number | undefined, share: number) =>
    rows.find((r) => users <= share * r.connections && (mbps === undefined || mbps <= share * r.throughputGbps * 1000));
  const hubsFor = (share: number): Record<HubDimension, number> => {
    const fitsUsers = (n: number) => {
      const per = Math.ceil(req.users / n);
      return per <= share * hubUsers && rowFor(per, undefined, share) !== undefined;
    };
    const fitsMbps = (n: number) =>
      totalMbps === undefined ||
      (hubGbps !== undefined && totalMbps / n <= share * hubGbps * 1000 && rowFor(0, totalMbps / n, share) !== undefined);
    return {
      users: smallest(fitsUsers),
      throughput: smallest(fitsMbps),
      sites: req.sites !== undefined && branches !== undefined ? Math.max(1, Math.ceil(req.sites / (share * branches))) : 1,
    };
  };
  const wanted = hubsFor(policy.highUtilisation);
  const dims: HubDimension[] = ['users', 'sites', 'throughput'];
  const hubsBinding = dims.reduce((a, b) => (wanted[b] > wanted[a] ? b : a));
  const hubs = wanted[hubsBinding];
  const atMost = hubsFor(1);
  const minimumHubs = Math.max(atMost.users, atMost.sites, atMost.throughput);

  const usersPerHub = Math.ceil(req.users / hubs);
  const mbpsPerHub = totalMbps !== undefined ? totalMbps / hubs : undefined;
  const row = rowFor(usersPerHub, mbpsPerHub, policy.highUtilisation);
  const minRow = rowFor(usersPerHub, mbpsPerHub, 1);
  ev.maybe('vwan-hub-creation-time-with-gateway');
  ev.maybe('vwan-scale-unit-change-downtime');
  if (!row) return { hubs, hubsBinding, minimumHubs, usersPerHub, hubLimits };
  ev.fact(userVpnScaleUnitFactId(row.units, 'connections'));
  if (mbpsPerHub !== undefined) ev.fact(userVpnScaleUnitFactId(row.units, 'throughput'));
  if (minRow && minRow !== row) ev.fact(userVpnScaleUnitFactId(minRow.units, 'connections'));
  const utilisation = Math.max(usersPerHub / row.connections, mbpsPerHub !== undefined ? mbpsPerHub / (row.throughputGbps * 1000) : 0);

  const poolRow = ctx.kb.poolRequirements.find((p) => row.units >= p.unitsFrom && row.units <= p.unitsTo);
  let poolsPerConfiguration: number | undefined;
  let minAddressesPerPool: number | undefined;
  let poolPrefix: number | undefined;
  if (poolRow) {
    ev.fact(poolRequirementId(poolRow));
    poolsPerConfiguration = poolRow.minPools;
    if (poolRow.minPools > 1) {
      minAddressesPerPool = ev.num('vwan-pool-min-addresses');
      poolPrefix = prefixForAddresses(Math.max(minAddressesPerPool, Math.ceil(usersPerHub / poolRow.minPools)));
    } else {
      poolPrefix = prefixForAddresses(usersPerHub);
    }
  }
  return {
    hubs,
    hubsBinding,
    minimumHubs,
    usersPerHub,
    scaleUnits: row.units,
    ...(minRow ? { minimumScaleUnits: minRow.units } : {}),
    utilisation,
    scaleUnitConnections: row.connections,
    scaleUnitThroughputGbps: row.throughputGbps,
    poolsPerConfiguration,
    minAddressesPerPool,
    poolPrefix,
    hubLimits,
  };
}

/** The smallest n ≥ 1 for which `ok(n)` holds (ok is monotone in n); capped so a bad input can't loop forever. */
function smallest(ok: (n: number) => boolean): number {
  let hi = 1;
  while (!ok(hi) && hi < 1 << 24) hi *= 2;
  let lo = Math.max(1, hi / 2);
  if (ok(lo)) return lo;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (ok(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}
