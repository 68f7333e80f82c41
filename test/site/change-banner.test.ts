/**
 * The "this answer has changed" banner on /ask in the real browser (the built site, the engine in the
 * page): a permalink from before a lifecycle date says what changed, in the same words as the CLI's
 * --diff-from, and links to today's answer; one whose answer did not change shows no banner; an older
 * knowledge version lists the facts corrected since. The browser's clock is pinned, so "today" is fixed.
 */
import { knowledgeVersion, loadKnowledge } from '../../knowledge';
import { changeNotice } from '../../shared/changes/answer-changes';
import { answerChangesSince } from '../../shared/changes/since';
import { upcomingLifecycle } from '../../shared/changes/lifecycle-calendar';
import { paths } from '../../shared/site-urls';
import { BrowserSession, haveBrowser, requireBrowserInCi } from './browser-session';
import type { Watched } from './browser-session';

requireBrowserInCi();
const maybe = haveBrowser ? describe : describe.skip;
jest.setTimeout(120_000);

const TODAY = '2026-11-21';
const kb = loadKnowledge();
const KV = knowledgeVersion(kb);
const session = new BrowserSession();

/** Opens a site path with the page's clock pinned to TODAY (noon UTC), before any script runs. */
async function openOn(sitePath: string): Promise<Watched> {
  const page = await session.context.newPage();
  const w = session.watch(page);
  await page.clock.setFixedTime(new Date(`${TODAY}T12:00:00Z`));
  await page.goto(`${session.url}${sitePath}`, { waitUntil: 'load' });
  await page.locator('[data-answer]').waitFor();
  return w;
}

/** What the CLI and Slack say for the same permalink. */
const expected = (q: string, asOf: string, kv: string) => {
  const c = answerChangesSince(q, { kb, asOf, today: TODAY, kv });
  if (!c) throw new Error(`nothing to compare for ${q} as of ${asOf}`);
  return changeNotice(c, kv);
};

maybe('the change banner on /ask', () => {
  beforeAll(() => session.start());
  afterAll(() => session.stop());

  test('an SSTP permalink from before SSTP could no longer be enabled says so, and links to today’s answer', async () => {
    const { page, errors } = await openOn(paths.ask('compat sstp windows', '2026-01-15', KV));
    const banner = page.locator('[data-change-banner]');
    await banner.waitFor();
    const notice = expected('compat sstp windows', '2026-01-15', KV);
    expect(await banner.locator('strong').innerText()).toBe(notice.heading);
    expect(await banner.locator('[data-changes] li').allInnerTexts()).toEqual(notice.changes);
    expect(notice.changes).toContain('Since 2026-03-31: SSTP can no longer be enabled on a gateway.');
    expect(await banner.locator('[data-corrections]').count()).toBe(0);
    // The banner sits above the answer, which stays the permalink's own.
    const [bannerBox, answerBox] = await Promise.all([banner.boundingBox(), page.locator('[data-answer]').boundingBox()]);
    expect(bannerBox!.y).toBeLessThan(answerBox!.y);
    expect(await page.locator('time[data-as-of]').innerText()).toBe('2026-01-15');
    await session.screenshot(page, 'ask-change-banner', { fullPage: false });

    const todayLink = banner.locator('[data-today-answer]');
    expect(await todayLink.getAttribute('href')).toBe(paths.ask('compat sstp windows', TODAY, KV));
    await todayLink.click();
    // A client-side navigation: no load event follows, so wait for the URL itself.
    await page.waitForURL((u) => u.searchParams.get('as_of') === TODAY && u.searchParams.get('kv') === KV, { waitUntil: 'commit' });
    await page.locator('time[data-as-of]').filter({ hasText: TODAY }).waitFor();
    await page.locator('[data-change-checked]').waitFor({ state: 'attached' });
    expect(await page.locator('[data-change-banner]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a sizing permalink from before the non-AZ SKUs stopped being creatable names that date', async () => {
    const { page, errors } = await openOn(paths.ask('sizing 400 users', '2025-06-01', KV));
    const banner = page.locator('[data-change-banner]');
    await banner.waitFor();
    const items = await banner.locator('[data-changes] li').allInnerTexts();
    expect(items).toEqual(expected('sizing 400 users', '2025-06-01', KV).changes);
    expect(items).toContain('Since 2025-11-01: Non-AZ VpnGw1–5 SKUs: no new gateways.');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('no banner when the answer did not change in substance', async () => {
    const { page, errors } = await openOn(paths.ask('sizing 400 users', '2026-10-01', KV));
    // The comparison ran (its marker is there) and found nothing to say.
    await page.locator('[data-change-checked]').waitFor({ state: 'attached' });
    expect(await page.locator('[data-change-banner]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a permalink from older knowledge lists the facts corrected since', async () => {
    const { page, errors } = await openOn(paths.ask('sizing 400 users', '2026-10-01', '2024-01-01'));
    const banner = page.locator('[data-change-banner]');
    await banner.waitFor();
    const notice = expected('sizing 400 users', '2026-10-01', '2024-01-01');
    expect(notice.corrections.length).toBeGreaterThan(0);
    expect(await banner.locator('[data-corrections] li').allInnerTexts()).toEqual(notice.corrections);
    expect(await banner.innerText()).toContain(notice.correctionsHeading!);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('/lifecycle lists every event ahead with its fact and migration guide, and links the calendar', async () => {
    const page = await session.context.newPage();
    const { errors } = session.watch(page);
    await page.clock.setFixedTime(new Date(`${TODAY}T12:00:00Z`));
    await page.goto(`${session.url}/lifecycle`, { waitUntil: 'load' });
    const rows = page.locator('[data-lifecycle-events] tbody tr');
    const ahead = upcomingLifecycle(kb, TODAY, session.url);
    await page.locator(`tr#${ahead[0].id}`).waitFor();
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.id))).toEqual(ahead.map((e) => e.id));
    const sstp = page.locator('tr#sstp-retired');
    expect(await sstp.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain(paths.scenario('sstp-migration'));
    expect(await page.locator(`a[href="${paths.lifecycleIcs()}"]`).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
