import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { FEEDBACK_DOWN_ACTION_ID, FEEDBACK_UP_ACTION_ID } from '../../slack/feedback-buttons';
import { SHARE_ACTION_ID } from '../../slack/share-button';
import type { BotDeps } from '../deps';
import { type Route, stringField } from '../route';
import { makeFeedbackDownCallback, makeFeedbackUpCallback } from './feedback';
import { makeShareInChannelCallback } from './share-in-channel';

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** The buttons under an answer: Share in channel, 👍 and 👎. */
export function route(deps: BotDeps): Route {
  const byActionId = new Map<string, (args: ButtonArgs) => Promise<void>>([
    [SHARE_ACTION_ID, makeShareInChannelCallback(deps)],
    [FEEDBACK_UP_ACTION_ID, makeFeedbackUpCallback(deps)],
    [FEEDBACK_DOWN_ACTION_ID, makeFeedbackDownCallback(deps)],
  ]);
  return (args) => {
    if (!('action' in args) || stringField(args.body, 'type') !== 'block_actions') return undefined;
    const handler = byActionId.get(stringField(args.action, 'action_id') ?? '');
    return handler && (() => handler(args as unknown as ButtonArgs));
  };
}
