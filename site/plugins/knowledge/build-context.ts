import { isIsoDate, loadKnowledge } from '../../../knowledge';
import type { SearchIndexProvider } from '../../../shared/search/provider';
import { today } from '../../../shared/commands/registry';
import { siteBase } from '../../../shared/site-urls';
import type { GenerateContext } from './reference/common';

/**
 * The build's context: the project's model, the evaluation date (SITE_AS_OF, else today, UTC) and
 * the base URL answers link to (SITE_URL, else http://localhost:<PORT or 3000>).
 */
export function buildContext(env: Record<string, string | undefined> = process.env, searchIndex?: SearchIndexProvider): GenerateContext {
  const asOf = env.SITE_AS_OF?.trim() || today();
  if (!isIsoDate(asOf)) throw new Error(`site: SITE_AS_OF must be a YYYY-MM-DD calendar date, got "${asOf}"`);
  return { kb: loadKnowledge(), asOf, base: siteBase(env), ...(searchIndex ? { searchIndex } : {}) };
}
