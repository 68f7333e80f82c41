/**
 * The App Home tab: what the bot does, example commands (read from the command declarations, so it
 * never drifts from help), and links to the docs site.
 */
import type { CommandSpec } from '../../shared/commands/command-spec';
import type { Block } from '../../shared/render/block-kit';
import { slackLink } from '../../shared/render/block-kit';
import { escapeSlack as e } from '../../shared/render/escape';
import type { Report } from '../../shared/report/report';
import { policy } from '../../shared/policy';
import { paths, siteUrl } from '../../shared/site-urls';

export interface HomeView {
  type: 'home';
  blocks: Block[];
}

/** Slack's limit on blocks in a Home tab view. */
const MAX_HOME_BLOCKS = 100;

const section = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text, verbatim: true } });

/** Rows per part of the admin section: the Home tab is a glance; `npm run report` has the rest. */
const ADMIN_ROWS = 5;

/** A section's text within Slack's limit (the list is cut at a line, never inside an entity). */
function fitted(lines: string[]): string {
  const out: string[] = [];
  let size = 0;
  for (const l of lines) {
    if (size + l.length + 1 > policy.slack.maxSectionText) break;
    out.push(l);
    size += l.length + 1;
  }
  return out.join('\n');
}

/** The maintainers' report, for users in ADMIN_USER_IDS only. */
function adminBlocks(r: Report): Block[] {
  const none = '_none_';
  const uncovered = r.uncovered.slice(0, ADMIN_ROWS).map((c) => `• *${c.count}×* ${e(c.terms.join(' '))} — e.g. “${e(c.example)}”`);
  const down = r.feedback.byCommand
    .filter((c) => c.down > 0)
    .slice(0, ADMIN_ROWS)
    .map((c) => `• \`${e(c.command)}\`: 👎 ${c.down} · 👍 ${c.up}`);
  const facts = r.feedback.byFact.slice(0, ADMIN_ROWS).map((f) => `• \`${e(f.fact)}\`: 👎 ${f.down}`);
  const usage = r.usageErrors.slice(0, ADMIN_ROWS).map((u) => `• \`${e(u.command)}\`: ${u.count} — e.g. “${e(u.examples[0] ?? '')}”`);
  return [
    { type: 'divider' },
    { type: 'header', text: { type: 'plain_text', text: 'Maintainers: what people asked', emoji: false } },
    section(`_Only admins (ADMIN_USER_IDS) see this. ${r.records} record(s) in the question log; the full report: \`npm run report\`._`),
    section(fitted(['*Questions we could not answer*', ...(uncovered.length ? uncovered : [none])])),
    section(
      fitted([
        '*Most 👎 by command*',
        ...(down.length ? down : [none]),
        '*Facts in answers with a 👎*',
        ...(facts.length ? facts : [none]),
      ]),
    ),
    section(fitted(['*Usage errors by command*', ...(usage.length ? usage : [none])])),
  ];
}

/** @param report the maintainers' report, given only when the viewer is an admin */
export function renderHomeView(commands: readonly CommandSpec[], base: string, report?: Report): HomeView {
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: 'vpn-advisor', emoji: false } },
    section(
      'Answers for moving people to remote work over Azure: VPN Gateway SKU sizing, Virtual WAN scale units, VPN client compatibility, point-to-site address pools, routes, Bastion, ExpressRoute and scenario guides. Every number comes with its source and date.',
    ),
    section(
      [
        '*Ask in three ways*',
        '• `/vpn <command>` in any channel or DM: the answer is only shown to you, with a *Share in channel* button.',
        '• Mention the bot in a thread: `@vpn-advisor sizing 5000 users`; everyone in the thread sees the answer.',
        '• The message shortcut *Ask vpn-advisor* (the ⋮ menu of a message) answers the text of that message, just for you.',
      ].join('\n'),
    ),
    { type: 'divider' },
  ];
  for (const c of commands) {
    const examples = c.examples
      .slice(0, 3)
      .map((x) => `\`/vpn ${e(x)}\``)
      .join('   ');
    blocks.push(section(`*${e(c.name)}* — ${e(c.summary)}\n${examples}`));
  }
  blocks.push(
    { type: 'divider' },
    section(
      `${slackLink(siteUrl(paths.home(), base), 'Docs site')} · ${slackLink(siteUrl(paths.commands(), base), 'Command reference')} · ${slackLink(siteUrl(paths.scenarios(), base), 'Scenario guides')}`,
    ),
  );
  // The admin section goes first among what is cut: the public part never loses a block to it.
  const admin = report ? adminBlocks(report) : [];
  return { type: 'home', blocks: [...blocks.slice(0, MAX_HOME_BLOCKS - admin.length), ...admin] };
}
