import type { Fact } from '../../knowledge';
import type { Answer, ConflictRef, LifecycleRef, UsageErrorAnswer, UsageErrorInfo } from './answer';
import type { AnswerDataByCommand, CommandName } from './data';
import type { AnswerDraft } from '../commands/command-spec';
import type { EngineContext, Evidence } from '../rules/context';
import { paths, siteUrl } from '../site-urls';

function permalinkFor(ctx: EngineContext, query: string): string {
  return siteUrl(paths.ask(query, ctx.asOf), ctx.base);
}

/**
 * The dated lifecycle events of everything the answer's facts are about, in date order: each command
 * gets them by using facts, none has to remember to add them.
 */
function lifecycleOf(ctx: EngineContext, facts: readonly Fact[]): LifecycleRef[] {
  const about = new Set(facts.flatMap((f) => f.about ?? []));
  return ctx.kb.lifecycle
    .filter((e) => e.subjects.some((s) => about.has(s)))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((e) => ({
      id: e.id,
      title: e.title,
      kind: e.kind,
      date: e.date,
      ...(e.endDate ? { endDate: e.endDate } : {}),
      state: e.date <= ctx.asOf ? ('in_effect' as const) : ('upcoming' as const),
      subjects: [...e.subjects],
      url: siteUrl(paths.lifecycle(e.id), ctx.base),
    }));
}

/** Every conflict between sources that touches a fact the answer used, with all its values and their sources. */
function conflictsOf(ctx: EngineContext, facts: readonly Fact[]): ConflictRef[] {
  const ids = new Set(facts.flatMap((f) => (f.conflict ? [f.conflict] : [])));
  for (const c of ctx.kb.conflicts) if (c.facts.some((id) => facts.some((f) => f.id === id))) ids.add(c.id);
  return ctx.kb.conflicts
    .filter((c) => ids.has(c.id))
    .map((c) => ({
      id: c.id,
      topic: c.topic,
      resolved: c.verdict.status === 'resolved',
      verdict: c.verdict.reason,
      values: c.values.map((v, i) => ({
        value: v.value,
        current: c.verdict.status === 'resolved' && c.verdict.current === i,
        sources: v.sources.map((ref) => {
          const src = ctx.kb.sourceById.get(ref.sourceId);
          return { title: src?.title ?? ref.sourceId, section: ref.section, date: src?.date ?? null };
        }),
      })),
      facts: c.facts.filter((id) => facts.some((f) => f.id === id)),
      url: siteUrl(paths.conflict(c.id), ctx.base),
    }));
}

export function finishAnswer<C extends CommandName>(
  ctx: EngineContext,
  command: C,
  query: string,
  draft: AnswerDraft<AnswerDataByCommand[C]>,
  evidence: Evidence,
): Answer {
  const used = evidence.used();
  const { coverage, ...rest } = draft;
  return {
    kind: 'answer',
    command,
    query,
    asOf: ctx.asOf,
    ...rest,
    facts: evidence.refs(),
    permalink: permalinkFor(ctx, query),
    coverage: coverage ?? 'answered',
    lifecycle: lifecycleOf(ctx, used),
    conflicts: conflictsOf(ctx, used),
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
