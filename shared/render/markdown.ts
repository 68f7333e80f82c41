import type { Answer, ConflictRef, Section } from '../answer/answer';
import { assertNever } from '../errors';
import { formatFactValue } from '../format';
import { paths } from '../site-urls';
import { escapeMarkdown as e, isSafeUrl } from './escape';
import {
  conflictHeading,
  coverageNotice,
  LIFECYCLE_HEADING,
  LIVE_PAGE_NOTE,
  lifecycleWhen,
  numberedItems,
  SEVERITY_LABEL,
  hasSourcePages,
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

const sourceLink = (url: string, title: string): string => link(title, url);

/** A table cell: one line, and a `|` in it is text, not a column break. */
function cell(s: string): string {
  return e(s.replace(/\n/g, ' ')).replace(/\|/g, '\\|');
}

/**
 * The site's /ask link for a command: a Markdown copy is read on the site and pasted into tickets, where
 * neither the CLI's nor Slack's way of typing it would work. The site's base is the permalink's.
 */
function askLink(permalink: string, command: string): string {
  const base = permalink.replace(/\/ask(?:[?#].*)?$/, '');
  return base === permalink ? e(command) : link(command, `${base}${paths.ask(command)}`);
}

function section(s: Section, permalink: string): string[] {
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
    case 'commands':
      return [`### ${e(s.title)}`, '', ...s.items.map((c) => `- ${askLink(permalink, c.command)}${c.why ? ` — ${e(c.why)}` : ''}`), ''];
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
      return `- ${mark}${e(v.value)} — ${v.sources.map((s) => sourceText(s, e, sourceLink)).join('; ')}`;
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
  for (const s of a.sections) out.push(...section(s, a.permalink));
  if (a.facts.length) {
    out.push('### Sources', '');
    for (const f of a.facts)
      out.push(`- ${link(f.title, f.url)}: ${e(formatFactValue(f))} — ${sourceText({ ...f.source, date: f.date }, e, sourceLink)}`);
    out.push('');
  }
  if (hasSourcePages(a)) out.push(e(LIVE_PAGE_NOTE), '');
  if (a.links.length) out.push(...a.links.map((l) => `- ${link(l.title, l.url)}`), '');
  out.push(`${link(`Permalink (as of ${a.asOf})`, a.permalink)}`);
  return out.join('\n');
}
