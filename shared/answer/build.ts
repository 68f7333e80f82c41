import type { Fact, KnowledgeBase, LifecycleEvent } from '../../knowledge';
import { deepFreeze, KeptPerObject, SequenceMemo } from '../frozen-memo';
import { knowledgeVersion } from '../../knowledge/changelog';
import { sourcePageUrl } from '../../knowledge/derive';
import type { Answer, ConflictRef, FactRef, Finding, LifecycleRef, UsageErrorAnswer, UsageErrorInfo } from './answer';
import type { AnswerDataByCommand, CommandName } from './data';
import type { AnswerDraft } from '../commands/command-spec';
import { type EngineContext, type Evidence, toFactRef } from '../rules/context';
import { paths, siteUrl } from '../site-urls';
import { eventsAbout, lifecycleFindings } from './lifecycle';
import { sharedRef } from './shared-refs';

function permalinkFor(ctx: EngineContext, query: string): string {
  return siteUrl(paths.ask(query, ctx.asOf, knowledgeVersion(ctx.kb)), ctx.base);
}

/**
 * The dated lifecycle events of everything the answer's facts are about, in date order: each command
 * gets them by using facts, none has to remember to add them.
 */
/** Shared and frozen like fact references: an event's reference depends only on the model, the base and its state. */
function lifecycleOf(ctx: EngineContext, events: readonly LifecycleEvent[]): LifecycleRef[] {
  return events.map((e) => {
    const state = e.date <= ctx.asOf ? ('in_effect' as const) : ('upcoming' as const);
    return sharedRef(ctx.kb, ctx.base, `event:${e.id}:${state}`, () => ({
      id: e.id,
      title: e.title,
      kind: e.kind,
      date: e.date,
      ...(e.endDate ? { endDate: e.endDate } : {}),
      state,
      subjects: [...e.subjects],
      url: siteUrl(paths.lifecycle(e.id), ctx.base),
    }));
  });
}

/**
 * The command's findings, then one caveat per event the answer touches that applies or is ahead on the
 * date, unless a finding of the command already states it; a sentence said twice is said once.
 */
function findingsWith(ctx: EngineContext, own: readonly Finding[], events: readonly LifecycleEvent[]): Finding[] {
  const stated = new Set(own.flatMap((f) => f.lifecycle ?? []));
  const caveats = caveatsOf(events, ctx.asOf, stated);
  const out = new Map<string, Finding>();
  for (const f of [...own, ...caveats]) if (!out.has(f.message)) out.set(f.message, f);
  return [...out.values()];
}

/** Per shared (frozen) list of events: its caveats by date and by what the command already stated. */
const keptCaveats = new KeptPerObject<readonly LifecycleEvent[], Finding[]>(32);

function caveatsOf(events: readonly LifecycleEvent[], asOf: string, stated: ReadonlySet<string>): Finding[] {
  if (!Object.isFrozen(events)) return lifecycleFindings(events, asOf, stated);
  const key = stated.size ? `${asOf} ${[...stated].join(' ')}` : asOf;
  return keptCaveats.get(events, key, () => deepFreeze(lifecycleFindings(events, asOf, stated)));
}

/**
 * Every conflict between sources that touches something the answer used: a fact it read (directly, or as the
 * current value that replaced a superseded one the conflict names) or a dated event it lists.
 */
function conflictsOf(ctx: EngineContext, facts: readonly Fact[], events: readonly LifecycleEvent[] = []): ConflictRef[] {
  const used = new Set(facts.map((f) => f.id));
  const ids = new Set(facts.flatMap((f) => (f.conflict ? [f.conflict] : [])));
  for (const e of events) if (e.conflict) ids.add(e.conflict);
  const current = (id: string) => {
    const f = ctx.kb.factById.get(id);
    return f?.status === 'superseded' && f.supersededBy ? f.supersededBy : id;
  };
  for (const c of ctx.kb.conflicts) if (c.facts.some((id) => used.has(id) || used.has(current(id)))) ids.add(c.id);
  return ctx.kb.conflicts
    .filter((c) => ids.has(c.id))
    .map((c) => {
      const facts = c.facts.filter((id) => used.has(id) || used.has(current(id)));
      // The same (frozen) reference for every answer that used the same facts of this conflict.
      return sharedRef(ctx.kb, ctx.base, `conflict:${c.id}:${facts.join(' ')}`, () => ({
        id: c.id,
        topic: c.topic,
        resolved: c.verdict.status === 'resolved',
        verdict: c.verdict.reason,
        values: c.values.map((v, i) => ({
          value: v.value,
          current: c.verdict.status === 'resolved' && c.verdict.current === i,
          sources: v.sources.map((ref) => {
            const src = ctx.kb.sourceById.get(ref.sourceId);
            const pageUrl = src && sourcePageUrl(src);
            return { title: src?.title ?? ref.sourceId, section: ref.section, date: src?.date ?? null, ...(pageUrl ? { pageUrl } : {}) };
          }),
        })),
        facts,
        url: siteUrl(paths.conflict(c.id), ctx.base),
      }));
    });
}

