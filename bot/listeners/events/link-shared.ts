/**
 * A link to the site's /ask pasted in Slack (`link_shared`) unfurls with the answer: its title, summary and
 * evaluation date, and, when today's answer differs in substance or facts it used were corrected since
 * the link's knowledge version, the change notice in the words the site's banner uses (shared/changes).
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs, types } from '@slack/bolt';

type KnownBlock = types.KnownBlock;
import { loadKnowledge } from '../../../knowledge';
import { isIsoDate } from '../../../knowledge/dates';
import type { Answer } from '../../../shared/answer/answer';
import { changeNotice, changesBetween, hasChanged } from '../../../shared/changes/answer-changes';
import { slackLink } from '../../../shared/render/block-kit';
import { escapeSlack } from '../../../shared/render/escape';
import { policy } from '../../../shared/policy';
import type { AnswerFn } from '../../answerer';
import { describeSlackError, withRateLimitRetry } from '../../slack/web-api';
import type { BotDeps } from '../deps';

/** Slack sends at most 5 links per link_shared event (https://api.slack.com/events/link_shared). */
const MAX_LINKS = 5;
/** Lines of the change notice an unfurl shows; the rest are on the site, one click away. */
const MAX_CHANGE_LINES = 6;

interface AskLink {
  url: string;
  q: string;
  asOf?: string;
  kv?: string;
}

/** The /ask permalinks among the shared links, on this site only; anything else is left to Slack. */
function askLinksIn(links: ReadonlyArray<{ url: string }>, siteBase: string): AskLink[] {
  let site: URL;
  try {
    site = new URL(siteBase);
  } catch {
    return [];
  }
  const out: AskLink[] = [];
  for (const { url } of links.slice(0, MAX_LINKS)) {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      continue;
    }
    const q = u.searchParams.get('q')?.trim();
    if (u.origin !== site.origin || u.pathname !== `${site.pathname.replace(/\/$/, '')}/ask` || !q) continue;
    const asOf = u.searchParams.get('as_of') ?? undefined;
    const kv = u.searchParams.get('kv') ?? undefined;
    out.push({ url, q, ...(asOf && isIsoDate(asOf) ? { asOf } : {}), ...(kv ? { kv } : {}) });
  }
  return out;
}

const clip = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

/** One unfurl: the permalink's answer, and the change notice when there is one. */
function unfurlFor(link: AskLink, answer: AnswerFn): { blocks: KnownBlock[] } {
  const before: Answer = answer(link.q, link.asOf);
  const now = answer(link.q);
  const c = before.asOf === link.asOf || !link.asOf ? changesBetween(before, now, { kb: loadKnowledge(), kv: link.kv }) : undefined;
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        verbatim: true,
        text: clip(`*${slackLink(before.permalink, before.title)}*\n${escapeSlack(before.summary)}`, policy.slack.maxSectionText),
      },
    },
    {
      type: 'context',
      elements: [{ type: 'mrkdwn', verbatim: true, text: `Evaluated on ${before.asOf} · vpn-advisor` }],
    },
  ];
  if (c && hasChanged(c) && before.asOf <= now.asOf) {
    const n = changeNotice(c, link.kv);
    const lines = [...n.changes, ...(n.correctionsHeading ? [n.correctionsHeading, ...n.corrections] : [])];
    const shown = lines.slice(0, MAX_CHANGE_LINES).map((l) => `• ${escapeSlack(l)}`);
    if (lines.length > shown.length) shown.push(`• …and ${lines.length - shown.length} more on the site`);
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        verbatim: true,
        text: clip(
          `:warning: *${escapeSlack(n.heading)}*\n${shown.join('\n')}\n${slackLink(c.todayUrl, n.todayText)}`,
          policy.slack.maxSectionText,
        ),
      },
    });
  }
  return { blocks };
}

/**
 * Needs the app's `links:read` and `links:write` scopes, the `link_shared` event and the site's domain
 * under unfurl domains (bot/manifest/declaration.ts). Each event is unfurled once, even when redelivered.
 */
export function makeLinkSharedCallback(deps: BotDeps) {
  return async ({ event, body, client }: SlackEventMiddlewareArgs<'link_shared'> & AllMiddlewareArgs): Promise<void> => {
    const where = `link_shared ${body.event_id}`;
    const links = askLinksIn(Array.isArray(event.links) ? event.links : [], deps.siteBase());
    if (!links.length) return;
    try {
      await deps.ledger.once(body.event_id, async () => {
        const unfurls: Record<string, { blocks: KnownBlock[] }> = {};
        for (const link of links) {
          try {
            unfurls[link.url] = unfurlFor(link, deps.answer);
          } catch (e) {
            // One link the engine could not answer leaves Slack's own preview for it; the others still unfurl.
            deps.logger.error(`${where}: could not answer a shared link: ${e instanceof Error ? e.message : String(e)}`);
          }
        }
        if (!Object.keys(unfurls).length) return;
        // Slack's message links carry channel + ts; links typed in the composer carry unfurl_id + source.
        const source = event.source === 'composer' || event.source === 'conversations_history' ? event.source : undefined;
        const call = () =>
          event.unfurl_id && source
            ? client.chat.unfurl({ unfurl_id: event.unfurl_id, source, unfurls })
            : client.chat.unfurl({ channel: event.channel, ts: event.message_ts, unfurls });
        await withRateLimitRetry(call, {
          ...deps.slackRetry,
          onRetry: (why) => deps.logger.debug(`${where}: ${why}`),
        });
      });
    } catch (e) {
      deps.logger.error(`${where}: chat.unfurl failed: ${describeSlackError(e)}`);
    }
  };
}
