/**
 * Reads what kind of question a query is before it is searched. A query that names a SKU, a port,
 * an address range or a protocol with a limit word is a fact look-up: facts rank first, and the
 * documents about the named product rank above their neighbours. Some queries are really a command
 * in disguise ("10.0.0.0/24 overlaps on-premises" → `pool …`); those get a suggestion.
 *
 * Suggestions are built from recognised values only (validated CIDRs, whole numbers, fixed words),
 * never from free user text.
 */
import { analyzeQuery, TERM_WEIGHTS } from './analyze';
import type { DocumentKind } from './documents';

export interface CommandSuggestion {
  /** Command text without the /vpn prefix. */
  command: string;
  why: string;
}

export interface QueryPlan {
  /** Unique query terms with their weight. */
  terms: Map<string, number>;
  /** Product names the query names (lowercase, as in the index's `entity`). */
  entities: string[];
  /** Whether this reads as a look-up of one fact rather than a topic. */
  lookup: boolean;
  /** Multiplier per document kind. */
  kindBoost: Partial<Record<DocumentKind, number>>;
  /** CIDRs found in the query, canonical. */
  cidrs: string[];
  suggestions: CommandSuggestion[];
}

const CIDR = /(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})(?![\d.])/g;
const USERS =
  /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\s*k)?\s*(?:concurrent\s+|remote\s+|home\s+)?(?:users?|people|employees|staff|workers|seats)\b/i;
const PROTOCOL = /\b(sstp|ikev2|ike|openvpn)\b/i;
const LIMIT_WORDS =
  /\b(limit|limits|max|maximum|cap|capped|how many|connections?|users?|throughput|bandwidth|tunnels?|routes?|sessions?|scale units?)\b/i;
const PORT_WORDS = /\b(udp|tcp|ports?|esp|firewall|blocked|blocking)\b/i;
const SIZING_WORDS = /\b(sku|skus|gateway|size|sizing|plan|planning|pool|addresses|scale units?|which|need|enough)\b/i;
/** "how do I check …", "calculator": the answer is a command that does it. */
const TOOL_WORDS = /\b(check|checks|checking|validate|verify|calculate|calculator|command|commands)\b/i;
const ROUTES = /\b(\d{1,5})\s+(?:routes?|prefixes|address spaces|traffic selectors)\b/i;
const OS_WORDS: readonly [RegExp, string][] = [
  [/\b(mac|macs|macos|osx|macbooks?)\b/i, 'macos'],
  [/\b(windows|win10|win11)\b/i, 'windows'],
  [/\b(linux|ubuntu|rhel|debian)\b/i, 'linux'],
  [/\b(ios|iphones?|ipads?)\b/i, 'ios'],
  [/\b(android)\b/i, 'android'],
];
const AUTH_WORDS: readonly [RegExp, string][] = [
  [/\b(entra|aad|azure ad|azure active directory)\b/i, 'entra'],
  [/\b(certs?|certificates?|pki)\b/i, 'certificate'],
  [/\b(radius|nps)\b/i, 'radius'],
];

function canonicalCidrs(query: string): string[] {
  const out: string[] = [];
  for (const m of query.matchAll(CIDR)) {
    const octets = m.slice(1, 5).map(Number);
    const prefix = Number(m[5]);
    if (octets.every((o) => o <= 255) && prefix <= 32) out.push(`${octets.join('.')}/${prefix}`);
  }
  return [...new Set(out)];
}

function userCount(query: string): number | undefined {
  const m = USERS.exec(query);
  if (!m) return undefined;
  const n = Number(m[1].replace(/,/g, '')) * (m[2] ? 1000 : 1);
  return Number.isInteger(n) && n > 0 && n <= 10_000_000 ? n : undefined;
}

export function planQuery(query: string, entities: ReadonlySet<string>): QueryPlan {
  const terms = analyzeQuery(query);
  // a product named in the query (or through a synonym), not one that is only part of a longer name
  const named = [...terms].filter(([t, w]) => entities.has(t) && w >= TERM_WEIGHTS.synonym).map(([t]) => t);
  const cidrs = canonicalCidrs(query);
  const port = PORT_WORDS.test(query);
  const protocolLimit = PROTOCOL.test(query) && LIMIT_WORDS.test(query);
  const numberAsked = [...terms.keys()].some((t) => /^\d+$/.test(t)) && LIMIT_WORDS.test(query);
  const lookup = named.length > 0 || cidrs.length > 0 || port || protocolLimit || numberAsked;
  const suggestions: CommandSuggestion[] = [];

  if (cidrs.length) {
    // an address question is a pool question: the pool and overlap rules are what it needs
    for (const t of ['pool', 'overlap', 'address']) if (!terms.has(t)) terms.set(t, 0.6);
    const [pool, ...others] = cidrs;
    suggestions.push({
      command: `pool ${pool} avoid ${others.length ? others.join(',') : '<your on-premises and VNet ranges>'}`,
      why: 'checks the range: alignment, private space, minimum size and overlaps with the ranges you list',
    });
  }
  if (port) {
    for (const t of ['port', 'firewall']) if (!terms.has(t)) terms.set(t, 0.5);
    const proto = PROTOCOL.exec(query)?.[1].toLowerCase();
    const tunnel = proto === 'ike' ? 'ikev2' : proto;
    suggestions.push({
      command: tunnel ? `ports ${tunnel}` : 'ports',
      why: 'lists what a firewall must allow outbound for each tunnel type',
    });
  }
  const users = userCount(query);
  if (users && SIZING_WORDS.test(query))
    suggestions.push({
      command: `sizing ${users} users`,
      why: 'sizes the gateway, the Virtual WAN scale units and the client address pool for that many users',
    });
  const routes = ROUTES.exec(query);
  if (routes) suggestions.push({ command: `routes ${Number(routes[1])}`, why: 'checks which clients accept that many routes' });
  const os = OS_WORDS.find(([re]) => re.test(query))?.[1];
  const auth = AUTH_WORDS.find(([re]) => re.test(query))?.[1];
  if (os && auth)
    suggestions.push({
      command: `compat ${os} ${auth}`,
      why: 'shows which tunnel types and VPN clients work for that OS and sign-in method',
    });

  const kindBoost: QueryPlan['kindBoost'] = lookup ? { fact: 1.6, 'client-matrix': 1.2, lifecycle: 1.2 } : {};
  if (TOOL_WORDS.test(query)) kindBoost.command = 2;
  return {
    terms,
    entities: named,
    lookup,
    kindBoost,
    cidrs,
    suggestions,
  };
}
