/**
 * Applies the declared rules to what input.ts read. A rule here is a question asked of the engine's rules
 * (sizing, compatibility, address pool), never a second implementation: the SKU's fit comes from
 * sizeGateway, each OS from lookupCompatibility, the pool from planAddressPool. Engine calls record their
 * evidence on a scratch Evidence; the answer cites only the facts of the rules that fired.
 */
import type { Auth, GatewaySku, LifecycleEvent, Os, Tunnel } from '../../knowledge/schema';
import { AUTH_LABEL, OS_LABEL, TUNNEL_LABEL, capitalised } from '../../knowledge/labels';
import { clientMatrixFactId, gatewaySkuFactId, poolRequirementId, userVpnScaleUnitFactId } from '../../knowledge/derive';
import { formatNumber, formatPercent, plural } from '../format';
import { planAddressPool } from '../rules/address-pool';
import { checkCidr } from '../rules/cidr';
import { lookupCompatibility } from '../rules/compatibility';
import type { EngineContext } from '../rules/context';
import { Evidence, inEffect, upcoming } from '../rules/context';
import { catalogue, findSkus, skuLabel } from '../rules/gateway-catalog';
import { sizeGateway } from '../rules/sizing';
import type { CheckInput, Located, P2sSettings, Position, VpnGatewayResource } from './input';
import type { RuleId, RuleSeverity } from './rules';
import { ruleById } from './rules';

export interface CheckOptions {
  users?: number;
  /** Validated, aligned CIDR blocks the pool must stay clear of. */
  avoid: string[];
  clients: Os[];
}

/** One rule firing on one place in the input. */
export interface RuleHit {
  rule: RuleId;
  severity: RuleSeverity;
  message: string;
  at: Position;
  /** Facts the finding states: the rule's own and those of the SKU, scale unit or client it names. */
  facts: string[];
  /** Lifecycle events whose dates the message states. */
  events: string[];
  /** Tells apart hits of one rule at one place (the OS a client finding is about); part of the fingerprint. */
  key?: string;
}

export interface Evaluation {
  hits: RuleHit[];
  /** What could not be checked, and why, in plain words (shown as a note). */
  notes: string[];
}

const TUNNEL_WORDS: Record<string, Tunnel> = { ikev2: 'ikev2', sstp: 'sstp', openvpn: 'openvpn' };
const AUTH_WORDS: Record<string, Auth> = { certificate: 'certificate', aad: 'entra', radius: 'radius' };

/** One point-to-site configuration to check: a VPN gateway, or a Virtual WAN gateway with its server configuration. */
interface Target {
  name: string;
  gateway?: VpnGatewayResource;
  sku?: GatewaySku;
  virtualWan: boolean;
  scaleUnits?: Located<number>;
  p2s?: P2sSettings;
  pools: Located<string>[];
  poolAt?: Position;
  /** Where a finding about the whole resource points. */
  at: Position;
  tunnels?: Tunnel[];
  auths?: Auth[];
}

const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

class Collector {
  readonly hits: RuleHit[] = [];
  readonly notes: string[] = [];
  constructor(private readonly ctx: EngineContext) {}

  hit(
    rule: RuleId,
    at: Position,
    message: string,
    more: { facts?: string[]; events?: Array<LifecycleEvent | undefined>; key?: string } = {},
  ): void {
    const r = ruleById(rule);
    const escalated = r.escalation && this.ctx.kb.lifecycle.some((e) => e.id === r.escalation?.event && e.date <= this.ctx.asOf);
    this.hits.push({
      rule,
      severity: escalated && r.escalation ? r.escalation.severity : r.severity,
      message,
      at,
      facts: [...new Set([...r.facts, ...(more.facts ?? [])])],
      events: (more.events ?? []).flatMap((e) => (e ? [e.id] : [])),
      ...(more.key ? { key: more.key } : {}),
    });
  }
}

