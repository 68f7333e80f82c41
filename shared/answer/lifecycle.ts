import type { KnowledgeBase, LifecycleEvent } from '../../knowledge';
import type { Finding } from './answer';

/**
 * Lifecycle events read against the evaluation date, worded once for every command: the engine's caveat
 * findings (answer/build.ts) and the `limits` listing use the same words.
 */

/** The events of these things (SKU, tunnel type, client … ids, as facts' `about` names them), in date order. */
export function eventsAbout(kb: Pick<KnowledgeBase, 'lifecycle'>, ids: Iterable<string>): LifecycleEvent[] {
  const wanted = new Set(ids);
  return kb.lifecycle
    .filter((e) => e.subjects.some((s) => wanted.has(s)))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/**
 * upcoming: not yet; in_effect: it applies on the date (an open migration window too); settled: a window
 * that closed, or a release that happened — how things are now, which the answer already reflects.
 */
type Phase = 'upcoming' | 'in_effect' | 'settled';

function phase(e: LifecycleEvent, asOf: string): Phase {
  if (asOf < e.date) return 'upcoming';
  if (e.kind === 'migration-window') return e.endDate && asOf > e.endDate ? 'settled' : 'in_effect';
  return e.kind === 'available' ? 'settled' : 'in_effect';
}

/** When the event applies, relative to the evaluation date: "since 2026-03-31", "from 2027-03-31", … */
export function lifecycleWhen(e: LifecycleEvent, asOf: string): string {
  const window = e.kind === 'migration-window' && e.endDate;
  switch (phase(e, asOf)) {
    case 'upcoming':
      return window ? `from ${e.date} to ${e.endDate}` : `from ${e.date}`;
    case 'in_effect':
      return window ? `open until ${e.endDate} (since ${e.date})` : `since ${e.date}`;
    case 'settled':
      return window ? `closed on ${e.endDate}` : `since ${e.date}`;
  }
}

/**
 * The caveats an answer owes for the events it touches, one per event: a warning once a retirement, an end
 * of creation or enabling, a deprecation or a migration window applies; information while it is still
 * ahead; nothing once it is settled, or once a retirement of the same things has overtaken it ("can't be
 * enabled" says nothing more once the thing has stopped working), or when the command's own finding states
 * it (`stated`).
 */
export function lifecycleFindings(events: readonly LifecycleEvent[], asOf: string, stated: ReadonlySet<string> = new Set()): Finding[] {
  const retired = events.filter((r) => r.kind === 'retired' && phase(r, asOf) === 'in_effect');
  const overtaken = (e: LifecycleEvent) =>
    retired.some((r) => r !== e && r.date >= e.date && e.subjects.every((s) => r.subjects.includes(s)));
  return events.flatMap((e) => (stated.has(e.id) || overtaken(e) ? [] : (lifecycleFinding(e, asOf) ?? [])));
}

function lifecycleFinding(e: LifecycleEvent, asOf: string): Finding | undefined {
  const p = phase(e, asOf);
  if (p === 'settled') return undefined;
  const when = lifecycleWhen(e, asOf);
  return {
    code: p === 'upcoming' ? 'lifecycle_upcoming' : 'lifecycle_in_effect',
    severity: p === 'upcoming' ? 'info' : 'warning',
    message: `${when[0].toUpperCase()}${when.slice(1)}: ${e.title.replace(/[.\s]+$/, '')}.`,
    lifecycle: [e.id],
  };
}
