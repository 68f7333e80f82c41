/**
 * What the question log holds: the shapes every face writes and the report reads. Shared by the bot (which
 * writes), the report (which reads) and the site (which asks the same feedback question).
 */
import * as z from 'zod';
import { FEEDBACK_REASONS, type FeedbackReason } from './feedback-reasons';

/** Where a record came from: the Slack app, the site's feedback form, or GET /api/ask. */
const FACES = ['slack', 'site', 'api'] as const;
export type Face = (typeof FACES)[number];

const reasonValues = FEEDBACK_REASONS.map((r) => r.value) as [FeedbackReason, ...FeedbackReason[]];

const common = {
  face: z.enum(FACES),
  /** The question as asked, redacted (no e-mail or host addresses, no Slack mentions). */
  query: z.string(),
  asOf: z.string(),
  command: z.string(),
};

const UncoveredSchema = z.object({
  type: z.literal('uncovered'),
  ...common,
  coverage: z.enum(['low_confidence', 'not_covered']),
  facts: z.array(z.string()),
});
const UsageErrorSchema = z.object({ type: z.literal('usage_error'), ...common, code: z.string() });
const FeedbackSchema = z.object({
  type: z.literal('feedback'),
  ...common,
  rating: z.enum(['up', 'down']),
  reason: z.enum(reasonValues).optional(),
  comment: z.string().optional(),
  coverage: z.string(),
  facts: z.array(z.string()),
  /** Where on the site (a path), for feedback on a calculator or a guide rather than an /ask answer. */
  page: z.string().optional(),
  /** A keyed hash of who gave it, only to count distinct people; never the Slack id itself. */
  who: z.string().optional(),
});

export const QuestionRecordSchema = z.discriminatedUnion('type', [UncoveredSchema, UsageErrorSchema, FeedbackSchema]);
export type QuestionRecord = z.infer<typeof QuestionRecordSchema>;

/** One stored record with its id and when it was appended (ms since the epoch), as the store returns it. */
export interface StoredQuestion {
  id: string;
  at: number;
  record: QuestionRecord;
}
