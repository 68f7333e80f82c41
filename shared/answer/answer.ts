import * as z from 'zod';
import type { AnswerDataByCommand, CommandName } from './data';

/**
 * The one answer object every command returns and every face renders.
 * Sections are semantic (table, list, note): no Slack mrkdwn or Markdown inside; renderers escape every string.
 */
const SeveritySchema = z.enum(['info', 'warning', 'critical']);

const FindingSchema = z.object({
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
export type Finding = z.infer<typeof FindingSchema>;

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
const SectionSchema = z.discriminatedUnion('type', [TableSectionSchema, ListSectionSchema, NoteSectionSchema, CommandsSectionSchema]);
export type Section = z.infer<typeof SectionSchema>;

const FactRefSchema = z.object({
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

/** A dated lifecycle event of something the answer used, read against the evaluation date. */
const LifecycleRefSchema = z.object({
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
export type LifecycleRef = z.infer<typeof LifecycleRefSchema>;

/** Sources that disagree about a fact the answer used: every value with its sources and dates, and the verdict. */
const ConflictRefSchema = z.object({
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
export type ConflictRef = z.infer<typeof ConflictRefSchema>;

/**
 * answered: the question is inside the model and the answer rests on it; low_confidence: inside our topics
 * but the best match is weak; not_covered: outside what the model knows (prices, other vendors, …).
 */
const CoverageSchema = z.enum(['answered', 'low_confidence', 'not_covered']);
export type Coverage = z.infer<typeof CoverageSchema>;

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

/** What every answer has, whatever its command. */
type AnswerEnvelope = Omit<z.infer<typeof AnswerSchema>, 'kind' | 'command' | 'error' | 'data'>;

/** A command's answer, its `data` typed by the command that produced it. */
export type AnswerOf<C extends CommandName> = AnswerEnvelope & {
  kind: 'answer';
  command: C;
  error?: undefined;
  data: AnswerDataByCommand[C];
};

export type UsageErrorAnswer = AnswerEnvelope & {
  kind: 'usage_error';
  /** The command whose parser refused the words, or "vpn" when no command was reached. */
  command: CommandName | 'vpn';
  error: UsageErrorInfo;
  data: Record<string, never>;
};

/** The one answer object: a union keyed by `kind` and `command`, so every consumer is checked against its producer. */
export type Answer = { [C in CommandName]: AnswerOf<C> }[CommandName] | UsageErrorAnswer;

/** Narrows an answer to one command's, e.g. `if (isAnswerOf(a, 'sizing')) a.data.recommended`. */
export function isAnswerOf<C extends CommandName>(a: Answer, command: C): a is Answer & AnswerOf<C> {
  return a.kind === 'answer' && a.command === command;
}

/** Validates an answer object from outside (JSON from the CLI or /api/ask): the envelope by schema, `data` by its producer's contract. */
export function parseAnswer(json: unknown): Answer {
  return AnswerSchema.parse(json) as Answer;
}
