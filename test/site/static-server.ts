/**
 * Serves site/build the way Docusaurus lays it out (trailingSlash: false: /a/b → a/b.html) on
 * 127.0.0.1 with a random port, for the browser test. Paths can't leave the build folder.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.png': 'image/png',
};

function resolve(root: string, urlPath: string): string | undefined {
  const clean = path.normalize(decodeURIComponent(urlPath.split(/[?#]/)[0]!)).replace(/^(\.\.[/\\])+/, '');
  const base = path.join(root, clean);
  if (!base.startsWith(root)) return undefined;
  for (const candidate of [base, `${base}.html`, path.join(base, 'index.html')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

export async function serveBuild(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const file = resolve(root, req.url ?? '/');
    if (!file) {
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      res.end(fs.readFileSync(path.join(root, '404.html')));
      return;
    }
    // Hashed assets are immutable; letting the browser cache them keeps a many-page test fast.
    const cache = file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=3600, immutable' : 'no-cache';
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': cache });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}
