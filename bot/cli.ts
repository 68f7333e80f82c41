/**
 * `vpn <command…> [--json] [--format text|markdown] [--as-of YYYY-MM-DD]`, `vpn --help`, `vpn --version`,
 * and `vpn check <file>… [options]` (files, not words: see checkMain below).
 * The CLI only translates: argv → runCommand → a renderer. Exit 0 answer, 2 usage error, 1 internal failure
 * (and check: 3 when a finding is at or above --fail-on).
 */
import { readFileSync, statSync } from 'node:fs';
import { isIsoDate } from '../knowledge/dates';
import { loadKnowledge } from '../knowledge/prevalidated';
import type { KnowledgeBase } from '../knowledge';
import pkg from '../package.json';
import { commands, isAnswerOf, renderMarkdown, renderPlainText, runCommand, today } from '../shared';
import type { Answer } from '../shared';
import { runCheck } from '../shared/check/run';
import { checkPolicy } from '../shared/check/policy';
import { rules, sarifLevel } from '../shared/check/rules';
import { toSarif } from '../shared/check/sarif';
import { checkCidr } from '../shared/rules/cidr';
import { siteBase } from '../shared/site-urls';
import { OSES } from '../knowledge/labels';
import type { Os } from '../knowledge/schema';
import { helpView } from '../shared/commands/help';
import { wrapWords } from '../shared/render/wrap';
import { fileSearchIndex } from '../shared/search/load-node';
import { changeNotice, changeNoticeLines, hasChanged } from '../shared/changes/answer-changes';
import { answerChangesSince } from '../shared/changes/since';

// The prebuilt index beside the bundle (dist/search-index.json) is loaded on the first search, never rebuilt per call.

interface CliOptions {
  json: boolean;
  format: 'text' | 'markdown';
  asOf: string;
  /** --diff-from: also say what changed in substance since this date (shared/changes). */
  diffFrom?: string;
  help: boolean;
  version: boolean;
  words: string[];
}

type ParsedArgs = { ok: true; opts: CliOptions } | { ok: false; message: string };

export function parseArgs(argv: string[], now = today()): ParsedArgs {
  const opts: CliOptions = { json: false, format: 'text', asOf: now, help: false, version: false, words: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] =
      a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--json') opts.json = true;
    else if (flag === '--help' || flag === '-h') opts.help = true;
    else if (flag === '--version' || flag === '-v') opts.version = true;
    else if (flag === '--format') {
      const v = value();
      if (v !== 'text' && v !== 'markdown')
        return {
          ok: false,
          message: `--format takes text or markdown, not "${v ?? ''}". Example: vpn sizing 5000 users --format markdown`,
        };
      opts.format = v;
    } else if (flag === '--as-of' || flag === '--as_of') {
      const v = value();
      if (!isIsoDate(v)) {
        return {
          ok: false,
          message: `--as-of takes a date as YYYY-MM-DD (a day of the calendar), not "${v ?? ''}". Example: vpn sizing 5000 users --as-of 2026-11-21`,
        };
      }
      opts.asOf = v;
    } else if (flag === '--diff-from' || flag === '--diff_from') {
      const v = value();
      if (!isIsoDate(v)) {
        return {
          ok: false,
          message: `--diff-from takes a date as YYYY-MM-DD (a day of the calendar), not "${v ?? ''}". Example: vpn compat sstp windows --diff-from 2026-01-15`,
        };
      }
      opts.diffFrom = v;
    } else if (a.startsWith('--')) {
      return {
        ok: false,
        message: `Unknown option ${a}. Options: --json, --format text|markdown, --as-of YYYY-MM-DD, --diff-from YYYY-MM-DD, --help, --version.`,
      };
    } else opts.words.push(a);
  }
  if (opts.diffFrom && opts.diffFrom >= opts.asOf) {
    return {
      ok: false,
      message: `--diff-from ${opts.diffFrom} is not before the evaluation date ${opts.asOf}: it compares an earlier answer with this one.`,
    };
  }
  return { ok: true, opts };
}

/** The terminal's width when stdout is one; undefined when piped (the renderer's default applies). */
const terminalWidth = (): number | undefined => (process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : undefined);

