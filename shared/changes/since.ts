/**
 * A permalink's question answered on its own date and on today's, and what changed in between
 * (answer-changes.ts): for the faces that run the engine here, Slack's unfurls and the CLI's --diff-from.
 */
import { isIsoDate } from '../../knowledge/dates';
import { runCommand } from '../commands/registry';
import type { RunOptions } from '../commands/registry';
import type { AnswerChanges } from './answer-changes';
import { changesBetween } from './answer-changes';

export interface ChangeOptions extends Omit<RunOptions, 'asOf'> {
  /** The permalink's evaluation date. */
  asOf: string;
  /** The date the answer is compared with: today, on every face. */
  today: string;
  /** The permalink's knowledge version (`kv`), when it has one. */
  kv?: string;
}

/**
 * The question on `asOf` and on `today`, and what changed in between; undefined when there is nothing to
 * compare (the date is not a date, or not older than today, or the question is a usage error).
 */
export function answerChangesSince(text: string, opts: ChangeOptions): AnswerChanges | undefined {
  if (!isIsoDate(opts.asOf) || !isIsoDate(opts.today) || opts.asOf >= opts.today) return undefined;
  const { asOf, today, kv, ...run } = opts;
  const before = runCommand(text, { ...run, asOf });
  const now = runCommand(text, { ...run, asOf: today });
  return changesBetween(before, now, { kb: opts.kb, kv, base: run.base });
}
