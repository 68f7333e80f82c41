import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { noticeMessage } from '../../answerer';
import { replyWithCheck, tryCheck } from '../../slack/check-answer';
import { gatewayJsonIn } from '../../slack/check-message';
import { replyEphemerally } from '../../slack/ephemeral-reply';
import { commandTextFrom } from '../../slack/slack-text';
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
    await replyEphemerally(
      client,
      deps,
      { user: shortcut.user.id, channel: shortcut.channel.id, threadTs, responseUrl: shortcut.response_url, where },
      message,
    );
  };
}
