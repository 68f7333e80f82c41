/**
 * The sizing answer's sentences: the rules decide (shared/rules/sizing.ts), this module only says it.
 */
import { TUNNEL_LABEL } from '../../knowledge/labels';
import { formatMbps, formatNumber, formatPercent, plural } from '../format';
import { policy } from '../policy';
import type { EngineContext } from '../rules/context';
import { inEffect, upcoming } from '../rules/context';
import type { FromAssessment } from '../rules/migration';
import type { HubDimension, LimitCheck, LimitName, SizingRequest, SizingResult, SkuAssessment } from '../rules/sizing';
import { limitWords } from '../rules/sizing';

const fmt = (l: LimitName) => (l === 'throughput' ? formatMbps : formatNumber);

/** "4,000 of 5,000 (80%)". */
export function describeCheck(c: LimitCheck): string {
  const f = fmt(c.limit);
  return `${f(c.demand)} of ${f(c.capacity)} (${Number.isFinite(c.utilisation) ? formatPercent(c.utilisation) : '—'})`;
}

/** The request in words, for the title: "5,000 concurrent users, 2 Mbps each (10 Gbps in all), 40 site-to-site tunnels". */
export function demandWords(req: SizingRequest): string[] {
  const out = [`${formatNumber(req.users)} concurrent user${req.users === 1 ? '' : 's'}`];
  if (req.mbpsPerUser !== undefined) {
    out.push(`${formatNumber(req.mbpsPerUser)} Mbps each (${formatMbps(req.users * req.mbpsPerUser)} in all)`);
  }
  if (req.sites !== undefined) out.push(plural(req.sites, 'site-to-site tunnel'));
  if (req.protocol) out.push((req.withSstp ? `${TUNNEL_LABEL.sstp} + ` : '') + TUNNEL_LABEL[req.protocol]);
  if (req.zoneRedundant) out.push('zone-redundant');
  return out;
}

const at = (a: SkuAssessment) => `${formatPercent(a.binding.utilisation)} of its ${limitWords(a.binding.limit)} limit`;

/** What no SKU meets, naming the limit (never "N users" when the users fit and tunnels or throughput bind). */
function unmetWords(r: SizingResult, req: SizingRequest): string {
  const parts = r.unmet.map((u) =>
    u.limit === 'connections'
      ? r.sstpOnly
        ? `SSTP takes at most ${formatNumber(u.largest)} connections on every SKU, so add IKEv2 or OpenVPN`
        : `no SKU takes more than ${formatNumber(u.largest)} point-to-site connections`
      : u.limit === 's2s-tunnels'
        ? `no SKU has more than ${formatNumber(u.largest)} site-to-site tunnels`
        : `no SKU's throughput benchmark is above ${formatMbps(u.largest)}`,
  );
  if (!parts.length) return 'none that can be created is suitable for this request';
  const usersFit = !r.unmet.some((u) => u.limit === 'connections');
  return usersFit ? `it takes the ${formatNumber(req.users)} users, but ${parts.join(', and ')}` : parts.join(', and ');
}

/** The opening of the summary: recommended, minimum and why. */
export function gatewaySentence(r: SizingResult, req: SizingRequest): string {
  const rec = r.recommended;
  const min = r.minimum;
  if (rec && min && rec === min) return `${rec.label} recommended, at ${at(rec)}.`;
  if (rec && min) {
    return (
      `${rec.label} recommended, at ${at(rec)}; ${min.label} is the minimum, at ${at(min)}, ` +
      `with no room for growth or failover above ${formatPercent(policy.highUtilisation)}.`
    );
  }
  if (min) {
    return (
      `No VPN gateway stays under ${formatPercent(policy.highUtilisation)}: ${min.label} is the minimum, at ${at(min)}, ` +
      'with no room for growth or failover; Virtual WAN scales further.'
    );
  }
  return `No single VPN gateway carries this: ${unmetWords(r, req)}.`;
}

/** Naming SSTP changes the answer when it can't be enabled (or has stopped): say so up front, not only in a finding. */
export function sstpSentence(r: SizingResult, ctx: EngineContext, sstpCap: number, codes: Set<string>): string {
  if (codes.has('sstp_retired'))
    return ` SSTP stopped working on ${inEffect(ctx, 'sstp', 'retired')?.date}, so every user needs IKEv2 or OpenVPN.`;
  if (codes.has('sstp_cannot_enable')) {
    return ` SSTP can't be enabled since ${inEffect(ctx, 'sstp', 'enable-ends')?.date}, so it adds no connections: sized on IKEv2/OpenVPN.`;
  }
  if (codes.has('sstp_openvpn_exclusive')) return ' SSTP and OpenVPN cannot run together, so SSTP adds no connections.';
  if (!r.sstpCounted) return '';
  const ends = upcoming(ctx, 'sstp', 'enable-ends');
  return ` SSTP's ${formatNumber(sstpCap)} connections count on top of IKEv2/OpenVPN${ends ? ` (SSTP can no longer be enabled from ${ends.date})` : ''}.`;
}

const HUB_LIMIT_WORDS: Record<HubDimension, string> = {
  users: 'point-to-site users',
  sites: 'branch connections',
  throughput: 'User VPN throughput',
};

