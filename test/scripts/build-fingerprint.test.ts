/**
 * Which artifacts `npm start` rebuilds: on a small tree of its own, each change marks exactly the artifacts
 * made from it as stale, with a one-line reason; the production check reads only the manifest.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readBuildInfo } from '../../bot/build-info';
import {
  type ArtifactName,
  ARTIFACTS,
  checkBuilt,
  fingerprints,
  MANIFEST_FILE,
  recordBuilt,
  siteBaseOf,
  staleArtifacts,
} from '../../scripts/lib/build-fingerprint.cjs';
import { siteBase } from '../../shared/site-urls';

const ROOT = path.resolve(__dirname, '../..');
const ENV = { SITE_URL: 'https://vpn.example.test' };

let root: string;
const write = (rel: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), text);
};

/** A tree with one file in each kind of input, every output present, all recorded as built under ENV. */
function builtTree(): void {
  for (const rel of [
    'knowledge/data/gateways.ts',
    'shared/engine.ts',
    'bot/server.ts',
    'site/src/pages/index.tsx',
    'site/docs/scenarios/azure-only.mdx',
    'site/docusaurus.config.ts',
    'scripts/build-cli.mjs',
    'scripts/build-server.mjs',
    'scripts/build-search-index.ts',
    'package-lock.json',
    'tsconfig.json',
  ])
    write(rel, `// ${rel}\n`);
  for (const a of ARTIFACTS) for (const out of a.outputs) write(out, 'built');
  const current = fingerprints(root, ENV);
  for (const a of ARTIFACTS) recordBuilt(root, a.name, current[a.name]!);
}

const stale = (env: Record<string, string> = ENV) => staleArtifacts(root, fingerprints(root, env));
const staleNames = (env?: Record<string, string>) => stale(env).map((s) => s.name);

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'vpn-fingerprint-'));
  builtTree();
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('staleArtifacts', () => {
  test('nothing is stale right after recording, and touching files (mtime only) changes nothing', () => {
    expect(stale()).toEqual([]);
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(root, 'knowledge/data/gateways.ts'), later, later);
    expect(stale()).toEqual([]);
  });

  test('each input marks exactly the artifacts made from it, and names the file', () => {
    const cases: [string, ArtifactName[]][] = [
      ['bot/server.ts', ['cli', 'server']],
      ['site/src/pages/index.tsx', ['site']],
      ['site/docs/scenarios/azure-only.mdx', ['search-index', 'site']],
      ['scripts/build-server.mjs', ['server']],
      ['scripts/build-search-index.ts', ['search-index']],
      ['knowledge/data/gateways.ts', ['cli', 'server', 'search-index', 'site']],
      ['package-lock.json', ['cli', 'server', 'search-index', 'site']],
    ];
    for (const [file, expected] of cases) {
      builtTree();
      write(file, `// ${file}, edited\n`);
      const found = stale();
      expect([file, found.map((s) => s.name)]).toEqual([file, expected]);
      for (const s of found) expect(s.reason).toBe(`${file} changed`);
    }
  });

  test('added and removed files count; several changes are summed up', () => {
    write('shared/new-rule.ts', 'export {};\n');
    expect(stale().find((s) => s.name === 'server')?.reason).toBe('shared/new-rule.ts added');
    builtTree();
    fs.rmSync(path.join(root, 'bot/server.ts'));
    expect(stale().find((s) => s.name === 'cli')?.reason).toBe('bot/server.ts removed');
    write('bot/a.ts', '1');
    write('bot/b.ts', '2');
    expect(stale().find((s) => s.name === 'cli')?.reason).toBe('bot/a.ts added (and 2 more files)');
  });

  test('generated and installed folders are not inputs', () => {
    for (const rel of [
      'site/build/extra.html',
      'site/docs/generated/x.mdx',
      'site/.docusaurus/x.js',
      'site/static/generated/x.json',
      'site/node_modules/x/index.js',
    ])
      write(rel, 'generated');
    expect(stale()).toEqual([]);
  });

  test('a missing output makes its artifact stale, whatever the manifest says', () => {
    fs.rmSync(path.join(root, 'dist/vpn.js'));
    expect(stale()).toEqual([{ name: 'cli', build: 'npm run build:cli', reason: 'dist/vpn.js missing' }]);
  });

  test('no manifest: everything is stale, saying there is no record', () => {
    fs.rmSync(path.join(root, MANIFEST_FILE));
    expect(staleNames()).toEqual(['cli', 'server', 'search-index', 'site']);
    expect(stale()[0]!.reason).toMatch(/^no record in dist\/build-info\.json/);
  });

  test('another SITE_URL makes only the site stale, and says from what to what', () => {
    expect(stale({ SITE_URL: 'https://vpn.contoso.com' })).toEqual([
      {
        name: 'site',
        build: 'npm run site:build',
        reason:
          'built with links to https://vpn.example.test, now https://vpn.contoso.com (SITE_URL, or http://localhost:<PORT> when it is unset)',
      },
    ]);
    // The site's rule: a trailing slash is the same URL.
    expect(stale({ SITE_URL: 'https://vpn.example.test/' })).toEqual([]);
  });

  test('without SITE_URL the site bakes in http://localhost:<PORT>: PORT matters then, and only then', () => {
    const current = fingerprints(root, { PORT: '3000' });
    recordBuilt(root, 'site', current.site!);
    expect(staleNames({})).toEqual([]); // PORT defaults to 3000
    expect(staleNames({ PORT: '3001' })).toEqual(['site']);
    expect(staleNames({ SITE_URL: 'http://localhost:3000', PORT: '8080' })).toEqual([]);
  });

  test('SITE_AS_OF is baked into the site; an unset SITE_AS_OF does not expire with the day', () => {
    expect(staleNames({ ...ENV, SITE_AS_OF: '2026-11-21' })).toEqual(['site']);
    expect(stale({ ...ENV, SITE_AS_OF: '2026-11-21' })[0]!.reason).toBe('SITE_AS_OF was "" at build time, now "2026-11-21"');
  });
});

