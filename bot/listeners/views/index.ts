import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { FEEDBACK_MODAL_CALLBACK_ID } from '../../slack/feedback-buttons';
import { CHECK_MODAL_CALLBACK_ID, type BotDeps } from '../deps';
import { type Route, stringField } from '../route';
import { makeCheckSubmissionCallback } from './check-submission';
import { makeFeedbackModalCallback } from './feedback-modal';

type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** The submitted modals: the gateway check and the 👎 feedback form. */
export function route(deps: BotDeps): Route {
  const byCallbackId = new Map<string, (args: SubmitArgs) => Promise<void>>([
    [CHECK_MODAL_CALLBACK_ID, makeCheckSubmissionCallback(deps)],
    [FEEDBACK_MODAL_CALLBACK_ID, makeFeedbackModalCallback(deps)],
  ]);
  return (args) => {
    if (!('view' in args) || stringField(args.body, 'type') !== 'view_submission') return undefined;
    const handler = byCallbackId.get(stringField(args.view, 'callback_id') ?? '');
    return handler && (() => handler(args as unknown as SubmitArgs));
  };
}
