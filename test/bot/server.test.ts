/**
 * The one HTTP server without Slack: /healthz, /api/ask, and the built docs site (served from a folder
 * made here, so the test doesn't depend on the site build).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { knowledgeVersion, loadKnowledge } from '../../knowledge';
import { makeAnswerer } from '../../bot/answerer';
import { createLogger, memorySink } from '../../bot/log';
import { createHttpServer } from '../../bot/server';
import { AnswerSchema } from '../../shared/answer/answer';
import { policy } from '../../shared/policy';

// Real servers on a shared machine: generous time limits (waits inside are bounded separately).
jest.setTimeout(20_000);

const ROOT = path.resolve(__dirname, '../..');
const SITE = 'https://vpn.example.test';
const AS_OF = '2026-11-21';
const answer = makeAnswerer(loadKnowledge(), () => SITE, AS_OF);
const logs = memorySink();
const logger = createLogger({ sink: logs.sink });

let site: string;
let outside: string;
let server: Server;
let base: string;
let emptyServer: Server;
let emptyBase: string;

async function listen(s: Server): Promise<string> {
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  site = mkdtempSync(path.join(os.tmpdir(), 'vpn-site-'));
  outside = mkdtempSync(path.join(os.tmpdir(), 'vpn-outside-'));
  writeFileSync(path.join(outside, 'secret.txt'), 'outside the site');
  writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(path.join(site, '404.html'), '<!doctype html><title>not found</title>');
  writeFileSync(path.join(site, 'ask.html'), '<!doctype html><title>ask</title>');
  mkdirSync(path.join(site, 'docs', 'reference'), { recursive: true });
  writeFileSync(path.join(site, 'docs', 'reference', 'point-to-site.html'), '<!doctype html><title>p2s</title>');
  writeFileSync(path.join(site, 'docs', 'index.html'), '<!doctype html><title>docs</title>');
  mkdirSync(path.join(site, 'assets', 'js'), { recursive: true });
  writeFileSync(path.join(site, 'assets', 'js', 'main.abc123.js'), 'console.log("vpn-advisor");'.repeat(50));
  writeFileSync(path.join(site, 'search-index.json'), '{"documentCount":0}');
  writeFileSync(path.join(site, 'sitemap.xml'), '<urlset/>');
  writeFileSync(path.join(site, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  symlinkSync(path.join(outside, 'secret.txt'), path.join(site, 'link-out.txt'));
  server = createHttpServer({ answer, logger, siteDir: site, slackMode: 'off' });
  base = await listen(server);
  emptyServer = createHttpServer({ answer, logger, siteDir: path.join(site, 'does-not-exist'), slackMode: 'off' });
  emptyBase = await listen(emptyServer);
});
afterAll(async () => {
  server.closeAllConnections();
  emptyServer.closeAllConnections();
  await Promise.all([new Promise((r) => server.close(r)), new Promise((r) => emptyServer.close(r))]);
  rmSync(site, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('/healthz', () => {
  it('says the server is up and which Slack mode it is in', async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toMatchObject({ ok: true, slack: 'off' });
  });
});

describe('GET /api/ask', () => {
  const ask = (qs: string) => fetch(`${base}/api/ask?${qs}`);

  it('returns the answer object, valid against AnswerSchema', async () => {
    const res = await ask(`q=${encodeURIComponent('sizing 5000 users')}&as_of=${AS_OF}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const a = AnswerSchema.parse(await res.json());
    expect(a).toMatchObject({
      kind: 'answer',
      command: 'sizing',
      query: 'sizing 5000 users',
      asOf: AS_OF,
      permalink: `${SITE}/ask?q=sizing%205000%20users&as_of=${AS_OF}&kv=${knowledgeVersion(loadKnowledge())}`,
    });
  });

  it('is the same object as `vpn --json`', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'bot/cli.ts', 'pool', '10.8.0.0/19', 'users', '5000', '--json', '--as-of', AS_OF],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', SITE_URL: SITE },
      },
    );
    const api = await (await ask(`q=${encodeURIComponent('pool 10.8.0.0/19 users 5000')}&as_of=${AS_OF}`)).json();
    expect(api).toEqual(JSON.parse(stdout));
  }, 20_000);

  it('a usage error is an answer too (200, kind usage_error)', async () => {
    const a = AnswerSchema.parse(await (await ask('q=pool%2010.0.0.1%2F16')).json());
    expect(a.kind).toBe('usage_error');
    expect(a.error?.code).toBeTruthy();
  });

  it.each([
    ['no q', '', 'missing_q'],
    [`q longer than ${policy.maxQueryLength} characters`, `q=${'a'.repeat(policy.maxQueryLength + 1)}`, 'query_too_long'],
    ['a malformed as_of', 'q=ports&as_of=21-11-2026', 'invalid_as_of'],
    ['an impossible as_of', 'q=ports&as_of=2026-02-30', 'invalid_as_of'],
  ])('%s → 400 with a clear JSON error', async (_name, qs, code) => {
    const res = await ask(qs);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; message: string };
    expect(body.error).toBe(code);
    expect(body.message.length).toBeGreaterThan(10);
  });

  it('accepts a query of exactly the maximum length', async () => {
    expect((await ask(`q=${'a'.repeat(policy.maxQueryLength)}`)).status).toBe(200);
  });

  it('an engine failure → 500 JSON, logged; the server keeps serving', async () => {
    const failing = createHttpServer({
      answer: () => {
        throw new Error('engine broke');
      },
      logger,
      siteDir: site,
      slackMode: 'off',
    });
    const url = await listen(failing);
    try {
      const res = await fetch(`${url}/api/ask?q=ports`);
      expect(res.status).toBe(500);
      expect(((await res.json()) as { error: string }).error).toBe('internal_error');
      expect(logs.lines.join('\n')).toContain('engine broke');
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
    } finally {
      failing.closeAllConnections();
      await new Promise((r) => failing.close(r));
    }
  });

  it('other methods → 405', async () => {
    expect((await fetch(`${base}/api/ask?q=ports`, { method: 'POST' })).status).toBe(405);
  });
});

describe('the docs site', () => {
  const get = (p: string, headers: Record<string, string> = {}) => fetch(`${base}${p}`, { headers });

  it.each([
    ['/', 'home', 'text/html; charset=utf-8'],
    ['/ask', 'ask', 'text/html; charset=utf-8'],
    ['/ask?q=sizing%205000%20users&as_of=2026-11-21', 'ask', 'text/html; charset=utf-8'],
    ['/docs', 'docs', 'text/html; charset=utf-8'],
    ['/docs/', 'docs', 'text/html; charset=utf-8'],
    ['/docs/reference/point-to-site', 'p2s', 'text/html; charset=utf-8'],
    ['/docs/reference/point-to-site.html', 'p2s', 'text/html; charset=utf-8'],
    ['/search-index.json', 'documentCount', 'application/json; charset=utf-8'],
    ['/sitemap.xml', 'urlset', 'application/xml; charset=utf-8'],
    ['/logo.svg', 'svg', 'image/svg+xml'],
  ])('%s → 200 with the right file and content type', async (p, marker, type) => {
    const res = await get(p);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(await res.text()).toContain(marker);
  });

  it('an unknown page → 404 with 404.html', async () => {
    const res = await get('/docs/nope');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('not found');
  });

  it.each([
    '/../package.json',
    '/%2e%2e/%2e%2e/package.json',
    '/..%2f..%2fpackage.json',
    '/docs/..%2f..%2f..%2fetc%2fpasswd',
    '/%00index.html',
    '/..\\package.json',
    '/link-out.txt',
    '/%E0%A4%A',
  ])('no way out of the build folder: %s', async (p) => {
    const res = await get(p);
    expect([400, 404]).toContain(res.status);
    const text = await res.text();
    expect(text).not.toContain('outside the site');
    expect(text).not.toContain('"name": "vpn-advisor"');
  });

  it('raw ../ over a socket stays inside the folder too', async () => {
    const { port } = new URL(base);
    const reply = await new Promise<string>((resolve) => {
      const sock = connect(Number(port), '127.0.0.1', () =>
        sock.write('GET /../../package.json HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n'),
      );
      let data = '';
      sock.on('data', (d) => (data += d));
      sock.on('close', () => resolve(data));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 404/);
    expect(reply).not.toContain('"name": "vpn-advisor"');
  });

  it('hashed assets are cached for long, pages are revalidated, nothing is compressed on the fly', async () => {
    // This folder has no .br / .gz copies (the site build writes them; test/bot/static-site.test.ts covers them).
    const asset = await get('/assets/js/main.abc123.js', { 'accept-encoding': 'gzip' });
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('content-encoding')).toBeNull();
    expect(await asset.text()).toContain('console.log');
    expect((await get('/')).headers.get('cache-control')).toBe('no-cache');
  });

  it('HEAD → headers only; other methods → 405 naming GET and HEAD', async () => {
    const head = await fetch(`${base}/ask`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const del = await fetch(`${base}/ask`, { method: 'DELETE' });
    expect(del.status).toBe(405);
    expect(del.headers.get('allow')).toBe('GET, HEAD');
  });

  it('an unknown /api path → JSON 404, not the HTML page', async () => {
    const res = await get('/api/nope');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: string }).error).toBe('not_found');
  });

  it('before the site is built: / explains, /api/ask works', async () => {
    const home = await fetch(`${emptyBase}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toMatch(/not built yet/);
    expect((await fetch(`${emptyBase}/docs`)).status).toBe(404);
    expect((await fetch(`${emptyBase}/api/ask?q=ports`)).status).toBe(200);
  });

  it('/slack/events with Slack off → 404 saying how to turn HTTP mode on', async () => {
    const res = await fetch(`${base}/slack/events`, { method: 'POST', body: 'x' });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { message: string }).message).toMatch(/SLACK_SIGNING_SECRET \+ SLACK_BOT_TOKEN/);
  });

  it('malformed HTTP → 400, and the server keeps serving', async () => {
    const { port } = new URL(base);
    const reply = await new Promise<string>((resolve) => {
      const sock = connect(Number(port), '127.0.0.1', () => sock.end('NONSENSE\r\n\r\n'));
      let data = '';
      sock.on('data', (d) => (data += d));
      sock.on('close', () => resolve(data));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect((await get('/healthz')).status).toBe(200);
  });

  it('oversized headers or URL → 431, not 400', async () => {
    expect((await fetch(`${base}/healthz`, { headers: { 'x-big': 'a'.repeat(20_000) } })).status).toBe(431);
    expect((await fetch(`${base}/api/ask?q=${'x'.repeat(20_000)}`)).status).toBe(431);
    expect((await get('/healthz')).status).toBe(200);
  });

  it('a request that never finishes its headers → 408 once the timeout passes, not 400', async () => {
    const slow = createHttpServer({
      answer,
      logger,
      siteDir: site,
      slackMode: 'off',
      timeouts: { requestMs: 300, headersMs: 200, checkEveryMs: 50 },
    });
    const { port } = new URL(await listen(slow));
    try {
      const reply = await new Promise<string>((resolve) => {
        const sock = connect(Number(port), '127.0.0.1', () => sock.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n'));
        let data = '';
        sock.on('data', (d) => (data += d));
        sock.on('close', () => resolve(data));
      });
      expect(reply).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      slow.closeAllConnections();
      await new Promise((r) => slow.close(r));
    }
  });
});
