/**
 * Slack Block Kit rendering of an Answer, within Slack's limits (policy.slack). What the message says is
 * slack-parts.ts; this module fits it into blocks, and decides what a long answer leaves out.
 *
 * Safety rules, all enforced here and in slack-parts so that listeners can't forget them:
 * - every string passes through escapeSlack, so `<!channel>`, `<@U123>`, `<#C123>` or `<https://x|y>`
 *   typed by a user stays text;
 * - every mrkdwn text object is `verbatim: true`, so Slack doesn't auto-link bare URLs, `#channel` names
 *   or `@here` typed by a user;
 * - the only links are the http(s) URLs the engine generated (facts, lifecycle events, conflicts, links,
 *   permalink), built as `<url|label>` with the label escaped.
 */
import type { Answer } from '../answer/answer';
import { assertNever } from '../errors';
import { policy } from '../policy';
import { isSafeUrl } from './escape';
import { deepFreeze, renderedOnce } from '../frozen-memo';
import {
  ATOMIC,
  answerParts,
  type Chunk,
  chunksOf,
  conflictsDigest,
  e,
  MAX_HEADER_TEXT,
  type Part,
  type PartKind,
  slackLink,
} from './slack-parts';

export { slackLink };

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
/** https://docs.slack.dev/reference/block-kit/blocks/rich-text-block: its text elements are literal, never markup. */
interface RichTextText {
  type: 'text';
  text: string;
  style?: { bold: true };
}
interface RichTextSection {
  type: 'rich_text_section';
  elements: RichTextText[];
}
interface RichTextList {
  type: 'rich_text_list';
  style: 'ordered';
  elements: RichTextSection[];
}
interface RichTextBlock {
  type: 'rich_text';
  elements: Array<RichTextSection | RichTextList>;
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
export type Block = HeaderBlock | SectionBlock | RichTextBlock | ContextBlock | DividerBlock | ActionsBlock;

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

/**
 * Escapes `raw` and cuts it so the escaped result is at most `max` characters (never inside an entity).
 * Only for texts Slack caps on its own (the header, the notification fallback); the answer's body is never cut.
 */
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

const richTextSection = (text: string, bold = false): RichTextSection => ({
  type: 'rich_text_section',
  elements: [{ type: 'text', text, ...(bold ? { style: { bold: true as const } } : {}) }],
});

/** A list of steps as Slack's own ordered list: numbered by Slack, no bullet, the text never read as markup. */
function orderedList(title: string, items: readonly string[]): RichTextBlock {
  return {
    type: 'rich_text',
    elements: [
      ...(title.trim() ? [richTextSection(title, true)] : []),
      { type: 'rich_text_list', style: 'ordered', elements: items.map((t) => richTextSection(t)) },
    ],
  };
}

function richTextLength(b: RichTextBlock): number {
  const section = (x: RichTextSection) => x.elements.reduce((n, t) => n + t.text.length, 0);
  return b.elements.reduce((n, x) => n + (x.type === 'rich_text_list' ? x.elements.reduce((m, y) => m + section(y), 0) : section(x)), 0);
}

function textLength(b: Block): number {
  switch (b.type) {
    case 'header':
      return b.text.text.length;
    case 'section':
      return b.text.text.length;
    case 'context':
      return b.elements.reduce((n, x) => n + x.text.length, 0);
    case 'rich_text':
      return richTextLength(b);
    case 'divider':
      return 0;
    case 'actions':
      return b.elements.reduce((n, x) => n + x.text.text.length + x.value.length, 0);
    default:
      return assertNever(b);
  }
}

/** How big a message is, in the units Slack limits; tests and the fuzzer check these against policy.slack. */
export function measureBlockKit(m: BlockKitMessage): { blocks: number; maxSectionText: number; maxText: number; totalText: number } {
  return {
    blocks: m.blocks.length,
    maxSectionText: Math.max(0, ...m.blocks.map((b) => (b.type === 'section' ? b.text.text.length : 0))),
    /** The longest mrkdwn text object anywhere (sections and the footer's context), as sent. */
    maxText: Math.max(
      0,
      ...m.blocks.map((b) =>
        b.type === 'section' ? b.text.text.length : b.type === 'context' ? Math.max(0, ...b.elements.map((x) => x.text.length)) : 0,
      ),
    ),
    totalText: m.blocks.reduce((n, b) => n + textLength(b), 0),
  };
}

const PLURAL: Partial<Record<PartKind, [string, string]>> = {
  conflict: ['source conflict', 'source conflicts'],
  section: ['section', 'sections'],
};
const NAME: Record<PartKind, string> = {
  title: 'the full title',
  coverage: 'how sure the answer is',
  summary: 'the summary',
  findings: 'the findings',
  conflict: 'a source conflict',
  'conflicts-digest': 'the source conflicts',
  lifecycle: 'the dates that matter',
  section: 'a section',
  sources: 'the sources',
  links: 'the links',
};

/** What a trimmed message left out, in words: "the end of a section, 2 source conflicts, the sources". */
function leftOutText(dropped: readonly Part[], partial: Part | undefined, digested: number): string {
  const said: string[] = [];
  const conflicts = digested === 1 ? '1 source conflict' : `${digested} source conflicts`;
  if (dropped.some((p) => p.kind === 'conflicts-digest')) said.push(conflicts);
  else if (digested) said.push(`the values and sources of ${conflicts}`);
  if (partial) said.push(`the end of ${NAME[partial.kind]}`);
  for (const kind of Object.keys(NAME) as PartKind[]) {
    if (kind === 'conflicts-digest') continue;
    const n = dropped.filter((p) => p.kind === kind).length;
    const plural = PLURAL[kind];
    if (n) said.push(plural && n > 1 ? `${n} ${plural[1]}` : plural ? `1 ${plural[0]}` : NAME[kind]);
  }
  return said.join(', ');
}

/**
 * The footer's text within Slack's limit on one text object, measured after escaping and percent-encoding:
 * a long non-ASCII command makes a permalink of thousands of characters (every CJK character is 9, an emoji
 * 12). Then it links the site's ask page instead (the URL without the query), or no link at all: an answer
 * without its permalink rather than a message Slack refuses (`invalid_blocks`) and no answer.
 */
function footerText(a: Answer, opts: BlockKitOptions, leftOut: string | undefined, max: number): string {
  const label = leftOut ? 'the full answer on the site' : 'Permalink';
  const askPage = a.permalink.split(/[?#]/)[0];
  const links = [
    slackLink(a.permalink, label),
    `${slackLink(askPage, leftOut ? 'the site' : 'Ask on the site')} (the permalink is too long for Slack)`,
    'the site (the permalink is too long for Slack)',
  ];
  const tail = [`as of ${e(a.asOf)}`];
  if (opts.sharedBy && /^[UW][A-Z0-9]{2,}$/.test(opts.sharedBy)) tail.push(`shared by <@${opts.sharedBy}>`);
  for (const link of links) {
    const text = [leftOut ? `:scissors: Trimmed to fit Slack (left out: ${leftOut}) — see ${link}` : link, ...tail].join(' · ');
    if (text.length <= max) return text;
  }
  return `as of ${e(a.asOf)}`.slice(0, max);
}

/** The footer: the permalink and evaluation date; for a trimmed message, what it left out. */
function footer(a: Answer, opts: BlockKitOptions, leftOut: string | undefined, max: number): Block[] {
  const blocks: Block[] = [context(footerText(a, opts, leftOut, max))];
  // Slack refuses a whole message over one button's value, so a button that can't carry its value is left out.
  const buttons = (opts.actions?.(a) ?? []).filter(
    (b) => b.value.length <= policy.slack.maxButtonValue && b.text.text.length <= policy.slack.maxButtonText,
  );
  if (buttons.length) blocks.push({ type: 'actions', elements: buttons });
  return blocks;
}

function fallbackText(a: Answer, max: number): string {
  const head = clipEscaped(`${a.title}: ${a.summary}`, max - 200);
  const link = e(a.permalink);
  return isSafeUrl(a.permalink) && head.length + link.length + 1 <= max ? `${head}\n${link}` : head;
}

/** A section block of the message, and whether the message may end right after it. */
interface Unit {
  part: number;
  block: SectionBlock | RichTextBlock;
  /** After the last block of a part, or (for a part that may lose its end) after a block that ends a whole line. */
  cut: boolean;
}

/** A kept chunk's (or a frozen part's list's) block, deeply frozen: shared by every message, so a face can serialise it once. */
const sectionOf = renderedOnce((c: Chunk): SectionBlock => {
  const block = section(c.text);
  return Object.isFrozen(c) ? deepFreeze(block) : block;
});
const orderedListOf = renderedOnce((p: Part): RichTextBlock | undefined => {
  const list = p.ordered && orderedList(p.ordered.title, p.ordered.items);
  return list && Object.isFrozen(p) ? deepFreeze(list) : list;
});

function unitsOf(parts: readonly Part[], maxSectionText: number): Unit[] {
  return parts.flatMap((p, part): Unit[] => {
    // A list of steps is one ordered list when it fits one block's text; a longer one is numbered mrkdwn lines.
    const list = orderedListOf(p);
    if (list && richTextLength(list) <= maxSectionText) return [{ part, block: list, cut: true }];
    const chunks = chunksOf(p, maxSectionText);
    return chunks.map((c, i) => ({
      part,
      block: sectionOf(c),
      cut: i === chunks.length - 1 || (!ATOMIC.has(p.kind) && c.endsLine),
    }));
  });
}

/** The parts with the conflicts, each shown in full, replaced by one line each at the place of the first. */
function withDigest(parts: readonly Part[], a: Answer): Part[] {
  const first = parts.findIndex((p) => p.kind === 'conflict');
  const rest = parts.filter((p) => p.kind !== 'conflict');
  return [...rest.slice(0, first), conflictsDigest(a.conflicts), ...rest.slice(first)];
}

/**
 * Answer → `{ blocks, text }` within Slack's limits. A message too long for them leaves out, until it fits:
 * the links and sources; then the conflicts' values and sources (each conflict keeps a line with the value
 * answers use, or every value of an unresolved one, and a link); then its end, block by block. It never
 * cuts inside a line (a caveat is never shortened) nor inside a part that must be whole (a conflict never
 * shows one value without the others). The footer says what was left out and links the full answer.
 */
export function renderBlockKit(a: Answer, opts: BlockKitOptions = {}): BlockKitMessage {
  const limits = opts.limits ?? policy.slack;
  const header: HeaderBlock = {
    type: 'header',
    text: { type: 'plain_text', text: clipEscaped(a.title || a.command, MAX_HEADER_TEXT), emoji: false },
  };
  const text = fallbackText(a, limits.maxSectionText);
  const fits = (blocks: Block[]) =>
    blocks.length <= limits.maxBlocks && blocks.reduce((n, b) => n + textLength(b), 0) <= limits.maxTotalText;

  /** The longest message that keeps at least `min` blocks of `units` and ends where a cut is allowed. */
  const longest = (parts: readonly Part[], units: readonly Unit[], min: number, digested: number): Block[] | undefined => {
    for (let kept = units.length; kept >= min; kept--) {
      if (kept > 0 && kept < units.length && !units[kept - 1].cut) continue;
      const next = units[kept];
      const partial = next && units[kept - 1]?.part === next.part ? parts[next.part] : undefined;
      const dropped = [...new Set(units.slice(kept).map((u) => u.part))].map((i) => parts[i]).filter((p) => p !== partial);
      const leftOut = kept === units.length && !digested ? undefined : leftOutText(dropped, partial, digested);
      const blocks = [header, ...units.slice(0, kept).map((u) => u.block), ...footer(a, opts, leftOut, limits.maxSectionText)];
      if (fits(blocks)) return blocks;
    }
    return undefined;
  };

  const parts = answerParts(a);
  const units = unitsOf(parts, limits.maxSectionText);
  // First only the sources and links may go.
  const body = units.findLastIndex((u) => parts[u.part].kind !== 'sources' && parts[u.part].kind !== 'links') + 1;
  const whole = longest(parts, units, body, 0);
  if (whole) return { blocks: whole, text };
  const digestParts = a.conflicts.length ? withDigest(parts, a) : parts;
  const blocks = longest(digestParts, unitsOf(digestParts, limits.maxSectionText), 0, a.conflicts.length);
  return { blocks: blocks ?? [header, ...footer(a, opts, leftOutText(parts, undefined, 0), limits.maxSectionText)], text };
}
