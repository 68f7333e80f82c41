/**
 * 👍/👎 under every answer, and the modal a 👎 opens. The buttons carry what reproduces the answer (query
 * and evaluation date, as the Share button does), so the listener recomputes the command, coverage and
 * fact ids instead of trusting them from the client; the modal carries the same in its private_metadata.
 */
import type { Answer } from '../../shared/answer/answer';
import type { ButtonElement } from '../../shared/render/block-kit';
import { FEEDBACK_COMMENT_MAX, FEEDBACK_REASONS } from '../../shared/report/records';
import { encodeShareValue } from './share-button';

export const FEEDBACK_UP_ACTION_ID = 'vpn_feedback_up';
export const FEEDBACK_DOWN_ACTION_ID = 'vpn_feedback_down';
export const FEEDBACK_MODAL_CALLBACK_ID = 'vpn_feedback_modal';
/** Block and action ids of the modal's two inputs (view.state.values[block][action]). */
export const FEEDBACK_REASON_INPUT = 'reason';
export const FEEDBACK_COMMENT_INPUT = 'comment';

/** renderBlockKit's `actions` for any answer: 👍 and 👎. */
export function feedbackButtons(a: Answer): ButtonElement[] {
  const value = encodeShareValue({ q: a.query, asOf: a.asOf });
  return [
    { type: 'button', action_id: FEEDBACK_UP_ACTION_ID, text: { type: 'plain_text', text: '👍 Helpful', emoji: true }, value },
    { type: 'button', action_id: FEEDBACK_DOWN_ACTION_ID, text: { type: 'plain_text', text: '👎 Not helpful', emoji: true }, value },
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
