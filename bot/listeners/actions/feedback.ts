import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { noticeMessage } from '../../answerer';
import { decodeFeedbackValue, encodeFeedbackValue, feedbackModal } from '../../slack/feedback-buttons';
import { describeSlackError, withRateLimitRetry } from '../../slack/web-api';
import type { BotDeps } from '../deps';

/** One 👍 per person, answer and day counts: a double click or a second press is not a second vote. */
const VOTE_ONCE_MS = 24 * 60 * 60 * 1000;

const THANKS = ':pray: Thanks, noted. It helps the maintainers see which answers work.';
const INVALID = ':information_source: That button is not one of mine any more. Run the `/vpn` command again.';
const FAILED = ':warning: Sorry, your feedback could not be stored. Please try again in a moment.';

/** Tells only the person who pressed (an ephemeral message where the answer is). */
async function tell(deps: BotDeps, body: BlockButtonAction, client: AllMiddlewareArgs['client'], text: string): Promise<void> {
  const channel = body.channel?.id ?? (body.container?.channel_id as string | undefined);
  const user = body.user.id;
  if (!channel) return deps.logger.warn(`feedback: no channel to tell ${user}`);
  const threadTs = body.container?.thread_ts as string | undefined;
  try {
    await withRateLimitRetry(
      () => client.chat.postEphemeral({ channel, user, ...(threadTs ? { thread_ts: threadTs } : {}), ...noticeMessage(text) }),
      deps.maxRetryAfterSeconds,
    );
  } catch (e) {
    deps.logger.warn(`feedback: could not tell ${user} in ${channel}: ${describeSlackError(e)}`);
  }
}

const whoOf = (body: BlockButtonAction) => `${body.user.team_id ?? body.team?.id ?? ''}/${body.user.id}`;

/** 👍: recorded at once (the answer is recomputed from the button's query and date), then a quiet thank-you. */
export function makeFeedbackUpCallback(deps: BotDeps) {
  return async ({ ack, body, action, client }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const value = decodeFeedbackValue(action.value);
    if (!value) return tell(deps, body, client, INVALID);
    const who = whoOf(body);
    try {
      const first = await deps.store.claim(`feedback-up:${deps.questions.hashOf(`${who}\n${action.value}`)}`, VOTE_ONCE_MS);
      if (first) {
        const answer = deps.answer(value.q, value.asOf);
        await deps.questions.noteFeedback({ face: 'slack', rating: 'up', answer, who });
      }
    } catch (e) {
      deps.logger.error(`feedback: 👍 for ${body.user.id} not stored:`, e);
      return tell(deps, body, client, FAILED);
    }
    return tell(deps, body, client, THANKS);
  };
}

/** 👎: opens the "what was wrong?" modal (trigger_id lives 3 s, so first of all); the submission records it. */
export function makeFeedbackDownCallback(deps: BotDeps) {
  return async ({ ack, body, action, client }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const value = decodeFeedbackValue(action.value);
    if (!value) return tell(deps, body, client, INVALID);
    try {
      await client.views.open({ trigger_id: body.trigger_id, view: feedbackModal(encodeFeedbackValue(value)) });
    } catch (e) {
      deps.logger.error(`feedback: views.open for ${body.user.id} failed: ${describeSlackError(e)}`);
      return tell(deps, body, client, ':warning: Slack did not open the feedback form. Please press 👎 again.');
    }
  };
}
