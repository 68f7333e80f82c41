/**
 * An answer as the parts of a Slack message (escaped mrkdwn lines), and a part as section texts within
 * Slack's per-section limit. What fits in one message, and what is left out, is block-kit.ts's business.
 *
 * Every string of the answer passes through `e`, so `<!channel>`, `<@U123>`, `<#C123>` or `<https://x|y>`
 * typed by a user stays text; the only links are the http(s) URLs the engine generated, built by slackLink.
 */
import type { Answer, ConflictRef, Section } from '../answer/answer';
import { assertNever } from '../errors';
import { formatFactValue } from '../format';
import { escapeSlack, isSafeUrl } from './escape';
import {
  conflictHeading,
  coverageNotice,
  hasSourcePages,
  LIFECYCLE_HEADING,
  LIVE_PAGE_NOTE_SHORT,
  lifecycleWhen,
  numberedItems,
  sourceText,
  unresolvedNotice,
  valueStanding,
  verdictLabel,
} from './notices';
import { renderedOnce, SequenceMemo } from '../frozen-memo';
import { splitEscapedLine } from './slack-split';

/** escapeSlack, skipped for the (most) strings that hold nothing to escape: this runs per string per reply. */
export const e = (s: string): string => (/[&<>]/.test(s) ? escapeSlack(s) : s);

/** `<url|label>` for a URL we generated; anything else is shown as escaped text. */
export function slackLink(url: string, label: string): string {
  if (!isSafeUrl(url)) return `${e(label)} (${e(url)})`;
  // Slack's own messages carry `&` inside link URLs as `&amp;`, and decode it when shown.
  return `<${e(url).replace(/\|/g, '%7C')}|${e(label)}>`;
}

/** How the slash command is typed in Slack: commands to ask next are written with it. */
const SLASH_PREFIX = '/vpn';

/** Slack's limit on a header block's text. */
export const MAX_HEADER_TEXT = 150;
/** Above this width a table reads better as one line per row than as a monospace grid. */
const MAX_GRID_WIDTH = 72;

const MARK = { critical: ':no_entry:', warning: ':warning:', info: ':information_source:' } as const;
const COVERAGE_MARK = { low_confidence: ':grey_question:', not_covered: ':no_entry_sign:' } as const;

/** What a part of the answer is, so that a trimmed message can say what it left out. */
export type PartKind =
  | 'title'
  | 'coverage'
  | 'summary'
  | 'findings'
  | 'conflict'
  | 'conflicts-digest'
  | 'lifecycle'
  | 'section'
  | 'sources'
  | 'links';

/**
 * One piece of the answer as lines of escaped mrkdwn; `fence` wraps the lines in a code block
 * (re-opened in every chunk when the piece is split).
 */
export interface Part {
  kind: PartKind;
  head?: string;
  lines: readonly string[];
  fence?: boolean;
  /**
   * A list of steps: its items without their numbers, unescaped (for a rich_text ordered list, whose text is
   * never read as markup); `lines` then holds the same steps numbered in mrkdwn, with no bullet.
   */
  ordered?: { title: string; items: string[] };
}

/**
 * Parts that are shown whole or not at all: one value of a conflict without the others could be the
 * superseded value alone, and a summary or coverage line cut short says something else. Other parts may
 * lose their end, a whole line at a time (a digest line is a whole conflict).
 */
export const ATOMIC: ReadonlySet<PartKind> = new Set(['title', 'coverage', 'summary', 'conflict']);

const SURROGATE = /[\uD800-\uDFFF]/;
/** Characters as Slack shows them (an emoji is one), without splitting every cell into an array. */
const width = (s: string): number => (SURROGATE.test(s) ? [...s].length : s.length);
const pad = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - width(s)));

