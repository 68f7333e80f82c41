import type { GatewaySku } from '../../knowledge/schema';
import type { Section } from '../answer/answer';
import { fail, ok } from '../errors';
import type { Result } from '../errors';
import { formatFactValue, formatNumber, plural } from '../format';
import { matchAlias, meaningful, quote, readAmount, readCount } from '../parse/readers';
import type { Token } from '../parse/tokenize';
import { isNumberToken } from '../parse/tokenize';
import { paths, siteUrl } from '../site-urls';
import type { EngineContext, Evidence } from '../rules/context';
import { findSkus, skuLabel } from '../rules/gateway-catalog';
import type { FromAssessment } from '../rules/migration';
import { assessFrom } from '../rules/migration';
import type { LimitName, SizingRequest, SizingResult, SkuAssessment } from '../rules/sizing';
import { sizeGateway } from '../rules/sizing';
import { defineCommand } from './command-spec';
import {
  demandWords,
  describeCheck,
  fromSentence,
  gatewaySentence,
  poolSentence,
  sstpSentence,
  verdictWords,
  virtualWanItems,
  virtualWanSentence,
} from './sizing-messages';

const UNITS = {
  users: ['user', 'clients', 'client', 'connections', 'connection', 'employees', 'staff', 'seats', 'workers', 'people', 'persons'],
  mbps: ['mb', 'mbit', 'mbits', 'mbit/s', 'mb/s', 'm'],
  gbps: ['gb', 'gbit', 'gbit/s', 'gb/s'],
  sites: ['site', 'branches', 'branch', 'offices', 'office', 'tunnels', 'tunnel', 's2s', 'locations'],
} as const;
const PROTOCOLS = { sstp: [], ikev2: ['ikev2/openvpn', 'ike', 'ikev2-openvpn', 'ipsec'], openvpn: ['ovpn', 'open-vpn'] } as const;
const ZONE = new Set([
  'zone-redundant',
  'zone-redundancy',
  'zr',
  'zones',
  'zonal',
  'az',
  'zone',
  'redundant',
  'availability-zones',
  'zone-resilient',
]);
const EXAMPLE = 'sizing 5000 users 2 mbps each openvpn';

function isUnitWord(w: string): boolean {
  return (
    w === 'mbps' || w === 'gbps' || w === 'sites' || matchAlias(w, { mbps: UNITS.mbps, gbps: UNITS.gbps, sites: UNITS.sites }) !== undefined
  );
}

/** Words that say a bandwidth is the whole load rather than each user's ("1 gbps total", "in all"). */
const TOTAL_WORDS = new Set(['total', 'aggregate', 'overall', 'combined', 'altogether', 'all']);
/** Words that say it is per user ("2 mbps each", "per user"). */
const EACH_WORDS = new Set(['each', 'per', 'apiece', 'per-user']);
/** Words that only qualify what is already read ("IKEv2 only", "need zone redundancy"): no meaning of their own. */
const QUALIFIERS = new Set(['only', 'just', 'redundancy', 'offices', 'office', 'locations', 'tunnels', 'tunnel', 'today', 'now', 'at']);
/** Authentication words: Entra ID needs OpenVPN; the others don't change capacity. */
const AUTH_WORDS = new Set(['entra', 'entra-id', 'aad', 'azure-ad', 'certificate', 'certificates', 'cert', 'certs', 'radius']);

