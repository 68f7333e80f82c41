/**
 * The built site covers the model and the URL scheme: every scenario, command and reference page that
 * shared/site-urls.ts links to has an HTML page, and every fact, lifecycle event and conflict has its
 * anchor on the page its link points to.
 */
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadKnowledge } from '../../knowledge';
import { commands, paths, policy, referencePages } from '../../shared';
import { calculatorPaths } from '../../site/src/lib/site-paths';
import { BUILD_DIR, hasId, htmlFileFor, htmlOf, idsOf, requireBuild } from './site-build';

const kb = loadKnowledge();

beforeAll(requireBuild);

function expectPage(sitePath: string): void {
  const file = htmlFileFor(sitePath);
  if (!fs.existsSync(file)) throw new Error(`no HTML page for ${sitePath} (expected ${path.relative(BUILD_DIR, file)})`);
}

describe('site build: pages at the paths shared/site-urls.ts defines', () => {
  test('home, scenario index and every scenario guide', () => {
    expectPage(paths.home());
    expectPage(paths.scenarios());
    for (const s of kb.scenarios) expectPage(paths.scenario(s.id));
  });

  test('every reference page', () => {
    for (const p of referencePages) expectPage(paths.reference(p));
  });

  test('command index and every command', () => {
    expectPage(paths.commands());
    for (const c of commands) expectPage(paths.command(c.name));
  });

  test('each scenario page carries its title from the model', () => {
    for (const s of kb.scenarios) {
      const html = htmlOf(paths.scenario(s.id));
      expect(html).toContain('<title');
      expect(html.length).toBeGreaterThan(2000);
    }
  });

  test('sitemap lists the scenario guides and reference pages', () => {
    const sitemap = fs.readFileSync(path.join(BUILD_DIR, 'sitemap.xml'), 'utf8');
    for (const s of kb.scenarios) expect(sitemap).toContain(`${paths.scenario(s.id)}</loc>`);
    for (const p of referencePages) expect(sitemap).toContain(`${paths.reference(p)}</loc>`);
  });
});

describe('site build: anchors the bot, the CLI and the answers link to', () => {
  test('every fact id, current or superseded, has an anchor on its topic page', () => {
    const missing: string[] = [];
    const idsByPage = new Map<string, Set<string>>();
    for (const f of kb.facts) {
      const [page, anchor] = paths.fact(f.topic, f.id).split('#') as [string, string];
      if (!idsByPage.has(page)) idsByPage.set(page, idsOf(page));
      if (!idsByPage.get(page)!.has(anchor)) missing.push(paths.fact(f.topic, f.id));
    }
    expect(missing).toEqual([]);
    expect(hasId(paths.reference('point-to-site'), 'sstp-max-connections')).toBe(true);
  });

  test('every lifecycle event has an anchor on the changelog', () => {
    const ids = idsOf(paths.reference('changelog'));
    expect(kb.lifecycle.map((e) => e.id).filter((id) => !ids.has(id))).toEqual([]);
  });

  test('every conflict has an anchor on the conflicts page', () => {
    const ids = idsOf(paths.reference('conflicts'));
    expect(kb.conflicts.map((c) => c.id).filter((id) => !ids.has(id))).toEqual([]);
  });

  test('superseded facts are marked as history on their page', () => {
    const f = kb.factById.get('vwan-hub-p2s-users-2019')!;
    const html = htmlOf(paths.reference(f.topic));
    const row = html.slice(html.search(/\sid=["']?vwan-hub-p2s-users-2019["'\s>]/));
    expect(row.slice(0, 2000)).toMatch(/history/);
  });
});

describe('site build: command reference', () => {
  test('each example is shown with its answer and its evaluation date', () => {
    for (const c of commands) {
      const html = htmlOf(paths.command(c.name));
      expect(html).toMatch(/evaluated on (<!-- -->)?<time[^>]*>\d{4}-\d{2}-\d{2}<\/time>/);
      for (const example of c.examples) {
        const escaped = example.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        expect(html).toContain(escaped);
      }
    }
  });
});

describe('site build: browser bundles', () => {
  const jsDir = path.join(BUILD_DIR, 'assets', 'js');
  const files = () => fs.readdirSync(jsDir).filter((f) => f.endsWith('.js'));
  const read = (f: string) => fs.readFileSync(path.join(jsDir, f), 'utf8');
  /** What every page loads: the main bundle and its runtime. */
  const mainFiles = () => files().filter((f) => /^(runtime~)?main\./.test(f));
  const builtins = builtinModules.filter((m) => !m.startsWith('_')).map((m) => m.replace(/[/]/g, '\\/'));
  const quoted = (body: string) => `["'\`](?:${body})["'\`]`;

  test('no Node built-ins reach the browser', () => {
    const nodeScheme = new RegExp(quoted(`node:(?:${builtins.join('|')})`));
    expect(files().filter((f) => nodeScheme.test(read(f)))).toEqual([]);
  });

  test('the main bundle (loaded on every page) requires or imports no Node module', () => {
    // Third-party chunks (mermaid's lodash) may probe require("util") behind a guard; the main bundle may not.
    const nodeImport = new RegExp(`(?:\\brequire\\(|\\bimport\\(|\\bfrom)\\s*${quoted(`(?:node:)?(?:${builtins.join('|')})`)}`);
    expect(mainFiles()).toHaveLength(2);
    expect(mainFiles().filter((f) => nodeImport.test(read(f)))).toEqual([]);
  });

  test('the main bundle (loaded on every page) carries no knowledge data', () => {
    const main = files().find((f) => f.startsWith('main.'))!;
    const js = read(main);
    expect(js).not.toContain('vpngw4az-gen2-p2s-ikev2-openvpn');
    expect(js).not.toContain('ZodError');
  });
});

describe('site build: the pages that answer in the browser', () => {
  test('/ask, /search and the calculators exist (links to them are checked by the build)', () => {
    for (const p of [
      '/ask',
      '/search',
      calculatorPaths.index(),
      calculatorPaths.sizing(),
      calculatorPaths.pool(),
      calculatorPaths.compat(),
    ])
      expectPage(p);
  });

  test('the search index is served as its own file, under the size budget', () => {
    const file = path.join(BUILD_DIR, 'generated', 'search-index.json');
    expect(fs.existsSync(file)).toBe(true);
    expect(gzipSync(fs.readFileSync(file)).length).toBeLessThan(policy.searchIndexBudgetBytes);
  });
});
