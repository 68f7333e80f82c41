import { loadKnowledge } from '../../../knowledge';
import { today } from '../../../shared/commands/registry';
import { siteBase } from '../../../shared/site-urls';
import type { GenerateContext } from './reference/common';

/**
 * The build's context: the project's model, the evaluation date (SITE_AS_OF, else today, UTC) and
 * the base URL answers link to (SITE_URL, else http://localhost:<PORT or 3000>).
 */
export function buildContext(env: Record<string, string | undefined> = process.env): GenerateContext {
  const asOf = env.SITE_AS_OF?.trim() || today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`site: SITE_AS_OF must be YYYY-MM-DD, got "${asOf}"`);
  return { kb: loadKnowledge(), asOf, base: siteBase(env) };
}
