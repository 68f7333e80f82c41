import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { noticeMessage } from '../../answerer';
import { postToResponseUrl, RESPONSE_URL_LIFETIME_MS, RESPONSE_URL_MAX_USES, type BudgetVerdict } from '../../slack/response-url';
import { decodeShareValue } from '../../slack/share-button';
import { describeSlackError, withRateLimitRetry } from '../../slack/web-api';
import { renderOrApologise, type BotDeps } from '../deps';

const NOTICE: Record<Exclude<BudgetVerdict, 'ok'> | 'failed' | 'invalid', string> = {
  used_up: `:information_source: This answer has been shared ${RESPONSE_URL_MAX_USES} times, which is as often as Slack allows one answer to be shared. Run the \`/vpn\` command again to get a fresh Share button.`,
  expired: `:information_source: This answer is more than ${RESPONSE_URL_LIFETIME_MS / 60_000} minutes old, and Slack no longer lets me share it. Run the \`/vpn\` command again to share a fresh copy.`,
  failed: ':warning: Slack did not accept the shared answer. Please try again in a moment.',
  invalid: ':information_source: That button is not one of mine any more. Run the `/vpn` command again.',
};

/**
 * "Share in channel": re-answers the query at the same date (the button carries query + date, not the
 * answer) and posts it for everyone through the interaction's response_url.
 */
export function makeShareInChannelCallback(deps: BotDeps) {
  return async ({ ack, body, action, client }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const channel = body.channel?.id ?? (body.container?.channel_id as string | undefined);
    const user = body.user.id;
    const threadTs = body.container?.thread_ts as string | undefined;

    // Something went wrong or a limit was reached: tell the person who pressed, only them.
    const tell = async (text: string) => {
      if (!channel) return deps.logger.warn(`share: no channel to tell ${user}: ${text}`);
      try {
        const m = noticeMessage(text);
        await withRateLimitRetry(
          () => client.chat.postEphemeral({ channel, user, ...(threadTs ? { thread_ts: threadTs } : {}), ...m }),
          deps.maxRetryAfterSeconds,
        );
      } catch (e) {
        deps.logger.error(`share: could not tell ${user} in ${channel}: ${describeSlackError(e)}`);
      }
    };

    const value = decodeShareValue(action.value);
    if (!value) return tell(NOTICE.invalid);
    const verdict = deps.responseUrls.take(body.response_url);
    if (verdict !== 'ok') {
      deps.logger.info(`share: response_url ${verdict} for ${user} in ${channel ?? '?'}`);
      return tell(NOTICE[verdict]);
    }

    // A failed re-answer is told to the presser alone: the channel never sees an apology.
    const { message, failed } = renderOrApologise(
      deps,
      { text: value.q, asOf: value.asOf, sharedBy: user },
      `share for ${user}`,
      'sharing that answer',
    );
    if (failed) return tell(message.text);
    const post = (m: { text: string }) =>
      postToResponseUrl(body.response_url, { response_type: 'in_channel', replace_original: false, ...m }, deps.responseUrlTimeoutMs);
    let result = await post(message);
    // Slack refused the blocks: the answer in plain text (one more use of the response_url) rather than none.
    if (!result.ok && /^invalid_blocks/.test(result.error) && deps.responseUrls.take(body.response_url) === 'ok') {
      deps.logger.warn(`share: Slack refused the blocks (${result.error}); sharing the answer as plain text`);
      result = await post({ text: message.text });
    }
    if (!result.ok) {
      deps.logger.warn(`share: Slack refused the response_url post (${result.status ?? 'no response'}: ${result.error})`);
      return tell(NOTICE[result.verdict === 'ok' ? 'failed' : result.verdict]);
    }
  };
}
