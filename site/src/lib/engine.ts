/**
 * The rules engine in the browser: the same `runCommand` the bot and the CLI call, on the same
 * knowledge model, with no server. Used by /ask and the calculators (never by the navbar, so other
 * pages don't carry the model).
 *
 * Commands that rank text (search) need the search index, which the browser fetches. The engine says
 * which texts need it (`needsSearchIndex`), so only those questions download it.
 */
import { useMemo } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { loadKnowledge } from '@knowledge/index';
import type { KnowledgeBase } from '@knowledge/index';
import type { Answer } from '@shared/answer/answer';
import { needsSearchIndex, runCommand, today } from '@shared/commands/registry';
import { renderMarkdown } from '@shared/render/markdown';
import type { SearchIndex } from '@shared/search/search-index';
import type { AnswerExampleView } from '@site/plugins/knowledge/view-model';
import { answerView } from './answer-view';
import { loadSearcher } from './search-loader';

let searchIndex: SearchIndex | undefined;

export function knowledge(): KnowledgeBase {
  return loadKnowledge();
}

export { today };

export interface EngineAnswer {
  answer: Answer;
  view: AnswerExampleView;
  markdown: string;
}

function present(answer: Answer, base: string): EngineAnswer {
  return { answer, view: answerView(answer, base), markdown: renderMarkdown(answer) };
}

/** Answers at once, unless the text is a search and the index is not loaded yet (then undefined). */
export function answerNow(text: string, asOf: string, base: string): EngineAnswer | undefined {
  const kb = loadKnowledge();
  const index = searchIndex;
  if (!index && needsSearchIndex(text, { kb, asOf, base })) return undefined;
  return present(runCommand(text, { kb, asOf, base, ...(index ? { searchIndex: () => index } : {}) }), base);
}

/** Answers, loading the search index first when the text turns out to be a search. */
export async function answerCommand(text: string, asOf: string, base: string, indexUrl: string): Promise<EngineAnswer> {
  const now = answerNow(text, asOf, base);
  if (now) return now;
  const index = (await loadSearcher(indexUrl)).index;
  searchIndex = index;
  return present(runCommand(text, { kb: loadKnowledge(), asOf, base, searchIndex: () => index }), base);
}

/** The base URL answers link to: the site's configured URL, as the bot's permalinks use it. */
export function useAnswerBase(): string {
  const { siteConfig } = useDocusaurusContext();
  return useMemo(() => siteConfig.url.replace(/\/+$/, ''), [siteConfig.url]);
}
