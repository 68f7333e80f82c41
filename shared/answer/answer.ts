import type * as z from 'zod';
import type {
  AnswerSchema,
  ConflictRefSchema,
  CoverageSchema,
  FactRefSchema,
  FindingSchema,
  LifecycleRefSchema,
  LinkSchema,
  SectionSchema,
  UsageErrorSchema,
} from './answer-schema';
import type { AnswerDataByCommand, CommandName } from './data';

export { AnswerSchema, parseAnswer } from './answer-schema';

/**
 * The one answer object every command returns and every face renders.
 * Sections are semantic (table, list, note): no Slack mrkdwn or Markdown inside; renderers escape every string.
 */
export type Finding = z.infer<typeof FindingSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type FactRef = z.infer<typeof FactRefSchema>;
export type Link = z.infer<typeof LinkSchema>;
export type UsageErrorInfo = z.infer<typeof UsageErrorSchema>;
export type LifecycleRef = z.infer<typeof LifecycleRefSchema>;
export type ConflictRef = z.infer<typeof ConflictRefSchema>;
export type Coverage = z.infer<typeof CoverageSchema>;

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
