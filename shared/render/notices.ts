/**
 * The words every face uses for an answer's caveats: how sure it is (coverage), the dates that matter
 * (lifecycle) and where sources disagree (conflicts). One wording, so the CLI, Slack and the site say the
 * same thing; each face escapes these strings and adds its own markup and links.
 */
import type { Answer, ConflictRef, Coverage, Finding, LifecycleRef } from '../answer/answer';

/**
 * How a finding is introduced to a reader: a word for its severity. The finding's `code` is for machines
 * (`--json`, /api/ask, tests) and is never shown.
 */
export const SEVERITY_LABEL: Record<Finding['severity'], string> = { critical: 'Critical', warning: 'Warning', info: 'Note' };

export const LIFECYCLE_HEADING = 'Dates that matter';

/** What to say when the answer is not a plain answer; nothing when it is. */
export function coverageNotice(coverage: Coverage): { label: string; text: string } | undefined {
  switch (coverage) {
    case 'answered':
      return undefined;
    case 'low_confidence':
      return {
        label: 'Not sure',
        text: 'vpn-advisor found no close match for this question, so these results are best guesses. Check them against their sources before relying on them.',
      };
    case 'not_covered':
      return {
        label: 'Not covered',
        text: 'This question is outside what vpn-advisor knows (Azure VPN Gateway, Virtual WAN, point-to-site VPN, ExpressRoute and Bastion for remote work), so nothing here answers it.',
      };
  }
}

/**
 * How an event stands on the evaluation date: "In effect since 2026-03-31", "Upcoming on 2027-03-31";
 * a window also says when it ends, or that it has ended.
 */
export function lifecycleWhen(l: LifecycleRef, asOf: string): string {
  if (l.state === 'upcoming') return `Upcoming on ${l.date}${l.endDate ? ` (until ${l.endDate})` : ''}`;
  if (!l.endDate) return `In effect since ${l.date}`;
  return l.endDate < asOf ? `In effect from ${l.date} to ${l.endDate} (ended)` : `In effect since ${l.date} (until ${l.endDate})`;
}

export const conflictHeading = (c: ConflictRef): string => `Sources disagree: ${c.topic}`;

/** How a value stands: the one answers use, one the verdict set aside, or (unresolved) neither. */
export function valueStanding(c: ConflictRef, v: ConflictRef['values'][number]): 'current' | 'superseded' | undefined {
  if (v.current) return 'current';
  return c.resolved && c.values.some((x) => x.current) ? 'superseded' : undefined;
}

/**
 * The line under the heading of an unresolved conflict, said plainly, since no value is marked; none for a
 * resolved one (its values are marked current and superseded).
 */
export function unresolvedNotice(c: ConflictRef): string | undefined {
  if (c.resolved && c.values.some((v) => v.current)) return undefined;
  const all = c.values.length === 2 ? 'both values are' : 'every value is';
  return `Unresolved: ${all} shown because no verdict could be reached.`;
}

/** The verdict's lead-in: why a value was chosen, or why none could be. */
export const verdictLabel = (c: ConflictRef): string => (unresolvedNotice(c) ? 'Why no verdict' : 'Verdict');

/** A source as its face shows it: its title (a link to its public page when it has one), section and date. */
interface SourceLike {
  title: string;
  section: string;
  date: string | null;
  pageUrl?: string;
}

/**
 * A source as "Title, Section (date)", `esc` applied to its strings; `link` makes the title a link to the
 * source's public page (each face its own markup), and a source without one is named by its title alone.
 */
export function sourceText(s: SourceLike, esc: (s: string) => string, link?: (url: string, title: string) => string): string {
  const title = s.pageUrl && link ? link(s.pageUrl, s.title) : esc(s.title);
  return `${title}, ${esc(s.section)} (${s.date ? esc(s.date) : 'undated'})`;
}

/** Whether any source the answer names has a public page (then the face says once what its link opens). */
export function hasSourcePages(a: Pick<Answer, 'facts' | 'conflicts'>): boolean {
  return a.facts.some((f) => f.source.pageUrl) || a.conflicts.some((c) => c.values.some((v) => v.sources.some((s) => s.pageUrl)));
}

/** Said once under every list of sources: the links open the live page, which is not the version cited. */
export const LIVE_PAGE_NOTE = 'Source links open the live page, which shows today’s text, not the dated version cited here.';
/** The same, where every character counts against the message's limit (Slack). */
export const LIVE_PAGE_NOTE_SHORT = 'Source links show today’s page, not the dated version.';

/**
 * A list whose items carry their own numbers ("1. …", "2. …", as the scenario steps do): the items without
 * them, so a face numbers the list once (an ordered list) instead of putting a bullet before each number.
 * Undefined for any other list. The Section schema has no "ordered" flag, so the numbers stay in the data,
 * where a face that only has bullets (Block Kit) still shows one number per step.
 */
export function numberedItems(items: readonly string[]): string[] | undefined {
  if (!items.length) return undefined;
  const texts = items.map((item, i) => (item.startsWith(`${i + 1}. `) ? item.slice(`${i + 1}. `.length) : undefined));
  return texts.every((t): t is string => t !== undefined) ? texts : undefined;
}

/** " (file:line:column)" after a `check` finding that points into the input; nothing for other findings. */
export function where(f: Finding, esc: (s: string) => string): string {
  return f.location ? ` (${esc(f.location.file)}:${f.location.line}:${f.location.column})` : '';
}
