/**
 * Accessibility of the key pages in a real browser: axe-core (node_modules/axe-core, injected into the page)
 * finds no serious or critical violation on the home page, a guide, a reference page, /ask with an answer
 * and the calculators, in light and in dark mode.
 */
import fs from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { paths } from '../../shared';
import { calculatorPaths } from '../../site/src/lib/site-paths';
import { BrowserSession, haveBrowser, requireBrowserInCi } from './browser-session';

requireBrowserInCi();
const maybe = haveBrowser ? describe : describe.skip;
jest.setTimeout(300_000);

const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const session = new BrowserSession();

const PAGES: Array<[string, string]> = [
  ['home', '/'],
  ['guide', paths.scenario('sstp-migration')],
  ['reference', paths.reference('point-to-site')],
  ['ask', paths.ask('scenario sstp-migration', '2026-11-21')],
  ['sizing calculator', `${calculatorPaths.sizing()}?users=5000&mbps=2`],
  ['pool calculator', calculatorPaths.pool()],
  ['compatibility calculator', calculatorPaths.compat()],
];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

/** axe's serious and critical violations on the page as it is now, one line per rule with where it failed. */
async function seriousViolations(page: Page): Promise<string[]> {
  // axe is injected by evaluating its source: the site's CSP forbids an injected <script>, and this runs in the page's world.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => JSON.stringify(n.target))
          .join(
            ', ',
          )}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : ''} — ${v.nodes[0]?.failureSummary?.replace(/\s+/g, ' ') ?? ''}`,
    );
}

maybe('accessibility (axe-core in the browser)', () => {
  beforeAll(() => session.start());
  afterAll(() => session.stop());

  describe.each(['light', 'dark'] as const)('%s mode', (mode) => {
    let context: BrowserContext;
    beforeAll(async () => {
      // Its own context: the colour mode is the browser's preference, which the site follows.
      context = await session.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: mode });
    });
    afterAll(() => context.close());

    test.each(PAGES)('%s has no serious or critical violation', async (_name, sitePath) => {
      const page = await context.newPage();
      const { errors } = session.watch(page);
      await page.goto(`${session.url}${sitePath}`, { waitUntil: 'load' });
      await page.waitForSelector('main');
      // Hydrated, and an answer shown where the page computes one.
      await page.waitForFunction(() => document.documentElement.dataset.theme !== undefined);
      if (sitePath.startsWith('/ask') || sitePath.includes('users=')) await page.waitForSelector('[data-answer-kind]');
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(mode);
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  });
});
