/**
 * AnswerView in the built site: the command pages (rendered at build time) and /ask (rendered in the
 * browser, through AnswerPanel) show the conflicts between sources an answer used, every value with its
 * sources, marked current or said plainly to be unresolved.
 */
import { loadKnowledge } from '../../knowledge';
import { paths, runCommand } from '../../shared';
import { BrowserSession, haveBrowser, requireBrowserInCi } from './browser-session';
import { htmlOf, requireBuild } from './site-build';

requireBrowserInCi();
jest.setTimeout(120_000);

const AS_OF = '2026-11-21';
const answer = runCommand('sizing 5000 users', { kb: loadKnowledge(), asOf: AS_OF });

describe('AnswerView on a command page (built)', () => {
  beforeAll(() => requireBuild());

  it('shows each conflict of the example answer, with its values and verdict', () => {
    // The build evaluates on its own date: the conflicts of a sizing answer don't depend on it.
    const html = htmlOf(paths.command('sizing'));
    expect(answer.conflicts.length).toBeGreaterThan(0);
    for (const c of answer.conflicts) {
      expect(html).toMatch(new RegExp(`data-conflict="?${c.id}"?`));
      expect(html).toContain(`Sources disagree: ${c.topic}`);
    }
    expect(html).toContain('Unresolved: both values are shown because no verdict could be reached.');
    expect(html).toMatch(/badgeCurrent[^>]*>current</);
  });
});

(haveBrowser ? describe : describe.skip)('AnswerView on /ask (in a browser)', () => {
  const session = new BrowserSession();
  beforeAll(() => session.start());
  afterAll(() => session.stop());

  it('shows the conflicts the engine reports, each value with its sources', async () => {
    const { page, errors } = await session.open(paths.ask(answer.query, AS_OF));
    await page.waitForSelector('[data-answer] [data-conflict]');
    expect(await page.locator('[data-answer] [data-conflict]').count()).toBe(answer.conflicts.length);
    const text = await page.locator('[data-answer]').innerText();
    for (const c of answer.conflicts) {
      expect(text).toContain(`Sources disagree: ${c.topic}`);
      for (const v of c.values) expect(text).toContain(v.value);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
