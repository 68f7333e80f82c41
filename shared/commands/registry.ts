import type { KnowledgeBase } from '../../knowledge';
import { isIsoDate, todayIso, whyNotIsoDate } from '../../knowledge/dates';
import type { Result } from '../errors';
import type { SearchIndexProvider } from '../search/provider';
import { defaultSearchIndex } from '../search/provider';
import type { Answer } from '../answer/answer';
import { finishAnswer, usageErrorAnswer } from '../answer/build';
import { policy } from '../policy';
import type { Token } from '../parse/tokenize';
import { tokenize } from '../parse/tokenize';
import { Evidence } from '../rules/context';
import type { EngineContext } from '../rules/context';
import { siteBase } from '../site-urls';
import { bastionCommand } from './bastion';
import type { CommandSpec } from './command-spec';
import { compatCommand } from './compat';
import { expressrouteCommand } from './expressroute';
import { makeHelpCommand } from './help';
import { limitsCommand } from './limits';
import { poolCommand } from './pool';
import { portsCommand } from './ports';
import { routesCommand } from './routes';
import { scenarioCommand } from './scenario';
import { searchCommand } from './search';
import { sizingCommand } from './sizing';

const specs: CommandSpec[] = [];
const all = () => specs;
specs.push(
  sizingCommand,
  compatCommand,
  poolCommand,
  routesCommand,
  bastionCommand,
  expressrouteCommand,
  scenarioCommand,
  limitsCommand,
  portsCommand,
  searchCommand,
  makeHelpCommand(all),
);

export const commands: readonly CommandSpec[] = specs;

/** The command a first word names: its name or one of its aliases ("?" is help's). */
export function findCommand(word: string): CommandSpec | undefined {
  const w = word.toLowerCase().replace(/^\//, '');
  return specs.find((c) => c.name === w) ?? specs.find((c) => c.aliases.includes(w));
}

export interface RunOptions {
  kb: KnowledgeBase;
  /** Evaluation date YYYY-MM-DD; default today (UTC). An impossible date is a usage error. */
  asOf?: string;
  /** Site base URL; default from SITE_URL / PORT. */
  base?: string;
  /** Where `search` (and anything that ranks text) gets its index; default: built in memory once per model. */
  searchIndex?: SearchIndexProvider;
}

export const today = todayIso;

/** How a command text reaches a command: the spec, the words it parses, and the parse result. */
interface Route {
  spec: CommandSpec;
  parsed: Result<unknown>;
}

/**
 * A command name routes, and its parser's verdict stands (a usage error says what was wrong). An alias
 * routes only when that command's parser accepts the rest of the words; otherwise the whole text is a
 * search, so that "firewall blocks ikev2 at hotels" finds answers instead of a usage error.
 */
function route(tokens: Token[], ctx: EngineContext): Route {
  const first = tokens[0];
  const search = findCommand('search')!;
  if (!first) {
    const help = findCommand('help')!;
    return { spec: help, parsed: help.parse([], ctx) };
  }
  const w = first.norm.replace(/^\//, '');
  const named = specs.find((c) => c.name === w);
  if (named) return { spec: named, parsed: named.parse(tokens.slice(1), ctx) };
  const aliased = specs.find((c) => c.aliases.includes(w));
  if (aliased) {
    const args = aliased.argumentAliases?.includes(w) ? tokens : tokens.slice(1);
    const parsed = aliased.parse(args, ctx);
    if (parsed.ok) return { spec: aliased, parsed };
  }
  return { spec: search, parsed: search.parse(tokens, ctx) };
}

/** Whether answering this text ranks text with the search index (the browser fetches it only then). */
export function needsSearchIndex(text: string, opts: RunOptions): boolean {
  const ctx = contextFor(opts);
  const dated = takeAsOf(tokenize(normaliseQuery(text)));
  return route(dated.tokens, ctx).spec.usesSearchIndex === true;
}

/** "as of 2026-06-01" (or "as-of 2026-06-01") anywhere in the text sets the evaluation date, on every face. */
function takeAsOf(tokens: Token[]): { tokens: Token[]; asOf?: string; bad?: string } {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].norm;
    const width = t === 'as' && tokens[i + 1]?.norm === 'of' ? 2 : t === 'as-of' || t === 'asof' ? 1 : 0;
    const date = width ? tokens[i + width] : undefined;
    if (!date || !/^\d{4}-\d{1,2}-\d{1,2}$/.test(date.norm)) continue;
    const rest = [...tokens.slice(0, i), ...tokens.slice(i + width + 1)];
    return isIsoDate(date.norm) ? { tokens: rest, asOf: date.norm } : { tokens: rest, bad: date.raw };
  }
  return { tokens };
}

function badDate(ctx: EngineContext, query: string, raw: string): Answer {
  return usageErrorAnswer(ctx, 'vpn', query, {
    code: 'invalid_date',
    message: `The evaluation date: ${whyNotIsoDate(raw) ?? 'not a date'}.`,
    expected: 'a calendar date as YYYY-MM-DD',
    example: 'sizing 5000 users as of 2026-06-01',
  });
}

/** Normalises command text the way the permalink stores it. */
export function normaliseQuery(text: string): string {
  return (
    text
      .replace(/[\s\u00a0\u200b]+/g, ' ')
      // Control characters and bidi overrides carry no meaning in a command and could disguise echoed text.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this strips
      .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
      // Half a surrogate pair is no character (a JSON body can still carry one) and no URL can encode it.
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
      .trim()
      .replace(/^\/vpn(\s+|$)/i, '')
  );
}

/**
 * The engine's single entry point: command text in, one Answer out. Bad input is an answer of kind
 * usage_error; an exception here is a bug and propagates.
 */
export function runCommand(text: string, opts: RunOptions): Answer {
  const base = opts.base ?? siteBase();
  const requested = opts.asOf ?? today();
  // An impossible date can't evaluate anything: answer on today, say what was wrong.
  const valid = isIsoDate(requested);
  const ctx = engineContext(opts, valid ? requested : today(), base);
  const query = normaliseQuery(text);
  if (!valid) return badDate(ctx, query, requested);
  if (query.length > policy.maxQueryLength) {
    return usageErrorAnswer(ctx, 'vpn', query.slice(0, policy.maxQueryLength), {
      code: 'too_long',
      message: `That is ${query.length} characters; commands are at most ${policy.maxQueryLength}.`,
      expected: 'a short command',
      example: 'sizing 5000 users',
    });
  }
  const dated = takeAsOf(tokenize(query));
  if (dated.bad) return badDate(ctx, query, dated.bad);
  const at = dated.asOf ? { ...ctx, asOf: dated.asOf } : ctx;
  const asked = dated.asOf ? dated.tokens.map((t) => t.raw).join(' ') : query;
  const { spec, parsed } = route(dated.tokens, at);
  if (!parsed.ok) return usageErrorAnswer(at, spec.name, asked, parsed.error);
  const evidence = new Evidence(at);
  const draft = spec.answer(parsed.value, at, evidence);
  return finishAnswer(at, spec.name, asked, draft, evidence);
}

/** The context rules run against, for callers that use a rule directly (calculators, tests). */
export function contextFor(opts: RunOptions): EngineContext {
  return engineContext(opts, opts.asOf ?? today(), opts.base ?? siteBase());
}

function engineContext(opts: RunOptions, asOf: string, base: string): EngineContext {
  const provider = opts.searchIndex ?? defaultSearchIndex;
  return { kb: opts.kb, asOf, base, searchIndex: () => provider(opts.kb, specs) };
}
