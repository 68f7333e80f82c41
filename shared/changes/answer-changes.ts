/**
 * "This answer has changed": two answers to a permalink's question (its own date and today) compared, plus
 * the corrections to the facts it used that its knowledge version predates, and the words for them. The
 * site's /ask banner, Slack's unfurls and the CLI's --diff-from all use this, so they say the same thing.
 * No engine here (since.ts runs it): the site's rendering modules import this one.
 */
import type { KnowledgeBase } from '../../knowledge';
import { correctionsSince, knowledgeVersion } from '../../knowledge/changelog';
import type { FactCorrection } from '../../knowledge/changelog';
import type { Answer } from '../answer/answer';
import { formatFactValue } from '../format';
import { paths, siteUrl } from '../site-urls';
import type { AnswerChange } from './compare';
import { compareAnswers } from './compare';

export interface AnswerChanges {
  /** The answer on the permalink's date (recomputed with today's knowledge). */
  before: Answer;
  /** The answer today. */
  now: Answer;
  changes: AnswerChange[];
  /** Facts the answer uses that were corrected after the permalink's knowledge version. */
  corrections: FactCorrection[];
  /** Today's answer's permalink. */
  todayUrl: string;
}

/**
 * What changed from one answer to another of the same question (already computed, as the browser does
 * with its own engine), with the corrections since `kv`; undefined when either is a usage error.
 */
export function changesBetween(
  before: Answer,
  now: Answer,
  opts: { kb: KnowledgeBase; kv?: string; base?: string },
): AnswerChanges | undefined {
  if (before.kind === 'usage_error' || now.kind === 'usage_error') return undefined;
  // The question itself may carry "as of DATE"; then both answers share that date and nothing moved.
  const changes = before.asOf === now.asOf ? [] : compareAnswers(before, now);
  const corrections = opts.kv
    ? correctionsSince(
        opts.kb,
        opts.kv,
        now.facts.map((f) => f.id),
      )
    : [];
  const base = opts.base ?? now.permalink.slice(0, now.permalink.indexOf('/ask?'));
  return { before, now, changes, corrections, todayUrl: siteUrl(paths.ask(now.query, now.asOf, knowledgeVersion(opts.kb)), base) };
}

/** Whether there is anything to tell the reader. */
export function hasChanged(c: AnswerChanges | undefined): boolean {
  return !!c && (c.changes.length > 0 || c.corrections.length > 0);
}

/** The words every face shows: a heading per part, one line per change or correction. */
export interface ChangeNotice {
  heading: string;
  changes: string[];
  correctionsHeading: string | null;
  corrections: string[];
  todayText: string;
}

export function changeNotice(c: AnswerChanges, kv?: string): ChangeNotice {
  return {
    heading: c.changes.length
      ? `This answer has changed since ${c.before.asOf}: as of ${c.now.asOf}, ${c.changes.length === 1 ? 'one thing is' : `${c.changes.length} things are`} different.`
      : `This answer is the same as of ${c.now.asOf}, but facts it uses were corrected since it was given.`,
    changes: c.changes.map((x) => x.text),
    correctionsHeading: c.corrections.length
      ? `Corrected since this link was made${kv ? ` (knowledge of ${kv})` : ''}: the answers above already use the corrected values.`
      : null,
    corrections: c.corrections.map(
      (x) =>
        `${x.title}: now ${formatFactValue({ value: x.value, unit: x.unit })}, was ${formatFactValue({ value: x.previousValue, unit: x.unit })} (source of ${x.date}).`,
    ),
    todayText: `Today's answer (${c.now.asOf})`,
  };
}

/** The notice as plain text lines, for the CLI and Slack (which escape it themselves). */
export function changeNoticeLines(n: ChangeNotice): string[] {
  return [
    n.heading,
    ...n.changes.map((t) => `• ${t}`),
    ...(n.correctionsHeading ? [n.correctionsHeading, ...n.corrections.map((t) => `• ${t}`)] : []),
  ];
}
