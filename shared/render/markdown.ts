import type { Answer, ConflictRef, Section } from '../answer/answer';
import { assertNever } from '../errors';
import { formatFactValue } from '../format';
import { escapeMarkdown as e, isSafeUrl } from './escape';
import {
  conflictHeading,
  coverageNotice,
  LIFECYCLE_HEADING,
  lifecycleWhen,
  numberedItems,
  SEVERITY_LABEL,
  sourceText,
  unresolvedNotice,
  valueStanding,
  verdictLabel,
  where,
} from './notices';

const MARK = { critical: '⛔', warning: '⚠️', info: 'ℹ️' } as const;

function link(title: string, url: string): string {
  // encodeURIComponent leaves ( and ) alone, and an unbalanced one would end the link early: encode them by hand.
  return isSafeUrl(url)
    ? `[${e(title)}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/\s/g, encodeURIComponent)})`
    : `${e(title)} (${e(url)})`;
}

/** A table cell: one line, and a `|` in it is text, not a column break. */
function cell(s: string): string {
  return e(s.replace(/\n/g, ' ')).replace(/\|/g, '\\|');
}

function section(s: Section): string[] {
  switch (s.type) {
    case 'table':
      return [
        `### ${e(s.title)}`,
        '',
        `| ${s.columns.map(cell).join(' | ')} |`,
        `|${s.columns.map(() => '---').join('|')}|`,
        ...s.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
        '',
      ];
    case 'list': {
      const numbered = numberedItems(s.items);
      const items = numbered ? numbered.map((t, i) => `${i + 1}. ${e(t)}`) : s.items.map((i) => `- ${e(i)}`);
      return [`### ${e(s.title)}`, '', ...items, ''];
    }
    case 'note':
      return [`### ${e(s.title)}`, '', e(s.text), ''];
    default:
      return assertNever(s);
  }
}

/** Every value with its sources and dates; the current one marked, or said plainly that none could be chosen. */
function conflict(c: ConflictRef): string[] {
  const notice = unresolvedNotice(c);
  return [
    `### ${e(conflictHeading(c))}`,
    '',
    ...(notice ? [e(notice), ''] : []),
    ...c.values.map((v) => {
      const standing = valueStanding(c, v);
      const mark = standing === 'current' ? '**Current:** ' : standing === 'superseded' ? 'Superseded: ' : '';
      return `- ${mark}${e(v.value)} — ${v.sources.map((s) => sourceText(s, e)).join('; ')}`;
    }),
    '',
    `${verdictLabel(c)}: ${e(c.verdict)} ${link('Details', c.url)}`,
    '',
  ];
}

const COVERAGE_MARK = { low_confidence: '❓', not_covered: '🚫' } as const;

/** Markdown for tickets and the site: every string escaped, only http(s) links. */
export function renderMarkdown(a: Answer): string {
  const out: string[] = [`## ${e(a.title)}`, ''];
  const coverage = coverageNotice(a.coverage);
  if (coverage && a.coverage !== 'answered') out.push(`> ${COVERAGE_MARK[a.coverage]} **${e(coverage.label)}:** ${e(coverage.text)}`, '');
  out.push(e(a.summary), '');
  for (const f of a.findings) out.push(`> ${MARK[f.severity]} **${SEVERITY_LABEL[f.severity]}:** ${e(f.message)}${where(f, e)}`, '>');
  if (a.findings.length) out.push('');
  if (a.lifecycle.length) {
    out.push(`### ${LIFECYCLE_HEADING} (as of ${e(a.asOf)})`, '');
    for (const l of a.lifecycle) out.push(`- ${e(lifecycleWhen(l, a.asOf))}: ${link(l.title, l.url)}`);
    out.push('');
  }
  for (const c of a.conflicts) out.push(...conflict(c));
  for (const s of a.sections) out.push(...section(s));
  if (a.facts.length) {
    out.push('### Sources', '');
    for (const f of a.facts)
      out.push(
        `- ${link(f.title, f.url)}: ${e(formatFactValue(f))} — ${e(f.source.title)}, ${e(f.source.section)} (${f.date ?? 'undated'})`,
      );
    out.push('');
  }
  if (a.links.length) out.push(...a.links.map((l) => `- ${link(l.title, l.url)}`), '');
  out.push(`${link(`Permalink (as of ${a.asOf})`, a.permalink)}`);
  return out.join('\n');
}
