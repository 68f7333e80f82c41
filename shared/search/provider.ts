/**
 * Where the search command gets its index. Each face installs what it has: the CLI and the bot the
 * file built at build time (load-node.ts), the site the JSON it fetched. With nothing installed, the
 * index is built in memory from the knowledge model once per model (tests, tools run from source).
 */
import type { KnowledgeBase } from '../../knowledge';
import type { CommandDeclaration, GuidePage } from './documents';
import { buildSearchDocuments } from './documents';
import type { SearchIndex } from './search-index';
import { buildSearchIndex, fingerprintInputs } from './search-index';

/** Returns the index to search; `commands` are the registry's declarations (for an in-memory build). */
export type SearchIndexProvider = (kb: KnowledgeBase, commands: readonly CommandDeclaration[]) => SearchIndex;

const built = new WeakMap<KnowledgeBase, SearchIndex>();

/** Builds the index from the model in memory, once per model object. */
function inMemorySearchIndex(kb: KnowledgeBase, commands: readonly CommandDeclaration[], guides: readonly GuidePage[] = []): SearchIndex {
  let index = built.get(kb);
  if (!index) {
    index = buildSearchIndex(buildSearchDocuments(kb, guides, commands), fingerprintInputs(kb, commands));
    built.set(kb, index);
  }
  return index;
}

/** The index runCommand uses when its options name none: built from the model in memory, once per model. */
export const defaultSearchIndex: SearchIndexProvider = (kb, commands) => inMemorySearchIndex(kb, commands);
