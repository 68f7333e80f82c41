import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { BlockKitMessage } from '../../../shared/render/block-kit';
import { apologyMessage } from '../../answerer';
import { fromSlackText } from '../../slack/slack-text';
import type { BotDeps } from '../deps';

/**
 * `/vpn <command>`: the final answer goes in the acknowledgement itself (the engine answers in well under
 * a millisecond, and Slack can't replace an ephemeral slash-command reply later, so no placeholder).
 */
export function makeVpnCommandCallback(deps: BotDeps) {
  return async ({ command, ack }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    let message: BlockKitMessage;
    try {
      message = deps.render({ text: fromSlackText(command.text ?? ''), share: true });
    } catch (e) {
      deps.logger.error(`/vpn failed for ${command.user_id} in ${command.channel_id}:`, e);
      message = apologyMessage(deps.siteBase());
    }
    await ack({ response_type: 'ephemeral', ...message });
  };
}