function tableLines(columns: string[], rows: string[][]): { lines: string[]; fence: boolean } {
  const cells = [columns, ...rows].map((r) => columns.map((_, i) => (r[i] ?? '').replace(/\n/g, ' ')));
  const widths = columns.map((_, i) => Math.max(...cells.map((r) => width(r[i]))));
  const gridWidth = widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
  if (gridWidth <= MAX_GRID_WIDTH) {
    // Every cell fits its column whole. Alignment is computed on the raw text (what Slack displays), escaping comes after.
    const line = (r: string[]) =>
      e(
        r
          .map((c, i) => pad(c, widths[i]))
          .join('  ')
          .trimEnd(),
      );
    const [head, ...body] = cells;
    return { lines: [line(head), e(widths.map((w) => '─'.repeat(w)).join('  ')), ...body.map(line)], fence: true };
  }
  // Too wide for a grid (Slack wraps code blocks on narrow screens): one readable line per row.
  return {
    lines: rows.map((r) => {
      const [first, ...rest] = r;
      const details = rest
        .map((cell, i) => ({ cell: cell.trim(), column: columns[i + 1] ?? '' }))
        .filter((x) => x.cell !== '' && x.cell !== '—')
        .map((x) => `${e(x.column)}: ${e(x.cell)}`);
      return `• *${e(first ?? '')}*${details.length ? ` — ${details.join(' · ')}` : ''}`;
    }),
    fence: false,
  };
}

const heading = (title: string): string | undefined => (title.trim() ? `*${e(title)}*` : undefined);

function sectionPart(s: Section): Part {
  switch (s.type) {
    case 'table': {
      const { lines, fence } = tableLines(s.columns, s.rows);
      return { kind: 'section', head: heading(s.title), lines, fence };
    }
    case 'list': {
      const steps = numberedItems(s.items);
      if (steps)
        return {
          kind: 'section',
          head: heading(s.title),
          lines: steps.map((t, i) => `${i + 1}. ${e(t)}`),
          ordered: { title: s.title, items: steps },
        };
      return { kind: 'section', head: heading(s.title), lines: s.items.map((i) => `• ${e(i)}`) };
    }
    case 'note':
      return { kind: 'section', head: heading(s.title), lines: e(s.text).split('\n') };
    case 'commands':
      return {
        kind: 'section',
        head: heading(s.title),
        lines: s.items.map((c) => `• \`${SLASH_PREFIX} ${e(c.command).replace(/`/g, "'")}\`${c.why ? ` — ${e(c.why)}` : ''}`),
      };
    default:
      return assertNever(s);
  }
}

type ConflictValue = ConflictRef['values'][number];

/** Every value with its sources and dates, the current one marked or why none is, the verdict and a link to it. */
const conflictPart = renderedOnce((c: ConflictRef): Part => {
  const notice = unresolvedNotice(c);
  const value = (v: ConflictValue) => {
    const standing = valueStanding(c, v);
    const mark = standing === 'current' ? ':white_check_mark: *current:* ' : standing === 'superseded' ? 'superseded: ' : '';
    // Unlinked here: a conflict names many sources, and their links would push the answer over Slack's limits; its
    // details page links every one.
    return `• ${mark}${e(v.value)} — ${v.sources.map((s) => sourceText(s, e)).join('; ')}`;
  };
  // Frozen: shared by every answer with this conflict, and its chunks are kept too (chunksOf).
  return Object.freeze({
    kind: 'conflict',
    head: `*${e(conflictHeading(c))}*`,
    lines: Object.freeze([
      ...(notice ? [`:warning: ${e(notice)}`] : []),
      ...c.values.map(value),
      `${verdictLabel(c)}: ${e(c.verdict)} · ${slackLink(c.url, 'details')}`,
    ]),
  });
});

/**
 * The conflicts in one line each, for a message too long to show them in full: the value answers use (never
 * a superseded one alone), or every value of an unresolved one; their sources are a link away.
 */