function fact(ctx: EngineContext, id: string): string {
  const f = ctx.kb.factById.get(id);
  if (!f) throw new Error(`vpn-advisor: check reads missing fact "${id}"`);
  return String(f.value);
}

function num(ctx: EngineContext, id: string): number {
  const v = ctx.kb.factById.get(id)?.value;
  if (typeof v !== 'number') throw new Error(`vpn-advisor: check needs fact "${id}" as a number`);
  return v;
}

function event(ctx: EngineContext, id: string): LifecycleEvent {
  const e = ctx.kb.lifecycle.find((x) => x.id === id);
  if (!e) throw new Error(`vpn-advisor: check reads missing lifecycle event "${id}"`);
  return e;
}

/** The catalogue row for the gateway's SKU name and generation ("Generation1", "Generation2", "None"). */
function skuOf(ctx: EngineContext, gw: VpnGatewayResource, c: Collector): GatewaySku | undefined {
  if (!gw.sku) return undefined;
  const found = findSkus(ctx, gw.sku.value);
  if (!found.length) {
    c.notes.push(
      `The SKU "${gw.sku.value}" (line ${gw.sku.at.line}) is not a VPN gateway SKU the model knows; the SKU rules were not run.`,
    );
    return undefined;
  }
  const gen = /generation([12])/i.exec(gw.generation?.value ?? '')?.[1];
  const match = gen ? found.find((s) => s.generation === `Gen${gen}`) : undefined;
  if (match) return match;
  const only = found.length === 1 ? found[0] : found.find((s) => s.generation === 'Gen1');
  if (found.length > 1)
    c.notes.push(
      `vpnGatewayGeneration is not given; ${gw.sku.value} is read as ${only ? skuLabel(only) : gw.sku.value}, the generation Azure creates by default.`,
    );
  return only;
}

function readTunnels(p2s: P2sSettings, c: Collector): Tunnel[] | undefined {
  if (!p2s.protocols) return undefined;
  const out: Tunnel[] = [];
  for (const raw of p2s.protocols.value) {
    const t = TUNNEL_WORDS[raw.toLowerCase()];
    if (t) {
      if (!out.includes(t)) out.push(t);
    } else
      c.notes.push(
        `The tunnel type "${raw}" (line ${p2s.protocols.at.line}) is not one the model knows (IkeV2, OpenVPN, SSTP); it was left out.`,
      );
  }
  return out;
}

function readAuths(p2s: P2sSettings, c: Collector): Auth[] | undefined {
  if (!p2s.authTypes) return undefined;
  const out: Auth[] = [];
  for (const raw of p2s.authTypes.value) {
    const a = AUTH_WORDS[raw.toLowerCase()];
    if (a) {
      if (!out.includes(a)) out.push(a);
    } else
      c.notes.push(
        `The authentication type "${raw}" (line ${p2s.authTypes.at.line}) is not one the model knows (Certificate, AAD, Radius); it was left out.`,
      );
  }
  if (p2s.authInferred)
    c.notes.push(`vpnAuthenticationTypes is not given; read from what is configured: ${list(out.map((a) => AUTH_LABEL[a]))}.`);
  return out;
}