function parseSizing(args: Token[], ctx: EngineContext): Result<SizingRequest> {
  const total = args.some((t) => TOTAL_WORDS.has(t.norm));
  const each = args.some((t) => EACH_WORDS.has(t.norm));
  const words = meaningful(args);
  let entra = false;
  let users: number | undefined;
  let mbps: number | undefined;
  let mbpsTotal: number | undefined;
  let sites: number | undefined;
  let protocol: SizingRequest['protocol'];
  let withSstp = false;
  let zoneRedundant = false;
  let from: GatewaySku[] | undefined;

  for (let i = 0; i < words.length; i++) {
    const t = words[i];
    const next = words[i + 1];
    if (t.norm === 'from' || t.norm === 'current' || t.norm === 'existing' || t.norm === 'currently' || t.norm === 'replacing') {
      const nameTok = words[i + 1];
      if (!nameTok)
        return fail(
          'from_missing_sku',
          'After "from", name the gateway SKU you have today.',
          'from <SKU>, e.g. from VpnGw1 or from VpnGw2AZ Gen2',
          'sizing 2000 users from VpnGw1',
        );
      const genTok = words[i + 2] && /^gen[12]$/.test(words[i + 2].norm) ? words[i + 2] : undefined;
      const found = findSkus(ctx, nameTok.raw + (genTok ? genTok.norm : ''));
      if (!found.length) {
        const names = [...new Set(ctx.kb.gatewaySkus.map((s) => s.name))].join(', ');
        return fail(
          'unknown_sku',
          `${quote(nameTok.raw)} is not a VPN Gateway SKU I know.`,
          `one of: ${names}`,
          'sizing 2000 users from VpnGw1',
        );
      }
      from = found;
      i += genTok ? 2 : 1;
      continue;
    }
    if ((t.norm === 'users' || t.norm === 'user') && users === undefined) {
      // "users 5000" reads like "5000 users", unless the number belongs to a unit ("users 2 mbps").
      const after = words[i + 2] ? words[i + 2].norm : '';
      if (next && /^-?\d/.test(next.norm) && !isUnitWord(after)) {
        const r = readCount(next);
        if (!r.ok)
          return fail(
            'bad_users',
            `The number of users: ${r.why}.`,
            'a positive whole number of concurrent users, e.g. 5000 users',
            'sizing 5000 users',
          );
        users = r.value;
        i++;
        continue;
      }
      return fail(
        'users_not_a_number',
        'I need the number of users as digits before "users".',
        'a positive whole number of concurrent users, e.g. 5000 users',
        'sizing 5000 users',
      );
    }
    if (next && (next.norm === 'users' || matchAlias(next.norm, { users: UNITS.users })) && !/^-?\d/.test(t.norm)) {
      return fail(
        'users_not_a_number',
        `${quote(t.raw)} is not a number of users.`,
        'a positive whole number of concurrent users in digits, e.g. 5000 users',
        'sizing 5000 users',
      );
    }
    if (/^-?\d/.test(t.norm)) {
      const unitWord = next ? next.norm : '';
      const unit = next
        ? (matchAlias(unitWord, UNITS) ??
          (unitWord === 'users'
            ? 'users'
            : unitWord === 'mbps'
              ? 'mbps'
              : unitWord === 'gbps'
                ? 'gbps'
                : unitWord === 'sites'
                  ? 'sites'
                  : undefined))
        : undefined;
      if (unit === 'mbps' || unit === 'gbps') {
        const r = readAmount(t);
        if (!r.ok)
          return fail(
            'bad_bandwidth',
            `The bandwidth per user: ${r.why}.`,
            'a positive number of Mbps per user, e.g. 2 mbps each',
            EXAMPLE,
          );
        // A bandwidth is per user ("2 mbps each"), unless it says it is the total ("1 gbps total"); Gbps with
        // neither word reads as the whole load, since Gbps per remote user is nobody's plan.
        const amount = unit === 'gbps' ? r.value * 1000 : r.value;
        mbpsTotal = total || (unit === 'gbps' && !each) ? amount : undefined;
        mbps = mbpsTotal === undefined ? amount : undefined;
        i++;
        continue;
      }
      const r = readCount(t);
      if (unit === 'sites') {
        if (!r.ok)
          return fail(
            'bad_sites',
            `The number of sites: ${r.why}.`,
            'a positive whole number of site-to-site tunnels, e.g. 40 sites',
            'sizing 3000 users 40 sites',
          );
        sites = r.value;
        i++;
        // "40 branch offices", "20 s2s tunnels": the unit may take two words
        while (words[i + 1] && (matchAlias(words[i + 1].norm, { sites: UNITS.sites }) || words[i + 1].norm === 'sites')) i++;
        continue;
      }
      if (!r.ok)
        return fail(
          'bad_users',
          `The number of users: ${r.why}.`,
          'a positive whole number of concurrent users, e.g. 5000 users',
          'sizing 5000 users',
        );
      if (users !== undefined)
        return fail(
          'two_user_counts',
          `I read two user counts (${formatNumber(users)} and ${t.raw}).`,
          'one number of users, plus optional "N mbps each", "N sites", a tunnel type, "zone-redundant" or "from <SKU>"',
          EXAMPLE,
        );
      users = r.value;
      if (unit === 'users') i++;
      continue;
    }
    if (AUTH_WORDS.has(t.norm)) {
      if (t.norm === 'entra' || t.norm === 'entra-id' || t.norm === 'aad' || t.norm === 'azure-ad') entra = true;
      continue;
    }
    if (QUALIFIERS.has(t.norm)) continue;
    const proto = matchAlias(t.norm, PROTOCOLS);
    if (proto) {
      if (proto === 'sstp' ? protocol && protocol !== 'sstp' : protocol === 'sstp') withSstp = true;
      if (proto !== 'sstp' || !protocol) protocol = proto;
      continue;
    }
    if (ZONE.has(t.norm)) {
      zoneRedundant = true;
      continue;
    }
    if (
      t.norm === 'active-active' ||
      t.norm === 'active-passive' ||
      t.norm === 'gateway' ||
      t.norm === 'vpn' ||
      t.norm === 'p2s' ||
      t.norm === 'users' ||
      t.norm === 'user' ||
      t.norm === 'mbps'
    )
      continue;
    if (isNumberToken(t)) continue;
    return fail(
      'unknown_word',
      `I don't know what ${quote(t.raw)} means for sizing.`,
      'N users, optionally N mbps each, N sites, sstp | ikev2 | openvpn, zone-redundant, from <SKU>',
      EXAMPLE,
    );
  }
  if (users === undefined)
    return fail(
      'users_missing',
      'Sizing needs the number of concurrent users.',
      'a positive whole number of users, e.g. 5000 users',
      'sizing 5000 users',
    );
  // Entra ID works only over OpenVPN, so naming it with no tunnel type sizes on OpenVPN.
  if (entra && !protocol) protocol = 'openvpn';
  const mbpsPerUser = mbpsTotal !== undefined ? mbpsTotal / users : mbps;
  return ok({ users, mbpsPerUser, protocol, ...(withSstp ? { withSstp } : {}), sites, zoneRedundant, from });
}

