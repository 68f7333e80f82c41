import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { noticeMessage } from '../../answerer';
import { replyWithCheck, tryCheck } from '../../slack/check-answer';
import { gatewayJsonIn } from '../../slack/check-message';
import { postToResponseUrl } from '../../slack/response-url';
import { commandTextFrom } from '../../slack/slack-text';
import { describeSlackError, postWithPlainFallback, surelyNotProcessed, withRateLimitRetry } from '../../slack/web-api';
import { renderOrApologise, type BotDeps } from '../deps';

/** The name a message's configuration goes by in findings ("message.json:12:5"). */
const MESSAGE_FILE_NAME = 'message.json';

/**
 * Message shortcut "Ask vpn-advisor": answers the text of the message it was used on, only for the person
 * who used it, in that conversation (and thread). A message that is a gateway's JSON (or holds it in a
 * code block) is checked, as `/vpn check` would.
 */
export function makeAskVpnAdvisorCallback(deps: BotDeps) {
  return async ({ shortcut, ack, client, context }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    // A message action always carries its message; a request without one is not Slack's: nothing to answer.
    const msg = (shortcut as { message?: unknown }).message;
    if (typeof msg !== 'object' || msg === null) {
      deps.logger.warn(`message shortcut for ${shortcut.user?.id ?? '?'}: the payload has no message; ignored`);
      return;
    }
    const threadTs = shortcut.message.thread_ts as string | undefined;
    const where = `message shortcut for ${shortcut.user.id}`;
    const json = gatewayJsonIn(shortcut.message.text);
    if (json !== undefined) {
      const answer = tryCheck(deps, [{ name: MESSAGE_FILE_NAME, text: json }], { avoid: [], clients: [] });
      const asker = { user: shortcut.user.id, channel: shortcut.channel.id, threadTs, responseUrl: shortcut.response_url, where };
      return replyWithCheck(deps, asker, answer);
    }
    const text = commandTextFrom(shortcut.message.text, context.botUserId);
    const message = text
      ? renderOrApologise(deps, { text, share: true }, `message shortcut for ${shortcut.user.id}`).message
      : noticeMessage(':information_source: That message has no text I can read. Try `/vpn help` for the commands.');
    try {
      await postWithPlainFallback(
        (m) =>
          withRateLimitRetry(
            () =>
              client.chat.postEphemeral({
                channel: shortcut.channel.id,
                user: shortcut.user.id,
                ...(threadTs ? { thread_ts: threadTs } : {}),
                ...m,
              }),
            { ...deps.slackRetry, onRetry: (why) => deps.logger.debug(`${where}: ${why}`) },
          ),
        message,
        deps.logger,
        where,
      );
    } catch (e) {
      if (!surelyNotProcessed(e)) {
        // It may have been posted (a timeout, a 5xx): a second copy through the response_url could double it.
        deps.logger.error(`${where}: chat.postEphemeral failed with its outcome unknown (${describeSlackError(e)}); not repeated`);
        return;
      }
      // Slack posted nothing, e.g. not_in_channel (the bot can't post ephemerals where it isn't a member) or a
      // long Retry-After; the shortcut's response_url reaches the person anywhere.
      deps.logger.warn(`message shortcut: chat.postEphemeral failed (${describeSlackError(e)}); using the response_url`);
      const r = await postToResponseUrl(shortcut.response_url, { response_type: 'ephemeral', ...message }, deps.responseUrlTimeoutMs);
      if (!r.ok) deps.logger.error(`message shortcut: response_url failed too (${r.status ?? 'no response'}: ${r.error})`);
    }
  };
}
