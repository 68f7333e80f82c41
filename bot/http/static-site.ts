/**
 * Serves the built docs site (site/build) when it exists: `/x` → `x`, `x.html` or `x/index.html`
 * (Docusaurus with trailingSlash: false writes `x.html`), 404 → `404.html`. Paths are decoded once,
 * normalised, and must stay inside the build folder after symlinks are resolved.
 */
import { createReadStream, promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';
import { sendJson } from './respond';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt', '.xml', '.webmanifest']);

function contentTypeOf(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isFile();
  } catch {
    return false;
  }
}

/** The file a URL path names inside `root`, or undefined (missing, or outside root). */
async function resolveSitePath(root: string, urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const clean = path.posix.normalize(`/${decoded}`);
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}.html`, `${clean}/index.html`];
  let realRoot: string;
  try {
    realRoot = await fs.realpath(root);
  } catch {
    return undefined;
  }
  for (const c of candidates) {
    const abs = path.join(realRoot, c);
    if (abs !== realRoot && !abs.startsWith(realRoot + path.sep)) continue;
    if (!(await isFile(abs))) continue;
    const real = await fs.realpath(abs);
    if (real.startsWith(realRoot + path.sep)) return real;
  }
  return undefined;
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: string, status: number, urlPath: string): void {
  const ext = path.extname(file).toLowerCase();
  const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  res.writeHead(status, {
    'content-type': contentTypeOf(file),
    // Docusaurus puts content-hashed bundles under /assets/; everything else may change with a rebuild.
    'cache-control': urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  const done = (err: NodeJS.ErrnoException | null) => {
    if (err) res.destroy();
  };
  if (gzip) pipeline(stream, createGzip(), res, done);
  else pipeline(stream, res, done);
}

function notBuiltPage(req: IncomingMessage, res: ServerResponse): void {
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>vpn-advisor</title>
<h1>vpn-advisor is running</h1>
<p>The docs site is not built yet (<code>npm run site:build</code>, or <code>npm start</code> builds it).</p>
<p>The answer API works now: <a href="/api/ask?q=sizing%205000%20users">/api/ask?q=sizing 5000 users</a> · <a href="/healthz">/healthz</a></p>
</html>`;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
  res.end(req.method === 'HEAD' ? undefined : html);
}

export async function serveSite(req: IncomingMessage, res: ServerResponse, root: string, urlPath: string): Promise<void> {
  const built = await isFile(path.join(root, 'index.html'));
  if (!built) {
    if (urlPath === '/') return notBuiltPage(req, res);
    return sendJson(req, res, 404, { error: 'not_found', message: 'No such page (the docs site is not built).' });
  }
  const file = await resolveSitePath(root, urlPath);
  if (file) return sendFile(req, res, file, 200, urlPath);
  const notFound = await resolveSitePath(root, '/404.html');
  if (notFound) return sendFile(req, res, notFound, 404, '/404.html');
  sendJson(req, res, 404, { error: 'not_found', message: 'No such page.' });
}
