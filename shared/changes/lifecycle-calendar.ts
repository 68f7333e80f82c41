/**
 * The calendar of what is retiring: every lifecycle event still ahead, each with the fact that states it and
 * the guide that moves people off it. One list, two faces: `/lifecycle.ics` (bot/http/lifecycle-ics.ts) for
 * admins to subscribe to, and the site's /lifecycle page.
 */
import { eventSummary, type KnowledgeBase, type LifecycleEvent } from '../../knowledge';
import { knowledgeVersion } from '../../knowledge/changelog';
import { paths, siteUrl } from '../site-urls';

interface CalendarLink {
  title: string;
  url: string;
}

export interface CalendarEvent {
  id: string;
  title: string;
  kind: LifecycleEvent['kind'];
  /** The day it takes effect (a window: the day it opens). */
  date: string;
  /** A migration window's last day. */
  endDate?: string;
  note?: string;
  /** The event's entry on the Changelog page, with its source and date. */
  event: CalendarLink;
  /** The fact that states the date or defines the thing, when the model has one. */
  fact?: CalendarLink;
  /** The scenario guide that moves people off it, when the model has one. */
  guide?: CalendarLink;
}

/** Whether the event is still ahead on `today`: not yet in effect, or a migration window still open. */
function isAhead(e: LifecycleEvent, today: string): boolean {
  return e.date >= today || (e.endDate !== undefined && e.endDate >= today);
}

function factLink(kb: KnowledgeBase, e: LifecycleEvent, base: string): CalendarLink | undefined {
  const current = kb.facts.filter((f) => f.status === 'current');
  const about = (ids: readonly string[] | undefined) => (ids ?? []).some((id) => e.subjects.includes(id));
  // The fact that states this date, else the fact that defines the subject (an app registration), else any fact about it.
  const fact =
    current.find((f) => (f.effective === e.date || f.value === e.date) && about(f.about)) ??
    e.subjects.map((id) => kb.factById.get(id)).find((f) => f?.status === 'current') ??
    current.find((f) => about(f.about));
  return fact ? { title: fact.title, url: siteUrl(paths.fact(fact.topic, fact.id), base) } : undefined;
}

function guideLink(kb: KnowledgeBase, e: LifecycleEvent, base: string): CalendarLink | undefined {
  const covers = kb.scenarios.filter((s) =>
    [...s.facts, ...s.steps.flatMap((step) => step.facts)].some((id) => kb.factById.get(id)?.about?.some((a) => e.subjects.includes(a))),
  );
  // A migration or upgrade guide first: that is what an admin facing the date needs.
  const guide = covers.find((s) => /migrat|upgrade/.test(s.id)) ?? covers[0];
  return guide ? { title: guide.title, url: siteUrl(paths.scenario(guide.id), base) } : undefined;
}

/** Every event still ahead on `today`, in date order, with its links. */
export function upcomingLifecycle(kb: KnowledgeBase, today: string, base: string): CalendarEvent[] {
  return kb.lifecycle
    .filter((e) => isAhead(e, today))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((e) => {
      const fact = factLink(kb, e, base);
      const guide = guideLink(kb, e, base);
      return {
        ...eventSummary(e),
        event: { title: 'Changelog of facts', url: siteUrl(paths.lifecycle(e.id), base) },
        ...(fact ? { fact } : {}),
        ...(guide ? { guide } : {}),
      };
    });
}

// ───────────── iCalendar (RFC 5545) ─────────────

/** RFC 5545 §3.1: content lines are folded so that no line is longer than 75 octets, excluding the CRLF. */
const MAX_LINE_OCTETS = 75;

/** RFC 5545 §3.3.11: TEXT values escape backslash, semicolon, comma and line breaks. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A code point's length in UTF-8 (no Buffer: the site's page imports this module too). */
function utf8Octets(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/**
 * Folds one content line at 75 octets; continuation lines start with a space (which counts towards their
 * 75). Never splits a UTF-8 character: a fold falls between code points.
 */
export function foldIcsLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Octets(ch);
    if (octets + size > MAX_LINE_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

const icsDate = (iso: string) => iso.replace(/-/g, '');

/** The day after an ISO date: an all-day DTEND is exclusive. */
function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function describe(e: CalendarEvent): string {
  return [
    e.endDate ? `${e.title} (${e.date} to ${e.endDate}).` : `${e.title} (${e.date}).`,
    ...(e.note ? [e.note] : []),
    ...(e.fact ? [`Fact: ${e.fact.title}: ${e.fact.url}`] : []),
    ...(e.guide ? [`Migration guide: ${e.guide.title}: ${e.guide.url}`] : []),
    `Changelog: ${e.event.url}`,
  ].join('\n');
}

/**
 * The events as an iCalendar file: one all-day VEVENT each, with a UID that stays the same across builds
 * and hosts (so a subscribed calendar updates an event instead of adding a copy) and a DTSTAMP from the
 * knowledge version (so the file changes only when the knowledge does).
 */
export function renderIcs(events: readonly CalendarEvent[], kb: Pick<KnowledgeBase, 'sources'>): string {
  const kv = knowledgeVersion(kb);
  const stamp = `${/^\d{4}-\d{2}-\d{2}$/.test(kv) ? icsDate(kv) : '19700101'}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//vpn-advisor//Azure VPN lifecycle//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText('Azure VPN: what is retiring (vpn-advisor)')}`,
    ...events.flatMap((e) => [
      'BEGIN:VEVENT',
      `UID:${e.id}@vpn-advisor`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(e.date)}`,
      `DTEND;VALUE=DATE:${icsDate(dayAfter(e.endDate ?? e.date))}`,
      `SUMMARY:${escapeIcsText(e.title)}`,
      `DESCRIPTION:${escapeIcsText(describe(e))}`,
      `URL:${e.fact?.url ?? e.event.url}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
