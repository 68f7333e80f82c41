import type { App, BlockButtonAction } from '@slack/bolt';
import { SHARE_ACTION_ID } from '../../slack/share-button';
import type { BotDeps } from '../deps';
import { makeShareInChannelCallback } from './share-in-channel';

export function register(app: App, deps: BotDeps): void {
  app.action<BlockButtonAction>({ type: 'block_actions', action_id: SHARE_ACTION_ID }, makeShareInChannelCallback(deps));
}
