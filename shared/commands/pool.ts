import type { Tunnel } from '../../knowledge/schema';
import { TUNNEL_LABEL } from '../../knowledge/labels';
import type { Section } from '../answer/answer';
import { fail, ok } from '../errors';
import type { Result } from '../errors';
import { formatNumber, plural } from '../format';
import { meaningful, quote, readCount } from '../parse/readers';
import type { Token } from '../parse/tokenize';
import { paths, siteUrl } from '../site-urls';
import { planAddressPool } from '../rules/address-pool';
import type { PoolPlan, PoolRequest } from '../rules/address-pool';
import { checkCidr } from '../rules/cidr';
import { defineCommand } from './command-spec';

const EXAMPLE = 'pool 10.8.0.0/19 users 5000 avoid 10.0.0.0/16,192.168.0.0/24';
const looksLikeCidr = (s: string) => /^[\d.]+\/\d+$/.test(s) || /^\d+\.\d+\.\d+\.\d+/.test(s);

function readBlock(t: Token, what: string): Result<string> {
  if (!/\//.test(t.norm)) {
    return fail(
      'cidr_missing_prefix',
      `${quote(t.raw)} has no prefix length; ${what} must be a CIDR block.`,
      'an IPv4 block in address/prefix form, e.g. 172.16.0.0/22',
      EXAMPLE,
    );
  }
  const c = checkCidr(t.norm);
  if (c.ok) return ok(c.range.toCidrString());
  if (c.reason === 'misaligned') {
    return fail(
      'cidr_misaligned',
      `${quote(t.raw)} is not aligned: the address is not where a block of that size starts. Did you mean ${c.aligned}?`,
      `a block that starts on its boundary, e.g. ${c.aligned}`,
      `pool ${c.aligned}`,
    );
  }
  return fail(
    'cidr_invalid',
    `${quote(t.raw)} is not a valid IPv4 CIDR block: ${c.message}.`,
    'an IPv4 block in address/prefix form, e.g. 172.16.0.0/22',
    'pool 172.16.0.0/22',
  );
}

function parsePool(args: Token[]): Result<PoolRequest> {
  const words = meaningful(args);
  let cidr: string | undefined;
  const protocols: Tunnel[] = [];
  let users: number | undefined;
  const avoid: string[] = [];
  const morePools: string[] = [];
  let virtualWan = false;
  let scaleUnits: number | undefined;
  let activeActive = false;
  let mode: 'avoid' | undefined;

  for (let i = 0; i < words.length; i++) {
    const t = words[i];
    const n = t.norm;
    if (
      n === 'avoid' ||
      n === 'exclude' ||
      n === 'except' ||
      n === 'not' ||
      n === 'on-prem' ||
      n === 'onprem' ||
      n === 'on-premises' ||
      n === 'vnet' ||
      n === 'overlaps'
    ) {
      mode = 'avoid';
      continue;
    }
    if (looksLikeCidr(n)) {
      const b = readBlock(t, mode === 'avoid' ? 'each avoid range' : 'the pool');
      if (!b.ok) return b;
      // Blocks before "avoid" are pools (Virtual WAN takes several); blocks after it are ranges to keep clear of.
      if (mode === 'avoid') avoid.push(b.value);
      else if (cidr === undefined) cidr = b.value;
      else if (!morePools.includes(b.value) && b.value !== cidr) morePools.push(b.value);
      continue;
    }
    if (n === 'users' || n === 'user' || n === 'clients') {
      const r = readCount(words[i + 1]);
      if (!r.ok) return fail('bad_users', `The number of users: ${r.why}.`, 'users N, with N a positive whole number', EXAMPLE);
      users = r.value;
      i++;
      mode = undefined;
      continue;
    }
    if (/^\d+$/.test(n)) {
      const next = words[i + 1]?.norm;
      if (next === 'users' || next === 'user' || next === 'clients') {
        users = Number(n);
        if (users <= 0) return fail('bad_users', 'The number of users must be positive.', 'users N', EXAMPLE);
        i++;
        continue;
      }
      if (next === 'scale' || next === 'scale-units' || next === 'su' || next === 'units') {
        const r = readCount(t);
        if (!r.ok)
          return fail('bad_scale_units', `Scale units: ${r.why}.`, 'N scale units', 'pool 100.64.0.0/16 virtual-wan 40 scale units');
        scaleUnits = r.value;
        virtualWan = true;
        i += next === 'scale' && words[i + 2] && /^units?$/.test(words[i + 2].norm) ? 2 : 1;
        continue;
      }
      return fail('unknown_number', `I don't know what the number ${quote(t.raw)} is for.`, '"users N" or "N scale units"', EXAMPLE);
    }
    if (n === 'sstp' || n === 'ikev2' || n === 'openvpn') {
      if (!protocols.includes(n)) protocols.push(n);
      continue;
    }
    if (n === 'virtual-wan' || n === 'vwan' || n === 'virtualwan' || n === 'wan' || n === 'virtual' || n === 'hub') {
      virtualWan = true;
      continue;
    }
    if (n === 'active-active') {
      activeActive = true;
      continue;
    }
    if (
      n === 'active-passive' ||
      n === 'gateway' ||
      n === 'vpn-gateway' ||
      n === 'pool' ||
      n === 'pools' ||
      n === 'p2s' ||
      n === 'scale' ||
      n === 'units' ||
      n === 'unit' ||
      n === 'ranges' ||
      n === 'range'
    )
      continue;
    return fail(
      'unknown_word',
      `I don't know what ${quote(t.raw)} means for an address pool.`,
      'pool <CIDR> [sstp] [ikev2] [openvpn] [users N] [avoid CIDR,CIDR] [virtual-wan N scale units] [active-active]',
      EXAMPLE,
    );
  }
  if (!cidr)
    return fail(
      'pool_missing',
      'Give the client address pool as a CIDR block.',
      'pool <CIDR>, e.g. pool 172.16.0.0/22',
      'pool 172.16.0.0/22',
    );
  // One canonical order, so "sstp ikev2" and "ikev2 sstp" give the same answer and permalink data.
  const order: Tunnel[] = ['sstp', 'ikev2', 'openvpn'];
  protocols.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return ok({ cidr, ...(morePools.length ? { morePools } : {}), protocols, users, avoid, virtualWan, scaleUnits, activeActive });
}

