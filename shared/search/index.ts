/**
 * Search, browser-safe: everything except load-node.ts (which reads files).
 * The site: `loadSearchIndex(await (await fetch(url)).json())`, then `searchIndex(index, q)` for its
 * results page, and `setSearchIndexProvider(() => index)` so /ask answers `search …` from the same index.
 */
export { analyze, analyzeQuery, analyzeTerms, stem, STOP_WORDS } from './analyze';
export type { AnalyzedTerm, TermOrigin } from './analyze';
export { synonymGroups } from './synonyms';
export { buildSearchDocuments, documentKinds, humanDate } from './documents';
export type { CommandDeclaration, DocumentKind, GuidePage, SearchDocument } from './documents';
export { parseGuideMdx, slugifyHeading } from './guides';
export { searchOptions, indexedFields, storedFields, fieldBoosts, packStored, unpackStored } from './options';
export type { StoredDocument, StoredField } from './options';
export {
  buildSearchIndex,
  serializeSearchIndex,
  loadSearchIndex,
  storedDocuments,
  fingerprintInputs,
  hashText,
  SEARCH_INDEX_FORMAT,
} from './search-index';
export type { SearchIndex, SerializedSearchIndex, IndexFingerprint } from './search-index';
export { planQuery } from './routing';
export type { QueryPlan, CommandSuggestion } from './routing';
export { searchIndex, markMatches, MARK_OPEN, MARK_CLOSE } from './query';
export type { SearchHit, SearchOutcome, SearchIndexOptions } from './query';
export { getSearchIndex, setSearchIndexProvider, resetSearchIndexProvider, inMemorySearchIndex } from './provider';
export type { SearchIndexProvider } from './provider';
