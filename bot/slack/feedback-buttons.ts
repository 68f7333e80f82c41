/**
 * 👍/👎 under every answer, and the modal a 👎 opens. The buttons carry what reproduces the answer (query
 * and evaluation date, as the Share button does), so the listener recomputes the command, coverage and
 * fact ids instead of trusting them from the client; the modal carries the same in its private_metadata.
 */
import type { Answer } from '../../shared/answer/answer';
import type { ButtonElement } from '../../shared/render/block-kit';
import { isIsoDate } from '../../knowledge/dates';
import { policy } from '../../shared/policy';
import { fromSlackText } from './slack-text';
import { FEEDBACK_COMMENT_MAX, FEEDBACK_REASONS } from '../../shared/report/feedback-reasons';

export const FEEDBACK_UP_ACTION_ID = 'vpn_feedback_up';
export const FEEDBACK_DOWN_ACTION_ID = 'vpn_feedback_down';
export const FEEDBACK_MODAL_CALLBACK_ID = 'vpn_feedback_modal';
/** Block and action ids of the modal's two inputs (view.state.values[block][action]). */
export const FEEDBACK_REASON_INPUT = 'reason';
export const FEEDBACK_COMMENT_INPUT = 'comment';

interface FeedbackValue {
  q: string;
  asOf: string;
}

/**
 * `<date> <query>`, not JSON: button values count towards a message's text budget (policy.slack.maxTotalText),
 * and the longest answers sit within a few dozen characters of it; two JSON values would trim their links.
 */
export function encodeFeedbackValue(v: FeedbackValue): string {
  // Slack's own three entities, so not even the button's hidden value holds Slack markup (`<!channel>`).
  return `${v.asOf} ${v.q.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))}`;
}

/** Reads a 👍/👎 value or the modal's private_metadata; undefined when it isn't one of ours. */
export function decodeFeedbackValue(value: string | undefined): FeedbackValue | undefined {
  if (!value || value.length > policy.slack.maxButtonValue || value[10] !== ' ') return undefined;
  const asOf = value.slice(0, 10);
  const q = fromSlackText(value.slice(11));
  return isIsoDate(asOf) && q.trim() ? { q, asOf } : undefined;
}

/** renderBlockKit's `actions` for any answer: 👍 and 👎 (short texts, for the same budget). */
export function feedbackButtons(a: Answer): ButtonElement[] {
  const value = encodeFeedbackValue({ q: a.query, asOf: a.asOf });
  return [
    { type: 'button', action_id: FEEDBACK_UP_ACTION_ID, text: { type: 'plain_text', text: '👍', emoji: true }, value },
    { type: 'button', action_id: FEEDBACK_DOWN_ACTION_ID, text: { type: 'plain_text', text: '👎', emoji: true }, value },
  ];
}

const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });

/** The views.open payload for a 👎: what was wrong (required) and a comment (optional). */
export function feedbackModal(privateMetadata: string) {
  return {
    type: 'modal' as const,
    callback_id: FEEDBACK_MODAL_CALLBACK_ID,
    private_metadata: privateMetadata,
    title: plain('What was wrong?'),
    submit: plain('Send'),
    close: plain('Cancel'),
    blocks: [
      {
        type: 'input',
        block_id: FEEDBACK_REASON_INPUT,
        label: plain('What was wrong with the answer?'),
        element: {
          type: 'radio_buttons',
          action_id: FEEDBACK_REASON_INPUT,
          options: FEEDBACK_REASONS.map((r) => ({ text: plain(r.label), value: r.value })),
        },
      },
      {
        type: 'input',
        block_id: FEEDBACK_COMMENT_INPUT,
        optional: true,
        label: plain('Anything to add?'),
        hint: plain('Please leave out names, e-mail and IP addresses: comments are kept for the maintainers.'),
        element: { type: 'plain_text_input', action_id: FEEDBACK_COMMENT_INPUT, multiline: true, max_length: FEEDBACK_COMMENT_MAX },
      },
    ],
  };
}
