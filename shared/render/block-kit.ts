/**
 * Slack Block Kit rendering of an Answer, within Slack's limits (policy.slack).
 *
 * Safety rules, all enforced here so that listeners can't forget them:
 * - every string passes through escapeSlack, so `<!channel>`, `<@U123>`, `<#C123>` or `<https://x|y>`
 *   typed by a user stays text;
 * - every mrkdwn text object is `verbatim: true`, so Slack doesn't auto-link bare URLs, `#channel` names
 *   or `@here` typed by a user;
 * - the only links are the http(s) URLs the engine generated (facts, links, permalink), built here as
 *   `<url|label>` with the label escaped.
 */
import type { Answer, Section } from '../answer/answer';
import { assertNever } from '../errors';
import { formatFactValue } from '../format';
import { policy } from '../policy';
import { escapeSlack, isSafeUrl } from './escape';

/** escapeSlack, skipped for the (most) strings that hold nothing to escape: this runs per string per reply. */
const e = (s: string): string => (/[&<>]/.test(s) ? escapeSlack(s) : s);

interface PlainTextObject {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}
interface MrkdwnTextObject {
  type: 'mrkdwn';
  text: string;
  verbatim: true;
}
interface HeaderBlock {
  type: 'header';
  text: PlainTextObject;
}
interface SectionBlock {
  type: 'section';
  text: MrkdwnTextObject;
}
interface ContextBlock {
  type: 'context';
  elements: MrkdwnTextObject[];
}
interface DividerBlock {
  type: 'divider';
}
export interface ButtonElement {
  type: 'button';
  action_id: string;
  text: PlainTextObject;
  value: string;
}
interface ActionsBlock {
  type: 'actions';
  elements: ButtonElement[];
}
export type Block = HeaderBlock | SectionBlock | ContextBlock | DividerBlock | ActionsBlock;

export interface BlockKitMessage {
  blocks: Block[];
  /** Plain fallback for notifications and clients that can't show blocks (escaped mrkdwn). */
  text: string;
}

export interface SlackLimits {
  maxBlocks: number;
  maxSectionText: number;
  maxTotalText: number;
}

export interface BlockKitOptions {
  /**
   * Buttons for an actions block under the footer, built from the answer: each face brings its own
   * interactions (the bot's Share button), so this renderer knows none of them. Default: no actions block.
   */
  actions?: (a: Answer) => ButtonElement[];
  /** Slack user id of whoever shared the answer, shown in the footer. Only a well-formed id is shown. */
  sharedBy?: string;
  /** Slack's limits; default policy.slack (tests pass smaller ones). */
  limits?: SlackLimits;
}

/** Slack's limit on a button's value. */
export const MAX_BUTTON_VALUE = 2000;
/** Slack's limit on a header block's text. */
const MAX_HEADER_TEXT = 150;
/** A section heading longer than this (user text in a title) is cut. */
const MAX_HEADING = 300;
/** Above this width a table reads better as one line per row than as a monospace grid. */
const MAX_GRID_WIDTH = 72;

const MARK = { critical: ':no_entry:', warning: ':warning:', info: ':information_source:' } as const;

/** `<url|label>` for a URL we generated; anything else is shown as escaped text. */
export function slackLink(url: string, label: string): string {
  if (!isSafeUrl(url)) return `${e(label)} (${e(url)})`;
  // Slack's own messages carry `&` inside link URLs as `&amp;`, and decode it when shown.
  return `<${e(url).replace(/\|/g, '%7C')}|${e(label)}>`;
}

/** Escapes `raw` and cuts it so the escaped result is at most `max` characters (never inside an entity). */
function clipEscaped(raw: string, max: number): string {
  const full = e(raw);
  if (full.length <= max) return full;
  let out = '';
  for (const ch of raw) {
    const piece = e(ch);
    if (out.length + piece.length + 1 > max) break;
    out += piece;
  }
  return `${out}…`;
}

const mrkdwn = (text: string): MrkdwnTextObject => ({ type: 'mrkdwn', text, verbatim: true });
const section = (text: string): SectionBlock => ({ type: 'section', text: mrkdwn(text) });
const context = (text: string): ContextBlock => ({ type: 'context', elements: [mrkdwn(text)] });

/**
 * One piece of the answer as lines of escaped mrkdwn; `fence` wraps the lines in a code block
 * (re-opened in every chunk when the piece is split).
 */