export function virtualWanSentence(r: SizingResult): string {
  const vw = r.virtualWan;
  if (vw.scaleUnits === undefined) return ' Virtual WAN: no User VPN scale unit carries this per hub.';
  const hubs =
    vw.hubs > 1
      ? `${formatNumber(vw.hubs)} hubs of ${formatNumber(vw.usersPerHub)} users (set by the ${HUB_LIMIT_WORDS[vw.hubsBinding]} a hub takes), `
      : '';
  const units = `${plural(vw.scaleUnits, 'User VPN scale unit')}${vw.hubs > 1 ? ' per hub' : ''}`;
  const minimum =
    vw.minimumScaleUnits !== undefined && vw.minimumScaleUnits !== vw.scaleUnits
      ? ` (${formatNumber(vw.minimumScaleUnits)} at the minimum)`
      : '';
  return ` Virtual WAN: ${hubs}${units}${minimum}.`;
}

export function poolSentence(r: SizingResult): string {
  if (r.minimum) return ` Client address pool: a /${r.pool.prefix} or larger.`;
  const vw = r.virtualWan;
  if (vw.poolPrefix === undefined) return '';
  // No gateway carries the load, so the gateway pool size would mislead; the hubs' pools are what to plan.
  return (vw.poolsPerConfiguration ?? 1) > 1
    ? ` Client address pools: ${vw.poolsPerConfiguration} per hub, each a /${vw.poolPrefix} or larger.`
    : ` Client address pool: a /${vw.poolPrefix} or larger per hub.`;
}

export function fromSentence(current: string, from: FromAssessment, target: SkuAssessment | undefined): string {
  switch (from.verdict) {
    case 'fits':
      return ` Your ${current} already carries this load${from.findings.length ? ', with no headroom' : ''}.`;
    case 'migrate':
      return ` Your ${current} can't simply be resized: it must be migrated${target ? ` (for this load, to ${target.label})` : ''}.`;
    case 'resize':
      return ` Your ${current} can be resized${target ? ` to ${target.label}` : ''}.`;
    case 'not-documented':
      return ` Your ${current} doesn't serve this load${target ? `; ${target.label} does` : ''}; whether it can be resized in place is not documented.`;
  }
}

/** The verdict cell of the SKU table. */
export function verdictWords(a: SkuAssessment, r: SizingResult): string {
  if (a === r.recommended) return 'recommended';
  if (a === r.minimum) return `minimum (${formatPercent(a.binding.utilisation)}, no headroom)`;
  if (a.unsuitable) return `no: ${a.unsuitable}`;
  if (a.sku.family === 'basic') return a.fits ? 'fits, but dev/test only' : 'no: dev/test only';
  if (a.comfortable) return 'fits';
  if (a.fits) return `fits at ${formatPercent(a.binding.utilisation)}, above ${formatPercent(policy.highUtilisation)}`;
  return `too small (${limitWords(a.binding.limit)})`;
}

/** The Virtual WAN section, one line per decision. */
export function virtualWanItems(r: SizingResult, req: SizingRequest): string[] {
  const vw = r.virtualWan;
  const items = [
    ...(req.protocol === 'sstp' || req.withSstp
      ? ['Virtual WAN User VPN offers IKEv2 and OpenVPN only, not SSTP: its users move off SSTP.']
      : []),
    `${plural(vw.hubs, 'hub')}, ${plural(vw.usersPerHub, 'user')} each; a hub takes at most ${formatNumber(vw.hubLimits.users)} point-to-site users` +
      (vw.hubLimits.branches !== undefined ? ` and ${formatNumber(vw.hubLimits.branches)} branch connections` : '') +
      (vw.hubLimits.throughputGbps !== undefined ? ` and ${formatNumber(vw.hubLimits.throughputGbps)} Gbps of User VPN throughput` : '') +
      (vw.hubs > 1 ? `; the ${HUB_LIMIT_WORDS[vw.hubsBinding]} decide the hub count` : '') +
      (vw.minimumHubs !== vw.hubs ? ` (${formatNumber(vw.minimumHubs)} at 100%)` : '') +
      '.',
  ];
  if (req.sites !== undefined && vw.hubs > 1)
    items.push(`About ${formatNumber(Math.ceil(req.sites / vw.hubs))} branch connections per hub.`);
  if (vw.scaleUnits === undefined) {
    items.push('No User VPN scale unit carries this per hub; spread users over more hubs.');
    return items;
  }
  items.push(
    `${plural(vw.scaleUnits, 'User VPN scale unit')} per hub: ${formatNumber(vw.scaleUnitConnections ?? 0)} connections, ${formatNumber(vw.scaleUnitThroughputGbps ?? 0)} Gbps` +
      (vw.utilisation !== undefined ? ` (${formatPercent(vw.utilisation)} used)` : '') +
      (vw.minimumScaleUnits !== undefined && vw.minimumScaleUnits !== vw.scaleUnits
        ? `; ${plural(vw.minimumScaleUnits, 'scale unit')} would be the minimum, with no headroom`
        : '') +
      '.',
  );
  if (vw.poolsPerConfiguration !== undefined) {
    items.push(
      vw.poolsPerConfiguration > 1
        ? `${vw.poolsPerConfiguration} address pools per connection configuration, each at least ${formatNumber(vw.minAddressesPerPool ?? 0)} addresses (e.g. ${vw.poolsPerConfiguration} × /${vw.poolPrefix}).`
        : `One address pool per connection configuration: a /${vw.poolPrefix} or larger.`,
    );
  }
  return items;
}
