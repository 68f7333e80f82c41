import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { commandTextFrom } from '../../slack/slack-text';
import { describeSlackError, postWithPlainFallback, surelyNotProcessed, withRateLimitRetry } from '../../slack/web-api';
import { renderOrApologise, type BotDeps } from '../deps';

/**
 * `@vpn-advisor sizing 5000 users` in a thread (slash commands don't work there): a visible reply in
 * the same thread, at most once per event even when Slack is slow or redelivers it.
 */
export function makeAppMentionCallback(deps: BotDeps) {
  return async ({ event, body, client, context }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> => {
    const threadTs = event.thread_ts ?? event.ts;
    const where = `app_mention ${body.event_id}`;
    if (typeof (event as { text?: unknown }).text !== 'string') {
      deps.logger.warn(`${where}: the event has no text string; ignored`);
      return;
    }
    try {
      const outcome = await deps.ledger.once(body.event_id, async () => {
        const { message } = renderOrApologise(deps, { text: commandTextFrom(event.text, context.botUserId) }, where);
        try {
          await postWithPlainFallback(
            (m) =>
              withRateLimitRetry(
                () =>
                  client.chat.postMessage({ channel: event.channel, thread_ts: threadTs, ...m, unfurl_links: false, unfurl_media: false }),
                { ...deps.slackRetry, onRetry: (why) => deps.logger.debug(`${where}: ${why}`) },
              ),
            message,
            deps.logger,
            where,
          );
        } catch (e) {
          if (surelyNotProcessed(e)) throw e;
          // The reply may have been posted (a timeout, a 5xx): the event counts as handled, so neither we
          // nor a redelivery post it a second time.
          deps.logger.error(`${where}: reply in ${event.channel} failed with its outcome unknown (${describeSlackError(e)}); not repeated`);
        }
      });
      if (outcome === 'duplicate') deps.logger.debug(`${where}: already answered, redelivery skipped`);
    } catch (e) {
      // Slack surely posted nothing: not marked done, so a redelivery of this event answers it.
      deps.logger.error(`${where}: reply in ${event.channel} failed: ${describeSlackError(e)}`);
    }
  };
}