/** Frozen (arrays included): answers share them, as they share fact references. */
interface ModelPieces {
  facts: FactRef[];
  events: LifecycleEvent[];
  lifecycle: LifecycleRef[];
  conflicts: ConflictRef[];
}

/**
 * What an answer carries from the model because of the facts and events it used: the same for every answer
 * that used the same ones (on a date, for a site base), and most answers of a command use the same ones.
 */
const piecesByModel = new WeakMap<KnowledgeBase, SequenceMemo<Fact | LifecycleEvent, ModelPieces>>();
const MAX_KEPT_PIECES = 2000;

function modelPieces(ctx: EngineContext, used: readonly Fact[], eventsUsed: readonly LifecycleEvent[]): ModelPieces {
  let memo = piecesByModel.get(ctx.kb);
  if (!memo) {
    memo = new SequenceMemo(MAX_KEPT_PIECES, 'model');
    piecesByModel.set(ctx.kb, memo);
  }
  // A fact is never an event, so the two lists joined still say which is which.
  return memo.get([...used, ...eventsUsed], `${ctx.asOf} ${ctx.base}`, () => {
    // Events of the things the facts are about, and events the rules read directly, in date order.
    const byId = new Map(
      [
        ...eventsAbout(
          ctx.kb,
          used.flatMap((f) => f.about ?? []),
        ),
        ...eventsUsed,
      ].map((e) => [e.id, e] as const),
    );
    const events = [...byId.values()].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    // The arrays only: their references are frozen already, and the events are the model's own.
    const frozen = <T>(xs: T[]) => Object.freeze(xs) as T[];
    return {
      facts: frozen(used.map((f) => toFactRef(ctx, f))),
      events: frozen(events),
      lifecycle: frozen(lifecycleOf(ctx, events)),
      conflicts: frozen(conflictsOf(ctx, used, events)),
    };
  });
}

export function finishAnswer<C extends CommandName>(
  ctx: EngineContext,
  command: C,
  query: string,
  draft: AnswerDraft<AnswerDataByCommand[C]>,
  evidence: Evidence,
): Answer {
  const used = evidence.used();
  const { facts, events, lifecycle, conflicts } = modelPieces(ctx, used, evidence.eventsUsed());
  const { coverage, findings, ...rest } = draft;
  return {
    kind: 'answer',
    command,
    query,
    asOf: ctx.asOf,
    ...rest,
    findings: findingsWith(ctx, findings, events),
    facts,
    permalink: permalinkFor(ctx, query),
    coverage: coverage ?? 'answered',
    lifecycle,
    conflicts,
  } as Answer;
}

export function usageErrorAnswer(ctx: EngineContext, command: CommandName | 'vpn', query: string, error: UsageErrorInfo): UsageErrorAnswer {
  return {
    kind: 'usage_error',
    command,
    query,
    asOf: ctx.asOf,
    title: `I couldn't read that ${command === 'vpn' ? 'command' : `\`${command}\` command`}`,
    summary: error.message,
    sections: [
      { type: 'list', title: 'What I expected', items: [error.expected] },
      { type: 'list', title: 'Try', items: [error.example] },
    ],
    findings: [],
    facts: [],
    links: command === 'vpn' ? [] : [{ title: `Reference: ${command}`, url: siteUrl(paths.command(command), ctx.base) }],
    permalink: permalinkFor(ctx, query),
    coverage: 'answered',
    lifecycle: [],
    conflicts: [],
    error,
    data: {},
  };
}
