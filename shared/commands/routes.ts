import { fail, ok } from '../errors';
import type { Result } from '../errors';
import { formatNumber, plural } from '../format';
import { meaningful, quote, readCount } from '../parse/readers';
import type { Token } from '../parse/tokenize';
import { paths, siteUrl } from '../site-urls';
import { checkCidr } from '../rules/cidr';
import type { RoutesRequest } from '../rules/routes';
import { checkRouteBudget } from '../rules/routes';
import { defineCommand } from './command-spec';

/** What `routes` answers with, beside its text. */
export interface RoutesData {
  request: RoutesRequest;
  limits: Array<{ who: string; max: number; ok: boolean }>;
}

function parseRoutes(args: Token[]): Result<RoutesRequest> {
  const words = meaningful(args).filter(
    (t) => !['routes', 'route', 'prefixes', 'address', 'spaces', 'selectors', 'traffic'].includes(t.norm),
  );
  if (!words.length)
    return fail(
      'routes_missing',
      'Give the number of routes the clients receive, or list the prefixes.',
      'routes N, or routes <CIDR> <CIDR> …',
      'routes 30',
    );
  if (words.length === 1 && /^-?\d+$/.test(words[0].norm)) {
    const r = readCount(words[0]);
    if (!r.ok) return fail('bad_count', `The number of routes: ${r.why}.`, 'a positive whole number', 'routes 30');
    return ok({ count: r.value, prefixes: [] });
  }
  const prefixes: string[] = [];
  for (const t of words) {
    const c = checkCidr(t.norm);
    if (!c.ok) {
      if (c.reason === 'misaligned')
        return fail(
          'cidr_misaligned',
          `${quote(t.raw)} is not aligned. Did you mean ${c.aligned}?`,
          'CIDR blocks that start on their boundary',
          `routes ${c.aligned}`,
        );
      return fail(
        'cidr_invalid',
        `${quote(t.raw)} is neither a number nor a CIDR block.`,
        'routes N, or routes <CIDR> <CIDR> …',
        'routes 10.0.0.0/16 10.1.0.0/16',
      );
    }
    const s = c.range.toCidrString();
    if (!prefixes.includes(s)) prefixes.push(s);
  }
  return ok({ count: prefixes.length, prefixes });
}

export const routesCommand = defineCommand<RoutesRequest, 'routes'>({
  name: 'routes',
  aliases: ['route', 'traffic-selectors', 'selectors'],
  summary: 'Checks the route / traffic-selector budget of point-to-site clients: which clients fail to connect.',
  usage: 'routes <N> | routes <CIDR> <CIDR> …',
  examples: ['routes 30', 'routes 10.0.0.0/16 10.1.0.0/16 192.168.10.0/24', 'routes 300'],
  parse: (args) => parseRoutes(args),
  answer(req, ctx, ev) {
    const { limits: rows, failing, overlaps, tableWindowsMax } = checkRouteBudget(req, ev);
    // A new route reaches some clients only with a new profile: the question after every route count.
    const refresh = ev.maybe('p2s-refresh-which-changes');
    const conflict = ctx.kb.conflicts.find((c) => c.id === 'conflict-18');
    return {
      title: `Route budget for ${plural(req.count, 'route')}`,
      summary: failing.length
        ? failing.length === rows.length
          ? `${plural(req.count, 'route')} is more than every client accepts: no client connects. Summarise the prefixes (fewer, larger blocks) to get under the limits.`
          : `${plural(req.count, 'route')} is more than ${failing.map((f) => f.who).join('; ')} accept${failing.length === 1 ? 's' : ''}: those clients fail to connect. The others are within their limits.`
        : `${plural(req.count, 'route')} fits every client's limit.`,
      sections: [
        {
          type: 'table',
          title: 'Limits per client',
          columns: ['Client', 'Limit', plural(req.count, 'route')],
          rows: rows.map((r) => [r.who, formatNumber(r.max), r.ok ? 'connects' : 'fails to connect']),
        },
        ...(req.prefixes.length
          ? [
              {
                type: 'list' as const,
                title: 'Prefixes counted',
                items: [...req.prefixes, ...overlaps.map(([a, b]) => `Note: ${a} overlaps ${b}`)],
              },
            ]
          : []),
        ...(refresh
          ? [
              {
                type: 'note' as const,
                title: 'After a change',
                text: `${String(refresh.value)} (${refresh.title}).`,
              },
            ]
          : []),
        {
          type: 'note',
          title: 'What counts',
          text: 'The address spaces of the gateway VNet, the local network gateways, VNet-to-VNet connections and peered VNets that use the gateway all count towards the limit.',
        },
      ],
      findings: [
        ...failing.map((f) => ({
          code: 'route_limit_exceeded',
          severity: 'critical' as const,
          message: `${f.who}: limit ${formatNumber(f.max)}, ${plural(req.count, 'route')}.`,
        })),
        ...(conflict
          ? [
              {
                code: 'sources_disagree',
                severity: 'info' as const,
                message: `Sources disagree on the IKEv2 limits: the limits table gives ${tableWindowsMax === undefined ? 'no figure' : formatNumber(tableWindowsMax)} for Windows and ${formatNumber(rows[2].max)} for others, the FAQ ${formatNumber(rows[0].max)} before and ${formatNumber(rows[1].max)} from Windows 10 version 2004. All are shown.`,
              },
            ]
          : []),
      ],
      links: [
        { title: 'Route limits', url: siteUrl(paths.reference('point-to-site'), ctx.base) },
        ...(refresh
          ? [{ title: 'Which changes need a new client profile', url: siteUrl(paths.fact(refresh.topic, refresh.id), ctx.base) }]
          : []),
        ...(conflict ? [{ title: `Conflict: ${conflict.topic}`, url: siteUrl(paths.conflict(conflict.id), ctx.base) }] : []),
      ],
      data: { request: req, limits: rows.map(({ who, max, ok }) => ({ who, max, ok })) },
    };
  },
});
