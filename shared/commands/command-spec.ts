import type { Coverage, Finding, Link, Section } from '../answer/answer';
import type { AnswerDataByCommand, CommandName } from '../answer/data';
import type { Result } from '../errors';
import type { Token } from '../parse/tokenize';
import type { EngineContext, Evidence } from '../rules/context';

/** What a command's `answer` returns; runCommand adds query, date, permalink, facts, lifecycle and conflicts from the evidence. */
export interface AnswerDraft<Data> {
  title: string;
  summary: string;
  sections: Section[];
  findings: Finding[];
  links: Link[];
  /** Default "answered"; search says when its best match is weak or the question is outside the model. */
  coverage?: Coverage;
  data: Data;
}

/**
 * One command, declared once: help, the CLI's --help, the site's command reference and the example
 * tests all read these fields.
 */
export interface CommandSpec<Req = unknown, C extends CommandName = CommandName> {
  name: C;
  /** Words that route to this command, each tested to route; an alias routes only when the parser accepts the rest. */
  aliases: readonly string[];
  /** Aliases that are also arguments ("ssh 300" = 300 SSH sessions): the parser sees the word too. */
  argumentAliases?: readonly string[];
  /** True for commands that rank text with the search index (faces that fetch the index lazily ask first). */
  usesSearchIndex?: boolean;
  /** Words that only help search rank this command's page; they never route. */
  searchHints?: readonly string[];
  summary: string;
  usage: string;
  /** Each example must answer without a usage error (tested). */
  examples: readonly string[];
  /** Reads the words after the command name. */
  parse(args: Token[], ctx: EngineContext): Result<Req>;
  answer(req: Req, ctx: EngineContext, evidence: Evidence): AnswerDraft<AnswerDataByCommand[C]>;
}

/** Any command, its request type erased so that specs of different commands fit one registry. */
export type AnyCommandSpec = CommandSpec<unknown, CommandName>;

export function defineCommand<Req, C extends CommandName>(spec: CommandSpec<Req, C>): AnyCommandSpec {
  return spec as unknown as AnyCommandSpec;
}
