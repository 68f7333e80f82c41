import type { Fact, KnowledgeBase, Topic } from '../../../../knowledge';
import type { SearchIndexProvider } from '../../../../shared/search/provider';
import { paths, referencePages, referencePageTitles } from '../../../../shared/site-urls';
import type { ReferencePage } from '../../../../shared/site-urls';
import { PageBuilder } from '../mdx';
import { LIVE_PAGE_NOTE } from '../../../../shared/render/notices';
import type { Cell, FactView, SourceView, TableView } from '../view-model';
import { factView, lifecycleView, requireFact } from '../views';

export interface GenerateContext {
  kb: KnowledgeBase;
  /** Evaluation date of the build (command examples, "as of" notes). */
  asOf: string;
  /** Site base URL the engine puts in answers' links. */
  base: string;
  /** The index `search` examples answer from (default: built in memory from the same inputs). */
  searchIndex?: SearchIndexProvider;
}

/** "Route / traffic-selector limits" → "route-traffic-selector-limits". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Current facts first, then history, each in model order. */
export function currentFirst(facts: readonly Fact[]): Fact[] {
  return [...facts.filter((f) => f.status === 'current'), ...facts.filter((f) => f.status !== 'current')];
}

export function topicFacts(kb: KnowledgeBase, topic: Topic): Fact[] {
  return kb.facts.filter((f) => f.topic === topic);
}

/** Groups facts by a key, keeping the order in which groups first appear. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k) ?? [];
    list.push(item);
    groups.set(k, list);
  }
  return [...groups];
}

/** A heading and the anchored fact table for a group of facts on their own topic page. */
export function factGroup(
  b: PageBuilder,
  ctx: GenerateContext,
  title: string | null,
  id: string,
  facts: readonly Fact[],
  level: 2 | 3 = 3,
): void {
  if (!facts.length) return;
  const views: FactView[] = currentFirst(facts).map((f) => {
    b.anchor(f.id);
    return factView(ctx.kb, f);
  });
  if (title !== null) b.heading(level, title, id);
  b.component('FactTable', { facts: views, anchored: true });
}

/**
 * Every fact of a topic not yet shown, grouped by the section it was read from. Called last on each
 * topic page so that no fact of the topic is left without its anchor.
 */
export function remainingFactGroups(
  b: PageBuilder,
  ctx: GenerateContext,
  topic: Topic,
  shown: ReadonlySet<string>,
  prefix = 'facts',
): void {
  const rest = topicFacts(ctx.kb, topic).filter((f) => !shown.has(f.id));
  for (const [section, facts] of groupBy(rest, (f) => f.source.section)) {
    factGroup(b, ctx, section, `${prefix}-${slug(section)}`, facts);
  }
}

/** A table cell showing a fact's value and linking to its anchor. */
export function factCell(kb: KnowledgeBase, id: string, opts: { bare?: boolean } = {}): Exclude<Cell, string> {
  const f = requireFact(kb, id);
  const v = factView(kb, f);
  const suffix = f.unit ? ` ${f.unit}` : '';
  const text = opts.bare && suffix && v.value.endsWith(suffix) ? v.value.slice(0, -suffix.length) : v.value;
  const tone = f.value === null ? 'unknown' : f.value === false || f.value === 'not supported' ? 'no' : f.value === true ? 'ok' : undefined;
  return {
    text,
    href: v.href,
    title: v.unknown ?? `${v.source.title} (${v.source.date ?? 'undated'}) · ${v.source.section}`,
    ...(tone ? { tone } : {}),
    ...(f.status === 'superseded' ? { muted: true } : {}),
  };
}

/** Lifecycle events as a table, each linking to its anchor on the changelog. */
export function lifecycleTable(kb: KnowledgeBase, ids: readonly string[]): TableView {
  const events = kb.lifecycle.filter((e) => ids.includes(e.id)).sort((a, b) => a.date.localeCompare(b.date));
  return {
    columns: ['Date', 'What happens', 'Source'],
    rows: events.map((e) => {
      const v = lifecycleView(kb, e);
      return {
        cells: [
          { text: v.endDate ? `${v.date} – ${v.endDate}` : v.date, href: v.href, nowrap: true },
          { text: v.title, ...(v.note ? { sub: v.note } : {}) },
          sourceCell(v.source),
        ],
      };
    }),
  };
}

/** Lifecycle events that apply to any of these subjects (SKU, protocol, client or matrix-row ids). */
export function lifecycleFor(kb: KnowledgeBase, subjects: readonly string[]): string[] {
  return kb.lifecycle.filter((e) => e.subjects.some((s) => subjects.includes(s))).map((e) => e.id);
}

export function supportText(v: boolean | { unknown: string }): Cell {
  if (typeof v === 'boolean') return { text: v ? 'yes' : 'no', tone: v ? 'ok' : 'no' };
  return { text: 'unknown', title: v.unknown, tone: 'unknown' };
}

/** A source in a table: its title (a link to its live page when it has one), the section read and the date. */
export function sourceCell(s: SourceView): Exclude<Cell, string> {
  return {
    text: s.title,
    sub: `${s.section} · ${s.date ?? 'undated'}`,
    ...(s.pageUrl ? { href: s.pageUrl } : {}),
    ...(s.dateNote ? { title: s.dateNote } : {}),
  };
}

/** A link to a reference page, with the page's title as its text. */
export const referenceLink = (page: ReferencePage) => ({ text: referencePageTitles[page], href: paths.reference(page) });

/**
 * The builder of one reference page. Its id, path, title and sidebar position come from the page list
 * in shared/site-urls.ts (the search index reads the same titles); the builder only adds its front matter.
 */
export function referencePageBuilder(
  page: ReferencePage,
  { description, ...front }: { description: string } & Record<string, string | number | boolean>,
): PageBuilder {
  return new PageBuilder(`reference/${page}`, paths.reference(page), referencePageTitles[page], {
    description,
    sidebar_position: referencePages.indexOf(page) + 1,
    ...front,
  }).p(LIVE_PAGE_NOTE);
}