/** Usage, each command's summary wrapped (never cut) to the terminal, under its name. */
function usage(width = terminalWidth() ?? 100): string {
  const name = Math.max(...commands.map((c) => c.name.length));
  const indent = ' '.repeat(name + 4);
  const text = Math.max(30, width - indent.length);
  return [
    'vpn — Azure remote-work VPN answers (vpn-advisor)',
    '',
    'Usage: vpn <command> [words…] [--json] [--format text|markdown] [--as-of YYYY-MM-DD]',
    '                          [--diff-from YYYY-MM-DD: what changed in substance since that date]',
    '       vpn --help [<command>] | --version',
    '',
    'Commands:',
    ...commands.flatMap((c) => {
      const [first, ...rest] = wrapWords(c.summary, text);
      return [`  ${c.name.padEnd(name)}  ${first}`, ...rest.map((l) => indent + l), `${indent}e.g. vpn ${c.examples[0]}`];
    }),
    `  ${'check'.padEnd(name)}  Reviews an existing gateway's JSON (az … show, ARM/Bicep) against the rules.`,
    `${indent}e.g. vpn check gateway.json --users 5000 --clients windows,macos (vpn check --help)`,
    '',
    'Anything that is not a command is searched. Exit codes: 0 answer, 2 usage error, 1 internal failure.',
  ].join('\n');
}

/** The package version and how recent the knowledge model is: the newest date of its sources, read from the model. */
function versionText(kb: KnowledgeBase): string {
  const dates = kb.sources.flatMap((s) => (s.date ? [s.date] : [])).sort();
  const newest = dates[dates.length - 1] ?? 'undated';
  return `vpn-advisor ${pkg.version}\nknowledge model: sources dated up to ${newest} (${kb.sources.length} sources, ${kb.facts.length} facts)`;
}

/** The CLI's face of an answer: help examples written as the CLI is typed ("vpn …", not Slack's "/vpn …"). */
function forCli(answer: Answer): Answer {
  return isAnswerOf(answer, 'help') ? { ...answer, ...helpView(answer.data, 'vpn') } : answer;
}