interface SkuPick {
  sku: string;
  name: string;
  generation: GatewaySku['generation'];
  label: string;
  /** Utilisation of the binding limit (the highest of all the request's limits). */
  utilisation: number;
  binding: LimitName;
}

/** What `sizing` answers with, beside its text: every SKU considered, with every limit checked. */
export interface SizingData {
  request: {
    users: number;
    mbpsPerUser: number | null;
    protocol: SizingRequest['protocol'] | null;
    withSstp: boolean;
    sites: number | null;
    zoneRedundant: boolean;
    from: string | null;
  };
  /** The smallest creatable production SKU at or under 80% on every limit. */
  recommended: SkuPick | null;
  /** The smallest creatable production SKU that fits at all; the same as recommended when nothing smaller fits. */
  minimum: SkuPick | null;
  /** When nothing fits: which limits no SKU meets. */
  unmet: SizingResult['unmet'];
  from: { sku: string; label: string; verdict: FromAssessment['verdict'] } | null;
  sstpCounted: boolean;
  virtualWan: SizingResult['virtualWan'];
  pool: SizingResult['pool'];
  considered: Array<{
    sku: string;
    label: string;
    fits: boolean;
    comfortable: boolean;
    blocked: string | null;
    unsuitable: string | null;
    checks: Array<{ limit: LimitName; demand: number; capacity: number; utilisation: number | null }>;
  }>;
}

const pick = (a: SkuAssessment | undefined): SkuPick | null =>
  a
    ? {
        sku: a.sku.id,
        name: a.sku.name,
        generation: a.sku.generation,
        label: a.label,
        utilisation: a.binding.utilisation,
        binding: a.binding.limit,
      }
    : null;

