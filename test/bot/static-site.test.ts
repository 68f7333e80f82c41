/**
 * The docs site as the real server serves it, from a small site made here and finished by the real
 * post-build script (scripts/precompress-site.mjs): Docusaurus paths, the 404 page, ETag / 304, byte
 * ranges, HEAD, the precompressed .br / .gz copies, cache headers, the CSP and the other security
 * headers, and no way out of the build folder. Requests go over node:http (or a raw socket), which
 * neither normalises paths nor decodes bodies, so the test sees exactly what the server sent.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync, existsSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createLogger, memorySink } from '../../bot/log';
import { createHttpServer } from '../../bot/server';

jest.setTimeout(30_000);

const ROOT = path.resolve(__dirname, '../..');
const SECRET = 'outside the site: must never be served';
// The colour-mode script Docusaurus puts in <head>, in miniature; the CSP must allow exactly this text.
const INLINE_SCRIPT = 'document.documentElement.setAttribute("data-theme","dark")';
const JSON_LD = '{"@context":"https://schema.org","@type":"BreadcrumbList"}';
const filler = (word: string) => `<p>${word} ${'Azure VPN gateway sizing and client compatibility. '.repeat(60)}</p>`;
const page = (title: string) =>
  `<!doctype html><html><head><title>${title}</title><script>${INLINE_SCRIPT}</script>` +
  `<script type="application/ld+json">${JSON_LD}</script><script src="/assets/js/main.0a1b2c3d.js" defer></script></head>` +
  `<body>${filler(title)}</body></html>`;
const MAIN_JS = `console.log("vpn-advisor");\n${'export const gateways = ["VpnGw1", "VpnGw2", "VpnGw3"];\n'.repeat(80)}`;

let tmp: string;
let site: string;
let server: Server;
let port: number;
const logs = memorySink();

async function listen(s: Server): Promise<number> {
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return (s.address() as AddressInfo).port;
}

function startServer(siteDir: string, sink = logs.sink): Server {
  return createHttpServer({
    answer: () => {
      throw new Error('no answers needed in the static site test');
    },
    logger: createLogger({ sink, level: 'debug' }),
    siteDir,
    slackMode: 'off',
  });
}

async function stopServer(s: Server): Promise<void> {
  s.closeAllConnections();
  await new Promise((r) => s.close(r));
}

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function get(p: string, headers: Record<string, string> = {}, method = 'GET', onPort = port): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: onPort, path: p, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    // Generous: a hung response fails the test instead of the whole run.
    req.setTimeout(10_000, () => req.destroy(new Error(`no reply to ${method} ${p} in 10 s`)));
    req.end();
  });
}

/** The request line exactly as written (no client normalises it); the whole reply as text. */
function rawGet(target: string): Promise<string> {
  return new Promise((resolve) => {
    const sock = connect(port, '127.0.0.1', () => sock.write(`GET ${target} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n`));
    let data = '';
    sock.on('data', (d) => (data += d));
    sock.on('close', () => resolve(data));
  });
}

const file = (rel: string) => readFileSync(path.join(site, rel));

function writeSite(dir: string): void {
  const w = (rel: string, content: string | Buffer) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  };
  w('index.html', page('home'));
  w('404.html', page('page not found'));
  w('ask.html', page('ask'));
  w('docs.html', page('docs overview'));
  w('docs/index.html', page('docs index'));
  w('docs/reference/point-to-site.html', page('point-to-site'));
  w('assets/js/main.0a1b2c3d.js', MAIN_JS);
  w('assets/css/styles.4e5f6a7b.css', 'body{margin:0}');
  w('assets/images/logo-9c8d7e6f.png', Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)));
  w('generated/search-index.json', JSON.stringify({ documentCount: 3, terms: Array.from({ length: 200 }, (_, i) => `term${i}`) }));
  w('sitemap.xml', `<urlset>${'<url><loc>https://vpn.example.test/docs</loc></url>'.repeat(40)}</urlset>`);
  w('img/favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
}

