import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { commandTextFrom } from '../../slack/slack-text';
import { describeSlackError, postWithPlainFallback, withRateLimitRetry } from '../../slack/web-api';
import { renderOrApologise, type BotDeps } from '../deps';

/**
 * `@vpn-advisor sizing 5000 users` in a thread (slash commands don't work there): a visible reply in
 * the same thread, exactly once per event even when Slack redelivers it.
 */
export function makeAppMentionCallback(deps: BotDeps) {
  return async ({ event, body, client, context }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> => {
    const threadTs = event.thread_ts ?? event.ts;
    if (typeof (event as { text?: unknown }).text !== 'string') {
      deps.logger.warn(`app_mention ${body.event_id}: the event has no text string; ignored`);
      return;
    }
    try {
      const outcome = await deps.ledger.once(body.event_id, async () => {
        const { message } = renderOrApologise(
          deps,
          { text: commandTextFrom(event.text, context.botUserId) },
          `app_mention ${body.event_id}`,
        );
        await postWithPlainFallback(
          (m) =>
            withRateLimitRetry(
              () =>
                client.chat.postMessage({ channel: event.channel, thread_ts: threadTs, ...m, unfurl_links: false, unfurl_media: false }),
              deps.maxRetryAfterSeconds,
            ),
          message,
          deps.logger,
          `app_mention ${body.event_id}`,
        );
      });
      if (outcome === 'duplicate') deps.logger.debug(`app_mention ${body.event_id}: already answered, redelivery skipped`);
    } catch (e) {
      // Not marked done: if Slack redelivers this event, the retry answers it.
      deps.logger.error(`app_mention ${body.event_id}: reply in ${event.channel} failed: ${describeSlackError(e)}`);
    }
  };
}
