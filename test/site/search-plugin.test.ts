/**
 * The site's search plugin writes the one index for `docusaurus start` and the build: only when the
 * file there can't be loaded or was built from other inputs, and never over the size budget.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { policy } from '../../shared';
import { loadSearchIndex } from '../../shared/search';
import { defaultGuidesDir } from '../../shared/search/load-node';
import { ensureSearchIndexFile } from '../../site/plugins/search/ensure-index';
import { BUILD_DIR, requireBuild, SITE_DIR } from './site-build';

jest.setTimeout(60_000);

test('writes a missing or unreadable index, keeps a current one', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vpn-search-'));
  const file = path.join(dir, 'generated', 'search-index.json');
  try {
    const first = ensureSearchIndexFile(file, defaultGuidesDir());
    expect(first.written).toBe(true);
    const json = fs.readFileSync(file, 'utf8');
    expect(loadSearchIndex(json).documentCount).toBeGreaterThan(100);
    expect(first.gzipBytes).toBe(gzipSync(json).length);
    expect(first.gzipBytes).toBeLessThan(policy.searchIndexBudgetBytes);

    const again = ensureSearchIndexFile(file, defaultGuidesDir());
    expect(again).toEqual({ ...first, written: false });

    fs.writeFileSync(file, JSON.stringify({ format: 1, fingerprint: loadSearchIndex(json).fingerprint }));
    expect(ensureSearchIndexFile(file, defaultGuidesDir()).written).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toBe(json);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the built site serves the current index, the one the CLI loads', () => {
  requireBuild();
  const staticFile = path.join(SITE_DIR, 'static', 'generated', 'search-index.json');
  const r = ensureSearchIndexFile(staticFile, defaultGuidesDir());
  expect(r.written).toBe(false);
  expect(r.version).toMatch(/^\d+-[0-9a-f]{16}-[0-9a-f]{16}$/);
  const served = fs.readFileSync(path.join(BUILD_DIR, 'generated', 'search-index.json'), 'utf8');
  expect(served).toBe(fs.readFileSync(staticFile, 'utf8'));
  const cli = path.resolve(SITE_DIR, '..', 'dist', 'search-index.json');
  if (fs.existsSync(cli)) expect(loadSearchIndex(fs.readFileSync(cli, 'utf8')).fingerprint).toEqual(loadSearchIndex(served).fingerprint);
});