describe('siteBaseOf', () => {
  test('agrees with the site build (shared/site-urls siteBase)', () => {
    for (const env of [
      {},
      { PORT: '4000' },
      { SITE_URL: 'https://a.example/' },
      { SITE_URL: '  https://b.example//  ', PORT: '1' },
      { SITE_URL: ' ' },
    ])
      expect(siteBaseOf(env)).toBe(siteBase(env));
  });
});

describe('checkBuilt (production start) and readBuildInfo (/healthz)', () => {
  test('a complete build for this SITE_URL passes, with each fingerprint and build time', () => {
    const check = checkBuilt(root, ENV);
    expect(check).toMatchObject({ manifest: MANIFEST_FILE, found: true, missing: [], mismatched: [] });
    const info = readBuildInfo(root, ENV);
    expect(info.stale).toEqual([]);
    expect(info.missing).toEqual([]);
    expect(info.artifacts.map((a) => a.name)).toEqual(['cli', 'server', 'search-index', 'site']);
    for (const a of info.artifacts) {
      expect(a.hash).toMatch(/^[0-9a-f]{32}$/);
      expect(Number.isNaN(Date.parse(a.builtAt!))).toBe(false);
    }
  });

  test('needs no sources: only the manifest and the outputs', () => {
    for (const dir of ['knowledge', 'shared', 'bot', 'scripts', 'site/src', 'site/docs'])
      fs.rmSync(path.join(root, dir), { recursive: true });
    expect(checkBuilt(root, ENV)).toMatchObject({ missing: [], mismatched: [] });
  });

  test('says what is missing and which command builds it; the CLI bundle is not needed to serve', () => {
    fs.rmSync(path.join(root, 'dist/server.js'));
    fs.rmSync(path.join(root, 'dist/vpn.js'));
    const info = readBuildInfo(root, ENV);
    expect(info.missing).toEqual(['server: dist/server.js missing (npm run build:server builds it)']);
    expect(info.artifacts.find((a) => a.name === 'cli')?.missingOutputs).toEqual(['dist/vpn.js']);
  });

  test('no manifest: every artifact the server needs is reported', () => {
    fs.rmSync(path.join(root, MANIFEST_FILE));
    const check = checkBuilt(root, ENV);
    expect(check.found).toBe(false);
    expect(check.missing).toEqual([
      'server: not recorded in dist/build-info.json (npm run build records it)',
      'search-index: not recorded in dist/build-info.json (npm run build records it)',
      'site: not recorded in dist/build-info.json (npm run build records it)',
    ]);
  });

  test('a site built for another SITE_URL is reported with both URLs and what to do', () => {
    expect(readBuildInfo(root, { SITE_URL: 'https://vpn.contoso.com' }).stale).toEqual([
      'site: built with SITE_URL=https://vpn.example.test, now https://vpn.contoso.com: its links would point elsewhere. Start with SITE_URL=https://vpn.example.test, or rebuild: SITE_URL=https://vpn.contoso.com npm run build',
    ]);
  });
});

test('fingerprinting this repository reads every input once and is quick', () => {
  const started = performance.now();
  const current = fingerprints(ROOT, ENV);
  const ms = performance.now() - started;
  expect(Object.keys(current)).toEqual(['cli', 'server', 'search-index', 'site']);
  expect(Object.keys(current.site!.files)).toContain('site/docusaurus.config.ts');
  expect(Object.keys(current.site!.files).some((f) => f.startsWith('site/build/') || f.includes('node_modules'))).toBe(false);
  // The target is under 300 ms (about 40 ms measured); the bound only catches a runaway walk (into node_modules, say).
  expect(ms).toBeLessThan(5000);
});