export function conflictsDigest(conflicts: readonly ConflictRef[]): Part {
  const line = (c: ConflictRef) => {
    const notice = unresolvedNotice(c);
    const current = c.values.find((v) => v.current);
    const others = c.values.length - 1;
    const what =
      notice || !current
        ? `${e(notice ?? '')} ${c.values.map((v) => `“${e(v.value)}”`).join(' · ')}`
        : `answers use “${e(current.value)}”; ${others === 1 ? 'the other value is' : `${others} other values are`} superseded.`;
    return `• *${e(c.topic)}*: ${what} ${slackLink(c.url, 'Values and sources')}`;
  };
  return { kind: 'conflicts-digest', head: '*Sources disagree*', lines: conflicts.map(line) };
}

/**
 * The facts under the source they were read from: one line per source (its title linked to its live page,
 * the section and the date), then its facts. Grouped, each page's long URL and each source's name come once:
 * on every fact's line they pushed a sizing answer's end out of Slack's limits.
 */
function sourceLines(facts: Answer['facts']): string[] {
  const groups = new Map<string, { head: string; facts: string[] }>();
  const linked = new Set<string>();
  for (const f of facts) {
    const key = `${f.source.id}\u0000${f.source.section}`;
    let group = groups.get(key);
    if (!group) {
      // A page read in two sections is linked at the first.
      const link = f.source.pageUrl !== undefined && !linked.has(f.source.pageUrl);
      if (f.source.pageUrl) linked.add(f.source.pageUrl);
      const heads = sourceHeads(f);
      group = { head: link ? heads.linked : heads.plain, facts: [] };
      groups.set(key, group);
    }
    group.facts.push(factLine(f));
  }
  return [...groups.values()].flatMap((g) => [g.head, ...g.facts]);
}

type FactRef = Answer['facts'][number];
const factLine = renderedOnce((f: FactRef) => `   ◦ ${slackLink(f.url, f.title)}: ${e(formatFactValue(f))}`);
/** A fact's source line, with its page linked (the first group from that page) and without. */
const sourceHeads = renderedOnce((f: FactRef) => ({
  linked: `• ${sourceText({ ...f.source, date: f.date }, e, f.source.pageUrl ? slackLink : undefined)}`,
  plain: `• ${sourceText({ ...f.source, date: f.date }, e)}`,
}));

/**
 * Most answers of a command read the same facts and touch the same events: their sources and dates are
 * rendered once per sequence (and date), frozen, so their section texts are kept too (chunksOf).
 */
const MAX_KEPT_SEQUENCES = 2000;
const keptSources = new SequenceMemo<FactRef, Part>(MAX_KEPT_SEQUENCES);
const keptLifecycle = new SequenceMemo<Answer['lifecycle'][number], Part>(MAX_KEPT_SEQUENCES);

function sourcesPart(facts: Answer['facts'], pages: boolean): Part {
  return keptSources.get(facts, pages ? 'pages' : '', () =>
    Object.freeze({
      kind: 'sources' as const,
      head: '*Sources*',
      lines: Object.freeze([...sourceLines(facts), ...(pages ? [`_${e(LIVE_PAGE_NOTE_SHORT)}_`] : [])]),
    }),
  );
}

function lifecyclePart(lifecycle: Answer['lifecycle'], asOf: string): Part {
  return keptLifecycle.get(lifecycle, asOf, () =>
    Object.freeze({
      kind: 'lifecycle' as const,
      head: `*${LIFECYCLE_HEADING}* (as of ${e(asOf)})`,
      lines: Object.freeze(lifecycle.map((l) => `• ${e(lifecycleWhen(l, asOf))}: ${slackLink(l.url, l.title)}`)),
    }),
  );
}

/**
 * The answer's parts in reading order: what the answer is and how sure, its caveats (the dates that
 * matter, then where sources disagree), then its sections, sources and links.
 */