export function main(
  argv: string[],
  out: (s: string) => void = (s) => process.stdout.write(`${s}\n`),
  err: (s: string) => void = (s) => process.stderr.write(`${s}\n`),
): number {
  if (firstWord(argv) === 'check') return checkMain(argv, out, err);
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    err(parsed.message);
    return 2;
  }
  const { opts } = parsed;
  if (opts.version) {
    out(versionText(loadKnowledge()));
    return 0;
  }
  if (opts.help && opts.words.length === 0) {
    out(usage());
    return 0;
  }
  const text = opts.help ? `help ${opts.words.join(' ')}` : opts.words.join(' ');
  try {
    const answer = runCommand(text, { kb: loadKnowledge(), asOf: opts.asOf, searchIndex: fileSearchIndex() });
    if (opts.diffFrom && answer.kind === 'answer') {
      out(diffText(text, opts.diffFrom, opts));
      return 0;
    }
    out(
      opts.json
        ? JSON.stringify(answer, null, 2)
        : opts.format === 'markdown'
          ? renderMarkdown(forCli(answer))
          : renderPlainText(forCli(answer), { width: terminalWidth() }),
    );
    return answer.kind === 'usage_error' ? 2 : 0;
  } catch (e) {
    err(`vpn: internal error — ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

/**
 * --diff-from: what changed in substance since the earlier date, in the words the site's banner and Slack's
 * unfurls use, then the answer on the evaluation date; --json gives the changes as data with the answer.
 */
function diffText(text: string, from: string, opts: CliOptions): string {
  const c = answerChangesSince(text, { kb: loadKnowledge(), asOf: from, today: opts.asOf, searchIndex: fileSearchIndex() });
  if (!c) throw new Error('--diff-from found nothing to compare');
  if (opts.json) return JSON.stringify({ from: c.before.asOf, to: c.now.asOf, changes: c.changes, answer: c.now }, null, 2);
  const lines = hasChanged(c)
    ? changeNoticeLines(changeNotice(c))
    : [`No change in substance since ${from}: the answer as of ${c.now.asOf} says the same.`];
  const answer = opts.format === 'markdown' ? renderMarkdown(forCli(c.now)) : renderPlainText(forCli(c.now), { width: terminalWidth() });
  const notice =
    opts.format === 'markdown' ? lines.map((l) => (l.startsWith('• ') ? `- ${l.slice(2)}` : `**${l}**`)).join('\n') : lines.join('\n');
  return `${notice}\n\n${answer}`;
}

// ───────────── vpn check ─────────────

/** Flags that take a value, so that the value is not read as the first word. */
const VALUE_FLAGS = new Set([
  '--as-of',
  '--as_of',
  '--diff-from',
  '--diff_from',
  '--format',
  '--users',
  '--avoid',
  '--clients',
  '--fail-on',
]);

function firstWord(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      if (!a.includes('=') && VALUE_FLAGS.has(a)) i++;
      continue;
    }
    return a;
  }
  return undefined;
}

const FAIL_ON = ['error', 'warning', 'note', 'never'] as const;
type FailOn = (typeof FAIL_ON)[number];
const CHECK_FORMATS = ['text', 'markdown', 'json', 'sarif'] as const;
const OS_WORDS: Record<string, Os> = { mac: 'macos', osx: 'macos', iphone: 'ios', ipad: 'ios', ipados: 'ios', win: 'windows' };

interface CheckArgs {
  files: string[];
  users?: number;
  avoid: string[];
  clients: Os[];
  asOf: string;
  format: (typeof CHECK_FORMATS)[number];
  failOn: FailOn;
  help: boolean;
}

const CHECK_EXAMPLE = 'vpn check gateway.json --users 5000 --clients windows,macos,linux --format sarif';

function parseCheckArgs(argv: string[]): { ok: true; args: CheckArgs } | { ok: false; message: string } {
  const args: CheckArgs = { files: [], avoid: [], clients: [], asOf: today(), format: 'text', failOn: 'error', help: false };
  const bad = (message: string) => ({ ok: false as const, message: `${message} Example: ${CHECK_EXAMPLE}` });
  let sawCheck = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const value = () => (eq > 0 ? a.slice(eq + 1) : argv[++i]) ?? '';
    if (flag === '--help' || flag === '-h') args.help = true;
    else if (flag === '--json') args.format = 'json';
    else if (flag === '--format') {
      const v = value();
      if (!(CHECK_FORMATS as readonly string[]).includes(v)) return bad(`--format takes ${CHECK_FORMATS.join(', ')}, not "${v}".`);
      args.format = v as CheckArgs['format'];
    } else if (flag === '--fail-on') {
      const v = value();
      if (!(FAIL_ON as readonly string[]).includes(v)) return bad(`--fail-on takes ${FAIL_ON.join(', ')}, not "${v}".`);
      args.failOn = v as FailOn;
    } else if (flag === '--as-of' || flag === '--as_of') {
      const v = value();
      if (!isIsoDate(v)) return bad(`--as-of takes a date as YYYY-MM-DD (a day of the calendar), not "${v}".`);
      args.asOf = v;
    } else if (flag === '--users') {
      const v = value();
      if (!/^\d{1,7}$/.test(v) || Number(v) < 1) return bad(`--users takes a whole number of concurrent users (1 or more), not "${v}".`);
      args.users = Number(v);
    } else if (flag === '--avoid') {
      for (const part of value().split(',').filter(Boolean)) {
        const c = checkCidr(part);
        if (!c.ok)
          return bad(
            c.reason === 'misaligned'
              ? `--avoid: ${part} is not aligned; did you mean ${c.aligned}?`
              : `--avoid takes IPv4 CIDR blocks separated by commas; ${part} is not one (${c.message}).`,
          );
        args.avoid.push(c.range.toCidrString());
      }
    } else if (flag === '--clients') {
      for (const part of value().toLowerCase().split(',').filter(Boolean)) {
        const os = (OSES as readonly string[]).includes(part) ? (part as Os) : OS_WORDS[part];
        if (!os) return bad(`--clients takes ${OSES.join(', ')} separated by commas; "${part}" is not one of them.`);
        if (!args.clients.includes(os)) args.clients.push(os);
      }
    } else if (a !== '-' && a.startsWith('-')) {
      return bad(`Unknown option ${a}. Options: --users, --avoid, --clients, --as-of, --format, --fail-on, --help.`);
    } else if (!sawCheck && a === 'check') sawCheck = true;
    else args.files.push(a);
  }
  return { ok: true, args };
}

function checkUsage(): string {
  const id = Math.max(...rules.map((r) => r.id.length));
  return [
    'vpn check — review an existing gateway against the knowledge model',
    '',
    'Usage: vpn check <file> [<file>] | - [--users N] [--avoid CIDR,CIDR…] [--clients windows,macos,linux,ios,android]',
    '                 [--as-of YYYY-MM-DD] [--format text|markdown|json|sarif] [--fail-on error|warning|note|never]',
    '',
    'Input: the JSON of `az network vnet-gateway show`, the gateway in an ARM template or compiled Bicep, `az … list`',
    'arrays, or a Virtual WAN `az network p2s-vpn-gateway show` with its `az network vpn-server-config show` (one file or two).',
    '- reads standard input. The input is read, never sent anywhere, never logged.',
    '',
    'Exit codes: 0 nothing at or above --fail-on (default error), 3 something is, 2 unreadable or unrecognised input, 1 internal failure.',
    '',
    'Rules (severity → SARIF level):',
    ...rules.map((r) => `  ${r.id.padEnd(id)}  ${sarifLevel[r.severity].padEnd(7)}  ${r.title}`),
    '',
    `e.g. ${CHECK_EXAMPLE}`,
  ].join('\n');
}

/** Reads a file named on the command line (or stdin for -), refusing anything larger than check reads. */
function readInput(name: string): { ok: true; text: string } | { ok: false; message: string } {
  try {
    if (name === '-') return { ok: true, text: readFileSync(0, 'utf8') };
    const size = statSync(name).size;
    if (size > checkPolicy.maxInputBytes)
      return {
        ok: false,
        message: `${name} is ${size.toLocaleString('en-US')} bytes; check reads at most ${checkPolicy.maxInputBytes.toLocaleString('en-US')}.`,
      };
    return { ok: true, text: readFileSync(name, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      ok: false,
      message: `Can't read ${name}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (code ?? 'unreadable')}.`,
    };
  }
}

