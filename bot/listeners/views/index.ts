import type { App, ViewSubmitAction } from '@slack/bolt';
import { FEEDBACK_MODAL_CALLBACK_ID } from '../../slack/feedback-buttons';
import { CHECK_MODAL_CALLBACK_ID, type BotDeps } from '../deps';
import { makeCheckSubmissionCallback } from './check-submission';
import { makeFeedbackModalCallback } from './feedback-modal';

export function register(app: App, deps: BotDeps): void {
  app.view<ViewSubmitAction>({ type: 'view_submission', callback_id: CHECK_MODAL_CALLBACK_ID }, makeCheckSubmissionCallback(deps));
  app.view({ type: 'view_submission', callback_id: FEEDBACK_MODAL_CALLBACK_ID }, makeFeedbackModalCallback(deps));
}
