/**
 * `vpn <command…> [--json] [--format text|markdown] [--as-of YYYY-MM-DD]`, `vpn --help`, `vpn --version`
 * The CLI only translates: argv → runCommand → a renderer. Exit 0 answer, 2 usage error, 1 internal failure.
 */
import { isIsoDate } from '../knowledge/dates';
import { loadKnowledge } from '../knowledge/prevalidated';
import type { KnowledgeBase } from '../knowledge';
import pkg from '../package.json';
import { commands, isAnswerOf, renderMarkdown, renderPlainText, runCommand, today } from '../shared';
import type { Answer } from '../shared';
import { helpView } from '../shared/commands/help';
import { wrapWords } from '../shared/render/wrap';
import { fileSearchIndex } from '../shared/search/load-node';

// The prebuilt index beside the bundle (dist/search-index.json) is loaded on the first search, never rebuilt per call.

interface CliOptions {
  json: boolean;
  format: 'text' | 'markdown';
  asOf: string;
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
    } else if (a.startsWith('--')) {
      return { ok: false, message: `Unknown option ${a}. Options: --json, --format text|markdown, --as-of YYYY-MM-DD, --help, --version.` };
    } else opts.words.push(a);
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
    '       vpn --help [<command>] | --version',
    '',
    'Commands:',
    ...commands.flatMap((c) => {
      const [first, ...rest] = wrapWords(c.summary, text);
      return [`  ${c.name.padEnd(name)}  ${first}`, ...rest.map((l) => indent + l), `${indent}e.g. vpn ${c.examples[0]}`];
    }),
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

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
