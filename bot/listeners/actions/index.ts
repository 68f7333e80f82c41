import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { FEEDBACK_DOWN_ACTION_ID, FEEDBACK_UP_ACTION_ID } from '../../slack/feedback-buttons';
import { SHARE_ACTION_ID } from '../../slack/share-button';
import type { BotDeps } from '../deps';
import { oneOf } from '../one-of';
import { makeFeedbackDownCallback, makeFeedbackUpCallback } from './feedback';
import { makeShareInChannelCallback } from './share-in-channel';

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

export function register(app: App, deps: BotDeps): void {
  const byId: Record<string, (args: ButtonArgs) => Promise<void>> = {
    [SHARE_ACTION_ID]: makeShareInChannelCallback(deps),
    [FEEDBACK_UP_ACTION_ID]: makeFeedbackUpCallback(deps),
    [FEEDBACK_DOWN_ACTION_ID]: makeFeedbackDownCallback(deps),
  };
  app.action<BlockButtonAction>({ type: 'block_actions', action_id: oneOf(Object.keys(byId)) }, (args) =>
    byId[args.action.action_id](args),
  );
}
