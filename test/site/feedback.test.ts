/**
 * Feedback on the site in the real browser (Debian's chromium), against the real server serving the built
 * site with its own DATA_DIR: a 👎 on an /ask answer given with the keyboard only, a 👍 under a calculator
 * result and under a scenario guide, each a POST /api/feedback that leaves a record in the question log.
 */
import { rmSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { QUESTION_LOG } from '../../bot/feedback/question-log';
import { memorySink } from '../../bot/log';
import { startVpnAdvisor, type RunningAdvisor } from '../../bot/server-lifecycle';
import { freshDataDir } from '../support/data-dir';
import { haveBrowser, requireBrowserInCi } from './browser-session';
import { BUILD_DIR, requireBuild } from './site-build';

jest.setTimeout(90_000);
requireBrowserInCi();
const maybe = haveBrowser ? describe : describe.skip;

maybe('feedback on the site', () => {
  let advisor: RunningAdvisor;
  let browser: Browser;
  let dir: string;
  const errors: string[] = [];

  beforeAll(async () => {
    requireBuild();
    dir = freshDataDir();
    advisor = await startVpnAdvisor({ env: { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir }, siteDir: BUILD_DIR, sink: memorySink().sink });
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await advisor?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && errors.push(`${path}: ${m.text()}`));
    await page.goto(`${advisor.url}${path}`, { waitUntil: 'load' });
    return page;
  }
  const records = async () => (await advisor.store.readLog(QUESTION_LOG)).map((e) => e.record as Record<string, unknown>);
  const until = async (what: () => Promise<boolean>) => {
    for (let i = 0; i < 200; i++) {
      if (await what()) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('timed out');
  };

  it('a 👎 on an /ask answer, with the keyboard only: reason, comment, Send → stored', async () => {
    const page = await open(`/ask?q=${encodeURIComponent('routes 30')}&as_of=2026-11-21`);
    const no = page.getByRole('button', { name: /No/ });
    await no.waitFor({ timeout: 30_000 });
    await no.focus();
    await page.keyboard.press('Enter');
    const radio = page.getByRole('radio', { name: "Didn't answer my question" });
    await radio.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.type('I asked about 30 routes from ana@contoso.com');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Thanks: your feedback goes to the maintainers.').waitFor({ timeout: 15_000 });
    await until(async () => (await records()).length === 1);
    expect((await records())[0]).toMatchObject({
      type: 'feedback',
      face: 'site',
      rating: 'down',
      reason: 'did_not_answer',
      comment: 'I asked about 30 routes from [email]',
      command: 'routes',
      asOf: '2026-11-21',
      page: '/ask',
    });
    await page.close();
  });

  it('a 👍 under a calculator result and under a scenario guide', async () => {
    /** Opens `path`, presses 👍 ("Yes") and waits for the thanks. */
    const thumbsUp = async (path: string) => {
      const page = await open(path);
      const yes = page.getByRole('button', { name: /Yes/ });
      await yes.waitFor({ timeout: 30_000 });
      await yes.click();
      await page.getByText('Thanks', { exact: false }).waitFor({ timeout: 15_000 });
      await page.close();
    };
    await thumbsUp('/calculators/sizing?users=5000&mbps=2');
    await thumbsUp('/docs/scenarios/azure-only');

    await until(async () => (await records()).length === 3);
    const [, sizing, scenario] = await records();
    expect(sizing).toMatchObject({ face: 'site', rating: 'up', command: 'sizing', page: '/calculators/sizing' });
    expect(scenario).toMatchObject({
      face: 'site',
      rating: 'up',
      command: 'scenario',
      query: 'scenario azure-only',
      page: '/docs/scenarios/azure-only',
    });
    expect(errors).toEqual([]);
  });
});
