import type { App } from '@slack/bolt';
import { FEEDBACK_MODAL_CALLBACK_ID } from '../../slack/feedback-buttons';
import type { BotDeps } from '../deps';
import { makeFeedbackModalCallback } from './feedback-modal';

export function register(app: App, deps: BotDeps): void {
  app.view({ type: 'view_submission', callback_id: FEEDBACK_MODAL_CALLBACK_ID }, makeFeedbackModalCallback(deps));
}
