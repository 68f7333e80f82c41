import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { FEEDBACK_MODAL_CALLBACK_ID } from '../../slack/feedback-buttons';
import { CHECK_MODAL_CALLBACK_ID, type BotDeps } from '../deps';
import { type Route, routeById, stringField } from '../route';
import { makeCheckSubmissionCallback } from './check-submission';
import { makeFeedbackModalCallback } from './feedback-modal';

/** The submitted modals: the gateway check and the 👎 feedback form. */
export function route(deps: BotDeps): Route {
  return routeById<SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs>(
    'view_submission',
    (args) => ('view' in args ? stringField(args.view, 'callback_id') : undefined),
    [
      [CHECK_MODAL_CALLBACK_ID, makeCheckSubmissionCallback(deps)],
      [FEEDBACK_MODAL_CALLBACK_ID, makeFeedbackModalCallback(deps)],
    ],
  );
}
