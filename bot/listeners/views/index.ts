import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { FEEDBACK_MODAL_CALLBACK_ID } from '../../slack/feedback-buttons';
import { CHECK_MODAL_CALLBACK_ID, type BotDeps } from '../deps';
import { oneOf } from '../one-of';
import { makeCheckSubmissionCallback } from './check-submission';
import { makeFeedbackModalCallback } from './feedback-modal';

type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

export function register(app: App, deps: BotDeps): void {
  const byCallbackId: Record<string, (args: SubmitArgs) => Promise<void>> = {
    [CHECK_MODAL_CALLBACK_ID]: makeCheckSubmissionCallback(deps),
    [FEEDBACK_MODAL_CALLBACK_ID]: makeFeedbackModalCallback(deps),
  };
  app.view<ViewSubmitAction>({ type: 'view_submission', callback_id: oneOf(Object.keys(byCallbackId)) }, (args) =>
    byCallbackId[args.view.callback_id](args),
  );
}
