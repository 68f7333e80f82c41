/**
 * The App Home tab: what the bot does, example commands (read from the command declarations, so it
 * never drifts from help), and links to the docs site.
 */
import type { CommandSpec } from '../../shared/commands/command-spec';
import type { Block } from '../../shared/render/block-kit';
import { slackLink } from '../../shared/render/block-kit';
import { escapeSlack as e } from '../../shared/render/escape';
import { paths, siteUrl } from '../../shared/site-urls';

export interface HomeView {
  type: 'home';
  blocks: Block[];
}

/** Slack's limit on blocks in a Home tab view. */
const MAX_HOME_BLOCKS = 100;

const section = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text, verbatim: true } });

export function renderHomeView(commands: readonly CommandSpec[], base: string): HomeView {
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
  return { type: 'home', blocks: blocks.slice(0, MAX_HOME_BLOCKS) };
}
