import type { KnowledgeBase } from '../../knowledge';
import type { Answer } from '../answer/answer';
import { finishAnswer, usageErrorAnswer } from '../answer/build';
import { policy } from '../policy';
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
import { makeSearchCommand } from './search';
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
  makeSearchCommand(all),
  makeHelpCommand(all),
);

export const commands: readonly CommandSpec[] = specs;

export function findCommand(word: string): CommandSpec | undefined {
  const w = word.toLowerCase().replace(/^\//, '');
  return (
    specs.find((c) => c.name === w) ??
    specs.find(
      (c) => c.aliases.includes(w) && !['why', 'what', 'how', 'rdp', 'ssh', 'er', 'client', 'clients', 'firewall', '?'].includes(w),
    ) ??
    (w === '?' ? specs.find((c) => c.name === 'help') : undefined)
  );
}

export interface RunOptions {
  kb: KnowledgeBase;
  /** Evaluation date YYYY-MM-DD; default today (UTC). */
  asOf?: string;
  /** Site base URL; default from SITE_URL / PORT. */
  base?: string;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Normalises command text the way the permalink stores it. */
export function normaliseQuery(text: string): string {
  return (
    text
      .replace(/[\s\u00a0\u200b]+/g, ' ')
      // Control characters and bidi overrides carry no meaning in a command and could disguise echoed text.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this strips
      .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
      .trim()
      .replace(/^\/vpn(\s+|$)/i, '')
  );
}

/**
 * The engine's single entry point: command text in, one Answer out. Bad input is an answer of kind
 * usage_error; an exception here is a bug and propagates.
 */
export function runCommand(text: string, opts: RunOptions): Answer {
  const ctx: EngineContext = { kb: opts.kb, asOf: opts.asOf ?? today(), base: opts.base ?? siteBase() };
  const query = normaliseQuery(text);
  if (query.length > policy.maxQueryLength) {
    return usageErrorAnswer(ctx, 'vpn', query.slice(0, policy.maxQueryLength), {
      code: 'too_long',
      message: `That is ${query.length} characters; commands are at most ${policy.maxQueryLength}.`,
      expected: 'a short command',
      example: 'sizing 5000 users',
    });
  }
  const tokens = tokenize(query);
  const first = tokens[0];
  let spec = first ? findCommand(first.norm) : findCommand('help');
  let args = first && spec ? tokens.slice(1) : tokens;
  if (!spec) {
    spec = findCommand('search')!;
    args = tokens;
  }
  const parsed = spec.parse(args, ctx);
  if (!parsed.ok) return usageErrorAnswer(ctx, spec.name, query, parsed.error);
  const evidence = new Evidence(ctx);
  const draft = spec.answer(parsed.value, ctx, evidence);
  return finishAnswer(ctx, spec.name, query, draft, evidence);
}
