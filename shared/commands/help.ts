import type { Section } from '../answer/answer';
import { fail, ok } from '../errors';
import type { Result } from '../errors';
import { meaningful, quote } from '../parse/readers';
import type { Token } from '../parse/tokenize';
import { paths, siteUrl } from '../site-urls';
import type { AnyCommandSpec } from './command-spec';
import { defineCommand } from './command-spec';

interface HelpRequest {
  command?: string;
}

/** Help reads the registry it lives in; the registry passes itself in to avoid an import cycle. */
interface CommandSummary {
  name: string;
  summary: string;
  usage: string;
  examples: readonly string[];
}

/** What `help` answers with: one command's declaration, or all of them. */
export type HelpData =
  | ({ view: 'command'; command: string; aliases: readonly string[] } & Omit<CommandSummary, 'name' | 'summary'>)
  | { view: 'all'; commands: CommandSummary[] };

/**
 * The title and sections of a help answer, with the examples written as a face types them: "/vpn …" in
 * Slack and on the site (the answer's own), "vpn …" in the CLI, which renders help answers through this.
 */
export function helpView(data: HelpData, prefix: string): { title?: string; sections: Section[] } {
  if (data.view === 'command') {
    return {
      title: `${prefix} ${data.command}`,
      sections: [
        { type: 'list', title: 'Usage', items: [data.usage] },
        { type: 'list', title: 'Examples', items: data.examples.map((e) => `${prefix} ${e}`) },
        ...(data.aliases.length ? [{ type: 'list' as const, title: 'Also answers to', items: [...data.aliases] }] : []),
      ],
    };
  }
  return {
    sections: [
      {
        type: 'table',
        title: 'Commands',
        columns: ['Command', 'What it answers', 'Example'],
        rows: data.commands.map((c) => [c.name, c.summary, `${prefix} ${c.examples[0]}`]),
      },
    ],
  };
}

const SLASH = '/vpn';

export function makeHelpCommand(all: () => readonly AnyCommandSpec[]) {
  const find = (name: string) => all().find((c) => c.name === name || c.aliases.includes(name));
  return defineCommand<HelpRequest, 'help'>({
    name: 'help',
    aliases: ['?', 'commands', 'usage'],
    summary: 'The commands, each with examples; "help <command>" for one.',
    usage: 'help [<command>]',
    examples: ['help', 'help sizing'],
    parse(args: Token[]): Result<HelpRequest> {
      // A command name wins over the filler list: "sizing" is filler inside a sizing command, not here.
      const words = args.filter((t) => find(t.norm) || meaningful([t]).length);
      if (!words.length) return ok({});
      const c = find(words[0].norm);
      if (!c)
        return fail(
          'unknown_command',
          `There is no command named ${quote(words[0].raw)}.`,
          `one of: ${all()
            .map((x) => x.name)
            .join(', ')}`,
          'help sizing',
        );
      return ok({ command: c.name });
    },
    answer(req, ctx) {
      if (req.command) {
        const c = find(req.command)!;
        const data: HelpData = { view: 'command', command: c.name, aliases: [...c.aliases], usage: c.usage, examples: c.examples };
        return {
          title: `${SLASH} ${c.name}`,
          summary: c.summary,
          sections: helpView(data, SLASH).sections,
          findings: [],
          links: [{ title: `Command reference: ${c.name}`, url: siteUrl(paths.command(c.name), ctx.base) }],
          data,
        };
      }
      const data: HelpData = {
        view: 'all',
        commands: all().map((c) => ({ name: c.name, summary: c.summary, usage: c.usage, examples: c.examples })),
      };
      return {
        title: 'vpn-advisor: Azure remote-work VPN answers',
        summary:
          'Ask about gateway sizing, VPN clients, address pools, routes, Bastion, ExpressRoute and remote-work scenarios. Words in any order; anything that is not a command is searched.',
        sections: helpView(data, SLASH).sections,
        findings: [],
        links: [
          { title: 'Command reference', url: siteUrl(paths.commands(), ctx.base) },
          { title: 'Docs site', url: siteUrl(paths.home(), ctx.base) },
        ],
        data,
      };
    },
  });
}
