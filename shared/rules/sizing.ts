import type { GatewaySku } from '../../knowledge/schema';
import { gatewaySkuFactId, userVpnScaleUnitFactId } from '../../knowledge/derive';
import { TUNNEL_LABEL } from '../../knowledge/labels';
import { poolRequirementId } from '../../knowledge/derive';
import type { Finding } from '../answer/answer';
import { formatMbps, formatNumber, formatPercent } from '../format';
import { policy } from '../policy';
import { gatewayPoolPrefixFor } from './address-pool';
import { prefixForAddresses } from './cidr';
import type { EngineContext, Evidence } from './context';
import { inEffect, upcoming } from './context';
import { catalogue, creationBlocked, limitNumber, skuLabel } from './gateway-catalog';

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
  blocked?: { reason: string; date: string; eventId: string };
  /** Why it can't serve the request at all (protocol, zone redundancy), if so. */
  unsuitable?: string;
  checks: LimitCheck[];
  binding?: LimitCheck;
  fits: boolean;
}

export interface SizingResult {
  sstpCounted: boolean;
  sstpUsers: number;
  assessments: SkuAssessment[];
  recommended?: SkuAssessment;
  headroom?: SkuAssessment;
  virtualWan: {
    hubs: number;
    usersPerHub: number;
    scaleUnits?: number;
    scaleUnitConnections?: number;
    scaleUnitThroughputGbps?: number;
    poolsPerConfiguration?: number;
    minAddressesPerPool?: number;
    poolPrefix?: number;
  };
  pool: { prefix: number; addresses: number };
  findings: Finding[];
}

