import type { Auth, Os, Tunnel } from '../../knowledge/schema';
import { OS_LABEL, TUNNELS, TUNNEL_LABEL } from '../../knowledge/labels';
import type { Finding, Section } from '../answer/answer';
import { fail, ok } from '../errors';
import type { Result } from '../errors';
import { matchAlias, meaningful, quote } from '../parse/readers';
import type { Token } from '../parse/tokenize';
import { paths, siteUrl } from '../site-urls';
import type { EngineContext } from '../rules/context';
import { inEffect, upcoming } from '../rules/context';
import { lookupCompatibility } from '../rules/compatibility';
import type { CompatCell, CompatRequest } from '../rules/compatibility';
import { defineCommand } from './command-spec';

const OS_ALIASES: Record<Os, readonly string[]> = {
  windows: ['win', 'win10', 'win11', 'windows10', 'windows11', 'pc'],
  macos: ['mac', 'osx', 'os-x', 'macbook', 'apple', 'mac-os'],
  linux: ['ubuntu', 'debian', 'rhel', 'fedora', 'centos', 'redhat'],
  ios: ['iphone', 'ipad', 'ipados'],
  android: ['pixel', 'samsung', 'galaxy'],
};
const TUNNEL_ALIASES: Record<Tunnel, readonly string[]> = {
  ikev2: ['ike', 'ipsec', 'ikev2/ipsec'],
  openvpn: ['ovpn', 'open-vpn', 'ssl'],
  sstp: [],
};

function authAliases(ctx: EngineContext): Record<Auth, readonly string[]> {
  const out = {
    certificate: ['cert', 'certs', 'certificates', 'pki'],
    entra: ['aad', 'azure-ad', 'azuread', 'entra-id', 'entraid', 'sso', 'mfa'],
    radius: ['nps'],
  } as Record<Auth, string[]>;
  for (const a of ctx.kb.authMethods) out[a.id] = [...out[a.id], ...a.aliases.map((x) => x.toLowerCase().replace(/\s+/g, '-'))];
  return out;
}

function parseCompat(args: Token[], ctx: EngineContext): Result<CompatRequest> {
  const words = meaningful(args);
  const req: CompatRequest = {};
  const auths = authAliases(ctx);
  for (let i = 0; i < words.length; i++) {
    let n = words[i].norm;
    // two-word names: "azure ad", "entra id", "os x"
    const two = words[i + 1] ? `${n}-${words[i + 1].norm}` : '';
    if (two && (matchAlias(two, auths) || matchAlias(two, OS_ALIASES))) {
      n = two;
      i++;
    }
    const os = matchAlias(n, OS_ALIASES);
    const auth = matchAlias(n, auths);
    const tunnel = matchAlias(n, TUNNEL_ALIASES);
    if (os) {
      if (req.os && req.os !== os)
        return fail('two_oses', 'Name one operating system at a time.', 'compat <os> [auth] [tunnel]', 'compat macos certificate');
      req.os = os;
    } else if (auth) {
      if (req.auth && req.auth !== auth)
        return fail(
          'two_auths',
          'Name one authentication method at a time.',
          'compat <os> [certificate|entra|radius]',
          'compat linux entra',
        );
      req.auth = auth;
    } else if (tunnel) {
      req.tunnel = tunnel;
    } else if (!['client', 'vpn', 'auth', 'authentication', 'id', 'tunnel', 'support', 'supported', 'work', 'works'].includes(n)) {
      return fail(
        'unknown_word',
        `I don't know ${quote(words[i].raw)} as an operating system, authentication method or tunnel type.`,
        'an OS (windows, macos, linux, ios, android), an auth method (certificate, entra, radius), a tunnel (ikev2, openvpn, sstp)',
        'compat macos certificate',
      );
    }
  }
  if (!req.os && !req.auth && !req.tunnel)
    return fail(
      'compat_empty',
      'Tell me the operating system, the authentication method, or both.',
      'compat <os> [auth] [tunnel]',
      'compat macos certificate',
    );
  return ok(req);
}

const STATUS_TEXT: Record<CompatCell['status'], string> = {
  supported: 'supported',
  'not-supported': 'not supported',
  'not-documented': 'not documented',
  'no-longer-supported': 'no longer supported',
  'not-yet-available': 'not yet available',
};

/** "13.0" → "macOS 13.0 or later"; a minimum the sources state in words ("Windows 11") stays as written. */
function minOsText(os: Os, minOs: string): string {
  return /^\d/.test(minOs) ? `${OS_LABEL[os]} ${minOs} or later` : minOs;
}

/**
 * A supported cell whose tunnel type is being retired still needs saying: on the evaluation date it may no
 * longer be enabled, or be about to stop. One finding per tunnel type (SSTP today), citing the events it states.
 */
