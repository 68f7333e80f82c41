import type { Answer, ConflictRef, Section } from '../answer/answer';
import { assertNever } from '../errors';
import { formatFactValue } from '../format';
import { escapePlain as e } from './escape';
import {
  conflictHeading,
  coverageNotice,
  hasSourcePages,
  LIFECYCLE_HEADING,
  LIVE_PAGE_NOTE,
  lifecycleWhen,
  numberedItems,
  SEVERITY_LABEL,
  sourceText,
  unresolvedNotice,
  valueStanding,
  verdictLabel,
  where,
} from './notices';
import { columnWidths, measureColumn, textWidth, wrapWords } from './wrap';

/** How the CLI is typed: commands to ask next are written with it. */
const CLI_PREFIX = 'vpn';

/** Default width of the CLI's tables, when the face doesn't say how wide its terminal is. */
const DEFAULT_WIDTH = 100;

/**
 * A table within `width` columns. Cells are word-wrapped inside their column, so a row may take several
 * lines; then rows are separated by a blank line, so the lines of one row read as one.
 */
function table(columns: string[], rows: string[][], width: number): string[] {
  const cells = [columns, ...rows].map((r) => columns.map((_, i) => e(r[i] ?? '')));
  const widths = columnWidths(
    columns.map((_, i) => measureColumn(cells.map((r) => r[i]))),
    width,
    2,
  );
  const wrapped = cells.map((r) => r.map((c, i) => wrapWords(c, widths[i])));
  const multiLine = wrapped.some((r) => r.some((c) => c.length > 1));
  const lines = (r: string[][]): string[] =>
    Array.from({ length: Math.max(...r.map((c) => c.length)) }, (_, k) =>
      r
        .map((c, i) => (c[k] ?? '') + ' '.repeat(Math.max(0, widths[i] - textWidth(c[k] ?? ''))))
        .join('  ')
        .trimEnd(),
    );
  const [head, ...body] = wrapped;
  return [
    ...lines(head),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...body.flatMap((r, i) => (multiLine && i > 0 ? ['', ...lines(r)] : lines(r))),
  ];
}

function section(s: Section, width: number): string[] {
  switch (s.type) {
    case 'table':
      return [e(s.title), ...table(s.columns, s.rows, width)];
    case 'list': {
      const numbered = numberedItems(s.items);
      return [e(s.title), ...(numbered ? numbered.map((t, i) => `  ${i + 1}. ${e(t)}`) : s.items.map((i) => `  • ${e(i)}`))];
    }
    case 'note':
      return [e(s.title), `  ${e(s.text)}`];
    case 'commands':
      return [e(s.title), ...s.items.map((c) => `  • ${CLI_PREFIX} ${e(c.command)}${c.why ? ` — ${e(c.why)}` : ''}`)];
    default:
      return assertNever(s);
  }
}

/** A source's public page as a bare URL on a line of its own, which terminals make clickable; none without one. */
const pageLine = (url: string | undefined, indent: string): string[] => (url ? [`${indent}${e(url)}`] : []);

interface PlainTextOptions {
  /** The terminal's width in columns (tables wrap their cells to fit); default 100. */
  width?: number;
}

/** Every value with each of its sources on a line of its own; the current one marked, or why none is. */
function conflict(c: ConflictRef): string[] {
  const notice = unresolvedNotice(c);
  return [
    e(conflictHeading(c)),
    ...(notice ? [`  ${notice}`] : []),
    ...c.values.flatMap((v) => {
      const standing = valueStanding(c, v);
      return [
        `  • ${standing ? `[${standing}] ` : ''}${e(v.value)}`,
        ...v.sources.flatMap((s) => [`      ${sourceText(s, e)}`, ...pageLine(s.pageUrl, '        ')]),
      ];
    }),
    `  ${verdictLabel(c)}: ${e(c.verdict)}`,
  ];
}

/** The CLI's rendering: tables fit `width`; other lines are left whole for the terminal to wrap. */
export function renderPlainText(a: Answer, opts: PlainTextOptions = {}): string {
  const width = opts.width ?? DEFAULT_WIDTH;
  const out: string[] = [e(a.title), '═'.repeat(Math.min(80, a.title.length))];
  const coverage = coverageNotice(a.coverage);
  if (coverage) out.push(`${a.coverage === 'not_covered' ? '✖' : '?'} ${coverage.label}: ${coverage.text}`, '');
  out.push(e(a.summary), '');
  if (a.findings.length) {
    for (const f of a.findings) out.push(`${SEVERITY_LABEL[f.severity]}: ${e(f.message)}${where(f, e)}`);
    out.push('');
  }
  if (a.lifecycle.length) {
    out.push(
      `${LIFECYCLE_HEADING} (as of ${e(a.asOf)})`,
      ...a.lifecycle.map((l) => `  • ${e(lifecycleWhen(l, a.asOf))}: ${e(l.title)}`),
      '',
    );
  }
  for (const c of a.conflicts) out.push(...conflict(c), '');
  for (const s of a.sections) out.push(...section(s, width), '');
  if (a.facts.length) {
    out.push('Sources');
    for (const f of a.facts)
      out.push(
        `  • ${e(f.title)}: ${e(formatFactValue(f))} — ${sourceText({ ...f.source, date: f.date }, e)}`,
        ...pageLine(f.source.pageUrl, '    '),
      );
    out.push('');
  }
  if (hasSourcePages(a)) out.push(LIVE_PAGE_NOTE, '');
  for (const l of a.links) out.push(`→ ${e(l.title)}: ${e(l.url)}`);
  out.push(`Permalink (as of ${a.asOf}): ${e(a.permalink)}`);
  return out.join('\n');
}
