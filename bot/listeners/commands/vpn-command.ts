import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { ackEphemeral } from '../../slack/json-ack';
import { fromSlackText } from '../../slack/slack-text';
import { renderOrApologise, type BotDeps } from '../deps';
import { isCheckCommand, openCheckModal } from './check-modal';

/**
 * `/vpn <command>`: the final answer goes in the acknowledgement itself (the engine answers in well under
 * a millisecond, and Slack can't replace an ephemeral slash-command reply later, so no placeholder).
 * `/vpn check` takes a gateway's JSON, which doesn't fit a command line: it opens a modal instead.
 */
export function makeVpnCommandCallback(deps: BotDeps) {
  return async (args: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    const { command, ack, context } = args;
    const text = fromSlackText(command.text ?? '');
    if (isCheckCommand(text)) return openCheckModal(deps, args);
    const { message } = renderOrApologise(deps, { text, share: true }, `/vpn for ${command.user_id} in ${command.channel_id}`);
    await ackEphemeral(ack, context, message);
  };
}
