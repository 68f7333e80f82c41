/**
 * The built site in a real browser (Debian chromium through playwright-core, one instance for the
 * whole file): pages hydrate without errors, every guide renders its diagram, the navbar search and
 * the results page answer from the shared index, /ask and the calculators answer with the engine in
 * the browser (no server call), and nothing typed into a URL runs as code. Each view is saved to
 * artifacts/screenshots/ and checked not blank.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { knowledgeVersion, loadKnowledge } from '../../knowledge';
import { paths, runCommand, today } from '../../shared';
import type { Answer } from '../../shared';
import { loadSearchIndex, searchIndex } from '../../shared/search';
import { calculatorPaths } from '../../site/src/lib/site-paths';
import { BrowserSession, haveBrowser, requireBrowserInCi } from './browser-session';
import { BUILD_DIR } from './site-build';

requireBrowserInCi();
const maybe = haveBrowser ? describe : describe.skip;
jest.setTimeout(120_000);

const AS_OF = '2026-11-21';
const kb = loadKnowledge();
const session = new BrowserSession();
const ask = (text: string, asOf = AS_OF): Answer => runCommand(text, { kb, asOf });

async function expectScreenshot(page: Page, name: string, opts: { fullPage?: boolean; selector?: string } = {}): Promise<void> {
  const shot = await session.screenshot(page, name, opts);
  expect({ name, blank: shot.bytes < 4000 || shot.stddev < 5 || shot.colours < 16 }).toEqual({ name, blank: false });
}

/** Requests to the site's API (there must be none: answers are computed in the browser). */
const apiCalls = (requests: URL[]) => requests.filter((u) => u.pathname === '/api' || u.pathname.startsWith('/api/')).map(String);
const foreign = (requests: URL[]) => requests.filter((u) => u.origin !== session.url && u.protocol !== 'data:').map(String);

