import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { FEEDBACK_REASONS, type FeedbackReason } from '../../../shared/report/feedback-reasons';
import { decodeFeedbackValue, FEEDBACK_COMMENT_INPUT, FEEDBACK_REASON_INPUT } from '../../slack/feedback-buttons';
import type { BotDeps } from '../deps';

const isReason = (v: unknown): v is FeedbackReason => FEEDBACK_REASONS.some((r) => r.value === v);

/**
 * The 👎 modal's submission: the reason and comment, with the answer recomputed from the query and date the
 * modal carries. The modal closes only once the record is stored; when it can't be, it stays open with the
 * error beside the reason, so nothing the person wrote is lost.
 */
export function makeFeedbackModalCallback(deps: BotDeps) {
  return async ({ ack, body, view }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const value = decodeFeedbackValue(view.private_metadata);
    const values = view.state.values;
    const reason = values[FEEDBACK_REASON_INPUT]?.[FEEDBACK_REASON_INPUT]?.selected_option?.value;
    const comment = values[FEEDBACK_COMMENT_INPUT]?.[FEEDBACK_COMMENT_INPUT]?.value ?? undefined;
    if (!value) {
      deps.logger.warn(`feedback modal for ${body.user.id}: private_metadata is not ours; ignored`);
      return ack();
    }
    if (!isReason(reason)) {
      return ack({ response_action: 'errors', errors: { [FEEDBACK_REASON_INPUT]: 'Choose what was wrong.' } });
    }
    try {
      const answer = deps.answer(value.q, value.asOf);
      await deps.questions.noteFeedback({
        face: 'slack',
        rating: 'down',
        reason,
        comment: typeof comment === 'string' ? comment : undefined,
        answer,
        who: `${body.user.team_id ?? body.team?.id ?? ''}/${body.user.id}`,
      });
    } catch (e) {
      deps.logger.error(`feedback modal for ${body.user.id}: not stored:`, e);
      return ack({
        response_action: 'errors',
        errors: { [FEEDBACK_REASON_INPUT]: 'Sorry, your feedback could not be stored. Please press Send again in a moment.' },
      });
    }
    await ack();
  };
}
