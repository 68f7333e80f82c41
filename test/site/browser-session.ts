/**
 * One headless chromium (Debian's, through playwright-core) and the built site served by the real server
 * on 127.0.0.1, shared by every browser test in a file. Skipped locally when chromium is missing; under
 * CI=true a missing browser or a missing build fails the suite instead of skipping it.
 *
 * The server sends its Content-Security-Policy, and the session checks at start that the browser enforces
 * it. Every violation is a console error on the page that caused it (so each test's `errors` catches it),
 * and stop() fails the file if any page saw one, watched or not.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CSP_HASHES_FILE } from '../../bot/http/static-site';
import { BUILD_DIR, requireBuild } from './site-build';
import { serveBuild } from './static-server';

const CHROMIUM = '/usr/bin/chromium';
export const haveBrowser = fs.existsSync(CHROMIUM);
const SCREENSHOT_DIR = path.resolve(__dirname, '../../artifacts/screenshots');

export function requireBrowserInCi(): void {
  if (!haveBrowser && process.env.CI === 'true')
    throw new Error(`${CHROMIUM} is missing: install it (apt-get install chromium) for the browser test`);
}

/** What a page did: errors (page errors and console errors), dialogs, and every request it made. */
export interface Watched {
  page: Page;
  errors: string[];
  dialogs: string[];
  requests: URL[];
}

/** Reports each CSP violation as a console error: Chromium's own message does not say which page load. */
function reportCspViolations(): void {
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error(
      `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} in ${e.sourceFile || e.documentURI}:${e.lineNumber}`,
    );
  });
}

export class BrowserSession {
  browser!: Browser;
  context!: BrowserContext;
  url = '';
  /** Every CSP violation any page of the shared context reported. */
  readonly cspViolations: string[] = [];
  private closeSite: (() => Promise<void>) | undefined;

  async start(): Promise<void> {
    requireBuild();
    if (!fs.existsSync(path.join(BUILD_DIR, CSP_HASHES_FILE)))
      throw new Error(`site/build has no ${CSP_HASHES_FILE}: the site build's last step (scripts/precompress-site.mjs) did not run.`);
    const site = await serveBuild(BUILD_DIR);
    this.url = site.url;
    this.closeSite = site.close;
    this.browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    // One context for all pages: the shared chunks (React, the engine, Mermaid) load once.
    this.context = await this.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await this.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: this.url });
    await this.context.addInitScript(reportCspViolations);
    this.context.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy|CSP violation/.test(m.text()))
        this.cspViolations.push(`${m.page()?.url()}: ${m.text()}`);
    });
    await this.expectCspEnforced();
  }

  /** Without this, "no CSP violations" could mean no CSP: an inline script the policy doesn't list must not run. */
  private async expectCspEnforced(): Promise<void> {
    const probe = await this.browser.newContext(); // its deliberate violation stays out of cspViolations
    try {
      const page = await probe.newPage();
      const res = await page.goto(`${this.url}/`, { waitUntil: 'load' });
      const csp = (await res?.allHeaders())?.['content-security-policy'] ?? '';
      if (!/script-src 'self' 'sha256-/.test(csp)) throw new Error(`the server sent no script-src with the build's hashes: "${csp}"`);
      const ran = await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'document.documentElement.dataset.cspProbe = "ran"';
        document.head.append(s);
        return document.documentElement.dataset.cspProbe === 'ran';
      });
      if (ran) throw new Error('chromium ran an inline script the CSP does not allow: the policy is not in force');
    } finally {
      await probe.close();
    }
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    await this.closeSite?.();
    if (this.cspViolations.length > 0) throw new Error(`CSP violations:\n${this.cspViolations.join('\n')}`);
  }

  watch(page: Page): Watched {
    const w: Watched = { page, errors: [], dialogs: [], requests: [] };
    page.on('pageerror', (e) => w.errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') w.errors.push(`console: ${m.text()}`);
    });
    page.on('dialog', (d) => {
      w.dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    page.on('request', (r) => w.requests.push(new URL(r.url())));
    return w;
  }

  async open(sitePath: string): Promise<Watched> {
    const page = await this.context.newPage();
    const w = this.watch(page);
    await page.goto(`${this.url}${sitePath}`, { waitUntil: 'load' });
    return w;
  }

  /**
   * Writes artifacts/screenshots/<name>.png and measures it in the browser: a blank or single-colour
   * image has (almost) no luminance variance and few distinct colours.
   */
  async screenshot(
    page: Page,
    name: string,
    opts: { fullPage?: boolean; selector?: string } = {},
  ): Promise<{ file: string; bytes: number; stddev: number; colours: number }> {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = path.join(SCREENSHOT_DIR, `${name}.png`);
    const png = opts.selector
      ? await page.locator(opts.selector).first().screenshot({ path: file })
      : await page.screenshot({ path: file, fullPage: opts.fullPage ?? false });
    const stats = await page.evaluate(async (b64: string) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let n = 0;
      let sum = 0;
      let sq = 0;
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 7) {
        const l = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
        n++;
        sum += l;
        sq += l * l;
        if (colours.size < 5000) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      }
      const mean = sum / n;
      return { stddev: Math.sqrt(Math.max(0, sq / n - mean * mean)), colours: colours.size };
    }, png.toString('base64'));
    return { file, bytes: png.length, ...stats };
  }
}