maybe('site in a browser', () => {
  beforeAll(() => session.start());
  afterAll(() => session.stop());

  describe('pages', () => {
    test('every scenario and topic guide renders its diagram as SVG without errors', async () => {
      const failures: string[] = [];
      expect(kb.scenarios.map((s) => s.id)).toContain('azure-and-on-premises'); // the one photographed
      // a few tabs at once: Mermaid renders on the CPU, and the guides don't depend on each other
      // scenario guides and topic guides alike
      const topicGuides = fs
        .readdirSync(path.join(__dirname, '../../site/docs/guides'))
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => ({ id: f.replace(/\.mdx$/, ''), url: paths.guide(f.replace(/\.mdx$/, '')) }));
      const queue = [...kb.scenarios.map((s) => ({ id: s.id, url: paths.scenario(s.id) })), ...topicGuides];
      const tab = async () => {
        const page = await session.context.newPage();
        const { errors } = session.watch(page);
        for (let s = queue.shift(); s; s = queue.shift()) {
          errors.length = 0;
          await page.goto(`${session.url}${s.url}`, { waitUntil: 'load' });
          try {
            await page.waitForSelector('.docusaurus-mermaid-container svg', { timeout: 20_000 });
            const nodes = await page.locator('.docusaurus-mermaid-container svg .node').count();
            if (nodes < 2) failures.push(`${s.id}: diagram has ${nodes} nodes`);
            const ns = await page
              .locator('.docusaurus-mermaid-container svg')
              .first()
              .evaluate((el) => el.namespaceURI);
            if (ns !== 'http://www.w3.org/2000/svg') failures.push(`${s.id}: diagram is not SVG (${ns})`);
            if (s.id === 'azure-and-on-premises')
              await expectScreenshot(page, 'scenario-diagram', { selector: '.docusaurus-mermaid-container' });
          } catch (e) {
            failures.push(`${s.id}: ${(e as Error).message.split('\n')[0]}`);
          }
          if (errors.length) failures.push(`${s.id}: ${errors.join(' | ')}`);
        }
        await page.close();
      };
      await Promise.all([tab(), tab(), tab()]);
      expect(failures).toEqual([]);
    });

    test('a fact link lands on its row with the value, source and date', async () => {
      const { page, errors } = await session.open(paths.fact('point-to-site', 'sstp-max-connections'));
      const row = page.locator('tr#sstp-max-connections');
      await row.waitFor();
      const text = await row.innerText();
      expect(text).toContain('128 connections');
      expect(text).toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(await row.evaluate((el) => el.matches(':target'))).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });

    test('the home page hydrates, says what the tool does and offers the dark-mode switch', async () => {
      // its own context: the colour choice is stored, and the other pages' screenshots stay light
      const context = await session.browser.newContext();
      const page = await context.newPage();
      const { errors } = session.watch(page);
      await page.goto(`${session.url}/`, { waitUntil: 'load' });
      await page.waitForSelector('h1');
      expect(await page.locator('main').innerText()).toContain('/vpn sizing');
      // The switch cycles through system, light and dark; dark is reached within three clicks.
      const toggle = page.locator('button[title*="mode" i], button[aria-label*="mode" i]').first();
      for (let i = 0; i < 3 && (await page.evaluate(() => document.documentElement.dataset.theme)) !== 'dark'; i++) await toggle.click();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(errors).toEqual([]);
      await context.close();
    });
  });

  describe('search', () => {
    const index = () => loadSearchIndex(fs.readFileSync(path.join(BUILD_DIR, 'generated', 'search-index.json'), 'utf8'));

    test('"SSTP 128" in the navbar (keyboard only) lands on the page that states the limit', async () => {
      const target = paths.fact('point-to-site', 'sstp-max-connections');
      const { page, errors, requests } = await session.open('/');
      await page.waitForSelector('[data-search-ready]');
      expect(requests.some((u) => u.pathname.endsWith('search-index.json'))).toBe(false); // lazy: nothing until used
      await page.keyboard.press('Control+k');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
      await page.keyboard.press('Escape');
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
      await page.keyboard.type('SSTP 128');
      const first = page.locator('[data-search-popover] [role=option]').first();
      await first.waitFor();
      expect(await first.locator('a').getAttribute('href')).toBe(target);
      expect(await first.locator('mark').allInnerTexts()).toEqual(expect.arrayContaining(['128', 'SSTP']));
      await expectScreenshot(page, 'search-popover');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForURL(`**${target}`);
      const row = page.locator('tr#sstp-max-connections');
      await row.waitFor();
      expect(await row.innerText()).toContain('128 connections');
      const box = (await row.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeLessThan(800);
      await expectScreenshot(page, 'search-landed');
      expect(errors).toEqual([]);
      await page.close();
    });

    test('the results page answers a support question from the question set with the CLI’s results', async () => {
      const fixture = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../fixtures/search-questions.json'), 'utf8')) as {
        questions: Array<{ q: string; expect: string[] }>;
      };
      const idx = index();
      // the first question the shared search answers within its top 3 (the question set's own bar)
      const question = fixture.questions.find((q) => searchIndex(idx, q.q, { limit: 3 }).hits.some((h) => q.expect.includes(h.url)))!;
      const expected = searchIndex(idx, question.q, { limit: 20 }).hits.map((h) => h.url);
      const { page, errors } = await session.open(paths.search(question.q));
      await page.waitForSelector('[data-search-results] li');
      const hrefs = await page.locator('[data-search-results] li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual(expected);
      expect(hrefs.slice(0, 3).some((h) => question.expect.includes(h!))).toBe(true);
      expect(await page.locator('input[name=q]').inputValue()).toBe(question.q);
      expect(await page.locator('[data-search-results] mark').count()).toBeGreaterThan(0);
      await expectScreenshot(page, 'search-results');
      expect(errors).toEqual([]);
      await page.close();
    });

    test('/ask answers a question that is a search from the same index', async () => {
      const idx = index();
      {
        const text = 'why can only 128 users connect';
        const { page, errors, requests } = await session.open(paths.ask(text, AS_OF));
        await page.waitForSelector('[data-answer]');
        const a = runCommand(text, { kb, asOf: AS_OF, searchIndex: () => idx });
        expect(a.command).toBe('search');
        expect(await page.locator('[data-answer]').innerText()).toContain(a.summary);
        expect(await page.locator('[data-answer] mark').count()).toBeGreaterThan(0); // «marks» shown as <mark>
        expect(requests.some((u) => u.pathname.endsWith('search-index.json'))).toBe(true);
        expect(errors).toEqual([]);
        await page.close();
      }
    });
  });

  describe('/ask permalinks', () => {
    test('/ask?q=sizing 5000 users&as_of=2026-11-21 reproduces the bot’s answer, in the browser only', async () => {
      const a = ask('sizing 5000 users');
      const { page, errors, requests } = await session.open(`/ask?q=sizing 5000 users&as_of=${AS_OF}`);
      const panel = page.locator('[data-answer]');
      await panel.waitFor();
      const text = await panel.innerText();
      expect(text).toContain('VpnGw4AZ');
      expect(text).toContain(a.title);
      expect(text).toContain(a.summary);
      expect(await page.locator('time[data-as-of]').innerText()).toBe(AS_OF);
      // every fact used links to its anchor
      const factLinks = await panel.locator('details a:not([data-source-link])').evaluateAll((as) => as.map((x) => x.getAttribute('href')));
      expect(factLinks).toEqual(a.facts.map((f) => new URL(f.url).pathname + new URL(f.url).hash));
      // and every source with a public page links to it (links only: nothing is fetched from it)
      const sourceLinks = await panel.locator('details a[data-source-link]').evaluateAll((as) => as.map((x) => x.getAttribute('href')));
      expect(sourceLinks).toEqual(a.facts.flatMap((f) => (f.source.pageUrl ? [f.source.pageUrl] : [])));
      expect(apiCalls(requests)).toEqual([]);
      expect(foreign(requests)).toEqual([]);
      await expectScreenshot(page, 'ask-sizing', { fullPage: true });

      await page.getByRole('button', { name: 'Copy as Markdown' }).click();
      await page.getByRole('status').filter({ hasText: 'Copied.' }).waitFor();
      const markdown = await page.evaluate(() => navigator.clipboard.readText());
      expect(markdown).toContain(`## ${a.title}`);
      expect(markdown).toContain(`/ask?q=sizing%205000%20users&as_of=${AS_OF}&kv=${knowledgeVersion(kb)})`);

      // the same question as of today
      await page.locator('[data-today-link]').click();
      await page.waitForURL(`**as_of=${today()}`);
      await page.locator('time[data-as-of]').filter({ hasText: today() }).waitFor();
      expect(await page.locator('[data-today-link]').count()).toBe(0);
      expect(apiCalls(requests)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });

    test('/ask with an impossible as_of shows the same usage error as the CLI and Slack', async () => {
      const { page, errors } = await session.open('/ask?q=sizing 5000 users&as_of=2026-02-30');
      const panel = page.locator('[data-answer]');
      await panel.waitFor();
      expect(await panel.innerText()).toContain(ask('sizing 5000 users', '2026-02-30').summary);
      expect(await panel.innerText()).toContain('2026-02-30 is not a day of the calendar');
      expect(errors).toEqual([]);
      await page.close();
    });

    test('the ask box asks a new command', async () => {
      const { page, errors } = await session.open('/ask');
      await page.locator('input[name=q]').fill('compat linux entra');
      await page.getByRole('button', { name: 'Ask' }).click();
      // Before hydration the form submits natively (q=compat+linux+entra), after it the page pushes %20: both must land here.
      await page.waitForURL((url) => url.pathname === '/ask' && url.searchParams.get('q') === 'compat linux entra');
      await page
        .locator('[data-answer]')
        .filter({ hasText: ask('compat linux entra', today()).summary })
        .waitFor();
      expect(errors).toEqual([]);
      await page.close();
    });
  });

  describe('calculators', () => {
    test('sizing: 5,000 users at 2 Mbps is VpnGw5AZ, with the chart; the URL reproduces it', async () => {
      const a = ask('sizing 5000 users 2 mbps each');
      const { page, errors, requests } = await session.open(`${calculatorPaths.sizing()}?as_of=${AS_OF}`);
      await page.locator('input[name=users]').fill('5000');
      await page.locator('input[name=mbps]').fill('2');
      const answer = page.locator('[data-answer]').filter({ hasText: a.summary });
      await answer.waitFor();
      expect(a.summary).toContain('VpnGw5AZ');
      expect(await page.locator('[data-command] code').innerText()).toBe('/vpn sizing 5000 users 2 mbps each');
      const charts = page.locator('figure svg[aria-label]');
      expect(await charts.count()).toBe(2);
      expect(await page.locator('figure').first().innerText()).toContain('minimum');
      const url = new URL(page.url());
      expect(Object.fromEntries(url.searchParams)).toEqual({ users: '5000', mbps: '2', as_of: AS_OF });
      await expectScreenshot(page, 'calculator-sizing', { fullPage: true });
      expect(apiCalls(requests)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();

      // a fresh page on the shared URL shows the same inputs and the same answer
      const again = await session.open(url.pathname + url.search);
      await again.page.locator('[data-answer]').filter({ hasText: a.summary }).waitFor();
      expect(await again.page.locator('input[name=users]').inputValue()).toBe('5000');
      expect(await again.page.locator('input[name=mbps]').inputValue()).toBe('2');
      expect(again.errors).toEqual([]);
      await again.page.close();
    });

    test('address pool: an overlap with a range to avoid is flagged', async () => {
      const { page, errors } = await session.open(`${calculatorPaths.pool()}?as_of=${AS_OF}`);
      await page.locator('input[name=cidr]').fill('10.8.0.0/19');
      await page.locator('input[name=users]').fill('5000');
      await page.locator('textarea[name=avoid]').fill('10.0.0.0/8, 192.168.0.0/24');
      const finding = page.locator('[data-answer] li[data-finding="pool_overlaps_range"]');
      await finding.waitFor();
      expect(await finding.innerText()).toContain('overlaps 10.0.0.0/8');
      expect(new URL(page.url()).searchParams.get('avoid')).toBe('10.0.0.0/8,192.168.0.0/24');
      await expectScreenshot(page, 'calculator-pool');
      expect(errors).toEqual([]);
      await page.close();
    });

    test('compatibility: macOS with certificates', async () => {
      const a = ask('compat macos certificate');
      const { page, errors } = await session.open(`${calculatorPaths.compat()}?as_of=${AS_OF}`);
      await page.locator('select[name=os]').selectOption('macos');
      await page.locator('select[name=auth]').selectOption('certificate');
      await page.locator('[data-answer]').filter({ hasText: a.summary }).waitFor();
      expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ os: 'macos', auth: 'certificate', as_of: AS_OF });
      await expectScreenshot(page, 'calculator-compat');
      expect(errors).toEqual([]);
      await page.close();
    });
  });

  describe('nothing typed runs as code', () => {
    const attacks: Array<{ name: string; path: string; ready: string; shown: string }> = [
      { name: 'script', path: paths.ask('<script>alert(1)</script>', AS_OF), ready: '[data-answer]', shown: '<script>alert(1)</script>' },
      {
        name: 'img-onerror',
        path: paths.ask('<img src=x onerror=alert(1)>', AS_OF),
        ready: '[data-answer]',
        shown: '<img src=x onerror=alert(1)>',
      },
      {
        name: 'javascript-link',
        path: paths.ask('[click me](javascript:alert(1))', AS_OF),
        ready: '[data-answer]',
        shown: '[click me](javascript:alert(1))',
      },
      {
        name: 'usage-error',
        path: paths.ask('sizing <img src=x onerror=alert(1)> users', AS_OF),
        ready: '[data-answer-kind=usage_error]',
        shown: '<img',
      },
      {
        name: 'search-page',
        path: paths.search('<img src=x onerror=alert(1)> [x](javascript:alert(1))'),
        ready: '[data-search-summary]',
        shown: '<img src=x onerror=alert(1)>',
      },
      {
        name: 'calculator',
        path: `${calculatorPaths.pool()}?cidr=${encodeURIComponent('<img src=x onerror=alert(1)>')}&avoid=${encodeURIComponent('javascript:alert(1)')}`,
        ready: '[data-answer]',
        shown: '<imgsrc=xonerror=alert(1)>',
      },
    ];

    test('script tags, onerror handlers and javascript: links in URLs render inert', async () => {
      const check = async ({ name, path: sitePath, ready, shown }: (typeof attacks)[number]) => {
        const { page, errors, dialogs, requests } = await session.open(sitePath);
        await page.locator(ready).first().waitFor();
        const live = await page.evaluate(() => ({
          scripts: document.querySelectorAll('main script').length,
          images: Array.from(document.querySelectorAll('img')).filter((i) => i.getAttribute('src') === 'x').length,
          handlers: Array.from(document.querySelectorAll('main *')).filter((el) =>
            Array.from(el.attributes).some((a) => a.name.startsWith('on')),
          ).length,
          jsLinks: Array.from(document.querySelectorAll('a[href]')).filter((a) => /^\s*javascript:/i.test(a.getAttribute('href')!)).length,
        }));
        const result = {
          name,
          shownAsText: (await page.locator('main').innerText()).includes(shown),
          live,
          fetchedX: requests.filter((u) => u.pathname === '/x').length,
          dialogs,
          errors,
        };
        await expectScreenshot(page, `injection-${name}`);
        await page.close();
        return result;
      };
      const results = [];
      // two at a time: each is a page load and an engine answer, independent of the others
      for (let i = 0; i < attacks.length; i += 2) results.push(...(await Promise.all(attacks.slice(i, i + 2).map(check))));
      expect(results).toEqual(
        attacks.map(({ name }) => ({
          name,
          shownAsText: true,
          live: { scripts: 0, images: 0, handlers: 0, jsLinks: 0 },
          fetchedX: 0,
          dialogs: [],
          errors: [],
        })),
      );
    });
  });
});
