/**
 * /check in a real browser (Debian chromium through playwright-core, the built site on 127.0.0.1): the
 * old-gateway fixture pasted and checked with the keyboard gives the engine's findings, each linked to its
 * rule page; two Virtual WAN files through the file input are checked together; an input that isn't a
 * gateway shows the usage error; and no request the page makes carries the input.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Request } from 'playwright-core';
import { loadKnowledge } from '../../knowledge';
import { ruleById } from '../../shared/check/rules';
import { runCheck } from '../../shared/check/run';
import { paths } from '../../shared/site-urls';
import { BrowserSession, haveBrowser, requireBrowserInCi } from './browser-session';

requireBrowserInCi();
const maybe = haveBrowser ? describe : describe.skip;
jest.setTimeout(120_000);

const AS_OF = '2026-11-21';
const FIXTURES = path.resolve(__dirname, '../fixtures/check');
const OLD = 'old-vpngw1-sstp.az.json';
const fixtureText = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const kb = loadKnowledge();
const session = new BrowserSession();

/** Strings of the input that would give it away if a request carried them. */
const MARKERS = ['vng-remote-weu', 'vpnClientAddressPool'];

maybe('/check in a browser', () => {
  beforeAll(() => session.start());
  afterAll(() => session.stop());

  async function openCheck() {
    const w = await session.open(paths.check());
    const bodies: string[] = [];
    w.page.on('request', (r: Request) => bodies.push(`${r.url()} ${r.postData() ?? ''}`));
    await w.page.waitForSelector('html[data-has-hydrated=true]');
    return { ...w, bodies };
  }

  test('the old gateway pasted and checked with the keyboard: the findings, linked to their rules; nothing sent', async () => {
    const { page, errors, requests, bodies } = await openCheck();
    expect(await page.locator('[data-privacy]').innerText()).toContain('Nothing leaves your browser');

    await page.locator('textarea[name=json]').fill(fixtureText(OLD));
    await page.locator('input[name=users]').fill('5000');
    for (const os of ['Windows', 'macOS', 'Linux']) await page.getByLabel(os, { exact: true }).check();
    await page.locator('input[name=as_of]').fill(AS_OF);
    await page.locator('button[type=submit]').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-answer] [data-finding]');

    const expected = runCheck([{ name: 'pasted.json', text: fixtureText(OLD) }], {
      kb,
      asOf: AS_OF,
      users: 5000,
      clients: ['windows', 'macos', 'linux'],
    });
    if (expected.kind !== 'answer' || expected.command !== 'check') throw new Error('expected a check answer');
    const codes = await page.locator('[data-finding]').evaluateAll((els) => els.map((e) => e.getAttribute('data-finding')));
    expect(codes).toEqual(expected.findings.map((f) => f.code));
    const ruleLinks = await page.locator('[data-finding] [data-finding-rule] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(ruleLinks).toEqual(expected.data.results.map((r) => paths.rule(r.ruleId)));
    const panel = await page.locator('[data-answer]').innerText();
    expect(panel).toContain(expected.summary);
    expect(panel).toContain('pasted.json:');
    // Facts with their dates, linked to their reference anchors.
    const fact = expected.facts[0]!;
    const factLink = page.locator(`[data-answer] a[href="${paths.fact(kb.factById.get(fact.id)!.topic, fact.id)}"]`).first();
    expect(await factLink.locator('xpath=..').innerText()).toContain(`(${fact.date})`);
    // The focus moved to the result.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-check-result'))).toBe('');

    // Nothing went anywhere: no API call, no other origin, no request carrying the input; the URL holds none of it.
    expect(requests.filter((u) => u.pathname.startsWith('/api')).map(String)).toEqual([]);
    expect(requests.filter((u) => u.origin !== session.url && u.protocol !== 'data:').map(String)).toEqual([]);
    expect(bodies.filter((b) => MARKERS.some((m) => b.includes(m)))).toEqual([]);
    expect(new URL(page.url()).search).toBe('');
    await session.screenshot(page, 'check-findings', { selector: '[data-answer]' });

    // A finding's rule link lands on the rule's page.
    const first = expected.data.results[0]!;
    await page.locator(`[data-finding-rule="${first.ruleId}"] a`).first().click();
    await page.waitForURL(`**${paths.rule(first.ruleId)}`);
    // The URL changes before the client-side route renders: wait for the rule page's heading.
    await page.locator('h1', { hasText: ruleById(first.ruleId).title }).waitFor();
    expect(await page.locator('h1').innerText()).toBe(ruleById(first.ruleId).title);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('two Virtual WAN files through the file input are checked together', async () => {
    const { page, errors, bodies } = await openCheck();
    await page
      .locator('input[type=file]')
      .setInputFiles([path.join(FIXTURES, 'vwan-p2s-gateway.az.json'), path.join(FIXTURES, 'vwan-server-config.az.json')]);
    await page.waitForSelector('[data-chosen-files] li >> nth=1');
    await page.locator('input[name=as_of]').fill(AS_OF);
    await page.locator('button[type=submit]').click();
    await page.waitForSelector('[data-answer]');
    const checked = await page.locator('[data-answer] table').first().innerText();
    expect(checked).toContain('Virtual WAN point-to-site gateway');
    expect(checked).toContain('VPN server configuration');
    expect(checked).toContain('vwan-p2s-gateway.az.json');
    expect(checked).toContain('vwan-server-config.az.json');
    expect(bodies.filter((b) => b.includes('p2SConnectionConfigurations'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('input that is not a gateway shows the usage error; a bad option says which', async () => {
    const { page, errors } = await openCheck();
    await page.locator('textarea[name=json]').fill(fixtureText('vnet.az.json'));
    await page.locator('button[type=submit]').click();
    const alert = page.locator('[data-usage-error]');
    await alert.waitFor();
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.innerText()).toContain('not a VPN gateway');
    expect(await page.locator('[data-answer]').count()).toBe(0);

    await page.locator('textarea[name=json]').fill(fixtureText(OLD));
    await page.locator('input[name=users]').fill('lots');
    await page.locator('button[type=submit]').click();
    expect(await page.locator('[data-option-error=users]').innerText()).toContain('whole number');
    expect(errors).toEqual([]);
    await page.close();
  });
});