function targetsOf(input: CheckInput, ctx: EngineContext, c: Collector): Target[] {
  const targets: Target[] = [];
  const servers = input.resources.filter((r) => r.kind === 'vpn-server-configuration');
  const hubs = input.resources.filter((r) => r.kind === 'p2s-vpn-gateway');
  for (const r of input.resources) {
    if (r.kind === 'vpn-gateway') {
      const sku = skuOf(ctx, r, c);
      if (!r.p2s)
        c.notes.push(`${r.name ?? 'The gateway'} has no point-to-site configuration (vpnClientConfiguration): only the SKU rules apply.`);
      targets.push({
        name: r.name ?? 'the gateway',
        gateway: r,
        sku,
        virtualWan: false,
        p2s: r.p2s,
        pools: r.pools,
        poolAt: r.poolAt,
        at: r.at,
        tunnels: r.p2s && readTunnels(r.p2s, c),
        auths: r.p2s && readAuths(r.p2s, c),
      });
    }
  }
  hubs.forEach((h, i) => {
    const server = servers[i] ?? servers[0];
    if (!server)
      c.notes.push(
        `${h.name ?? 'The point-to-site gateway'} came without its VPN server configuration (\`az network vpn-server-config show\`): tunnel-type, authentication and client rules were not run.`,
      );
    if (h.kind !== 'p2s-vpn-gateway') return;
    targets.push({
      name: h.name ?? 'the point-to-site gateway',
      virtualWan: true,
      scaleUnits: h.scaleUnits,
      p2s: server?.kind === 'vpn-server-configuration' ? server.p2s : undefined,
      pools: h.pools,
      poolAt: h.poolAt,
      at: h.at,
      tunnels: server?.kind === 'vpn-server-configuration' ? readTunnels(server.p2s, c) : undefined,
      auths: server?.kind === 'vpn-server-configuration' ? readAuths(server.p2s, c) : undefined,
    });
  });
  if (!hubs.length) {
    for (const s of servers) {
      if (s.kind !== 'vpn-server-configuration') continue;
      c.notes.push(
        `${s.name ?? 'The VPN server configuration'} came without its point-to-site gateway (\`az network p2s-vpn-gateway show\`): scale-unit and address-pool rules were not run.`,
      );
      targets.push({
        name: s.name ?? 'the VPN server configuration',
        virtualWan: true,
        p2s: s.p2s,
        pools: [],
        at: s.at,
        tunnels: readTunnels(s.p2s, c),
        auths: readAuths(s.p2s, c),
      });
    }
  }
  return targets;
}

// ───────────── SKU ─────────────

function skuRules(t: Target, opts: CheckOptions, ctx: EngineContext, c: Collector): void {
  const gw = t.gateway;
  const sku = t.sku;
  if (!gw?.sku || !sku) return;
  const at = gw.sku.at;
  const label = skuLabel(sku);
  if (sku.family === 'legacy') {
    const created = event(ctx, 'legacy-creation-ends');
    const retired = inEffect(ctx, sku.id, 'retired');
    const retiring = upcoming(ctx, sku.id, 'retired');
    const window = ctx.kb.lifecycle.find((e) => e.kind === 'migration-window' && e.subjects.includes(sku.id));
    c.hit(
      'gateway-sku-legacy',
      at,
      `${label} is a legacy SKU: no new gateways since ${created.date}. ` +
        (retired
          ? `It was retired on ${retired.date}: ${fact(ctx, 'legacy-auto-migration-after-retirement')}.`
          : `It is retired on ${retiring?.date ?? 'a date the sources do not give'}${window ? ` (migration window ${window.date} – ${window.endDate ?? '?'})` : ''}.`) +
        ` Migration path: ${fact(ctx, 'legacy-migration-path')}.`,
      { events: [created, retired ?? retiring, window] },
    );
  }
  if (sku.family === 'non-az') {
    const created = inEffect(ctx, sku.id, 'creation-ends') ?? upcoming(ctx, sku.id, 'creation-ends');
    const deprecated = inEffect(ctx, sku.id, 'deprecated');
    const coming = upcoming(ctx, sku.id, 'deprecated');
    const window = ctx.kb.lifecycle.find((e) => e.kind === 'migration-window' && e.subjects.includes(sku.id));
    const target = sku.migratesTo ? ctx.kb.gatewaySkus.find((s) => s.id === sku.migratesTo) : undefined;
    c.hit(
      'gateway-sku-non-az',
      at,
      `${label} is a non-AZ SKU${created ? `: no new gateways ${created.date <= ctx.asOf ? 'since' : 'from'} ${created.date}` : ''}. ` +
        (deprecated
          ? `Deprecated since ${deprecated.date}: ${fact(ctx, 'non-az-config-changes-rejected')}.`
          : `Migration window ${window ? `${window.date} – ${window.endDate ?? '?'}` : 'not dated'}; deprecated from ${coming?.date ?? 'a date the sources do not give'}.`) +
        (target ? ` It moves to ${skuLabel(target)}: ${fact(ctx, 'non-az-upgrade-in-portal')}.` : ''),
      { events: [created, deprecated ?? coming, window] },
    );
  }
  if (sku.family === 'basic') {
    c.hit(
      'gateway-sku-basic',
      at,
      `${label} is ${fact(ctx, 'basic-not-for-production')}: it has no IKEv2 or OpenVPN point-to-site and no RADIUS.`,
    );
  }
  if (sku.generation === 'Gen1') {
    const gen2 = catalogue(ctx).find((s) => s.name === sku.name && s.generation === 'Gen2');
    if (gen2) {
      const a = gatewaySkuFactId(sku, 'throughput');
      const b = gatewaySkuFactId(gen2, 'throughput');
      c.hit(
        'gateway-generation-gen1',
        gw.generation?.at ?? at,
        `${label}: ${skuLabel(gen2)} has the same connection limits and ${formatNumber(num(ctx, b))} Mbps aggregate throughput instead of ${formatNumber(num(ctx, a))} Mbps.`,
        { facts: [a, b] },
      );
    }
  }
  if (sku.zoneRedundant !== true) {
    const target = sku.migratesTo ? ctx.kb.gatewaySkus.find((s) => s.id === sku.migratesTo) : undefined;
    c.hit(
      'gateway-not-zone-redundant',
      at,
      `${label} is not zone-redundant${target ? `; ${skuLabel(target)} is` : sku.family === 'basic' ? '; the VpnGw AZ SKUs are' : ''}.`,
      { facts: [gatewaySkuFactId(sku, 'zone-redundant')] },
    );
  }
  if (opts.users !== undefined) capacityRules(t, sku, opts.users, ctx, c);
}

