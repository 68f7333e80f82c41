/**
 * The command reference: one page per command declaration (shared/commands), each example answered
 * by the engine at build time with the build's evaluation date.
 */
import type { CommandSpec } from '../../../shared/commands/command-spec';
import { commands, runCommand } from '../../../shared/commands/registry';
import { paths } from '../../../shared/site-urls';
import { answerView } from '../../src/lib/answer-view';
import { PageBuilder } from './mdx';
import type { GeneratedPage } from './mdx';
import type { GenerateContext } from './reference/common';
import { slug } from './reference/common';
import type { AnswerExampleView, TableView } from './view-model';

function answerExample(ctx: GenerateContext, query: string): AnswerExampleView {
  const view = answerView(runCommand(query, { kb: ctx.kb, asOf: ctx.asOf, base: ctx.base, searchIndex: ctx.searchIndex }), ctx.base);
  // the example shows the command as written in the declaration, not the normalised query
  return { ...view, query };
}

function commandPage(ctx: GenerateContext, spec: CommandSpec, position: number): GeneratedPage {
  const b = new PageBuilder(`commands/${spec.name}`, paths.command(spec.name), spec.name, {
    description: spec.summary,
    sidebar_label: spec.name,
    sidebar_position: position,
  });
  b.p(spec.summary);
  b.component('CommandUsage', { usage: spec.usage, aliases: [...spec.aliases] });
  b.heading(2, 'Examples', 'examples');
  b.para([
    `Each answer below was computed by the rules engine when this site was built, with the evaluation date ${ctx.asOf}. Limits and lifecycle dates depend on that date; the permalink reproduces the answer, and the CLI takes --as-of for another date. All commands are on the `,
    { text: 'command reference', href: paths.commands() },
    '.',
  ]);
  const seen = new Set<string>();
  for (const example of spec.examples) {
    let id = `example-${slug(example) || 'default'}`;
    while (seen.has(id)) id += '-x';
    seen.add(id);
    b.heading(3, `/vpn ${example}`, id);
    b.component('AnswerView', { example: answerExample(ctx, example) });
  }
  return b.build();
}

function commandIndexPage(ctx: GenerateContext): GeneratedPage {
  const b = new PageBuilder('commands/index', paths.commands(), 'Commands', {
    description: 'The vpn-advisor commands: one grammar for Slack (/vpn), the CLI (vpn) and the site.',
    sidebar_label: 'All commands',
    sidebar_position: 0,
  });
  b.p(
    'One grammar everywhere: in Slack type /vpn followed by the command (or mention the bot in a thread), on the command line run vpn with the same words, on this site use the ask page. The grammar is forgiving about order, case, commas and filler words. Every answer carries its facts with sources and dates and a permalink.',
  );
  b.component('KbTable', {
    table: {
      columns: ['Command', 'What it answers', 'Usage', 'Examples'],
      rows: commands.map((c) => ({
        cells: [
          { text: c.name, href: paths.command(c.name), code: true },
          { text: c.summary, ...(c.aliases.length ? { sub: `also: ${c.aliases.join(', ')}` } : {}) },
          { text: c.usage, code: true },
          { text: '', list: c.examples.map((e) => `/vpn ${e}`) },
        ],
      })),
    } satisfies TableView,
  });
  b.para([`Example answers on each command's page were computed on ${ctx.asOf}.`]);
  return b.build();
}

export function commandPages(ctx: GenerateContext): GeneratedPage[] {
  return [commandIndexPage(ctx), ...commands.map((c, i) => commandPage(ctx, c, i + 1))];
}
