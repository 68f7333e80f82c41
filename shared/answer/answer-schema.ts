/**
 * The answer object's schema (zod): what parseAnswer checks an answer from outside against (JSON from the
 * CLI or /api/ask), and where answer.ts's types come from. Kept apart from answer.ts so that code that only
 * produces or renders answers (the CLI bundle) doesn't construct these schemas at start.
 */
import * as z from 'zod';
import type { Answer } from './answer';

const SeveritySchema = z.enum(['info', 'warning', 'critical']);

export const FindingSchema = z.object({
  code: z.string().regex(/^[a-z0-9_]+$/),
  severity: SeveritySchema,
  message: z.string(),
  /**
   * Ids of the lifecycle events this finding states (with their dates): the engine then does not state them
   * again. A command that words a dated change its own way says so here.
   */
  lifecycle: z.array(z.string()).optional(),
  /** Where in the checked input the finding points (`check` only): file name and 1-based line and column. */
  location: z.object({ file: z.string(), line: z.number().int().positive(), column: z.number().int().positive() }).optional(),
});

const TableSectionSchema = z.object({
  type: z.literal('table'),
  title: z.string(),
  columns: z.array(z.string()).min(1),
  rows: z.array(z.array(z.string())),
});
const ListSectionSchema = z.object({ type: z.literal('list'), title: z.string(), items: z.array(z.string()) });
const NoteSectionSchema = z.object({ type: z.literal('note'), title: z.string(), text: z.string() });
/**
 * Commands to ask next, face-neutral: each face writes them as it is typed there ("vpn …" on the CLI, "/vpn …"
 * in Slack) or links them (the site's /ask). `command` is what follows the prefix; `why` says what it answers.
 */
const CommandsSectionSchema = z.object({
  type: z.literal('commands'),
  title: z.string(),
  items: z.array(z.object({ command: z.string(), why: z.string().optional() })),
});
export const SectionSchema = z.discriminatedUnion('type', [
  TableSectionSchema,
  ListSectionSchema,
  NoteSectionSchema,
  CommandsSectionSchema,
]);

export const FactRefSchema = z.object({
  id: z.string(),
  title: z.string(),
  value: z.union([z.number(), z.string(), z.boolean(), z.null()]),
  unit: z.string().optional(),
  /** Why the value is unknown, when it is. */
  unknown: z.string().optional(),
  /** `pageUrl`: the source's public page (today's text, not the dated version), when it has one. */
  source: z.object({ id: z.string(), title: z.string(), path: z.string(), section: z.string(), pageUrl: z.string().optional() }),
  date: z.string().nullable(),
  url: z.string(),
});

export const LinkSchema = z.object({ title: z.string(), url: z.string() });

export const UsageErrorSchema = z.object({
  code: z.string().regex(/^[a-z0-9_]+$/),
  /** What was wrong, in plain words (may quote the user's text: renderers escape it). */
  message: z.string(),
  expected: z.string(),
  example: z.string(),
});

/** A dated lifecycle event of something the answer used, read against the evaluation date. */
export const LifecycleRefSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.string(),
  date: z.string(),
  endDate: z.string().optional(),
  /** in_effect: on or before the evaluation date; upcoming: after it. */
  state: z.enum(['in_effect', 'upcoming']),
  subjects: z.array(z.string()),
  url: z.string(),
});

/** Sources that disagree about a fact the answer used: every value with its sources and dates, and the verdict. */
export const ConflictRefSchema = z.object({
  id: z.string(),
  topic: z.string(),
  resolved: z.boolean(),
  /** Which value answers use and why; for an unresolved conflict, why no value could be chosen. */
  verdict: z.string(),
  values: z.array(
    z.object({
      value: z.string(),
      current: z.boolean(),
      sources: z.array(z.object({ title: z.string(), section: z.string(), date: z.string().nullable(), pageUrl: z.string().optional() })),
    }),
  ),
  facts: z.array(z.string()),
  url: z.string(),
});

/**
 * answered: the question is inside the model and the answer rests on it; low_confidence: inside our topics
 * but the best match is weak; not_covered: outside what the model knows (prices, other vendors, …).
 */
export const CoverageSchema = z.enum(['answered', 'low_confidence', 'not_covered']);

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
  coverage: CoverageSchema,
  lifecycle: z.array(LifecycleRefSchema),
  conflicts: z.array(ConflictRefSchema),
  error: UsageErrorSchema.optional(),
  data: z.record(z.string(), z.unknown()),
});
/** Validates an answer object from outside (JSON from the CLI or /api/ask): the envelope by schema, `data` by its producer's contract. */
export function parseAnswer(json: unknown): Answer {
  return AnswerSchema.parse(json) as Answer;
}
