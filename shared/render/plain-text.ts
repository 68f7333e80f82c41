import type { Answer, Section } from '../answer/answer';
import { assertNever } from '../errors';
import { formatFactValue } from '../format';
import { escapePlain as e } from './escape';

const MARK = { critical: '✖', warning: '!', info: 'i' } as const;

function table(columns: string[], rows: string[][]): string[] {
  const widths = columns.map((c, i) => Math.min(48, Math.max(c.length, ...rows.map((r) => (r[i] ?? '').length))));
  const cut = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => cut(e(c), widths[i]))
      .join('  ')
      .trimEnd();
  return [line(columns), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)];
}

function section(s: Section): string[] {
  switch (s.type) {
    case 'table':
      return [e(s.title), ...table(s.columns, s.rows)];
    case 'list':
      return [e(s.title), ...s.items.map((i) => `  • ${e(i)}`)];
    case 'note':
      return [e(s.title), `  ${e(s.text)}`];
    default:
      return assertNever(s);
  }
}

/** The CLI's rendering: readable in an 80–120 column terminal. */
export function renderPlainText(a: Answer): string {
  const out: string[] = [e(a.title), '═'.repeat(Math.min(80, a.title.length)), e(a.summary), ''];
  if (a.findings.length) {
    for (const f of a.findings) out.push(`${MARK[f.severity]} ${e(f.message)} [${f.code}]`);
    out.push('');
  }
  for (const s of a.sections) out.push(...section(s), '');
  if (a.facts.length) {
    out.push('Sources');
    for (const f of a.facts)
      out.push(`  • ${e(f.title)}: ${e(formatFactValue(f))} — ${e(f.source.title)}, ${e(f.source.section)} (${f.date ?? 'undated'})`);
    out.push('');
  }
  for (const l of a.links) out.push(`→ ${e(l.title)}: ${e(l.url)}`);
  out.push(`Permalink (as of ${a.asOf}): ${e(a.permalink)}`);
  return out.join('\n');
}
