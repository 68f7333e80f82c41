/**
 * Answer pieces that don't depend on the question, made once and shared by every answer that carries them:
 * a fact's reference and a conflict's values and sources are the same for every question of a model and
 * site base. Answers used to rebuild them each time (a third of a sizing answer's allocations), and the
 * renderers can then keep what they render from them (shared/render/slack-parts.ts). Frozen, so a consumer
 * that tried to change one answer's piece would fail instead of changing every answer's.
 */
import type { KnowledgeBase } from '../../knowledge';
import { deepFreeze } from '../frozen-memo';

/**
 * Distinct site bases remembered per model. The bot, the CLI and the site each use one; a caller that
 * invents bases (a test) only loses the sharing, never memory.
 */
const MAX_BASES_PER_MODEL = 8;

const byModel = new WeakMap<KnowledgeBase, Map<string, Map<string, unknown>>>();

/** The shared piece for `key` under this model and base, made (and frozen) by `make` the first time. */
export function sharedRef<T>(kb: KnowledgeBase, base: string, key: string, make: () => T): T {
  let bases = byModel.get(kb);
  if (!bases) {
    bases = new Map();
    byModel.set(kb, bases);
  }
  let refs = bases.get(base);
  if (!refs) {
    if (bases.size >= MAX_BASES_PER_MODEL) bases.clear();
    refs = new Map();
    bases.set(base, refs);
  }
  let ref = refs.get(key) as T | undefined;
  if (ref === undefined) {
    ref = deepFreeze(make());
    refs.set(key, ref);
  }
  return ref;
}
