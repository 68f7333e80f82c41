/**
 * `npm run readme:commands` — writes the command table of README.md ("## Commands", between the
 * `<!-- commands:start -->` and `<!-- commands:end -->` comments) from the command declarations in
 * shared/commands: one row per command with its name, its first example and its summary.
 * `--check` changes nothing and exits 1 when README.md is out of date.
 * test/readme.test.ts fails when README.md differs from what this script writes, so a changed
 * declaration needs the table regenerated before `npm test` passes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CommandSpec } from '../shared/commands/command-spec';
import { commands } from '../shared/commands/registry';

export const README_FILE = path.resolve(__dirname, '..', 'README.md');
const START = '<!-- commands:start -->';
const END = '<!-- commands:end -->';
const NOTE = '<!-- Generated from the command declarations (shared/commands) by `npm run readme:commands`: edit those, not this table. -->';

/** What the table shows of a command (the name is a plain string, so tests can feed made-up commands). */
type Declaration = { name: string } & Pick<CommandSpec, 'summary' | 'examples'>;

/** A code span that holds any text: a longer run of backticks than the text contains. */
function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Plain text as Markdown: characters that would start markup, HTML or an entity are backslash-escaped. */
function plain(text: string): string {
  return text.replace(/[\\`*_[\]<>]|&(?=#?\w+;)/g, (c) => `\\${c}`);
}

/** One table cell: on one line, with `|` escaped (also inside code spans, as GitHub tables need). */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
}

/**
 * The Markdown table: command, its first example, what it answers (the summary). Columns are padded
 * the way Biome formats Markdown tables, so `biome check` and this script agree on README.md.
 */
export function commandTable(decls: readonly Declaration[]): string {
  const rows = [
    ['command', 'example', 'answers'],
    ...decls.map((c) => [cell(code(c.name.trim())), c.examples[0] ? cell(code(c.examples[0].trim())) : '', cell(plain(c.summary))]),
  ];
  const width = (text: string) => [...text].length;
  const widths = [0, 1, 2].map((i) => Math.max(3, ...rows.map((r) => width(r[i]!))));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c + ' '.repeat(widths[i]! - width(c))).join(' | ')} |`;
  return [line(rows[0]!), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(1).map(line)].join('\n');
}

/** The README with the text between the markers replaced by the generated table. */
export function readmeWithCommands(readme: string, decls: readonly Declaration[]): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < 0 || end < start || readme.indexOf(START, start + 1) >= 0 || readme.indexOf(END, end + 1) >= 0)
    throw new Error(`README.md needs exactly one ${START} … ${END} pair, in that order, where the command table goes`);
  return `${readme.slice(0, start)}${START}\n${NOTE}\n\n${commandTable(decls)}\n\n${readme.slice(end)}`;
}

function main(): number {
  const check = process.argv.includes('--check');
  const readme = readFileSync(README_FILE, 'utf8');
  const next = readmeWithCommands(readme, commands);
  const name = path.relative(process.cwd(), README_FILE) || 'README.md';
  if (next === readme) {
    console.log(`${name}: the command table is up to date`);
    return 0;
  }
  if (check) {
    console.error(`${name}: the command table differs from the command declarations; run npm run readme:commands`);
    return 1;
  }
  writeFileSync(README_FILE, next);
  console.log(`${name}: wrote the command table (${commands.length} commands)`);
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = main();
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  }
}
