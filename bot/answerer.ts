/**
 * The bot's only way to the engine: command text (and an optional evaluation date) in, an Answer out.
 * Listeners receive it as a dependency, so a test can hand them an engine that fails.
 */
import type { KnowledgeBase } from '../knowledge';
import type { Answer } from '../shared/answer/answer';
import { runCommand } from '../shared/commands/registry';
import type { SearchIndexProvider } from '../shared/search/provider';
import { slackLink, type BlockKitMessage } from '../shared/render/block-kit';
import { escapeSlack } from '../shared/render/escape';

export type AnswerFn = (text: string, asOf?: string) => Answer;

/**
 * `base` is read per answer: with PORT=0 the site's URL is only known once the server listens.
 * `defaultAsOf` pins the evaluation date when a request names none (tests); default: today.
 */
export function makeAnswerer(kb: KnowledgeBase, base: () => string, defaultAsOf?: string, searchIndex?: SearchIndexProvider): AnswerFn {
  return (text, asOf) => runCommand(text, { kb, asOf: asOf ?? defaultAsOf, base: base(), searchIndex });
}

/** `answer`, telling `observe` of every answer it gives (the metrics count them by command and coverage). */
export function observeAnswers(answer: AnswerFn, observe: (a: Answer) => void): AnswerFn {
  return (text, asOf) => {
    const a = answer(text, asOf);
    observe(a);
    return a;
  };
}

/** What the user sees when answering failed: short, no internals (those go to the log). */
export function apologyMessage(siteBase: string, what = 'answering that'): BlockKitMessage {
  const text = `:warning: Sorry, something went wrong while ${escapeSlack(what)}. It has been logged; please try again in a moment, or use ${slackLink(siteBase, 'the docs site')}.`;
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text, verbatim: true } }] };
}

/** A one-line notice (used-up Share button, expired link, message without text). */
export function noticeMessage(text: string): BlockKitMessage {
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text, verbatim: true } }] };
}
