import type { App, BlockButtonAction } from '@slack/bolt';
import { FEEDBACK_DOWN_ACTION_ID, FEEDBACK_UP_ACTION_ID } from '../../slack/feedback-buttons';
import { SHARE_ACTION_ID } from '../../slack/share-button';
import type { BotDeps } from '../deps';
import { makeFeedbackDownCallback, makeFeedbackUpCallback } from './feedback';
import { makeShareInChannelCallback } from './share-in-channel';

export function register(app: App, deps: BotDeps): void {
  app.action<BlockButtonAction>({ type: 'block_actions', action_id: SHARE_ACTION_ID }, makeShareInChannelCallback(deps));
  app.action<BlockButtonAction>({ type: 'block_actions', action_id: FEEDBACK_UP_ACTION_ID }, makeFeedbackUpCallback(deps));
  app.action<BlockButtonAction>({ type: 'block_actions', action_id: FEEDBACK_DOWN_ACTION_ID }, makeFeedbackDownCallback(deps));
}