/**
 * Sizes a VPN Gateway (and the Virtual WAN alternative) for a number of concurrent users.
 * Every limit is read from the model; SKUs that can't be created on the evaluation date are assessed but never recommended.
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

  if (sstpNamed && !sstpExcluded) {
    ev.fact('sku-limits-separate-additive');
    if (sstpRetired) {
      findings.push({
        code: 'sstp_retired',
        severity: 'critical',
        message: `SSTP stopped working on ${sstpRetired.date}; all ${formatNumber(req.users)} users need IKEv2 or OpenVPN.`,
      });
    } else if (sstpEnableEnded) {
      const stop = upcoming(ctx, 'sstp', 'retired');
      findings.push({
        code: 'sstp_cannot_enable',
        severity: 'critical',
        message:
          `SSTP can no longer be enabled (since ${sstpEnableEnded.date}), so it adds no capacity to a new configuration: sized on IKEv2/OpenVPN instead.` +
          (stop ? ` Existing SSTP connections stop on ${stop.date}.` : ''),
      });
    } else {
      const stop = upcoming(ctx, 'sstp', 'enable-ends');
      const end = upcoming(ctx, 'sstp', 'retired');
      findings.push({
        code: 'sstp_connection_cap',
        severity: 'warning',
        message:
          `SSTP carries at most ${formatNumber(sstpCap)} connections on every SKU; that cap is added to the SKU's IKEv2/OpenVPN limit, and users beyond it need IKEv2 or OpenVPN.` +
          (stop ? ` SSTP can't be enabled after ${stop.date}` : '') +
          (end ? ` and stops working on ${end.date}.` : '.'),
      });
    }
  }

  const totalMbps = req.mbpsPerUser !== undefined ? req.users * req.mbpsPerUser : undefined;
  const assessments: SkuAssessment[] = catalogue(ctx).map((sku) => assess(sku, req, ctx, ev, { sstpCounted, sstpCap, totalMbps }));
  const candidates = assessments.filter((a) => !a.blocked && !a.unsuitable);
  const recommended = candidates.find((a) => a.fits);
  let headroom: SkuAssessment | undefined;
  if (recommended?.binding && recommended.binding.utilisation > policy.highUtilisation) {
    headroom = candidates.find(
      (a) =>
        a.fits && a.sku.tier > recommended.sku.tier && a.binding !== undefined && a.binding.utilisation <= recommended.binding!.utilisation,
    );
    findings.push({
      code: 'high_utilisation',
      severity: 'warning',
      message:
        `${recommended.label} would run at ${formatPercent(recommended.binding.utilisation)} of its ${describeLimit(recommended.binding.limit)} limit; above ${formatPercent(policy.highUtilisation)} there is no room for growth or failover.` +
        (headroom
          ? ` ${headroom.label} leaves headroom (${formatPercent(headroom.binding!.utilisation)}).`
          : ' No larger single gateway exists: consider Virtual WAN.'),
    });
  }
  for (const f of [
    'gateway-creation-time',
    'gateway-subnet-min-prefix',
    'gateway-public-ip-sku',
    'p2s-active-active-third-public-ip',
    'throughput-benchmark-shared',
  ])
    ev.maybe(f);

  if (!recommended) {
    findings.push({
      code: 'exceeds_single_gateway',
      severity: 'critical',
      message: `No VPN Gateway SKU that can be created on ${ctx.asOf} carries this load on its own; Virtual WAN User VPN scales further.`,
    });
  } else if (recommended.sku.family === 'basic') {
    ev.maybe('basic-not-for-production');
    findings.push({
      code: 'basic_sku',
      severity: 'warning',
      message:
        'Basic is meant for dev/test and proof of concept: no RADIUS, no IKEv2/OpenVPN point-to-site, configurable only with PowerShell or the Azure CLI.',
    });
  }

  const blockedFamilies = new Map<string, SkuAssessment['blocked']>();
  for (const a of assessments) if (a.blocked && !blockedFamilies.has(a.sku.family)) blockedFamilies.set(a.sku.family, a.blocked);
  for (const [family, b] of blockedFamilies) {
    findings.push({
      code: family === 'legacy' ? 'legacy_not_creatable' : 'non_az_not_creatable',
      severity: 'info',
      message: `${family === 'legacy' ? 'The legacy Standard and HighPerformance SKUs' : 'The non-AZ VpnGw1–5 SKUs'} are not recommended: ${b!.reason} (${b!.date}).`,
    });
  }

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

  // Address pool for the gateway: one address per connected client.
  const minPrefix = ev.num('p2s-pool-min-prefix-active-passive');
  const poolPrefix = gatewayPoolPrefixFor(req.users, sstpUsers, sstpCap, minPrefix);
  ev.maybe('p2s-pool-one-address-per-client');

  return {
    sstpCounted,
    sstpUsers,
    assessments,
    recommended,
    headroom,
    virtualWan: sizeVirtualWan(req, ctx, ev, totalMbps),
    pool: { prefix: poolPrefix, addresses: 2 ** (32 - poolPrefix) },
    findings,
  };
}

function describeLimit(l: LimitName): string {
  return l === 'connections' ? 'connection' : l === 's2s-tunnels' ? 'site-to-site tunnel' : 'throughput';
}

function assess(
  sku: GatewaySku,
  req: SizingRequest,
  ctx: EngineContext,
  _ev: Evidence,
  o: { sstpCounted: boolean; sstpCap: number; totalMbps?: number },
): SkuAssessment {
  const label = skuLabel(sku);
  const blocked = creationBlocked(ctx, sku);
  const checks: LimitCheck[] = [];
  let unsuitable: string | undefined;

  const ike = limitNumber(sku.p2sIkev2OpenVpn) ?? 0;
  const sstp = o.sstpCounted ? Math.min(limitNumber(sku.p2sSstp) ?? 0, o.sstpCap) : 0;
  const named = req.protocol && req.protocol !== 'sstp' ? sku.p2sProtocols[req.protocol] : undefined;
  if (named === false && req.protocol) unsuitable = `no ${TUNNEL_LABEL[req.protocol]} point-to-site`;
  if (req.zoneRedundant && sku.zoneRedundant !== true) unsuitable = unsuitable ?? 'not zone-redundant';
  const capacity = ike + sstp;
  if (capacity === 0) unsuitable = unsuitable ?? (o.sstpCounted ? 'no point-to-site capacity' : 'no IKEv2/OpenVPN point-to-site');

  checks.push({
    limit: 'connections',
    demand: req.users,
    capacity,
    utilisation: capacity ? req.users / capacity : Infinity,
    factIds: [gatewaySkuFactId(sku, 'p2s-ikev2-openvpn'), ...(o.sstpCounted ? [gatewaySkuFactId(sku, 'p2s-sstp')] : [])],
  });
  if (req.sites !== undefined) {
    const tunnels = limitNumber(sku.s2sTunnels) ?? 0;
    checks.push({
      limit: 's2s-tunnels',
      demand: req.sites,
      capacity: tunnels,
      utilisation: tunnels ? req.sites / tunnels : Infinity,
      factIds: [gatewaySkuFactId(sku, 's2s-tunnels')],
    });
  }
  if (o.totalMbps !== undefined) {
    const mbps = limitNumber(sku.throughputMbps) ?? 0;
    checks.push({
      limit: 'throughput',
      demand: o.totalMbps,
      capacity: mbps,
      utilisation: mbps ? o.totalMbps / mbps : Infinity,
      factIds: [gatewaySkuFactId(sku, 'throughput')],
    });
  }
  const binding = checks.reduce((a, b) => (b.utilisation > a.utilisation ? b : a), checks[0]);
  const fits = !unsuitable && checks.every((c) => c.utilisation <= 1);
  return { sku, label, blocked, unsuitable, checks, binding, fits };
}

function sizeVirtualWan(req: SizingRequest, ctx: EngineContext, ev: Evidence, totalMbps?: number): SizingResult['virtualWan'] {
  const hubMax = ev.num('vwan-hub-p2s-users');
  const rows = [...ctx.kb.userVpnScaleUnits].sort((a, b) => a.units - b.units);
  const top = rows[rows.length - 1];
  const hubsForUsers = Math.ceil(req.users / hubMax);
  const hubsForThroughput = totalMbps !== undefined && top ? Math.ceil(totalMbps / (top.throughputGbps * 1000)) : 1;
  const hubs = Math.max(1, hubsForUsers, hubsForThroughput);
  const usersPerHub = Math.ceil(req.users / hubs);
  const mbpsPerHub = totalMbps !== undefined ? totalMbps / hubs : undefined;
  const row = rows.find((r) => r.connections >= usersPerHub && (mbpsPerHub === undefined || r.throughputGbps * 1000 >= mbpsPerHub));
  ev.maybe('vwan-hub-creation-time-with-gateway');
  ev.maybe('vwan-scale-unit-change-downtime');
  if (!row) return { hubs, usersPerHub };
  ev.fact(userVpnScaleUnitFactId(row.units, 'connections'));
  if (mbpsPerHub !== undefined) ev.fact(userVpnScaleUnitFactId(row.units, 'throughput'));
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
    usersPerHub,
    scaleUnits: row.units,
    scaleUnitConnections: row.connections,
    scaleUnitThroughputGbps: row.throughputGbps,
    poolsPerConfiguration,
    minAddressesPerPool,
    poolPrefix,
  };
}

export function describeCheck(c: LimitCheck): string {
  const fmt = c.limit === 'throughput' ? formatMbps : formatNumber;
  return `${fmt(c.demand)} of ${fmt(c.capacity)} (${Number.isFinite(c.utilisation) ? formatPercent(c.utilisation) : '—'})`;
}