export function answerParts(a: Answer): Part[] {
  const parts: Part[] = [];
  // The header holds 150 characters; a longer title is also shown whole here.
  if (e(a.title).length > MAX_HEADER_TEXT) parts.push({ kind: 'title', lines: [`*${e(a.title)}*`] });
  const coverage = coverageNotice(a.coverage);
  if (coverage && a.coverage !== 'answered') {
    parts.push({ kind: 'coverage', lines: [`${COVERAGE_MARK[a.coverage]} *${e(coverage.label)}:* ${e(coverage.text)}`] });
  }
  parts.push({ kind: 'summary', lines: [e(a.summary)] });
  if (a.findings.length) parts.push({ kind: 'findings', lines: a.findings.map((f) => `${MARK[f.severity]} ${e(f.message)}`) });
  if (a.lifecycle.length) parts.push(lifecyclePart(a.lifecycle, a.asOf));
  for (const c of a.conflicts) parts.push(conflictPart(c));
  for (const s of a.sections) parts.push(sectionPart(s));
  if (a.facts.length) parts.push(sourcesPart(a.facts, hasSourcePages(a)));
  if (a.links.length) parts.push({ kind: 'links', head: '*Links*', lines: a.links.map((l) => `• ${slackLink(l.url, l.title)}`) });
  return parts;
}

const keptChunks = new WeakMap<Part, { max: number; chunks: readonly Chunk[] }>();

/** chunkPart, kept for a frozen part (a conflict's, shared by many answers) at the size last asked for. */
export function chunksOf(p: Part, max: number): readonly Chunk[] {
  if (!Object.isFrozen(p)) return chunkPart(p, max);
  const kept = keptChunks.get(p);
  if (kept?.max === max) return kept.chunks;
  // Frozen like their part: the blocks made from them are kept in turn (block-kit.ts).
  const chunks = Object.freeze(chunkPart(p, max).map((c) => Object.freeze(c)));
  keptChunks.set(p, { max, chunks });
  return chunks;
}

/** A section text of a part; `endsLine`: it ends with the whole of a line (a line too long for one text goes on in the next). */
export interface Chunk {
  text: string;
  endsLine: boolean;
}

/**
 * A part as section texts of at most `max` characters, broken between lines; a line longer than that
 * goes on in the next text, broken at a space. Nothing is left out.
 */
function chunkPart(p: Part, max: number): Chunk[] {
  const open = p.fence ? '```\n' : '';
  const close = p.fence ? '\n```' : '';
  const budget = max - open.length - close.length;
  // Most parts fit one text whole: no line to split, no piece to measure.
  let whole = p.head ? p.head.length + 1 : 0;
  for (const line of p.lines) whole += line.length + 1;
  if (whole + open.length + close.length <= max) {
    const body = p.lines.length ? `${open}${p.lines.join('\n')}${close}` : '';
    const text = p.head ? (body ? `${p.head}\n${body}` : p.head) : body;
    return text ? [{ text, endsLine: p.lines.length > 0 }] : [];
  }
  // A heading longer than a whole text (user text in a title) takes texts of its own; its end leads the first chunk.
  const heads = p.head ? splitEscapedLine(p.head, max) : [];
  let lead = heads.pop();
  const chunks: Chunk[] = heads.map((text) => ({ text, endsLine: false }));
  let lines: string[] = [];
  let size = 0;
  let endsLine = false;
  const flush = () => {
    const body = lines.length ? `${open}${lines.join('\n')}${close}` : '';
    const text = lead !== undefined ? (body ? `${lead}\n${body}` : lead) : body;
    // A heading alone ends no line of the part: nothing may be cut right after it.
    if (text) chunks.push({ text, endsLine: lines.length > 0 && endsLine });
    lead = undefined;
    lines = [];
    size = 0;
  };
  for (const line of p.lines) {
    const pieces = splitEscapedLine(line, budget);
    pieces.forEach((piece, i) => {
      const leadSize = lead !== undefined ? lead.length + 1 : 0;
      const grown = size + (lines.length > 0 ? 1 : 0) + piece.length;
      if ((lines.length > 0 || lead !== undefined) && leadSize + open.length + grown + close.length > max) flush();
      lines.push(piece);
      size += piece.length + (lines.length > 1 ? 1 : 0);
      endsLine = i === pieces.length - 1;
    });
  }
  flush();
  return chunks;
}