export const sizingCommand = defineCommand<SizingRequest, 'sizing'>({
  name: 'sizing',
  aliases: ['size', 'sku', 'capacity'],
  summary: 'Which VPN Gateway SKU, or how many Virtual WAN scale units, for N concurrent remote users.',
  usage: 'sizing <N> users [<M> mbps each] [sstp|ikev2|openvpn] [<S> sites] [zone-redundant] [from <SKU>]',
  examples: [
    'sizing 5000 users',
    'sizing 5000 users 2 mbps each openvpn zone-redundant',
    'sizing 800 users sstp',
    'sizing 3000 users 40 sites',
    'sizing 150000 users',
    'sizing 2000 users from VpnGw1',
  ],
  parse: parseSizing,
  answer(req, ctx, ev) {
    const r = sizeGateway(req, ctx, ev);
    const findings = [...r.findings];
    const sections: Section[] = [];
    const demand = demandWords(req);
    const target = r.recommended ?? r.minimum;
    // The throughput figures are aggregates; what one user's tunnel gets is the follow-up question.
    const perConnection = req.mbpsPerUser !== undefined ? ev.maybe('p2s-throughput-per-connection') : undefined;

    let summary = gatewaySentence(r, req);
    summary += sstpSentence(r, ctx, ev.peekNum('sstp-max-connections'), new Set(findings.map((f) => f.code)));
    summary += virtualWanSentence(r);
    summary += poolSentence(r);

    const current = req.from?.[0];
    const fromResult = current ? assessFrom(current, r.assessments, target, ctx, ev) : undefined;
    if (current && fromResult) summary += fromSentence(skuLabel(current), fromResult, target);

    sections.push({
      type: 'table',
      title: `VPN Gateway SKUs that can be created on ${ctx.asOf}`,
      columns: [
        'SKU',
        r.sstpOnly ? 'SSTP connections' : r.sstpCounted ? 'Connections (SSTP + IKEv2/OpenVPN)' : 'IKEv2/OpenVPN connections',
        ...(req.sites !== undefined ? ['S2S tunnels'] : []),
        ...(req.mbpsPerUser !== undefined ? ['Throughput'] : []),
        'Verdict',
      ],
      rows: r.assessments.filter((a) => !a.blocked).map((a) => [a.label, ...a.checks.map(describeCheck), verdictWords(a, r)]),
    });
    const blocked = r.assessments.filter((a) => a.blocked);
    if (blocked.length) {
      sections.push({
        type: 'list',
        title: 'Not considered on this date',
        items: groupBlocked(blocked),
      });
    }
    if (req.sites !== undefined) {
      sections.push({
        type: 'note',
        title: 'Sites and tunnels',
        text: `${plural(req.sites, 'site')} counted as ${plural(req.sites, 'site-to-site tunnel')}; an active-active connection to one on-premises device uses two.`,
      });
    }
    sections.push({ type: 'list', title: 'Virtual WAN alternative', items: virtualWanItems(r, req) });

    const poolItems = [`VPN Gateway: a /${r.pool.prefix} (${formatNumber(r.pool.addresses)} addresses); one address per connected client.`];
    if (r.sstpUsers > 0) {
      poolItems.push(
        'With SSTP and IKEv2 both on, the gateway splits the pool: SSTP keeps at most its connection cap, IKEv2 gets the rest (check with the pool command).',
      );
    }
    poolItems.push(`Try: pool <your block> users ${req.users}${r.sstpUsers > 0 ? ' sstp ikev2' : ''} avoid <on-premises ranges>`);
    sections.push({ type: 'list', title: 'Client address pool', items: poolItems });
    sections.push({ type: 'list', title: 'What it takes', items: whatItTakes(ev) });

    if (req.from && current && fromResult) {
      if (req.from.length > 1) {
        findings.push({
          code: 'generation_assumed',
          severity: 'info',
          message: `${current.name} exists in ${req.from.map((s) => s.generation).join(' and ')}; I assumed ${current.generation}. Add "gen1" or "gen2" to choose.`,
        });
      }
      findings.push(...fromResult.findings);
      sections.push({ type: 'list', title: `From your ${skuLabel(current)}`, items: fromResult.steps });
    }

    return {
      title: `Sizing for ${demand.join(', ')}`,
      summary: summary.trim(),
      sections,
      findings,
      links: [
        { title: 'VPN Gateway SKUs', url: siteUrl(paths.reference('vpn-gateway-skus'), ctx.base) },
        { title: 'Virtual WAN scale units', url: siteUrl(paths.reference('virtual-wan'), ctx.base) },
        ...(req.protocol === 'sstp' || req.withSstp
          ? [{ title: 'Moving off SSTP', url: siteUrl(paths.scenario('sstp-migration'), ctx.base) }]
          : []),
        ...(perConnection
          ? [
              {
                title: 'What one connection gets (vs the aggregate)',
                url: siteUrl(paths.fact(perConnection.topic, perConnection.id), ctx.base),
              },
            ]
          : []),
      ],
      data: {
        request: {
          users: req.users,
          mbpsPerUser: req.mbpsPerUser ?? null,
          protocol: req.protocol ?? null,
          withSstp: req.withSstp ?? false,
          sites: req.sites ?? null,
          zoneRedundant: req.zoneRedundant,
          from: req.from?.[0]?.id ?? null,
        },
        recommended: pick(r.recommended),
        minimum: pick(r.minimum),
        unmet: r.unmet,
        from: current && fromResult ? { sku: current.id, label: skuLabel(current), verdict: fromResult.verdict } : null,
        sstpCounted: r.sstpCounted,
        virtualWan: r.virtualWan,
        pool: r.pool,
        considered: r.assessments.map((a) => ({
          sku: a.sku.id,
          label: a.label,
          fits: a.fits,
          comfortable: a.comfortable,
          blocked: a.blocked?.eventId ?? null,
          unsuitable: a.unsuitable ?? null,
          checks: a.checks.map((c) => ({
            limit: c.limit,
            demand: c.demand,
            capacity: c.capacity,
            utilisation: Number.isFinite(c.utilisation) ? c.utilisation : null,
          })),
        })),
      },
    };
  },
});

