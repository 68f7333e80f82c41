import { fail, ok } from '../errors';
import type { Result } from '../errors';
import { formatNumber, plural } from '../format';
import { meaningful, quote, readCount } from '../parse/readers';
import type { Token } from '../parse/tokenize';
import { paths, siteUrl } from '../site-urls';
import type { BastionFit, BastionRequest } from '../rules/bastion';
import { sizeBastion } from '../rules/bastion';
import { defineCommand } from './command-spec';

type SessionKind = 'rdp' | 'ssh';
const EXPECTED = 'N rdp and/or N ssh concurrent sessions (or rdp N, ssh N)';

/**
 * Counts pair with the session kind beside them. Whichever comes first sets the order for the whole
 * text: "500 rdp 200 ssh" and "rdp 500 ssh 200" both work, as does "ssh 300" (the alias kept as a word).
 * A count with no kind beside it is RDP, the common case.
 */
function parseBastion(args: Token[]): Result<BastionRequest> {
  const words = meaningful(args).filter((t) => !['sessions', 'session', 'admins', 'admin', 'users', 'connections', 'vms'].includes(t.norm));
  const totals: Record<SessionKind, number> = { rdp: 0, ssh: 0 };
  const isKind = (t: Token | undefined): boolean => t?.norm === 'rdp' || t?.norm === 'ssh';
  const isCount = (t: Token | undefined) => t !== undefined && /^-?\d/.test(t.norm);
  const kindFirst = words.findIndex(isKind) !== -1 && words.findIndex(isKind) < Math.max(0, words.findIndex(isCount));
  for (let i = 0; i < words.length; i++) {
    const t = words[i];
    if (isCount(t)) {
      const r = readCount(t);
      if (!r.ok) return fail('bad_count', `The number of sessions: ${r.why}.`, EXPECTED, 'bastion 500 rdp');
      const after = words[i + 1];
      const before = words[i - 1];
      const takesNext = !kindFirst && isKind(after);
      const kind = takesNext ? after : kindFirst && isKind(before) ? before : undefined;
      totals[(kind?.norm as SessionKind | undefined) ?? 'rdp'] += r.value;
      if (takesNext) i++;
    } else if (isKind(t)) {
      if (!isCount(words[i + 1]) || !kindFirst) {
        return fail(
          'count_missing',
          `Give a number of sessions ${kindFirst ? 'after' : 'before'} ${quote(t.raw)}.`,
          EXPECTED,
          'bastion 300 ssh',
        );
      }
    } else {
      return fail('unknown_word', `I don't know what ${quote(t.raw)} means for Bastion.`, EXPECTED, 'bastion 500 rdp');
    }
  }
  if (totals.rdp + totals.ssh === 0)
    return fail(
      'sessions_missing',
      'Give the number of concurrent RDP or SSH sessions.',
      'bastion N rdp | bastion N ssh',
      'bastion 500 rdp',
    );
  return ok(totals);
}

/** What `bastion` answers with, beside its text. */
export interface BastionData {
  request: BastionRequest;
  recommended: { sku: string; instances: number | null } | null;
  skus: Array<{ sku: string; fits: boolean; instances: number | null }>;
}

const detail = (f: BastionFit): string =>
  f.instances === undefined
    ? f.sharedCap !== undefined
      ? `shared host, ${plural(f.sharedCap, 'session')} at a time`
      : 'no per-instance figure'
    : f.fits
      ? plural(f.instances, 'instance')
      : `needs ${formatNumber(f.needed ?? f.instances)} instances, the SKU stops at ${formatNumber(f.max ?? f.instances)}`;

export const bastionCommand = defineCommand<BastionRequest, 'bastion'>({
  name: 'bastion',
  aliases: ['jumpbox', 'rdp', 'ssh'],
  argumentAliases: ['rdp', 'ssh'],
  summary: 'Azure Bastion SKU and instance count for concurrent admin RDP/SSH sessions (instead of a VPN for admins).',
  usage: 'bastion <N> rdp [<M> ssh]',
  examples: ['bastion 500 rdp', 'bastion 300 ssh', 'bastion 100 rdp 200 ssh'],
  parse: (args) => parseBastion(args),
  answer(req, ctx, ev) {
    const { fits, recommended: rec } = sizeBastion(req, ctx, ev);
    const medium = ev.maybe('bastion-medium-workload');
    ev.maybe('bastion-scaling-disrupts-sessions');
    ev.maybe('bastion-host-scaling-requires-standard');
    ev.maybe('bastion-subnet-min-prefix');
    const what = [req.rdp ? `${formatNumber(req.rdp)} RDP` : '', req.ssh ? `${formatNumber(req.ssh)} SSH` : ''].filter(Boolean).join(' + ');
    const findings = [];
    if (!rec) {
      ev.maybe('bastion-multiple-hosts-per-vnet');
      findings.push({
        code: 'exceeds_one_bastion',
        severity: 'critical' as const,
        message: `${what} concurrent sessions exceed what one Bastion host carries at its largest scale; whether several hosts can serve one VNet is not stated in the sources.`,
      });
    }
    if (req.rdp && req.ssh) {
      findings.push({
        code: 'mixed_sessions_assumed',
        severity: 'info' as const,
        message:
          "The sources give RDP and SSH sessions per instance separately, not for a mix. Assumed here: an instance shares its capacity in proportion, so an RDP session uses one RDP slot's fraction of it and an SSH session one SSH slot's fraction.",
      });
    }
    if (medium) findings.push({ code: 'medium_workload', severity: 'info' as const, message: String(medium.value) });
    return {
      title: `Bastion for ${what} concurrent sessions`,
      summary: rec
        ? `${rec.sku.name} with ${rec.instances} instance${rec.instances === 1 ? '' : 's'} carries ${what} sessions (per-instance capacity at a medium workload; the instance count is our arithmetic).`
        : `No single Bastion host carries ${what} concurrent sessions.`,
      sections: [
        {
          type: 'table',
          title: 'Bastion SKUs',
          columns: ['SKU', 'Fits', 'Detail'],
          rows: fits.map((f) => [f.sku.name, f.fits ? (f.sku.production ? 'yes' : 'yes (dev/test only)') : 'no', detail(f)]),
        },
        {
          type: 'list',
          title: 'Before you deploy',
          items: [
            'Bastion is deployed per virtual network and reaches VMs without public IPs.',
            'Host scaling needs Standard or Premium; changing the instance count disrupts active sessions.',
          ],
        },
      ],
      findings,
      links: [
        { title: 'Bastion reference', url: siteUrl(paths.reference('bastion'), ctx.base) },
        { title: 'Scenario: Bastion for admins', url: siteUrl(paths.scenario('bastion-admin-access'), ctx.base) },
      ],
      data: {
        request: req,
        recommended: rec ? { sku: rec.sku.id, instances: rec.instances ?? null } : null,
        skus: fits.map((f) => ({ sku: f.sku.id, fits: f.fits, instances: f.instances ?? null })),
      },
    };
  },
});
