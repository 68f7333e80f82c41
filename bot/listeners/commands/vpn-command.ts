import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { fromSlackText } from '../../slack/slack-text';
import { renderOrApologise, type BotDeps } from '../deps';

/**
 * `/vpn <command>`: the final answer goes in the acknowledgement itself (the engine answers in well under
 * a millisecond, and Slack can't replace an ephemeral slash-command reply later, so no placeholder).
 */
export function makeVpnCommandCallback(deps: BotDeps) {
  return async ({ command, ack }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    const { message } = renderOrApologise(
      deps,
      { text: fromSlackText(command.text ?? ''), share: true },
      `/vpn for ${command.user_id} in ${command.channel_id}`,
    );
    await ack({ response_type: 'ephemeral', ...message });
  };
}
