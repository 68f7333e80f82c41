/**
 * The site's layout in a real browser at a phone's width (390 px) and a laptop's (1280 px): the search box
 * beside the site title, one navbar item lit per /docs page, a search jump that highlights its row, the All
 * limits filter, wide tables whose headers are not clipped, and sources linked to their live pages.
 */
import type { Page } from 'playwright-core';
import { loadKnowledge, sourcePageUrl } from '../../knowledge';
import { paths } from '../../shared';
import { BrowserSession, haveBrowser, requireBrowserInCi } from './browser-session';

requireBrowserInCi();
const maybe = haveBrowser ? describe : describe.skip;
jest.setTimeout(180_000);

const kb = loadKnowledge();
const session = new BrowserSession();
const WIDTHS = [390, 1280] as const;

/** A page of the shared context at a given width. */
async function openAt(width: number, sitePath: string): Promise<{ page: Page; errors: string[] }> {
  const w = await session.open(sitePath);
  await w.page.setViewportSize({ width, height: 800 });
  return { page: w.page, errors: w.errors };
}

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

maybe('site layout', () => {
  beforeAll(() => session.start());
  afterAll(() => session.stop());

  describe.each(WIDTHS)('at %i px', (width) => {
    test('the search box does not cover the site title or the logo', async () => {
      const { page, errors } = await openAt(width, '/docs/reference/vpn-gateway-skus');
      await page.waitForSelector('[data-search-ready]');
      const search = (await page.locator('.navbar input[role=combobox]').boundingBox())!;
      expect(search.width).toBeGreaterThan(80);
      for (const selector of ['.navbar__title', '.navbar__logo']) {
        const box = (await page.locator(selector).first().boundingBox())!;
        expect({ selector, overlap: overlap(search, box) }).toEqual({ selector, overlap: false });
      }
      // Still inside the screen: nothing pushed off the right edge.
      expect(search.x + search.width).toBeLessThanOrEqual(width);
      await session.screenshot(page, `header-${width}`, { selector: '.navbar' });
      expect(errors).toEqual([]);
      await page.close();
    });

    test('wide tables keep their headers whole: no header cell is wider inside than it shows', async () => {
      const { page, errors } = await openAt(width, '/docs/reference/vpn-gateway-skus');
      await page.waitForSelector('main table th');
      const clipped = await page.evaluate(() =>
        Array.from(document.querySelectorAll('main table th'))
          .filter((th) => th.scrollWidth > th.clientWidth + 1)
          .map((th) => `${th.textContent} (${th.scrollWidth} > ${th.clientWidth})`),
      );
      expect(clipped).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  });

  test('exactly one navbar item is highlighted on every kind of /docs page, and it is the right one', async () => {
    const expected: Array<[string, string]> = [
      ['/docs', 'Guides'],
      [paths.scenarios(), 'Guides'],
      [paths.scenario('sstp-migration'), 'Guides'],
      [paths.guide('forced-tunnelling'), 'Guides'],
      [paths.reference('vpn-gateway-skus'), 'Reference'],
      [paths.reference('limits'), 'Reference'],
      [paths.reference('changelog'), 'Changelog'],
      [paths.commands(), 'Commands'],
      [paths.command('sizing'), 'Commands'],
      [paths.rules(), 'Check'],
    ];
    const { page, errors } = await openAt(1280, '/');
    for (const [sitePath, label] of expected) {
      await page.goto(`${session.url}${sitePath}`, { waitUntil: 'load' });
      await page.waitForSelector('.navbar__items');
      const active = await page.locator('.navbar__items .navbar__link--active').allInnerTexts();
      expect({ sitePath, active }).toEqual({ sitePath, active: [label] });
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a jump to a fact from the search box (client-side) highlights its row, as loading the URL does', async () => {
    const { page, errors } = await openAt(1280, '/');
    await page.waitForSelector('[data-search-ready]');
    await page.locator('.navbar input[role=combobox]').fill('SSTP 128');
    await page.locator('[data-search-popover] [role=option]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${paths.fact('point-to-site', 'sstp-max-connections')}`);
    const row = page.locator('tr#sstp-max-connections');
    await row.waitFor();
    // The navigation was client-side (no load): :target did not move, and the row is highlighted anyway.
    expect(await row.evaluate((el) => el.matches(':target'))).toBe(false);
    const style = () =>
      row.evaluate((el) => ({ outline: getComputedStyle(el).outlineStyle, background: getComputedStyle(el).backgroundColor }));
    expect((await style()).outline).toBe('solid');
    // A later jump moves the highlight: only one row is marked.
    await page.locator('.navbar input[role=combobox]').fill('IKEv2 ports');
    await page.locator('[data-search-popover] [role=option]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !location.hash.endsWith('sstp-max-connections'));
    await page.waitForFunction(() => document.querySelectorAll('[data-linked-target]').length === 1);
    expect(await page.locator('[data-linked-target]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('All limits: the filter by topic and by words narrows the rows', async () => {
    const { page, errors } = await openAt(1280, paths.reference('limits'));
    await page.waitForSelector('[data-limits-text]');
    const rows = () => page.locator('[data-limits-group] tbody tr').count();
    const all = await rows();
    expect(all).toBe(kb.facts.length);
    await page.selectOption('[data-limits-topic]', 'bastion');
    const bastion = kb.facts.filter((f) => f.topic === 'bastion').length;
    await page.waitForFunction((n) => document.querySelectorAll('[data-limits-group] tbody tr').length === n, bastion);
    expect(await page.locator('[data-limits-group]').evaluateAll((els) => els.map((e) => e.getAttribute('data-limits-group')))).toEqual([
      'bastion',
    ]);
    await page.fill('[data-limits-text]', 'rdp');
    await page.waitForFunction((n) => document.querySelectorAll('[data-limits-group] tbody tr').length < n, bastion);
    const narrowed = await page.locator('[data-limits-group] tbody tr').allInnerTexts();
    expect(narrowed.length).toBeGreaterThan(0);
    for (const text of narrowed) expect(text.toLowerCase()).toContain('rdp');
    expect(await page.locator('[data-limits-count]').innerText()).toBe(`${narrowed.length} of ${all} facts`);
    // The Source column is wide enough to read: not squeezed below the Value column's share.
    const widths = await page
      .locator('[data-limits-group] table')
      .first()
      .evaluate((t) => Array.from(t.querySelectorAll('thead th')).map((th) => (th as HTMLElement).offsetWidth));
    expect(widths[2]).toBeGreaterThan(widths[1]!);
    await page.selectOption('[data-limits-topic]', '');
    await page.fill('[data-limits-text]', '');
    await page.waitForFunction((n) => document.querySelectorAll('[data-limits-group] tbody tr').length === n, all);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('sources link to their live Microsoft Learn page on reference pages and /ask; includes and seeds are named, not linked', async () => {
    const { page, errors } = await openAt(1280, paths.reference('point-to-site'));
    const row = page.locator('tr#sstp-max-connections');
    await row.waitFor();
    const links = await page.locator('main a[data-source-link]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(5);
    for (const href of links) expect(href).toMatch(/^https:\/\/learn\.microsoft\.com\/azure\/[a-z0-9-]+\/[a-z0-9-]+$/);
    const linkedIds = new Set(kb.sources.filter((s) => sourcePageUrl(s)).map((s) => sourcePageUrl(s)));
    for (const href of links) expect(linkedIds.has(href)).toBe(true);
    expect(await page.locator('main').innerText()).toContain('live page');
    // A fact read from an includes/ fragment: its source is named with the file, and not linked.
    const fromInclude = kb.facts.find(
      (f) => f.topic === 'point-to-site' && kb.sourceById.get(f.source.sourceId)?.path.includes(':includes/'),
    );
    if (fromInclude) {
      const cell = page.locator(`tr#${fromInclude.id} td`).nth(2);
      expect(await cell.locator('a').count()).toBe(0);
      expect(await cell.innerText()).toContain('includes/');
    }
    await page.goto(`${session.url}${paths.ask('ports ikev2', '2026-11-21')}`, { waitUntil: 'load' });
    await page.waitForSelector('[data-answer-kind]');
    const askLinks = await page
      .locator('[data-answer-kind] a[data-source-link]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(askLinks).toContain('https://learn.microsoft.com/azure/vpn-gateway/point-to-site-about');
    expect(errors).toEqual([]);
    await page.close();
  });
});
