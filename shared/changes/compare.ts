/**
 * What changed in substance between two answers to the same question: the site's "this answer has changed"
 * banner, Slack's unfurls and the CLI's --diff-from all print these words, so every face says the same.
 * Pure: two answers in, sentences out. Dates and wording alone are no change.
 */
import type { Answer, Finding, LifecycleRef } from '../answer/answer';
import { formatFactValue } from '../format';

type AnswerChangeKind = 'answer' | 'recommendation' | 'summary' | 'lifecycle' | 'finding_added' | 'finding_removed' | 'fact_value';

export interface AnswerChange {
  kind: AnswerChangeKind;
  /** One sentence a person can act on, e.g. "Since 2026-03-31: SSTP can no longer be enabled on a gateway." */
  text: string;
}

/** The engine's own caveats for dated events: the lifecycle comparison words those, once per event. */
const LIFECYCLE_CAVEAT = new Set(['lifecycle_upcoming', 'lifecycle_in_effect']);

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;

/** The figures a sentence states, dates left out: "80% … a /23" → ["80", "23"]. */
function figures(text: string): string[] {
  return (text.replace(ISO_DATE, ' ').match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) => n.replace(/,/g, ''));
}

const sentence = (s: string) => s.replace(/[.\s]+$/, '');

/** A sizing answer's recommendation and minimum (narrowed by hand: the answer union's guard carries zod). */
function sizingChoice(a: Answer): { recommended?: string; minimum?: string } | undefined {
  if (a.kind !== 'answer' || a.command !== 'sizing') return undefined;
  return { recommended: a.data.recommended?.label, minimum: a.data.minimum?.label };
}

function recommendationChanges(before: Answer, after: Answer): AnswerChange[] {
  const b = sizingChoice(before);
  const a = sizingChoice(after);
  if (!b || !a) return [];
  const out: AnswerChange[] = [];
  if (b.recommended !== a.recommended) {
    const text = !b.recommended
      ? `${a.recommended} is now recommended; no SKU was before.`
      : !a.recommended
        ? `${b.recommended} is no longer recommended, and no SKU fits now.`
        : `${b.recommended} is no longer recommended: ${a.recommended} is recommended instead.`;
    out.push({ kind: 'recommendation', text });
  }
  if (b.minimum !== a.minimum && a.minimum && b.minimum) {
    out.push({ kind: 'recommendation', text: `The smallest SKU that fits is now ${a.minimum} (was ${b.minimum}).` });
  }
  return out;
}

/**
 * Dated events that happened between the two evaluation dates, from either answer (an answer that no longer
 * considers a SKU no longer lists its events): one sentence each, worded from the event's title.
 */
function lifecycleChanges(before: Answer, after: Answer): { changes: AnswerChange[]; events: Set<string> } {
  const [from, to] = before.asOf <= after.asOf ? [before.asOf, after.asOf] : [after.asOf, before.asOf];
  const forward = before.asOf <= after.asOf;
  const byId = new Map<string, LifecycleRef>();
  for (const l of [...before.lifecycle, ...after.lifecycle]) if (!byId.has(l.id)) byId.set(l.id, l);
  const changes: AnswerChange[] = [];
  const events = new Set<string>();
  const between = (d: string) => d > from && d <= to;
  for (const e of [...byId.values()].sort((x, y) => x.date.localeCompare(y.date) || x.id.localeCompare(y.id))) {
    const title = sentence(e.title);
    if (between(e.date) && e.endDate && between(e.endDate)) {
      events.add(e.id);
      changes.push({
        kind: 'lifecycle',
        text: forward ? `Opened ${e.date} and closed ${e.endDate}: ${title}.` : `Not yet open on ${to}: ${title}.`,
      });
    } else if (between(e.date)) {
      events.add(e.id);
      changes.push({ kind: 'lifecycle', text: forward ? `Since ${e.date}: ${title}.` : `Not yet on ${to}: ${title} (from ${e.date}).` });
    } else if (e.endDate && between(e.endDate)) {
      events.add(e.id);
      changes.push({ kind: 'lifecycle', text: forward ? `Closed on ${e.endDate}: ${title}.` : `Still open on ${to}: ${title}.` });
    }
  }
  return { changes, events };
}

/** A finding's identity across dates: its code, and its words without dates when the code repeats in the answer. */
function keyedFindings(findings: readonly Finding[]): Map<string, Finding> {
  const count = new Map<string, number>();
  for (const f of findings) count.set(f.code, (count.get(f.code) ?? 0) + 1);
  return new Map(findings.map((f) => [(count.get(f.code) ?? 0) > 1 ? `${f.code} ${f.message.replace(ISO_DATE, '')}` : f.code, f] as const));
}

function findingChanges(before: Answer, after: Answer, reported: ReadonlySet<string>): AnswerChange[] {
  const own = (a: Answer) => keyedFindings(a.findings.filter((f) => !LIFECYCLE_CAVEAT.has(f.code)));
  // A finding that appears or goes only to restate an event reported above adds nothing.
  const restates = (f: Finding) => !!f.lifecycle?.length && f.lifecycle.every((id) => reported.has(id));
  const b = own(before);
  const a = own(after);
  const out: AnswerChange[] = [];
  for (const [k, f] of a) {
    const was = b.get(k);
    if (!was) {
      if (!restates(f)) out.push({ kind: 'finding_added', text: `New ${f.severity === 'info' ? 'note' : f.severity}: ${f.message}` });
    } else if (was.severity !== f.severity)
      out.push({ kind: 'finding_added', text: `Now a ${f.severity} (was ${was.severity}): ${f.message}` });
  }
  for (const [k, f] of b) if (!a.has(k) && !restates(f)) out.push({ kind: 'finding_removed', text: `No longer said: ${f.message}` });
  return out;
}

function factChanges(before: Answer, after: Answer): AnswerChange[] {
  const old = new Map(before.facts.map((f) => [f.id, f] as const));
  return after.facts.flatMap((f) => {
    const was = old.get(f.id);
    if (!was || (was.value === f.value && was.unit === f.unit)) return [];
    return [{ kind: 'fact_value' as const, text: `${f.title}: now ${formatFactValue(f)} (was ${formatFactValue(was)}).` }];
  });
}

/**
 * The substantive differences from `before` to `after` (two answers to one question, usually the same
 * question on an older and a newer evaluation date), in the order a reader needs them: the kind of
 * answer, the recommendation, the summary's figures, dated events that took effect, findings, fact values.
 * Empty when the answers differ only in dates or wording.
 */
export function compareAnswers(before: Answer, after: Answer): AnswerChange[] {
  if (before.kind !== after.kind || before.command !== after.command) {
    return [{ kind: 'answer', text: `The question now gets a different answer: ${after.title} (was: ${before.title}).` }];
  }
  const out: AnswerChange[] = [];
  if (before.coverage !== after.coverage) {
    out.push({
      kind: 'answer',
      text: `The answer is now ${after.coverage.replace(/_/g, ' ')} (was ${before.coverage.replace(/_/g, ' ')}).`,
    });
  }
  const recommendation = recommendationChanges(before, after);
  out.push(...recommendation);
  // The recommendation sentence already carries the summary's main news; other figures still count.
  if (!recommendation.length && figures(before.summary).join(' ') !== figures(after.summary).join(' ')) {
    out.push({ kind: 'summary', text: `The summary now reads: ${after.summary}` });
  }
  const lifecycle = lifecycleChanges(before, after);
  out.push(...lifecycle.changes);
  out.push(...findingChanges(before, after, lifecycle.events));
  out.push(...factChanges(before, after));
  return out;
}
