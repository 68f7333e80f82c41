/**
 * The one reader of ISO calendar dates (YYYY-MM-DD). Knowledge data, the engine's evaluation date,
 * the CLI's --as-of, /api/ask's as_of, the site's permalinks and Slack's "as of" all go through it,
 * so 2026-02-30 is rejected everywhere rather than rolled over to March somewhere.
 */
const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = SHAPE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  // Day 0 of the next month is the last day of this one (leap years included).
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** Why a string is not an ISO date, in words a user can act on; undefined when it is one. */
export function whyNotIsoDate(value: string): string | undefined {
  if (isIsoDate(value)) return undefined;
  const m = SHAPE.exec(value);
  if (!m) return 'dates are written YYYY-MM-DD';
  return `${value} is not a day of the calendar`;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** The UTC day last asked for: every answer asks, and formatting a Date was a percent of a cached answer's cost. */
let lastDay = { start: Number.NaN, iso: '' };

/** Today in UTC, as the engine's default evaluation date. */
export function todayIso(): string {
  const now = Date.now();
  if (!(now >= lastDay.start && now < lastDay.start + DAY_MS)) {
    const start = Math.floor(now / DAY_MS) * DAY_MS;
    lastDay = { start, iso: new Date(start).toISOString().slice(0, 10) };
  }
  return lastDay.iso;
}
