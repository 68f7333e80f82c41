import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import questions from '../fixtures/search-questions.json';
import { commands } from '../../shared/commands/registry';
import { policy } from '../../shared/policy';
import { loadNodeSearchIndex } from '../../shared/search/load-node';
import { searchOptions } from '../../shared/search/options';
import { searchIndex } from '../../shared/search/query';
import { loadSearchIndex, serializeSearchIndex } from '../../shared/search/search-index';
import type { SerializedSearchIndex } from '../../shared/search/search-index';
import { kb, testIndex } from './search-fixture';

const queries = (questions.questions as { q: string }[]).map((q) => q.q);
const urls = (index: ReturnType<typeof testIndex>, q: string) => searchIndex(index, q, { limit: 5 }).hits.map((h) => `${h.url} ${h.score}`);

describe('the serialized index', () => {
  const json = serializeSearchIndex(testIndex());

  it('loads with the same options and gives the same results', () => {
    const loaded = loadSearchIndex(json);
    expect(loaded.documentCount).toBe(testIndex().documentCount);
    for (const q of queries) expect(urls(loaded, q)).toEqual(urls(testIndex(), q));
  });

  it('is a MiniSearch index that MiniSearch.loadJSON reads with the shared options', () => {
    const data = JSON.parse(json) as SerializedSearchIndex;
    const mini = MiniSearch.loadJSON(JSON.stringify(data.index), searchOptions);
    expect(mini.documentCount).toBe(testIndex().documentCount);
    expect(mini.search('sstp').length).toBeGreaterThan(0);
  });

  it('also loads from an already-parsed object (the site fetches JSON)', () => {
    const loaded = loadSearchIndex(JSON.parse(json) as SerializedSearchIndex);
    expect(urls(loaded, 'VpnGw2AZ throughput')).toEqual(urls(testIndex(), 'VpnGw2AZ throughput'));
  });

  it('fits the site budget gzipped', () => {
    const gz = gzipSync(json).length;
    console.log(
      `search index: ${(json.length / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzipped (budget ${(policy.searchIndexBudgetBytes / 1024).toFixed(0)} KB), ${testIndex().documentCount} documents`,
    );
    expect(gz).toBeLessThan(policy.searchIndexBudgetBytes);
  });

  it('refuses a file of another format', () => {
    expect(() => loadSearchIndex(JSON.stringify({ format: 0, index: {} }))).toThrow(/format/);
  });
});

describe('loading in Node', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'vpn-search-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('uses a fresh file', () => {
    const file = path.join(dir, 'fresh.json');
    writeFileSync(file, serializeSearchIndex(testIndex()));
    const { source } = loadNodeSearchIndex(kb, commands, { files: [file] });
    expect(source).toEqual({ kind: 'file', file });
  });

  it('builds in memory when the file is missing, and says why', () => {
    const { index, source } = loadNodeSearchIndex(kb, commands, { files: [path.join(dir, 'missing.json')] });
    expect(source).toEqual({ kind: 'memory', reason: 'no index file' });
    expect(urls(index, 'sstp limit')).toEqual(urls(testIndex(), 'sstp limit'));
  });

  it('does not trust a file built from another knowledge model', () => {
    const file = path.join(dir, 'stale.json');
    const data = JSON.parse(serializeSearchIndex(testIndex())) as SerializedSearchIndex;
    writeFileSync(file, JSON.stringify({ ...data, fingerprint: { ...data.fingerprint, knowledge: 'something-else' } }));
    const { source } = loadNodeSearchIndex(kb, commands, { files: [file] });
    expect(source.kind).toBe('memory');
    expect(source.kind === 'memory' && source.reason).toMatch(/another version of the knowledge model/);
  });

  it('does not trust a file built from other guides, when the guides can be read', () => {
    const file = path.join(dir, 'guides.json');
    const data = JSON.parse(serializeSearchIndex(testIndex())) as SerializedSearchIndex;
    writeFileSync(file, JSON.stringify({ ...data, fingerprint: { ...data.fingerprint, guides: 'other' } }));
    const guidesDir = path.join(dir, 'guides');
    mkdirSync(guidesDir);
    writeFileSync(path.join(guidesDir, 'azure-only.mdx'), '---\ntitle: "Another text"\n---\n\nDifferent prose.\n');
    expect(loadNodeSearchIndex(kb, commands, { files: [file], guidesDir }).source.kind).toBe('memory');
  });

  it('reads a corrupt file as missing', () => {
    const file = path.join(dir, 'corrupt.json');
    writeFileSync(file, '{"format":1,');
    const { source } = loadNodeSearchIndex(kb, commands, { files: [file] });
    expect(source.kind === 'memory' && source.reason).toMatch(/could not be read/);
  });
});