function capacityRules(t: Target, sku: GatewaySku, users: number, ctx: EngineContext, c: Collector): void {
  const tunnels = t.tunnels ?? [];
  const sstp = tunnels.includes('sstp');
  const other = tunnels.find((x) => x !== 'sstp');
  const sizing = sizeGateway(
    {
      users,
      ...(sstp && !other ? { protocol: 'sstp' as const } : other === 'openvpn' ? { protocol: 'openvpn' as const } : {}),
      ...(sstp && other ? { withSstp: true } : {}),
      zoneRedundant: false,
      from: [sku],
    },
    ctx,
    new Evidence(ctx),
  );
  const mine = sizing.assessments.find((a) => a.sku.id === sku.id);
  const conn = mine?.checks.find((x) => x.limit === 'connections');
  if (!mine || !conn) return;
  if (mine.unsuitable) {
    c.notes.push(
      `Capacity: ${mine.label} has ${mine.unsuitable} in the sources, so its capacity for ${formatNumber(users)} users was not checked.`,
    );
    return;
  }
  const at = t.gateway?.sku?.at ?? t.at;
  const next = sizing.recommended && sizing.recommended.sku.id !== sku.id ? sizing.recommended.label : undefined;
  const base = `${mine.label} accepts ${formatNumber(conn.capacity)} point-to-site connections; ${formatNumber(users)} users are ${formatPercent(conn.utilisation)} of it`;
  if (!mine.fits) {
    c.hit(
      'capacity-exceeded',
      at,
      `${base}.${next ? ` ${next} is the size \`vpn sizing\` recommends.` : ' No single gateway SKU carries them: Virtual WAN scales further.'}`,
      {
        facts: conn.factIds,
      },
    );
  } else if (!mine.comfortable) {
    c.hit('capacity-high-utilisation', at, `${base}, above the headroom \`vpn sizing\` keeps.${next ? ` ${next} stays within it.` : ''}`, {
      facts: conn.factIds,
    });
  }
}