function tunnelRetiringFindings(cells: CompatCell[], ctx: EngineContext): Finding[] {
  const tunnels = [...new Set(cells.filter((c) => c.status === 'supported').map((c) => c.tunnel))];
  return tunnels.flatMap((t) => {
    const ended = inEffect(ctx, t, 'enable-ends');
    const stops = upcoming(ctx, t, 'retired');
    if (!ended && !stops) return [];
    const name = TUNNEL_LABEL[t];
    const others = TUNNELS.filter((x) => x !== t && !inEffect(ctx, x, 'retired')).map((x) => TUNNEL_LABEL[x]);
    const plan = others.length ? ` Plan ${others.join(' or ')}.` : '';
    const message = ended
      ? `${name} can't be enabled on a gateway since ${ended.date}; it only keeps working where it is already on${stops ? `, until ${stops.date}` : ''}.${plan}`
      : `${name} stops working on ${stops!.date}.${plan}`;
    return [
      {
        code: `${t}_${ended ? 'cannot_enable' : 'retiring'}`,
        severity: 'warning' as const,
        message,
        lifecycle: [ended?.id, stops?.id].filter((id): id is string => Boolean(id)),
      },
    ];
  });
}

/** Ends a fragment with exactly one full stop. */
function sentence(text: string): string {
  return /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

/** What `compat` answers with, beside its text: every cell looked up, with the matrix row it came from. */
export interface CompatData {
  request: CompatRequest;
  cells: Array<Omit<CompatCell, 'row'> & { rowId: string | null }>;
}

export const compatCommand = defineCommand<CompatRequest, 'compat'>({
  name: 'compat',
  aliases: ['compatibility', 'client', 'clients'],
  summary: 'Which tunnel types and VPN clients work for an operating system and authentication method, as of the evaluation date.',
  usage: 'compat <os> [certificate|entra|radius] [ikev2|openvpn|sstp]',
  examples: ['compat macos certificate', 'compat linux entra', 'compat windows', 'compat ios radius', 'compat entra'],
  parse: parseCompat,
  answer(req, ctx, ev) {
    const authName = (a: Auth) => ctx.kb.authMethods.find((m) => m.id === a)?.name ?? a;
    const cells = lookupCompatibility(req, ctx, ev);
    const ok = cells.filter((c) => c.status === 'supported');
    const what = [
      req.os ? OS_LABEL[req.os] : 'Every OS',
      req.auth ? authName(req.auth) : undefined,
      req.tunnel ? TUNNEL_LABEL[req.tunnel] : undefined,
    ]
      .filter(Boolean)
      .join(' with ');
    const instead = cells.find((c) => c.instead)?.instead;
    const retired = cells.find((c) => c.status === 'no-longer-supported');
    const summary = ok.length
      ? `${what}: ` +
        ok
          .map(
            (c) =>
              `${TUNNEL_LABEL[c.tunnel]}${c.statusNote ? ` (${c.statusNote})` : ''}${req.auth ? '' : ` + ${authName(c.auth)}`}${req.os ? '' : ` on ${OS_LABEL[c.os]}`} with ${c.clients.join(' or ')}${c.minOs ? ` (${minOsText(c.os, c.minOs)})` : ''}`,
          )
          .join('; ') +
        '.'
      : `${what}: ` +
        (retired?.reason
          ? `no longer supported as of ${ctx.asOf}. ${sentence(retired.reason)}`
          : `no supported combination is documented as of ${ctx.asOf}.`) +
        (instead ? ` Instead: ${sentence(instead)}` : '');
    const sections: Section[] = [
      {
        type: 'table',
        title: `Client compatibility as of ${ctx.asOf}`,
        columns: [...(req.os ? [] : ['OS']), ...(req.auth ? [] : ['Auth']), 'Tunnel', 'Status', 'VPN client', 'Minimum OS', 'Notes'],
        rows: cells.map((c) => [
          ...(req.os ? [] : [OS_LABEL[c.os]]),
          ...(req.auth ? [] : [authName(c.auth)]),
          TUNNEL_LABEL[c.tunnel],
          c.statusNote ? `${STATUS_TEXT[c.status]} (${c.statusNote})` : STATUS_TEXT[c.status],
          c.clients.join(', ') || '—',
          c.minOs ?? '—',
          [c.reason, c.instead ? `Instead: ${c.instead}` : undefined, ...c.caveats]
            .filter((x): x is string => Boolean(x))
            .map(sentence)
            .join(' '),
        ]),
      },
    ];
    return {
      title: `Compatibility: ${what}`,
      summary,
      sections,
      findings: [
        ...cells
          .filter((c) => c.status === 'no-longer-supported')
          .map((c) => ({
            code: 'client_retired',
            severity: 'warning' as const,
            message: `${OS_LABEL[c.os]} + ${authName(c.auth)} over ${TUNNEL_LABEL[c.tunnel]}: ${c.reason ?? 'no longer supported'}`,
            lifecycle: c.lifecycle,
          })),
        ...tunnelRetiringFindings(cells, ctx),
      ],
      links: [{ title: 'Client compatibility matrix', url: siteUrl(paths.reference('client-compatibility'), ctx.base) }],
      data: { request: req, cells: cells.map(({ row, ...c }) => ({ ...c, rowId: row?.id ?? null })) },
    };
  },
});
