/** The index the tests search: built in memory from the knowledge model, the commands and the guide files, as the build script does. */
import { loadKnowledge } from '../../knowledge';
import { commands } from '../../shared/commands/registry';
import { readSearchInputs } from '../../shared/search/load-node';
import { buildSearchIndex } from '../../shared/search/search-index';
import type { SearchIndex } from '../../shared/search/search-index';

export const AS_OF = '2026-11-21';
export const kb = loadKnowledge();

let index: SearchIndex | undefined;

export function testIndex(): SearchIndex {
  if (!index) {
    const inputs = readSearchInputs(kb, commands);
    index = buildSearchIndex(inputs.documents(), inputs.fingerprint);
  }
  return index;
}

/** `/docs/x#y` matches an expectation with the same path and anchor, or the same path when the expectation has no anchor. */
export function matchesExpectation(url: string, expected: string): boolean {
  return expected.includes('#') ? url === expected : url.split('#')[0] === expected;
}
