import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { FEEDBACK_DOWN_ACTION_ID, FEEDBACK_UP_ACTION_ID } from '../../slack/feedback-buttons';
import { SHARE_ACTION_ID } from '../../slack/share-button';
import type { BotDeps } from '../deps';
import { type Route, routeById, stringField } from '../route';
import { makeFeedbackDownCallback, makeFeedbackUpCallback } from './feedback';
import { makeShareInChannelCallback } from './share-in-channel';

/** The buttons under an answer: Share in channel, 👍 and 👎. */
export function route(deps: BotDeps): Route {
  return routeById<SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs>(
    'block_actions',
    (args) => ('action' in args ? stringField(args.action, 'action_id') : undefined),
    [
      [SHARE_ACTION_ID, makeShareInChannelCallback(deps)],
      [FEEDBACK_UP_ACTION_ID, makeFeedbackUpCallback(deps)],
      [FEEDBACK_DOWN_ACTION_ID, makeFeedbackDownCallback(deps)],
    ],
  );
}
