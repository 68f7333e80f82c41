import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { noticeMessage } from '../../answerer';
import {
  postToResponseUrl,
  RESPONSE_URL_LIFETIME_MS,
  RESPONSE_URL_MAX_USES,
  type BudgetUse,
  type BudgetVerdict,
} from '../../slack/response-url';
import { shareCheckAnswer } from '../../slack/check-share';
import { decodeCheckShareValue, decodeShareValue } from '../../slack/share-button';
import { describeSlackError, withRateLimitRetry } from '../../slack/web-api';
import { renderOrApologise, type BotDeps } from '../deps';

const NOTICE: Record<Exclude<BudgetVerdict, 'ok'> | 'failed' | 'unknown' | 'invalid', string> = {
  used_up: `:information_source: This answer has been shared ${RESPONSE_URL_MAX_USES} times, which is as often as Slack allows one answer to be shared. Run the \`/vpn\` command again to get a fresh Share button.`,
  expired: `:information_source: This answer is more than ${RESPONSE_URL_LIFETIME_MS / 60_000} minutes old, and Slack no longer lets me share it. Run the \`/vpn\` command again to share a fresh copy.`,
  failed: ':warning: Slack did not accept the shared answer. Please try again in a moment.',
  unknown: ":warning: I'm not sure it was shared (Slack did not answer in time); check the channel before pressing Share again.",
  invalid: ':information_source: That button is not one of mine any more. Run the `/vpn` command again.',
};

/**
 * "Share in channel": re-answers the query at the same date (the button carries query + date, not the
 * answer) and posts it for everyone through the interaction's response_url. A check answer's button
 * carries only the id of its stored copy, which check-share.ts posts.
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

    const checkId = decodeCheckShareValue(action.value);
    if (checkId) {
      const notice = await shareCheckAnswer(deps, { id: checkId, user, threadTs, responseUrl: body.response_url });
      return notice ? tell(notice) : undefined;
    }

    const value = decodeShareValue(action.value);
    if (!value) return tell(NOTICE.invalid);

    // A failed re-answer is told to the presser alone: the channel never sees an apology, and no use is taken.
    const { message, failed } = renderOrApologise(
      deps,
      { text: value.q, asOf: value.asOf, sharedBy: user },
      `share for ${user}`,
      'sharing that answer',
    );
    if (failed) return tell(message.text);

    let use: BudgetUse;
    try {
      const taken = await deps.responseUrls.take(body.response_url);
      if (taken.verdict !== 'ok') {
        deps.logger.info(`share: response_url ${taken.verdict} for ${user} in ${channel ?? '?'}`);
        return tell(NOTICE[taken.verdict]);
      }
      use = taken.use;
    } catch (e) {
      // Without the count Slack still enforces its own limit: share rather than refuse.
      deps.logger.warn(`share: could not count the response_url use for ${user}:`, e);
      use = { giveBack: async () => undefined };
    }

    const post = (m: { text: string }) =>
      postToResponseUrl(body.response_url, { response_type: 'in_channel', replace_original: false, ...m }, deps.responseUrlTimeoutMs);
    let result = await post(message);
    // Slack refused the blocks (nothing was shared): the answer in plain text, on the same use, rather than none.
    if (!result.ok && /^invalid_blocks/.test(result.error)) {
      deps.logger.warn(`share: Slack refused the blocks (${result.error}); sharing the answer as plain text`);
      result = await post({ text: message.text });
    }
    if (result.ok) return;
    deps.logger.warn(`share: Slack refused the response_url post (${result.status ?? 'no response'}: ${result.error})`);
    // Only shared answers count: a refused post gives its use back. One that timed out may have been shared,
    // so it keeps its use, and the presser is told to look before pressing again.
    if (result.verdict === 'failed') {
      try {
        await use.giveBack();
      } catch (e) {
        deps.logger.warn('share: could not give the response_url use back:', e);
      }
    }
    return tell(NOTICE[result.verdict === 'ok' ? 'failed' : result.verdict]);
  };
}
