/**
 * The feedback question every face asks after a 👎 (Slack's modal, the site's form, POST /api/feedback),
 * without the log's schema so the site bundles only these few lines.
 */
export const FEEDBACK_REASONS = [
  { value: 'wrong_number', label: 'Wrong or outdated number' },
  { value: 'did_not_answer', label: "Didn't answer my question" },
  { value: 'hard_to_understand', label: 'Hard to understand' },
  { value: 'other', label: 'Other' },
] as const;
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number]['value'];

/** Product policy: a feedback comment is a sentence or two, not a document (the Slack modal and the site enforce it too). */
export const FEEDBACK_COMMENT_MAX = 1000;