beforeAll(async () => {
  // secret.txt sits beside the site folder, where ../ from the site would reach it.
  tmp = mkdtempSync(path.join(os.tmpdir(), 'vpn-static-'));
  site = path.join(tmp, 'site');
  writeFileSync(path.join(tmp, 'secret.txt'), SECRET);
  mkdirSync(path.join(tmp, 'outside-dir'));
  writeFileSync(path.join(tmp, 'outside-dir', 'secret.html'), SECRET);
  writeSite(site);
  await promisify(execFile)(process.execPath, [path.join(ROOT, 'scripts/precompress-site.mjs'), site]);
  symlinkSync(path.join(tmp, 'secret.txt'), path.join(site, 'link-out.txt'));
  symlinkSync(path.join(tmp, 'outside-dir'), path.join(site, 'linked-dir'));
  server = startServer(site);
  port = await listen(server);
});
afterAll(async () => {
  await stopServer(server);
  rmSync(tmp, { recursive: true, force: true });
});

describe('the post-build script', () => {
  it('writes .br and .gz beside compressible files over the size floor, and nothing else', () => {
    for (const rel of ['index.html', 'assets/js/main.0a1b2c3d.js', 'generated/search-index.json', 'sitemap.xml']) {
      expect(brotliDecompressSync(file(`${rel}.br`))).toEqual(file(rel));
      expect(gunzipSync(file(`${rel}.gz`))).toEqual(file(rel));
    }
    // too small to gain anything, or not compressible
    for (const rel of ['assets/css/styles.4e5f6a7b.css', 'img/favicon.svg', 'assets/images/logo-9c8d7e6f.png']) {
      expect([existsSync(path.join(site, `${rel}.br`)), existsSync(path.join(site, `${rel}.gz`))]).toEqual([false, false]);
    }
  });

  it('records the sha256 of each inline script a page runs, not of JSON-LD data blocks', () => {
    const sha = (s: string) => `sha256-${createHash('sha256').update(s).digest('base64')}`;
    expect(JSON.parse(file('csp-hashes.json').toString())).toEqual({ scriptHashes: [sha(INLINE_SCRIPT)] });
  });

  it('refuses a folder without index.html, saying why', async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'vpn-static-empty-'));
    try {
      await expect(promisify(execFile)(process.execPath, [path.join(ROOT, 'scripts/precompress-site.mjs'), empty])).rejects.toMatchObject({
        stderr: expect.stringMatching(/holds no index\.html: run docusaurus build first/),
      });
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('Docusaurus paths (trailingSlash: false)', () => {
  it.each([
    ['/', 'home'],
    ['/index.html', 'home'],
    ['/ask', 'ask'],
    ['/ask?q=sizing%205000%20users&as_of=2026-11-21', 'ask'],
    ['/docs', 'docs overview'],
    ['/docs/', 'docs index'],
    ['/docs/index.html', 'docs index'],
    ['/docs/reference/point-to-site', 'point-to-site'],
    ['/docs/reference/point-to-site.html', 'point-to-site'],
    ['/docs/reference/%70oint-to-site', 'point-to-site'],
  ])('%s → 200 %s', async (p, title) => {
    const res = await get(p);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body.toString()).toContain(`<title>${title}</title>`);
  });

  it.each([
    ['/generated/search-index.json', 'application/json; charset=utf-8'],
    ['/sitemap.xml', 'application/xml; charset=utf-8'],
    ['/img/favicon.svg', 'image/svg+xml'],
    ['/assets/js/main.0a1b2c3d.js', 'text/javascript; charset=utf-8'],
    ['/assets/css/styles.4e5f6a7b.css', 'text/css; charset=utf-8'],
    ['/assets/images/logo-9c8d7e6f.png', 'image/png'],
  ])('%s → 200 as %s, the file byte for byte', async (p, type) => {
    const res = await get(p);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.body).toEqual(file(p.slice(1)));
  });

  it.each(['/docs/nope', '/ask/', '/assets/js/missing.js', '/index.html.br/x'])('an unknown path %s → 404 with 404.html', async (p) => {
    const res = await get(p);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.body.toString()).toContain('<title>page not found</title>');
  });

  it('the 404 page comes precompressed too', async () => {
    const res = await get('/docs/nope', { 'accept-encoding': 'br' });
    expect(res.status).toBe(404);
    expect(res.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(res.body).toString()).toContain('<title>page not found</title>');
  });

  it('a precompressed copy is not a page of its own', async () => {
    const res = await get('/index.html.br');
    expect(res.status).toBe(404);
    expect(res.headers['content-encoding']).toBeUndefined();
  });
});

