import type { Finding, Link, Section } from '../answer/answer';
import type { Result } from '../errors';
import type { Token } from '../parse/tokenize';
import type { EngineContext, Evidence } from '../rules/context';

/** What a command's `answer` returns; runCommand adds query, date, permalink and the facts from the evidence. */
export interface AnswerDraft {
  title: string;
  summary: string;
  sections: Section[];
  findings: Finding[];
  links: Link[];
  data: Record<string, unknown>;
}

/**
 * One command, declared once: help, the CLI's --help, the site's command reference and the example
 * tests all read these fields.
 */
export interface CommandSpec<Req = unknown> {
  name: string;
  /** Words that route to this command, each tested to route; an alias routes only when the parser accepts the rest. */
  aliases: readonly string[];
  /** Aliases that are also arguments ("ssh 300" = 300 SSH sessions): the parser sees the word too. */
  argumentAliases?: readonly string[];
  /** Words that only help search rank this command's page; they never route. */
  searchHints?: readonly string[];
  summary: string;
  usage: string;
  /** Each example must answer without a usage error (tested). */
  examples: readonly string[];
  /** Reads the words after the command name. */
  parse(args: Token[], ctx: EngineContext): Result<Req>;
  answer(req: Req, ctx: EngineContext, evidence: Evidence): AnswerDraft;
}

/** Erases the request type so specs of different commands fit one registry. */
export function defineCommand<Req>(spec: CommandSpec<Req>): CommandSpec<unknown> {
  return spec as unknown as CommandSpec<unknown>;
}