function virtualWanCapacity(t: Target, users: number, ctx: EngineContext, c: Collector): void {
  const units = t.scaleUnits;
  if (!units) return;
  const vw = sizeGateway({ users, zoneRedundant: false }, ctx, new Evidence(ctx)).virtualWan;
  const row = ctx.kb.userVpnScaleUnits.find((r) => r.units === units.value);
  if (!row) {
    c.notes.push(`${units.value} (line ${units.at.line}) is not a User VPN scale-unit size the model knows; capacity was not checked.`);
    return;
  }
  const facts = [userVpnScaleUnitFactId(row.units, 'connections')];
  const base = `${plural(row.units, 'scale unit')} accept ${formatNumber(row.connections)} connections; ${formatNumber(users)} users are ${formatPercent(users / row.connections)} of them`;
  if (vw.hubs > 1 || vw.minimumScaleUnits === undefined || units.value < vw.minimumScaleUnits) {
    c.hit(
      'capacity-exceeded',
      units.at,
      `${base}.${vw.hubs > 1 ? ` \`vpn sizing\` spreads them over ${vw.hubs} hubs.` : vw.scaleUnits ? ` \`vpn sizing\` recommends ${vw.scaleUnits} scale units.` : ''}`,
      { facts },
    );
  } else if (vw.scaleUnits !== undefined && units.value < vw.scaleUnits) {
    c.hit(
      'capacity-high-utilisation',
      units.at,
      `${base}, above the headroom \`vpn sizing\` keeps; it recommends ${vw.scaleUnits} scale units.`,
      { facts },
    );
  }
}

// ───────────── Tunnel types and authentication ─────────────

function tunnelRules(t: Target, opts: CheckOptions, ctx: EngineContext, c: Collector): void {
  const p2s = t.p2s;
  const tunnels = t.tunnels;
  if (!p2s || !tunnels || !p2s.protocols) return;
  const at = p2s.protocols.at;
  if (t.gateway?.vpnType && t.gateway.vpnType.value.toLowerCase() === 'policybased') {
    c.hit(
      'p2s-policy-based-gateway',
      t.gateway.vpnType.at,
      `This gateway is policy-based; point-to-site needs a ${fact(ctx, 'p2s-requires-route-based')}. Changing the type means deleting and re-creating the gateway (about ${formatNumber(num(ctx, 'policy-based-change-requires-recreate'))} minutes, new public IP address).`,
    );
  }
  if (tunnels.includes('sstp')) {
    const retired = inEffect(ctx, 'sstp', 'retired');
    const ended = inEffect(ctx, 'sstp', 'enable-ends');
    const stop = upcoming(ctx, 'sstp', 'retired');
    const end = upcoming(ctx, 'sstp', 'enable-ends');
    const fallback = tunnels.includes('ikev2') ? ` ${fact(ctx, 'windows-tries-ikev2-first')}: those on SSTP lose access.` : '';
    c.hit(
      'p2s-sstp-retirement',
      at,
      retired
        ? `SSTP is enabled, and SSTP stopped working on ${retired.date}.${fallback} Move its users to IKEv2 or OpenVPN.`
        : ended
          ? `SSTP is enabled: it can't be enabled again since ${ended.date} and stops working on ${stop?.date}.${fallback}`
          : `SSTP is enabled: it can't be enabled on a gateway after ${end?.date} and stops working on ${stop?.date}.${fallback}`,
      { events: [retired, ended ?? end, stop] },
    );
    if (tunnels.length === 1) {
      const cap = num(ctx, 'sstp-max-connections');
      c.hit(
        'p2s-sstp-connection-cap',
        at,
        `SSTP is the only tunnel type: at most ${formatNumber(cap)} concurrent connections on every SKU` +
          (opts.users !== undefined ? `, for ${formatNumber(opts.users)} users.` : '.'),
      );
    }
    if (tunnels.includes('openvpn'))
      c.hit('p2s-sstp-with-openvpn', at, `SSTP and OpenVPN are both enabled: ${fact(ctx, 'openvpn-sstp-cannot-coexist')}.`);
  }
}