describe('/api paths and methods', () => {
  it.each(['/api', '/api/', '/api/nope', '/api/ask/more'])('%s → JSON 404, not the HTML page', async (p) => {
    const res = await get(p);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const body = JSON.parse(res.body.toString()) as { error: string; message: string };
    expect(body.error).toBe('not_found');
    expect(body.message).toMatch(/\/api\/ask/);
  });

  it.each([
    ['DELETE', '/ask'],
    ['POST', '/'],
    ['PUT', '/assets/js/main.0a1b2c3d.js'],
    ['POST', '/api/ask'],
  ])('%s %s → 405 with Allow: GET, HEAD', async (method, p) => {
    const res = await get(p, {}, method);
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
  });

  it('HEAD → the GET headers and no body', async () => {
    const [head, full] = await Promise.all([get('/ask', {}, 'HEAD'), get('/ask')]);
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(String(full.body.length));
    expect(head.headers.etag).toBe(full.headers.etag);
    expect(head.headers['content-security-policy']).toBe(full.headers['content-security-policy']);
  });
});

describe('no way out of the build folder', () => {
  it.each([
    '/../secret.txt',
    '/docs/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/docs/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/docs\\..\\..\\secret.txt',
    '/%00',
    '/index.html%00.txt',
    '/%2e%2e%00/secret.txt',
    '/%252e%252e%252fsecret.txt',
    '/%252e%252e/secret.txt',
    '/%c0%ae%c0%ae/secret.txt',
    '/%E0%A4%A',
    '/link-out.txt',
    '/linked-dir/secret.html',
    '/linked-dir/secret',
    `/${encodeURIComponent(path.join(os.tmpdir(), 'secret.txt'))}`,
  ])('%s → 400 or 404, never the file', async (target) => {
    const reply = await rawGet(target);
    expect(reply).toMatch(/^HTTP\/1\.1 (400|404) /);
    expect(reply).not.toContain(SECRET);
  });

  it('says which symlinks it will not serve', () => {
    expect(logs.lines.join('\n')).toMatch(/not serving 2 symlink\(s\).*\/link-out\.txt/);
  });
});