const LEVEL_RANK: Record<'error' | 'warning' | 'note', number> = { error: 0, warning: 1, note: 2 };

/** `vpn check`: files in, findings out; exit 0 / 3 / 2 / 1. Nothing from the input is written anywhere but stdout. */
function checkMain(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  const parsed = parseCheckArgs(argv);
  if (!parsed.ok) {
    err(parsed.message);
    return 2;
  }
  const { args } = parsed;
  if (args.help) {
    out(checkUsage());
    return 0;
  }
  try {
    const files: Array<{ name: string; text: string }> = [];
    for (const name of args.files) {
      const r = readInput(name);
      if (!r.ok) {
        err(r.message);
        return 2;
      }
      files.push({ name: name === '-' ? 'stdin' : name, text: r.text });
    }
    const base = siteBase();
    const answer = runCheck(files, {
      kb: loadKnowledge(),
      asOf: args.asOf,
      base,
      ...(args.users !== undefined ? { users: args.users } : {}),
      avoid: args.avoid,
      clients: args.clients,
    });
    if (answer.kind === 'usage_error') {
      if (args.format === 'json') out(JSON.stringify(answer, null, 2));
      else err(renderPlainText(answer, { width: terminalWidth() }));
      return 2;
    }
    if (!isAnswerOf(answer, 'check')) throw new Error('check answered with another command');
    if (args.format === 'sarif') out(JSON.stringify(toSarif(answer, { version: pkg.version, base }), null, 2));
    else if (args.format === 'json') out(JSON.stringify(answer, null, 2));
    else if (args.format === 'markdown') out(renderMarkdown(answer));
    else out(renderPlainText(answer, { width: terminalWidth() }));
    const threshold = args.failOn;
    const failing = threshold !== 'never' && answer.data.results.some((r) => LEVEL_RANK[r.level] <= LEVEL_RANK[threshold]);
    return failing ? 3 : 0;
  } catch (e) {
    // The message of an internal error names the code path, never the input.
    err(`vpn: internal error — ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
