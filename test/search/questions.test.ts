/**
 * The project's own support questions (test/fixtures/search-questions.json): the right page must be in
 * the top 3 for at least 90% of them. Prints the figure and every miss.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import questions from '../fixtures/search-questions.json';
import { searchIndex } from '../../shared/search/query';
import { storedDocuments } from '../../shared/search/search-index';
import { matchesExpectation, testIndex } from './search-fixture';

interface Question {
  q: string;
  expect: string[];
  set?: string;
}

/** More questions per topic live in test/fixtures/search-questions/<topic>.json (same shape), so topics can grow apart. */
const MORE = path.join(__dirname, '../fixtures/search-questions');
const more = readdirSync(MORE)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => (JSON.parse(readFileSync(path.join(MORE, f), 'utf8')) as { questions: Question[] }).questions);
const all = [...(questions.questions as Question[]), ...more];

function rankOf(q: Question): { rank: number; top: string[] } {
  const hits = searchIndex(testIndex(), q.q, { limit: 3 }).hits;
  return { rank: hits.findIndex((h) => q.expect.some((e) => matchesExpectation(h.url, e))), top: hits.map((h) => h.url) };
}

describe('the support question set', () => {
  it('has at least 40 questions, each with a site path to find', () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
    for (const q of all) {
      expect(q.q.trim()).not.toBe('');
      expect(q.expect.length).toBeGreaterThan(0);
      for (const e of q.expect) expect(e).toMatch(/^\/docs\//);
    }
  });

  it('every expected page exists in the index', () => {
    const urls = new Set<string>();
    const index = testIndex();
    for (const q of all) for (const e of q.expect) urls.add(e);
    // a fact or page anchor that nothing in the index points at would make the question unanswerable
    const known = new Set(storedDocuments(index).map((d) => d.url));
    const knownPaths = new Set([...known].map((u) => u.split('#')[0]));
    const missing = [...urls].filter((u) => !(u.includes('#') ? known.has(u) : knownPaths.has(u)));
    expect(missing).toEqual([]);
  });

  it('puts the right page in the top 3 for at least 90% of the questions', () => {
    const results = all.map((q) => ({ q, ...rankOf(q) }));
    const hits = results.filter((r) => r.rank >= 0);
    const rate = hits.length / results.length;
    const holdout = results.filter((r) => r.q.set === 'holdout');
    const lines = [
      `search question set: ${hits.length}/${results.length} in the top 3 (${(rate * 100).toFixed(1)}%)` +
        (holdout.length ? `; held-out subset ${holdout.filter((r) => r.rank >= 0).length}/${holdout.length}` : ''),
      ...results
        .filter((r) => r.rank < 0)
        .map((r) => `  miss: "${r.q.q}" wanted ${r.q.expect.join(' or ')}; got ${r.top.join(', ') || 'nothing'}`),
    ];
    console.log(lines.join('\n'));
    expect(rate).toBeGreaterThanOrEqual(0.9);
  });
});
