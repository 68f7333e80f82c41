/**
 * An answer for one person: chat.postEphemeral in their conversation (and thread), within web-api.ts's
 * contract. When Slack surely posted nothing (not_in_channel, a long Retry-After) the interaction's
 * response_url reaches them anywhere; when the outcome is unknown (a timeout, a 5xx) nothing is repeated,
 * since a second copy could double the first.
 */
import type { Logger, webApi } from '@slack/bolt';
import type { BlockKitMessage } from '../../shared/render/block-kit';
import { postToResponseUrl } from './response-url';
import { describeSlackError, postWithPlainFallback, type SafeRetryOptions, surelyNotProcessed, withRateLimitRetry } from './web-api';

export interface EphemeralTarget {
  user: string;
  channel: string;
  threadTs?: string;
  /** Reaches the person when chat.postEphemeral can't (the bot isn't in the channel, a DM between people). */
  responseUrl?: string;
  /** Whose request, for log lines, e.g. `check modal for U123 in C456`. */
  where: string;
}

export async function replyEphemerally(
  client: webApi.WebClient,
  deps: { logger: Logger; slackRetry: SafeRetryOptions; responseUrlTimeoutMs: number },
  to: EphemeralTarget,
  message: BlockKitMessage,
): Promise<void> {
  const { where } = to;
  try {
    await postWithPlainFallback(
      (m) =>
        withRateLimitRetry(
          () => client.chat.postEphemeral({ channel: to.channel, user: to.user, ...(to.threadTs ? { thread_ts: to.threadTs } : {}), ...m }),
          { ...deps.slackRetry, onRetry: (why) => deps.logger.debug(`${where}: ${why}`) },
        ),
      message,
      deps.logger,
      where,
    );
  } catch (e) {
    if (!surelyNotProcessed(e)) {
      deps.logger.error(`${where}: chat.postEphemeral failed with its outcome unknown (${describeSlackError(e)}); not repeated`);
      return;
    }
    if (!to.responseUrl) {
      deps.logger.error(`${where}: chat.postEphemeral failed (${describeSlackError(e)}), and there is no response_url to try`);
      return;
    }
    deps.logger.warn(`${where}: chat.postEphemeral failed (${describeSlackError(e)}); using the response_url`);
    const r = await postToResponseUrl(to.responseUrl, { response_type: 'ephemeral', ...message }, deps.responseUrlTimeoutMs);
    if (!r.ok) deps.logger.error(`${where}: the response_url failed too (${r.status ?? 'no response'}: ${r.error})`);
  }
}