/** What `pool` answers with, beside its text. */
export interface PoolData {
  request: PoolRequest;
  plan: PoolPlan;
}

export const poolCommand = defineCommand<PoolRequest, 'pool'>({
  name: 'pool',
  aliases: ['address-pool', 'addresses', 'cidr'],
  summary: 'Checks a point-to-site client address pool: alignment, private range, size, overlaps, capacity and how Azure splits it.',
  usage: 'pool <CIDR>[,<CIDR>…] [sstp] [ikev2] [openvpn] [users <N>] [avoid <CIDR>,<CIDR>…] [virtual-wan <N> scale units] [active-active]',
  examples: [
    'pool 172.16.0.0/22',
    'pool 172.16.0.0/22 sstp ikev2',
    'pool 10.8.0.0/19 users 5000 avoid 10.0.0.0/16,192.168.0.0/24',
    'pool 100.64.0.0/16 virtual-wan 40 scale units',
    'pool 10.20.0.0/18,10.21.0.0/18 virtual-wan 40 scale units',
  ],
  parse: (args) => parsePool(args),
  answer(req, ctx, ev) {
    const plan = planAddressPool(req, ctx, ev);
    // Several pools on Virtual WAN are often one per user group: how groups pick a pool is the next question.
    const groups = req.virtualWan && req.morePools?.length ? ev.maybe('vwan-user-groups-how') : undefined;
    const sections: Section[] = [];
    const spaceWords = (cls: string) =>
      cls === 'rfc1918' ? 'private (RFC 1918)' : cls === 'shared-cgnat' ? 'shared (RFC 6598, CGNAT)' : cls;
    sections.push({
      type: 'table',
      title: plan.pools.length > 1 ? 'The pools' : 'The pool',
      columns: ['Block', 'First', 'Last', 'Addresses', 'Address space'],
      rows: plan.pools.map((x) => [x.cidr, x.first, x.last, formatNumber(x.addresses), spaceWords(x.addressClass)]),
    });
    sections.push({
      type: 'table',
      title: req.virtualWan
        ? 'How Virtual WAN uses it'
        : plan.parts.length > 1
          ? 'How the gateway splits it (SSTP + IKEv2)'
          : 'How the gateway uses it',
      columns: ['Clients', 'Blocks', 'Addresses', 'Concurrent clients', 'Basis'],
      rows: plan.parts.map((p) => [
        p.protocol === 'all' ? 'all tunnel types' : TUNNEL_LABEL[p.protocol],
        p.blocks.join(', '),
        formatNumber(p.addresses),
        formatNumber(p.capacity),
        p.derived ? 'derived from the documented rule' : 'documented',
      ]),
    });
    if (plan.virtualWan) {
      const v = plan.virtualWan;
      sections.push({
        type: 'list',
        title: `Virtual WAN, ${plural(v.scaleUnits, 'scale unit')}`,
        items: [
          `${plural(v.poolsNeeded, 'pool')} needed per connection configuration (one per gateway instance)${v.minAddressesPerPool ? `, each with at least ${formatNumber(v.minAddressesPerPool)} addresses` : ''}; ${plural(plan.pools.length, 'pool')} given.`,
          `Addresses per instance: ${v.instanceAddresses.map(formatNumber).join(', ')} (a pool is never split; smaller pools are combined).`,
          ...(v.suggestedBlocks.length ? [`Carved from this block: ${v.suggestedBlocks.join(', ')}.`] : []),
        ],
      });
    }
    if (req.avoid.length) {
      sections.push({
        type: 'table',
        title: 'Ranges to avoid',
        columns: ['Range', 'Overlap'],
        rows: req.avoid.map((a) => {
          const o = plan.overlaps.find((x) => x.avoid === a);
          return [a, o ? `${o.first} – ${o.last} (${formatNumber(o.size)} addresses)` : 'none'];
        }),
      });
    }
    const problems = plan.findings.filter((f) => f.severity !== 'info');
    const summary =
      `${plan.pools.length > 1 ? `${plan.pools.map((x) => x.cidr).join(' + ')} hold` : `${plan.cidr} holds`} ${formatNumber(plan.addresses)} addresses and serve${plan.pools.length > 1 ? '' : 's'} up to ${formatNumber(plan.capacity)} concurrent clients` +
      (req.users !== undefined ? ` (${formatNumber(req.users)} needed)` : '') +
      (problems.length ? `; ${problems.length} problem${problems.length > 1 ? 's' : ''} to fix.` : '; no problems found.');
    return {
      title:
        plan.pools.length > 1 ? `Client address pools ${plan.pools.map((x) => x.cidr).join(', ')}` : `Client address pool ${plan.cidr}`,
      summary,
      sections,
      findings: plan.findings,
      links: [
        { title: 'Point-to-site address pools', url: siteUrl(paths.reference('point-to-site'), ctx.base) },
        ...(req.virtualWan ? [{ title: 'Virtual WAN address pools', url: siteUrl(paths.reference('virtual-wan'), ctx.base) }] : []),
        ...(groups ? [{ title: 'User groups: a pool per group', url: siteUrl(paths.fact(groups.topic, groups.id), ctx.base) }] : []),
      ],
      data: { request: req, plan },
    };
  },
});
