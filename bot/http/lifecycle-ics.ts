/**
 * GET /lifecycle.ics: the calendar of upcoming lifecycle events (shared/changes/lifecycle-calendar.ts),
 * computed from the loaded knowledge on the request's day, so a subscribed calendar drops an event once it
 * has passed without a site rebuild.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { loadKnowledge } from '../../knowledge';
import type { KnowledgeBase } from '../../knowledge';
import { todayIso } from '../../knowledge/dates';
import { renderIcs, upcomingLifecycle } from '../../shared/changes/lifecycle-calendar';
import { siteBase } from '../../shared/site-urls';

export interface LifecycleIcsDeps {
  /** Default: the project's model. */
  kb?: KnowledgeBase;
  /** The site's base URL for the event links. Default: SITE_URL (else localhost:PORT). */
  base?: () => string;
  /** The day "upcoming" is read against. Default: today (UTC). */
  asOf?: string;
}

/** Calendar clients poll; an hour keeps them current without re-rendering on every poll. */
const CACHE_SECONDS = 3600;

export function handleLifecycleIcs(req: IncomingMessage, res: ServerResponse, deps: LifecycleIcsDeps = {}): void {
  const kb = deps.kb ?? loadKnowledge();
  const body = renderIcs(upcomingLifecycle(kb, deps.asOf ?? todayIso(), (deps.base ?? siteBase)()), kb);
  res.writeHead(200, {
    'content-type': 'text/calendar; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'content-disposition': 'inline; filename="vpn-advisor-lifecycle.ics"',
    'cache-control': `public, max-age=${CACHE_SECONDS}`,
    'x-content-type-options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