interface Part {
  head?: string;
  lines: string[];
  fence?: boolean;
}

function padCell(s: string, w: number): string {
  const chars = [...s];
  return chars.length > w ? `${chars.slice(0, w - 1).join('')}…` : s + ' '.repeat(w - chars.length);
}

function tableLines(columns: string[], rows: string[][]): { lines: string[]; fence: boolean } {
  const width = (s: string) => [...s].length;
  const widths = columns.map((c, i) => Math.max(width(c), ...rows.map((r) => width(r[i] ?? ''))));
  const gridWidth = widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
  if (gridWidth <= MAX_GRID_WIDTH) {
    // Alignment is computed on the raw text (what Slack displays), escaping comes after.
    const line = (cells: string[]) =>
      e(
        cells
          .map((c, i) => padCell(c.replace(/\n/g, ' '), widths[i]))
          .join('  ')
          .trimEnd(),
      );
    return { lines: [line(columns), e(widths.map((w) => '─'.repeat(w)).join('  ')), ...rows.map(line)], fence: true };
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

const heading = (title: string) => `*${clipEscaped(title, MAX_HEADING)}*`;

function sectionPart(s: Section): Part {
  switch (s.type) {
    case 'table': {
      const { lines, fence } = tableLines(s.columns, s.rows);
      return { head: heading(s.title), lines, fence };
    }
    case 'list':
      return { head: heading(s.title), lines: s.items.map((i) => `• ${e(i)}`) };
    case 'note':
      return { head: heading(s.title), lines: e(s.text).split('\n') };
    default:
      return assertNever(s);
  }
}

function answerParts(a: Answer): Part[] {
  const parts: Part[] = [{ lines: [e(a.summary)] }];
  if (a.findings.length) parts.push({ lines: a.findings.map((f) => `${MARK[f.severity]} ${e(f.message)}`) });
  for (const s of a.sections) parts.push(sectionPart(s));
  if (a.facts.length) {
    parts.push({
      head: '*Sources*',
      lines: a.facts.map(
        (f) =>
          `• ${slackLink(f.url, f.title)}: ${e(formatFactValue(f))} — ${e(f.source.title)}, ${e(f.source.section)} (${f.date ?? 'undated'})`,
      ),
    });
  }
  if (a.links.length) parts.push({ head: '*Links*', lines: a.links.map((l) => `• ${slackLink(l.url, l.title)}`) });
  return parts;
}

/** Splits a part into section texts of at most `max` characters, breaking between lines. */
function chunkPart(p: Part, max: number): string[] {
  const open = p.fence ? '```\n' : '';
  const close = p.fence ? '\n```' : '';
  const budget = max - open.length - close.length;
  const chunks: string[] = [];
  let lines: string[] = [];
  let size = p.head ? p.head.length + 1 : 0;
  const flush = () => {
    const body = lines.length ? `${open}${lines.join('\n')}${close}` : '';
    const text = chunks.length === 0 && p.head ? (body ? `${p.head}\n${body}` : p.head) : body;
    if (text) chunks.push(text);
    lines = [];
    size = 0;
  };
  for (const raw of p.lines) {
    // A single line longer than a section (pathological input) is cut; the cut never splits an entity.
    const line = raw.length > budget ? cutEscapedLine(raw, budget) : raw;
    // size > 0 with no lines yet means only the heading is pending: it goes out alone rather than overflow.
    if (size > 0 && size + line.length + 1 > budget) flush();
    lines.push(line);
    size += line.length + 1;
  }
  flush();
  return chunks;
}

/** Cuts an already-escaped line without breaking an `&…;` entity or a `<…>` link. */
function cutEscapedLine(line: string, max: number): string {
  let cut = max - 1;
  const amp = line.lastIndexOf('&', cut);
  if (amp !== -1 && amp > cut - 5 && line.indexOf(';', amp) >= cut) cut = amp;
  const lt = line.lastIndexOf('<', cut);
  if (lt !== -1 && line.indexOf('>', lt) >= cut) cut = lt;
  return `${line.slice(0, cut)}…`;
}

/** Less room than this left for a cut block: leave it out. */
const MIN_PARTIAL = 200;

/** The longest prefix of a section text that ends at a line break and fits in `max`, code fences closed. */
function cutSectionText(text: string, max: number): string | undefined {
  const cut = text.lastIndexOf('\n', max - 5);
  if (cut <= 0) return undefined;
  const t = text.slice(0, cut);
  return (t.match(/```/g) ?? []).length % 2 === 1 ? `${t}\n\`\`\`` : t;
}

function textLength(b: Block): number {
  switch (b.type) {
    case 'header':
      return b.text.text.length;
    case 'section':
      return b.text.text.length;
    case 'context':
      return b.elements.reduce((n, x) => n + x.text.length, 0);
    case 'divider':
      return 0;
    case 'actions':
      return b.elements.reduce((n, x) => n + x.text.text.length + x.value.length, 0);
    default:
      return assertNever(b);
  }
}

/** How big a message is, in the units Slack limits; tests and the fuzzer check these against policy.slack. */
export function measureBlockKit(m: BlockKitMessage): { blocks: number; maxSectionText: number; totalText: number } {
  return {
    blocks: m.blocks.length,
    maxSectionText: Math.max(0, ...m.blocks.map((b) => (b.type === 'section' ? b.text.text.length : 0))),
    totalText: m.blocks.reduce((n, b) => n + textLength(b), 0),
  };
}

function footer(a: Answer, opts: BlockKitOptions, trimmed: boolean): Block[] {
  const permalink = slackLink(a.permalink, trimmed ? 'the full answer on the site' : 'Permalink');
  const bits = [trimmed ? `:scissors: Trimmed to fit Slack — see ${permalink}` : permalink, `as of ${e(a.asOf)}`];
  if (opts.sharedBy && /^[UW][A-Z0-9]{2,}$/.test(opts.sharedBy)) bits.push(`shared by <@${opts.sharedBy}>`);
  const blocks: Block[] = [context(bits.join(' · '))];
  // Slack refuses a whole message over one button's value, so a button that can't carry its value is left out.
  const buttons = (opts.actions?.(a) ?? []).filter((b) => b.value.length <= MAX_BUTTON_VALUE);
  if (buttons.length) blocks.push({ type: 'actions', elements: buttons });
  return blocks;
}

function fallbackText(a: Answer, max: number): string {
  const head = clipEscaped(`${a.title}: ${a.summary}`, max - 200);
  const link = e(a.permalink);
  return isSafeUrl(a.permalink) && head.length + link.length + 1 <= max ? `${head}\n${link}` : head;
}

/**
 * Answer → `{ blocks, text }` within Slack's limits. A long answer is cut at a block boundary and ends with a
 * link to its permalink (every answer ends with the permalink; a trimmed one says it was trimmed).
 */
export function renderBlockKit(a: Answer, opts: BlockKitOptions = {}): BlockKitMessage {
  const limits = opts.limits ?? policy.slack;
  const header: HeaderBlock = {
    type: 'header',
    text: { type: 'plain_text', text: clipEscaped(a.title || a.command, MAX_HEADER_TEXT), emoji: false },
  };
  const body: Block[] = [];
  for (const p of answerParts(a)) for (const text of chunkPart(p, limits.maxSectionText)) body.push(section(text));

  const untrimmedTail = footer(a, opts, false);
  const all = [header, ...body, ...untrimmedTail];
  const fits = (blocks: Block[]) =>
    blocks.length <= limits.maxBlocks && blocks.reduce((n, b) => n + textLength(b), 0) <= limits.maxTotalText;
  if (fits(all)) return { blocks: all, text: fallbackText(a, limits.maxSectionText) };

  const tail = footer(a, opts, true);
  const kept: Block[] = [header];
  let used = textLength(header) + tail.reduce((n, b) => n + textLength(b), 0);
  for (const b of body) {
    if (kept.length + 1 + tail.length > limits.maxBlocks) break;
    const n = textLength(b);
    if (used + n <= limits.maxTotalText) {
      kept.push(b);
      used += n;
      continue;
    }
    // The first block that doesn't fit goes in cut at a line break, if a useful part of it fits.
    const room = limits.maxTotalText - used;
    const partial = b.type === 'section' && room >= MIN_PARTIAL ? cutSectionText(b.text.text, room) : undefined;
    if (partial) kept.push(section(partial));
    break;
  }
  return { blocks: [...kept, ...tail], text: fallbackText(a, limits.maxSectionText) };
}
