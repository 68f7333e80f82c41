import * as z from 'zod';

/**
 * The one answer object every command returns and every face renders.
 * Sections are semantic (table, list, note): no Slack mrkdwn or Markdown inside; renderers escape every string.
 */
const SeveritySchema = z.enum(['info', 'warning', 'critical']);

const FindingSchema = z.object({
  code: z.string().regex(/^[a-z0-9_]+$/),
  severity: SeveritySchema,
  message: z.string(),
});
export type Finding = z.infer<typeof FindingSchema>;

const TableSectionSchema = z.object({
  type: z.literal('table'),
  title: z.string(),
  columns: z.array(z.string()).min(1),
  rows: z.array(z.array(z.string())),
});
const ListSectionSchema = z.object({ type: z.literal('list'), title: z.string(), items: z.array(z.string()) });
const NoteSectionSchema = z.object({ type: z.literal('note'), title: z.string(), text: z.string() });
const SectionSchema = z.discriminatedUnion('type', [TableSectionSchema, ListSectionSchema, NoteSectionSchema]);
export type Section = z.infer<typeof SectionSchema>;

const FactRefSchema = z.object({
  id: z.string(),
  title: z.string(),
  value: z.union([z.number(), z.string(), z.boolean(), z.null()]),
  unit: z.string().optional(),
  /** Why the value is unknown, when it is. */
  unknown: z.string().optional(),
  source: z.object({ id: z.string(), title: z.string(), path: z.string(), section: z.string() }),
  date: z.string().nullable(),
  url: z.string(),
});
export type FactRef = z.infer<typeof FactRefSchema>;

const LinkSchema = z.object({ title: z.string(), url: z.string() });
export type Link = z.infer<typeof LinkSchema>;

const UsageErrorSchema = z.object({
  code: z.string().regex(/^[a-z0-9_]+$/),
  /** What was wrong, in plain words (may quote the user's text: renderers escape it). */
  message: z.string(),
  expected: z.string(),
  example: z.string(),
});
export type UsageErrorInfo = z.infer<typeof UsageErrorSchema>;

export const AnswerSchema = z.object({
  kind: z.enum(['answer', 'usage_error']),
  command: z.string(),
  /** The text that was asked, whitespace-normalised; the permalink reproduces the answer from it. */
  query: z.string(),
  asOf: z.string(),
  title: z.string(),
  summary: z.string(),
  sections: z.array(SectionSchema),
  findings: z.array(FindingSchema),
  facts: z.array(FactRefSchema),
  links: z.array(LinkSchema),
  permalink: z.string(),
  error: UsageErrorSchema.optional(),
  data: z.record(z.string(), z.unknown()),
});
export type Answer = z.infer<typeof AnswerSchema>;
