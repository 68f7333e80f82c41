/**
 * Out-of-scope questions (test/fixtures/search-questions/out-of-scope.json) are answered as not covered,
 * every one of them: prices, other vendors' clients, template authoring, outages, licences.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCommand } from '../../shared/commands/registry';
import { AS_OF, kb, testIndex } from './search-fixture';

const { notCovered } = JSON.parse(readFileSync(path.join(__dirname, '../fixtures/search-questions/out-of-scope.json'), 'utf8')) as {
  notCovered: string[];
};

describe('questions outside the model', () => {
  it('there are at least 10', () => expect(notCovered.length).toBeGreaterThanOrEqual(10));

  it.each(notCovered)('"%s" is answered as not covered', (q) => {
    const a = runCommand(q, { kb, asOf: AS_OF, searchIndex: () => testIndex() });
    expect([a.command, a.coverage]).toEqual(['search', 'not_covered']);
  });
});
