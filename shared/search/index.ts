/**
 * Search, browser-safe: everything except load-node.ts (which reads files).
 * The site: `loadSearchIndex(await (await fetch(url)).json())`, then `searchIndex(index, q)` for its
 * results page, and `runCommand(text, { …, searchIndex: () => index })` so /ask answers `search …` from the same index.
 */
export { loadSearchIndex } from './search-index';
export { searchIndex } from './query';
