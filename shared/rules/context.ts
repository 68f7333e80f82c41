import type { KnowledgeBase, Fact, LifecycleEvent, LifecycleKind } from '../../knowledge';
import { sourcePageUrl } from '../../knowledge/derive';
import type { FactRef } from '../answer/answer';
import type { SearchIndex } from '../search/search-index';
import { paths, siteUrl } from '../site-urls';
import { sharedRef } from '../answer/shared-refs';

/** What every rule runs against: the model, the evaluation date and the site's base URL. */
export interface EngineContext {
  kb: KnowledgeBase;
  /** Evaluation date, YYYY-MM-DD. */
  asOf: string;
  /** Site base URL for links and permalinks. */
  base: string;
  /** The search index, loaded on first use (only commands that rank text ask for it). */
  searchIndex: () => SearchIndex;
}

/**
 * Turns a fact into the reference an answer carries: value, unit, source, date, anchor URL. The same
 * (frozen) object for every answer of this model and base.
 */
export function toFactRef(ctx: EngineContext, f: Fact): FactRef {
  return sharedRef(ctx.kb, ctx.base, `fact:${f.id}`, () => makeFactRef(ctx, f));
}

function makeFactRef(ctx: EngineContext, f: Fact): FactRef {
  const src = ctx.kb.sourceById.get(f.source.sourceId);
  if (!src) throw new Error(`vpn-advisor: fact ${f.id} names unknown source ${f.source.sourceId}`);
  const pageUrl = sourcePageUrl(src);
  return {
    id: f.id,
    title: f.title,
    value: f.value,
    ...(f.unit ? { unit: f.unit } : {}),
    ...(f.unknown ? { unknown: f.unknown } : {}),
    source: { id: src.id, title: src.title, path: src.path, section: f.source.section, ...(pageUrl ? { pageUrl } : {}) },
    date: src.date,
    url: siteUrl(paths.fact(f.topic, f.id), ctx.base),
  };
}

/**
 * Collects the facts a rule reads, so the answer can show its evidence.
 * Reading a fact that does not exist is a bug in the rules (or a renamed id), so it throws.
 */
export class Evidence {
  private readonly read = new Map<string, Fact>();
  private readonly events = new Map<string, LifecycleEvent>();
  constructor(private readonly ctx: EngineContext) {}

  fact(id: string): Fact {
    const f = this.ctx.kb.factById.get(id);
    if (!f) throw new Error(`vpn-advisor: rules read missing fact "${id}"`);
    this.read.set(id, f);
    return f;
  }

  /** A fact that must be a number (a limit the arithmetic needs). */
  num(id: string): number {
    const f = this.fact(id);
    if (typeof f.value !== 'number') throw new Error(`vpn-advisor: fact "${id}" is not a number (${String(f.value)})`);
    return f.value;
  }

  /**
   * A number the arithmetic needs but the answer does not talk about (e.g. the SSTP cap when SSTP is not
   * in play): read without becoming evidence.
   */
  peekNum(id: string): number {
    const f = this.ctx.kb.factById.get(id);
    if (!f || typeof f.value !== 'number') throw new Error(`vpn-advisor: fact "${id}" is missing or not a number`);
    return f.value;
  }

  /** Optional fact: recorded when present, undefined otherwise. */
  maybe(id: string): Fact | undefined {
    const f = this.ctx.kb.factById.get(id);
    if (f) this.read.set(id, f);
    return f;
  }

  /** A lifecycle event a rule read (a SKU that can't be created, SSTP's dates): the answer lists it with its date. */
  event(e: LifecycleEvent): LifecycleEvent {
    this.events.set(e.id, e);
    return e;
  }

  /** The lifecycle events rules read directly, beside those of the things the facts are about. */
  eventsUsed(): LifecycleEvent[] {
    return [...this.events.values()];
  }

  /** The facts read so far, in the order first read. */
  used(): Fact[] {
    return [...this.read.values()];
  }
}

/**
 * Each model's events by subject, oldest first (a stable sort: events of one day keep the model's order).
 * A sizing answer asks about every SKU; scanning all events each time was a tenth of the engine's time.
 */
const eventsBySubject = new WeakMap<KnowledgeBase, ReadonlyMap<string, readonly LifecycleEvent[]>>();

/** The model's events about `subject` (of one kind, if given), oldest first. */
export function lifecycleEvents(ctx: EngineContext, subject: string, kind?: LifecycleKind): readonly LifecycleEvent[] {
  let index = eventsBySubject.get(ctx.kb);
  if (!index) {
    const bySubject = new Map<string, LifecycleEvent[]>();
    for (const e of [...ctx.kb.lifecycle].sort((a, b) => a.date.localeCompare(b.date))) {
      for (const s of new Set(e.subjects)) bySubject.set(s, [...(bySubject.get(s) ?? []), e]);
    }
    index = bySubject;
    eventsBySubject.set(ctx.kb, index);
  }
  const about = index.get(subject) ?? [];
  return kind ? about.filter((e) => e.kind === kind) : about;
}

/** The first event of this kind for the subject that has taken effect on the evaluation date. */
export function inEffect(ctx: EngineContext, subject: string, kind: LifecycleKind): LifecycleEvent | undefined {
  return lifecycleEvents(ctx, subject, kind).find((e) => e.date <= ctx.asOf);
}

/** The next event of this kind that has not yet taken effect. */
export function upcoming(ctx: EngineContext, subject: string, kind: LifecycleKind): LifecycleEvent | undefined {
  return lifecycleEvents(ctx, subject, kind).find((e) => e.date > ctx.asOf);
}