function authRules(t: Target, ctx: EngineContext, c: Collector): void {
  const p2s = t.p2s;
  const auths = t.auths;
  if (!p2s || !auths) return;
  const at = p2s.authTypes?.at ?? p2s.at;
  const tunnels = t.tunnels;
  if (tunnels && p2s.protocols) {
    const openvpn = tunnels.includes('openvpn');
    const named = list(tunnels.map((x) => TUNNEL_LABEL[x]));
    if (auths.includes('entra') && !openvpn)
      c.hit(
        'p2s-entra-without-openvpn',
        at,
        `Microsoft Entra ID is configured with ${named || 'no tunnel type'}: Entra ID works over ${fact(ctx, 'entra-openvpn-only')}.`,
      );
    if (auths.length === 1 && auths[0] === 'entra' && openvpn && tunnels.includes('ikev2'))
      c.hit(
        'p2s-entra-alone-with-ikev2',
        p2s.protocols.at,
        `Entra ID is the only authentication type, with ${named}: ${fact(ctx, 'entra-alone-openvpn-tunnel-only')}.`,
      );
    if (auths.length > 1 && !openvpn)
      c.hit(
        'p2s-multiple-auth-without-openvpn',
        at,
        `${list(auths.map((a) => capitalised(AUTH_LABEL[a])))} are configured together with ${named || 'no tunnel type'}: ${fact(ctx, 'multi-auth-requires-openvpn')}.`,
      );
  }
  const audience = p2s.aadAudience?.value.trim().toLowerCase();
  if (p2s.aadAudience && audience === fact(ctx, 'entra-audience-manual').toLowerCase()) {
    const pub = event(ctx, 'entra-manual-app-retired-public');
    const gov = event(ctx, 'entra-manual-app-retired-gov');
    const when = (e: LifecycleEvent) => (e.date <= ctx.asOf ? `was retired on ${e.date}` : `is retired on ${e.date}`);
    c.hit(
      'p2s-entra-manual-audience',
      p2s.aadAudience.at,
      `The audience is the manually registered Azure VPN Client app ID: it ${when(pub)} in Azure Public (${gov.date} in Azure Government and 21Vianet). The Microsoft-registered app ID ${fact(ctx, 'entra-audience-microsoft-registered')} is not affected.`,
      { events: [pub, gov] },
    );
  }
  if (t.sku?.family === 'basic' && auths.includes('radius'))
    c.hit(
      'p2s-radius-on-basic',
      at,
      `RADIUS is configured on ${skuLabel(t.sku)}: RADIUS is supported on ${fact(ctx, 'radius-not-on-basic').toLowerCase()}.`,
    );
  const serversMax = num(ctx, t.virtualWan ? 'vwan-radius-servers-max' : 'radius-servers-max');
  if (p2s.radiusServers && p2s.radiusServers.value > serversMax)
    c.hit(
      'p2s-radius-servers-max',
      p2s.radiusServers.at,
      `${plural(p2s.radiusServers.value, 'RADIUS server')} are configured; a ${t.virtualWan ? 'User VPN configuration' : 'gateway'} takes at most ${formatNumber(serversMax)}.`,
    );
  if (!t.virtualWan) {
    const rootsMax = num(ctx, 'p2s-root-certificates-max');
    if (p2s.rootCertificates && p2s.rootCertificates.value > rootsMax)
      c.hit(
        'p2s-root-certificates-max',
        p2s.rootCertificates.at,
        `${plural(p2s.rootCertificates.value, 'root certificate')} are uploaded; a gateway takes at most ${formatNumber(rootsMax)}.`,
      );
  }
  if (auths.includes('certificate') && !p2s.authInferred && (p2s.rootCertificates?.value ?? 0) === 0)
    c.hit(
      'p2s-certificate-without-root',
      p2s.rootCertificates?.at ?? at,
      'Certificate authentication is configured, but no root certificate is uploaded: no client certificate can be validated.',
    );
}

// ───────────── Clients ─────────────