describe('ETag and 304', () => {
  it('a matching If-None-Match → 304 with no body, still with the cache and security headers', async () => {
    const first = await get('/ask');
    expect(first.headers.etag).toMatch(/^(W\/)?"[^"]+"$/);
    const again = await get('/ask', { 'if-none-match': first.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers['cache-control']).toBe('no-cache');
    expect(again.headers.vary).toBe('Accept-Encoding');
    expect(again.headers['content-security-policy']).toBe(first.headers['content-security-policy']);
  });

  it('a stale ETag → 200 with the file', async () => {
    const res = await get('/ask', { 'if-none-match': 'W/"1-1"' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(file('ask.html'));
  });

  it('each encoding has its own ETag, so a cached gzip copy is never revalidated as Brotli', async () => {
    const [br, gz, plain] = await Promise.all([
      get('/ask', { 'accept-encoding': 'br' }),
      get('/ask', { 'accept-encoding': 'gzip' }),
      get('/ask'),
    ]);
    expect(new Set([br.headers.etag, gz.headers.etag, plain.headers.etag]).size).toBe(3);
    expect((await get('/ask', { 'accept-encoding': 'br', 'if-none-match': gz.headers.etag! })).status).toBe(200);
    expect((await get('/ask', { 'accept-encoding': 'br', 'if-none-match': br.headers.etag! })).status).toBe(304);
  });
});

describe('byte ranges', () => {
  const JS = '/assets/js/main.0a1b2c3d.js';
  const whole = () => file(JS.slice(1));

  it('bytes=0-9 → 206 with those ten bytes', async () => {
    const res = await get(JS, { range: 'bytes=0-9' });
    expect(res.status).toBe(206);
    expect(res.headers['content-range']).toBe(`bytes 0-9/${whole().length}`);
    expect(res.body).toEqual(whole().subarray(0, 10));
  });

  it('bytes=100- and bytes=-20 → the rest, and the last twenty', async () => {
    const from = await get(JS, { range: 'bytes=100-' });
    expect(from.status).toBe(206);
    expect(from.body).toEqual(whole().subarray(100));
    const last = await get(JS, { range: 'bytes=-20' });
    expect(last.status).toBe(206);
    expect(last.headers['content-range']).toBe(`bytes ${whole().length - 20}-${whole().length - 1}/${whole().length}`);
    expect(last.body).toEqual(whole().subarray(-20));
  });

  it('an end past the file is cut to the file', async () => {
    const res = await get(JS, { range: `bytes=10-${whole().length + 1000}` });
    expect(res.status).toBe(206);
    expect(res.body).toEqual(whole().subarray(10));
  });

  it.each([`bytes=SIZE-`, 'bytes=99999999-', 'bytes=-0'])('%s → 416 with the size', async (range) => {
    const res = await get(JS, { range: range.replace('SIZE', String(whole().length)) });
    expect(res.status).toBe(416);
    expect(res.headers['content-range']).toBe(`bytes */${whole().length}`);
    expect(res.body.length).toBe(0);
  });

  it.each(['bytes=9-2', 'bytes=0-1,5-6', 'items=0-9', 'bytes=abc', 'bytes=0-0'])('%s → 200 with the whole file', async (range) => {
    const res = await get(JS, { range });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(whole());
  });

  it('an If-Range this server does not evaluate → the whole file', async () => {
    const res = await get(JS, { range: 'bytes=0-9', 'if-range': 'W/"1-1"' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(whole());
  });

  it('a range of the Brotli copy counts bytes of the copy', async () => {
    const br = file(`${JS.slice(1)}.br`);
    const res = await get(JS, { range: 'bytes=0-9', 'accept-encoding': 'br' });
    expect(res.status).toBe(206);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-range']).toBe(`bytes 0-9/${br.length}`);
    expect(res.body).toEqual(br.subarray(0, 10));
  });
});

describe('precompressed copies', () => {
  const JS = '/assets/js/main.0a1b2c3d.js';

  it.each([
    ['br', 'br', '.br'],
    ['gzip, deflate, br', 'br', '.br'],
    ['gzip', 'gzip', '.gz'],
    ['br;q=0, gzip', 'gzip', '.gz'],
    ['gzip;q=1, br;q=0.5', 'gzip', '.gz'],
    ['*', 'br', '.br'],
    ['identity', undefined, ''],
    ['deflate', undefined, ''],
    ['br;q=0, gzip;q=0', undefined, ''],
  ])('Accept-Encoding: %s → %s', async (accept, coding, suffix) => {
    const res = await get(JS, { 'accept-encoding': accept });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe(coding);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.headers['content-length']).toBe(String(file(JS.slice(1) + suffix).length));
    expect(res.body).toEqual(file(JS.slice(1) + suffix));
  });

  it('no Accept-Encoding → the file as it is', async () => {
    const res = await get('/generated/search-index.json');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toEqual(file('generated/search-index.json'));
  });

  it('a small file has no copies, so it is sent as it is whatever the client accepts', async () => {
    const res = await get('/assets/css/styles.4e5f6a7b.css', { 'accept-encoding': 'br, gzip' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.body.toString()).toBe('body{margin:0}');
  });
});

describe('cache headers', () => {
  it.each([
    ['/assets/js/main.0a1b2c3d.js', 'public, max-age=31536000, immutable'],
    ['/assets/css/styles.4e5f6a7b.css', 'public, max-age=31536000, immutable'],
    ['/assets/images/logo-9c8d7e6f.png', 'public, max-age=31536000, immutable'],
    ['/', 'no-cache'],
    ['/docs/reference/point-to-site', 'no-cache'],
    ['/generated/search-index.json', 'no-cache'],
    ['/sitemap.xml', 'no-cache'],
    ['/img/favicon.svg', 'no-cache'],
  ])('%s → %s (also for its Brotli copy)', async (p, cacheControl) => {
    expect((await get(p)).headers['cache-control']).toBe(cacheControl);
    expect((await get(p, { 'accept-encoding': 'br' })).headers['cache-control']).toBe(cacheControl);
  });
});

describe('security headers', () => {
  const sha = `sha256-${createHash('sha256').update(INLINE_SCRIPT).digest('base64')}`;

  it.each(['/', '/docs/reference/point-to-site', '/assets/js/main.0a1b2c3d.js', '/docs/nope'])(
    '%s carries the CSP and the rest',
    async (p) => {
      const { headers } = await get(p);
      const csp = String(headers['content-security-policy']);
      const directives = new Map(csp.split(/;\s*/).map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));
      expect(directives.get('default-src')).toEqual(["'self'"]);
      expect(directives.get('script-src')).toEqual(["'self'", `'${sha}'`]);
      expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    },
  );

  it('a build without csp-hashes.json still gets a CSP (inline scripts blocked), and the log says how to fix it', async () => {
    const bare = mkdtempSync(path.join(os.tmpdir(), 'vpn-static-bare-'));
    const own = memorySink();
    writeSite(bare);
    const s = startServer(bare, own.sink);
    const p = await listen(s);
    try {
      const res = await get('/', {}, 'GET', p);
      expect(res.status).toBe(200);
      expect(res.headers['content-security-policy']).toMatch(/script-src 'self';/);
      expect(own.lines.join('\n')).toMatch(/csp-hashes\.json.*inline scripts will be blocked.*npm run site:build/);
    } finally {
      await stopServer(s);
      rmSync(bare, { recursive: true, force: true });
    }
  });

  it('before the site is built: / explains with the same headers, other pages are JSON 404', async () => {
    const s = startServer(path.join(tmp, 'not-built'));
    const p = await listen(s);
    try {
      const home = await get('/', {}, 'GET', p);
      expect(home.status).toBe(200);
      expect(home.body.toString()).toMatch(/not built yet/);
      expect(home.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      const docs = await get('/docs', {}, 'GET', p);
      expect(docs.status).toBe(404);
      expect(JSON.parse(docs.body.toString())).toMatchObject({ error: 'not_found' });
    } finally {
      await stopServer(s);
    }
  });
});

describe('a file that vanishes under the running server (a rebuild)', () => {
  it('costs that one response, not the process', async () => {
    const doomed = mkdtempSync(path.join(os.tmpdir(), 'vpn-static-doomed-'));
    writeSite(doomed);
    const s = startServer(doomed);
    const p = await listen(s);
    try {
      expect((await get('/ask', {}, 'GET', p)).status).toBe(200); // the build is read now
      unlinkSync(path.join(doomed, 'ask.html'));
      await get('/ask', {}, 'GET', p).then(
        (res) => expect(res.status).not.toBe(500),
        (e: NodeJS.ErrnoException) => expect(e.code).toMatch(/ECONNRESET|ERR_STREAM_PREMATURE_CLOSE|socket hang up/),
      );
      expect((await get('/docs', {}, 'GET', p)).status).toBe(200);
    } finally {
      await stopServer(s);
      rmSync(doomed, { recursive: true, force: true });
    }
  });
});
