import type { App, ViewSubmitAction } from '@slack/bolt';
import { CHECK_MODAL_CALLBACK_ID, type BotDeps } from '../deps';
import { makeCheckSubmissionCallback } from './check-submission';

export function register(app: App, deps: BotDeps): void {
  app.view<ViewSubmitAction>({ type: 'view_submission', callback_id: CHECK_MODAL_CALLBACK_ID }, makeCheckSubmissionCallback(deps));
}