function clientRules(t: Target, opts: CheckOptions, ctx: EngineContext, c: Collector): void {
  const { tunnels, auths, p2s } = t;
  if (!opts.clients.length || !tunnels?.length || !auths?.length || !p2s?.protocols) return;
  const scratch = new Evidence(ctx);
  const cell = (os: Os, auth: Auth, tunnel: Tunnel) => lookupCompatibility({ os, auth, tunnel }, ctx, scratch)[0];
  for (const os of opts.clients) {
    const cells = auths.flatMap((auth) => tunnels.map((tunnel) => cell(os, auth, tunnel)));
    const facts = cells.flatMap((x) => (x.row ? [clientMatrixFactId(x.row)] : []));
    const events = cells.flatMap((x) => x.lifecycle).map((id) => ctx.kb.lifecycle.find((e) => e.id === id));
    const works = cells.filter((x) => x.status === 'supported');
    if (!works.length) {
      const why = cells.map(
        (x) =>
          `${capitalised(AUTH_LABEL[x.auth])} over ${TUNNEL_LABEL[x.tunnel]}: ${x.status.replace(/-/g, ' ')}${x.reason ? ` (${x.reason.replace(/\.$/, '')})` : ''}`,
      );
      const options = lookupCompatibility({ os }, ctx, scratch)
        .filter((x) => x.status === 'supported' && !x.statusNote)
        .map((x) => `${AUTH_LABEL[x.auth]} over ${TUNNEL_LABEL[x.tunnel]}${x.clients.length ? ` (${list(x.clients)})` : ''}`);
      c.hit(
        'p2s-client-os-cannot-connect',
        p2s.protocols.at,
        `${OS_LABEL[os]} users can't connect on ${ctx.asOf}. ${why.join('; ')}.` +
          (options.length
            ? ` ${OS_LABEL[os]} connects with ${list(options)}.`
            : ` The sources name nothing ${OS_LABEL[os]} connects with.`),
        { facts, events, key: os },
      );
      continue;
    }
    for (const auth of auths) {
      if (auths.length < 2 || works.some((x) => x.auth === auth)) continue;
      const mine = cells.filter((x) => x.auth === auth);
      c.hit(
        'p2s-client-auth-unavailable',
        p2s.authTypes?.at ?? p2s.protocols.at,
        `${OS_LABEL[os]} users can't use ${AUTH_LABEL[auth]} with ${list(tunnels.map((x) => TUNNEL_LABEL[x]))} on ${ctx.asOf} (${mine.map((x) => `${TUNNEL_LABEL[x.tunnel]}: ${x.status.replace(/-/g, ' ')}`).join('; ')}); they connect with ${list([...new Set(works.map((x) => `${AUTH_LABEL[x.auth]} over ${TUNNEL_LABEL[x.tunnel]}`))])}.`,
        { facts: mine.flatMap((x) => (x.row ? [clientMatrixFactId(x.row)] : [])), events, key: `${os}/${auth}` },
      );
    }
  }
}

// ───────────── Address pool ─────────────

/** Engine finding codes → the rule that reports them; codes another rule here already covers are left out. */
const POOL_RULES: Partial<Record<string, RuleId>> = {
  pool_too_small: 'p2s-pool-below-minimum',
  pool_public_address_space: 'p2s-pool-not-private',
  pool_shared_address_space: 'p2s-pool-not-private',
  pool_straddles_private_range: 'p2s-pool-not-private',
  pool_reserved_address_space: 'p2s-pool-reserved-space',
  pools_overlap: 'p2s-pool-overlap',
  pool_overlaps_range: 'p2s-pool-overlap',
  pool_too_small_for_users: 'p2s-pool-too-small-for-users',
  active_active_p2s_requirements: 'p2s-active-active-requirements',
  vwan_too_few_pools: 'vwan-pools-per-scale-unit',
  vwan_small_pools_combined: 'vwan-small-pools-combined',
  vwan_pool_smaller_than_gateway: 'vwan-pool-smaller-than-gateway',
};