/** One line per lifecycle event that blocks SKUs, oldest first, naming the SKUs in catalogue order. */
function groupBlocked(blocked: SkuAssessment[]): string[] {
  const byEvent = new Map<string, { b: NonNullable<SkuAssessment['blocked']>; labels: string[] }>();
  for (const a of blocked) {
    const b = a.blocked!;
    const entry = byEvent.get(b.eventId) ?? { b, labels: [] };
    entry.labels.push(a.label);
    byEvent.set(b.eventId, entry);
  }
  return [...byEvent.values()]
    .sort((x, y) => x.b.date.localeCompare(y.b.date))
    .map(({ b, labels }) => `${labels.join(', ')}: ${b.reason} (since ${b.date})`);
}

/** Lead times, prerequisites and downtime, each from a fact (skipped when the model lacks it). */
function whatItTakes(ev: Evidence): string[] {
  const takes: string[] = [];
  const creation = ev.maybe('gateway-creation-time');
  if (creation) takes.push(`Creating a VPN gateway takes ${formatFactValue(creation)} or more.`);
  const hub = ev.maybe('vwan-hub-creation-time-with-gateway');
  if (hub) takes.push(`A Virtual WAN hub with a gateway takes about ${formatFactValue(hub)} to create.`);
  const down = ev.maybe('vwan-scale-unit-change-downtime');
  if (down) takes.push(`Changing User VPN scale units: ${formatFactValue(down)}`);
  const subnet = ev.maybe('gateway-subnet-min-prefix');
  if (subnet) takes.push(`A GatewaySubnet of ${formatFactValue(subnet)} or larger.`);
  const ip = ev.maybe('gateway-public-ip-sku');
  if (ip) takes.push(`A ${formatFactValue(ip)} SKU public IP address.`);
  const third = ev.maybe('p2s-active-active-third-public-ip');
  if (third) takes.push('Active-active with point-to-site needs a third public IP address.');
  return takes;
}
