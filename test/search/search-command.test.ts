import type { AnswerOf } from '../../shared/answer/answer';
import { AnswerSchema, isAnswerOf } from '../../shared/answer/answer';
import { runCommand } from '../../shared/commands/registry';
import { policy } from '../../shared/policy';
import { renderMarkdown } from '../../shared/render/markdown';
import { renderPlainText } from '../../shared/render/plain-text';
import { AS_OF, kb, testIndex } from './search-fixture';

const BASE = 'http://docs.test';
/** Every text here is a search; the index comes through RunOptions, as each face passes its own. */
const ask = (text: string): AnswerOf<'search'> => {
  const a = runCommand(text, { kb, asOf: AS_OF, base: BASE, searchIndex: () => testIndex() });
  if (!isAnswerOf(a, 'search')) throw new Error(`"${text}" was answered by ${a.command}, not search`);
  return a;
};
const results = (text: string) => ask(text).data.results;

describe('the search command', () => {
  it('puts the SSTP limit first for "search why can only 128 users connect"', () => {
    const a = ask('search why can only 128 users connect');
    expect(a.kind).toBe('answer');
    expect(a.command).toBe('search');
    const [first] = a.data.results;
    expect(first.url).toBe(`${BASE}/docs/reference/point-to-site#sstp-max-connections`);
    expect(first.value).toBe('128 connections');
    expect(a.summary).toContain('Maximum concurrent SSTP connections per gateway — 128 connections');
  });

  it('answers text that names no command the same way (the fallback)', () => {
    const direct = results('search UDP 500 blocked at hotel').map((r) => r.url);
    const fallback = ask('UDP 500 blocked at hotel');
    expect(fallback.command).toBe('search');
    expect(fallback.data.results.map((r) => r.url)).toEqual(direct);
    expect(results('why can only 128 users connect')[0].path).toBe('/docs/reference/point-to-site#sstp-max-connections');
  });

  it('returns policy.searchResults results with title and url, best first', () => {
    const a = ask('search VpnGw2AZ throughput');
    expect(AnswerSchema.parse(a)).toBeTruthy();
    const rs = a.data.results;
    expect(rs).toHaveLength(policy.searchResults);
    rs.forEach((r, i) => {
      expect(r.rank).toBe(i + 1);
      expect(r.title).toEqual(expect.any(String));
      expect(r.url).toBe(`${BASE}${r.path}`);
      expect(r.section).toEqual(expect.any(String));
      if (i > 0) expect(r.score).toBeLessThanOrEqual(rs[i - 1].score);
    });
    // every result is also shown: a section per result, with its site link
    expect(a.sections.filter((s) => s.type === 'note')).toHaveLength(rs.length);
    expect(a.sections[0].title).toBe(`1. ${rs[0].title}`);
  });

  it('cites the facts it found, with source and date', () => {
    const a = ask('search VpnGw2AZ throughput');
    expect(a.facts.map((f) => f.id)).toEqual(expect.arrayContaining(['vpngw2az-gen2-throughput', 'vpngw2az-gen1-throughput']));
    for (const f of a.facts) expect(f.source.title).not.toBe('');
  });

  it('marks matched terms in plain text, with no Markdown or Slack syntax of its own', () => {
    const a = ask('search UDP 500 blocked at hotel');
    const snippet = a.data.results[0].snippet;
    expect(snippet).toMatch(/«UDP» «500»/);
    for (const s of a.sections) {
      const text = s.type === 'note' ? s.text : s.type === 'list' ? s.items.join(' ') : '';
      expect(text).not.toMatch(/\*\*|__|`|<https?:|\]\(/);
    }
  });

  it('suggests a command when the question is one in disguise', () => {
    const a = ask('10.0.0.0/24 overlaps on-premises');
    // Face-neutral: each face adds its own prefix ("vpn", "/vpn") or links the command to /ask.
    const tries = a.sections.find((s) => s.type === 'commands');
    expect(tries && tries.type === 'commands' && tries.items[0]?.command).toMatch(/^pool 10\.0\.0\.0\/24 avoid /);
    expect(a.data.suggestions).toEqual([expect.objectContaining({ command: expect.stringMatching(/^pool 10\.0\.0\.0\/24 avoid/) })]);
  });

  it('reads dated results against the evaluation date', () => {
    const a = ask('search when does sstp stop working');
    const first = a.data.results[0];
    expect(first.path).toBe('/docs/reference/changelog#sstp-retired');
    expect(a.sections[0].type === 'note' && a.sections[0].text).toContain(`not yet in effect on ${AS_OF}`);
    const later = runCommand('search when does sstp stop working', { kb, asOf: '2027-06-01', base: BASE });
    expect(later.sections[0].type === 'note' && later.sections[0].text).toContain('in effect on 2027-06-01');
  });

  it('says so when nothing matches', () => {
    const a = ask('search qqqzzzxxy');
    expect(a.kind).toBe('answer');
    expect(a.data.results).toEqual([]);
    expect(a.findings.map((f) => f.code)).toEqual(['no_match']);
  });

  it('is a usage error with nothing to search', () => {
    const a = runCommand('search', { kb, asOf: AS_OF, base: BASE });
    expect(a.kind).toBe('usage_error');
    expect(a.error?.code).toBe('empty_search');
  });

  it('keeps user text inert: it only appears where renderers escape it', () => {
    const a = ask('search <!channel> <@U123> <https://evil.example|click> sstp');
    for (const r of a.data.results) expect(`${r.title} ${r.snippet}`).not.toMatch(/<!channel>|<@U123>|evil\.example/);
    expect(renderMarkdown(a)).not.toMatch(/<!channel>|<@U123>|<https:\/\/evil/);
    expect(renderPlainText(a)).toContain('Search:');
  });
});

describe('coverage: what search knows it does not know', () => {
  it.each([
    ['search how much does a VpnGw2AZ cost per month', 'prices'],
    ['search terraform module for point-to-site', 'template-authoring'],
    ['search is azure down today', 'outages'],
    ['search wireguard instead of the azure vpn client', 'other-vendor-clients'],
    ['search do we need a licence for the azure vpn client', 'licensing-and-support'],
  ])('"%s" is not covered (%s), says so, and cites nothing as its answer', (q, topic) => {
    const a = ask(q);
    expect(a.coverage).toBe('not_covered');
    expect(a.summary).toContain(kb.outOfScope.find((s) => s.id === topic)!.says);
    expect(a.facts).toEqual([]);
    expect(a.findings.map((f) => f.code)).toContain('not_covered');
  });

  it('a weak match inside our topics is low confidence, and its results are shown as guesses', () => {
    const a = ask('search kubernetes ingress tls');
    expect(a.coverage).toBe('low_confidence');
    expect(a.summary).toMatch(/^Not sure/);
    expect(a.sections[0]?.title).toMatch(/^Guess 1\./);
  });

  it('a vendor whose appliance a scenario covers is in scope', () => {
    expect(ask('search palo alto nva for remote users').coverage).toBe('answered');
    expect(ask('search why can only 128 users connect').coverage).toBe('answered');
  });
});