function poolRules(t: Target, input: CheckInput, opts: CheckOptions, ctx: EngineContext, c: Collector): void {
  const hasP2s = t.virtualWan ? t.scaleUnits !== undefined || t.pools.length > 0 || t.poolAt !== undefined : t.p2s !== undefined;
  if (!hasP2s) return;
  if (!t.pools.length) {
    c.hit(
      'p2s-pool-missing',
      t.poolAt ?? t.p2s?.at ?? t.at,
      `${capitalised(t.name)} has no client address pool: no client gets an address.`,
    );
    return;
  }
  const valid: Located<string>[] = [];
  for (const p of t.pools) {
    const r = checkCidr(p.value);
    if (r.ok) valid.push({ value: r.range.toCidrString(), at: p.at });
    else
      c.hit(
        'p2s-pool-invalid',
        p.at,
        r.reason === 'misaligned'
          ? `"${p.value}" is not aligned: the address is not where a block of that size starts. Did you mean ${r.aligned}?`
          : `"${p.value}" is not a valid IPv4 CIDR block: ${r.message}.`,
      );
  }
  if (!valid.length) return;
  const spaces = input.addressSpaces.flatMap((s) => {
    const r = checkCidr(s.value);
    return r.ok ? [{ cidr: r.range.toCidrString(), owner: `${s.owner} (line ${s.at.line})` }] : [];
  });
  const avoid = [...new Set([...opts.avoid, ...spaces.map((s) => s.cidr)])];
  const plan = planAddressPool(
    {
      cidr: valid[0].value,
      ...(valid.length > 1 ? { morePools: valid.slice(1).map((v) => v.value) } : {}),
      protocols: t.tunnels ?? [],
      ...(opts.users !== undefined ? { users: opts.users } : {}),
      avoid,
      virtualWan: t.virtualWan,
      ...(t.scaleUnits ? { scaleUnits: t.scaleUnits.value } : {}),
      activeActive: t.gateway?.activeActive?.value === true,
    },
    ctx,
    new Evidence(ctx),
  );
  const row =
    t.virtualWan && t.scaleUnits
      ? ctx.kb.poolRequirements.find((r) => t.scaleUnits && t.scaleUnits.value >= r.unitsFrom && t.scaleUnits.value <= r.unitsTo)
      : undefined;
  for (const f of plan.findings) {
    const rule = POOL_RULES[f.code];
    if (!rule) continue;
    // The finding names the pool it is about: point at that pool's line.
    const pool = valid.find((v) => f.message.includes(v.value));
    const owner = spaces.find((s) => f.message.includes(s.cidr) && !opts.avoid.includes(s.cidr));
    const at =
      rule === 'p2s-active-active-requirements'
        ? (t.gateway?.activeActive?.at ?? t.at)
        : rule.startsWith('vwan-')
          ? (t.scaleUnits?.at ?? t.poolAt ?? t.at)
          : (pool?.at ?? (valid.length === 1 ? valid[0].at : (t.poolAt ?? t.at)));
    c.hit(rule, at, owner ? `${f.message} (${owner.cidr} is the ${owner.owner} in the input.)` : f.message, {
      facts: row && rule.startsWith('vwan-') ? [poolRequirementId(row)] : [],
      key: (f.message.match(/\d+\.\d+\.\d+\.\d+\/\d+/g) ?? []).join(','),
    });
  }
}

/** Runs every rule over every configuration the input holds. */
export function evaluateCheck(input: CheckInput, opts: CheckOptions, ctx: EngineContext): Evaluation {
  const c = new Collector(ctx);
  for (const t of targetsOf(input, ctx, c)) {
    skuRules(t, opts, ctx, c);
    if (t.virtualWan && opts.users !== undefined) virtualWanCapacity(t, opts.users, ctx, c);
    tunnelRules(t, opts, ctx, c);
    authRules(t, ctx, c);
    clientRules(t, opts, ctx, c);
    poolRules(t, input, opts, ctx, c);
  }
  return { hits: c.hits, notes: c.notes };
}
