/**
 * Serves the built docs site (site/build) with sirv: ETag and 304, byte ranges, HEAD, and the .br / .gz
 * copies the site build writes (scripts/precompress-site.mjs), never compressing per request.
 *
 * The URL → file mapping is ours, not sirv's, because it is where safety lives: at the first request after
 * the build exists, the build folder is listed once without following symlinks, and only a file on that list
 * is ever handed to sirv, by its exact name, with the encoding and range already decided. So no path —
 * encoded dots, backslashes, NUL bytes, double encoding, symlinks to elsewhere — can name a file outside it.
 * Docusaurus layout (trailingSlash: false): `/a/b` → a/b.html, `/a/` → a/index.html, unknown → 404.html.
 * A rebuilt site is picked up on restart (its hashed asset names change).
 */
import { promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Readable } from 'node:stream';
import sirv from 'sirv';
import type { AppLogger } from '../log';
import { preferredEncoding, requestedRange, SITE_ENCODINGS, type SiteEncoding } from './negotiate';
import { sendJson } from './respond';
import { isScriptHash, siteSecurityHeaders } from './security-headers';

/** Written into the build by scripts/precompress-site.mjs (same name there). */
export const CSP_HASHES_FILE = 'csp-hashes.json';

/** Docusaurus writes content-hashed file names under /assets/ only. */
const HASHED_ASSETS = '/assets/';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

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

function contentTypeOf(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** One servable file: its name as sirv knows it, and the precompressed copies beside it with their sizes. */
interface SiteFile {
  name: string;
  size: number;
  encodings: Array<SiteEncoding & { size: number }>;
}

interface LoadedSite {
  files: Map<string, SiteFile>;
  /** The content type of every name handed to sirv (a .br copy has its original's type). */
  types: Map<string, string>;
  serve: ReturnType<typeof sirv>;
  headers: Record<string, string>;
  notFoundPage?: { identity: Buffer; encoded: Map<string, Buffer>; file: SiteFile };
}

/** Regular files under root as `/a/b.html` → size; symlinks (never served) and dotfiles are left out. */
async function listBuild(root: string): Promise<{ sizes: Map<string, number>; symlinks: string[] }> {
  const sizes = new Map<string, number>();
  const symlinks: string[] = [];
  const walk = async (dir: string, prefix: string): Promise<void> => {
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const name = `${prefix}/${entry.name}`;
      if (entry.isSymbolicLink()) symlinks.push(name);
      else if (entry.isDirectory()) await walk(path.join(dir, entry.name), name);
      // A name with %, ? or # cannot be passed to sirv as a URL path unchanged; Docusaurus writes none.
      else if (entry.isFile() && !/[%?#\\]/.test(entry.name)) sizes.set(name.normalize(), (await fs.stat(path.join(dir, entry.name))).size);
    }
  };
  await walk(root, '');
  return { sizes, symlinks };
}

async function readScriptHashes(root: string, logger: AppLogger): Promise<string[]> {
  const file = path.join(root, CSP_HASHES_FILE);
  let parsed: unknown;
  try {
    parsed = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (e) {
    logger.warn(
      `Docs site: cannot read ${file} (${(e as Error).message}); inline scripts will be blocked by the CSP. Rebuild with npm run site:build.`,
    );
    return [];
  }
  const hashes = (parsed as { scriptHashes?: unknown }).scriptHashes;
  if (!Array.isArray(hashes) || !hashes.every(isScriptHash)) {
    logger.warn(`Docs site: ${file} should be {"scriptHashes": ["sha256-…", …]}; inline scripts will be blocked by the CSP.`);
    return Array.isArray(hashes) ? hashes.filter(isScriptHash) : [];
  }
  return hashes;
}

async function loadSite(root: string, logger: AppLogger): Promise<LoadedSite> {
  const { sizes, symlinks } = await listBuild(root);
  if (symlinks.length > 0)
    logger.warn(`Docs site: not serving ${symlinks.length} symlink(s) in ${root}: ${symlinks.slice(0, 5).join(', ')}`);

  const files = new Map<string, SiteFile>();
  const types = new Map<string, string>();
  const isCopy = (name: string) => SITE_ENCODINGS.some((e) => name.endsWith(e.suffix) && sizes.has(name.slice(0, -e.suffix.length)));
  for (const [name, size] of sizes) {
    if (isCopy(name)) continue;
    const encodings = SITE_ENCODINGS.flatMap((e) => {
      const copySize = sizes.get(name + e.suffix);
      return copySize === undefined ? [] : [{ ...e, size: copySize }];
    });
    files.set(name, { name, size, encodings });
    for (const n of [name, ...encodings.map((e) => name + e.suffix)]) types.set(n, contentTypeOf(name));
  }

  const headers = siteSecurityHeaders(await readScriptHashes(root, logger));
  const serve = sirv(root, {
    etag: true,
    extensions: [], // names arrive exact; the Docusaurus mapping happened already
    setHeaders: (res, name) => res.setHeader('content-type', types.get(name) ?? 'application/octet-stream'),
  });

  const notFound = files.get('/404.html');
  let notFoundPage: LoadedSite['notFoundPage'];
  if (notFound) {
    const read = (n: string) => fs.readFile(path.join(root, ...n.split('/')));
    const encoded = new Map<string, Buffer>();
    for (const e of notFound.encodings) encoded.set(e.coding, await read(notFound.name + e.suffix));
    notFoundPage = { identity: await read(notFound.name), encoded, file: notFound };
  }
  logger.debug(`Docs site: ${files.size} files in ${root}`);
  return { files, types, serve, headers, notFoundPage };
}

/** The decoded path, or undefined when it is malformed or tries to leave the folder. */
function safePath(urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  // A % left after one decoding is double encoding; nothing in the build is named that way.
  if (!decoded.startsWith('/') || /[\0\\%]/.test(decoded)) return undefined;
  if (decoded.split('/').some((segment) => segment === '.' || segment === '..')) return undefined;
  return decoded.normalize();
}

function findFile(site: LoadedSite, decoded: string): SiteFile | undefined {
  const candidates = decoded.endsWith('/') ? [`${decoded}index.html`] : [decoded, `${decoded}.html`, `${decoded}/index.html`];
  for (const c of candidates) {
    const file = site.files.get(c);
    if (file) return file;
  }
  return undefined;
}

function setSiteHeaders(res: ServerResponse, site: LoadedSite, cacheControl: string): void {
  for (const [k, v] of Object.entries(site.headers)) res.setHeader(k, v);
  res.setHeader('cache-control', cacheControl);
  res.setHeader('vary', 'Accept-Encoding');
}

function sendNotFound(req: IncomingMessage, res: ServerResponse, site: LoadedSite): void {
  const page = site.notFoundPage;
  if (!page) {
    sendJson(req, res, 404, { error: 'not_found', message: 'No such page.' });
    return;
  }
  const enc = preferredEncoding(req.headers['accept-encoding'], page.file.encodings);
  const body = (enc && page.encoded.get(enc.coding)) ?? page.identity;
  setSiteHeaders(res, site, REVALIDATE);
  res.writeHead(404, {
    'content-type': TYPES['.html']!,
    'content-length': body.length,
    ...(enc ? { 'content-encoding': enc.coding } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function sendFile(req: IncomingMessage, res: ServerResponse, site: LoadedSite, file: SiteFile, onMissing: () => void): void {
  const enc = preferredEncoding(req.headers['accept-encoding'], file.encodings);
  const name = enc ? file.name + enc.suffix : file.name;
  const size = enc?.size ?? file.size;
  setSiteHeaders(res, site, file.name.startsWith(HASHED_ASSETS) ? IMMUTABLE : REVALIDATE);
  res.setHeader('accept-ranges', 'bytes');

  let range = requestedRange(req.headers.range, req.headers['if-range'] as string | undefined, size);
  if (range.kind === 'unsatisfiable') {
    res.writeHead(416, { 'content-range': `bytes */${size}`, 'content-length': 0 });
    res.end();
    return;
  }
  // sirv reads a range ending at byte 0 as "to the end"; a whole 200 is the honest answer (RFC 9110 §14.2).
  if (range.kind === 'partial' && range.end === 0) range = { kind: 'whole' };

  // sirv pipes a read stream into res without error handling; a file deleted under a running server (a
  // rebuild) would otherwise crash the process, and a client gone mid-file would leave the file open.
  res.once('pipe', (src: Readable) => {
    src.once('error', () => res.destroy());
    res.once('close', () => src.destroy());
  });
  // sirv sees only what was decided here: the exact file name and the normalised range.
  const view = {
    url: name,
    method: req.method,
    headers: {
      'if-none-match': req.headers['if-none-match'],
      ...(range.kind === 'partial' ? { range: `bytes=${range.start}-${range.end}` } : {}),
    },
  } as unknown as IncomingMessage;
  site.serve(view, res, onMissing);
}

export type SiteHandler = (req: IncomingMessage, res: ServerResponse, urlPath: string) => Promise<void>;

function sendNotBuilt(req: IncomingMessage, res: ServerResponse, urlPath: string): void {
  if (urlPath !== '/') {
    sendJson(req, res, 404, { error: 'not_found', message: 'No such page (the docs site is not built).' });
    return;
  }
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>vpn-advisor</title>
<h1>vpn-advisor is running</h1>
<p>The docs site is not built yet (<code>npm run site:build</code>, or <code>npm start</code> builds it).</p>
<p>The answer API works now: <a href="/api/ask?q=sizing%205000%20users">/api/ask?q=sizing 5000 users</a> · <a href="/healthz">/healthz</a></p>
</html>`;
  res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': REVALIDATE, ...siteSecurityHeaders([]) });
  res.end(req.method === 'HEAD' ? undefined : html);
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isFile();
  } catch {
    return false;
  }
}

/** GET and HEAD for the site under `root`; the build is read at the first request that finds it built. */
export function createSiteHandler(root: string, logger: AppLogger): SiteHandler {
  let loading: Promise<LoadedSite> | undefined;
  return async (req, res, urlPath) => {
    if (!loading) {
      if (!(await isFile(path.join(root, 'index.html')))) return sendNotBuilt(req, res, urlPath);
      loading ??= loadSite(root, logger).catch((e: unknown) => {
        loading = undefined; // the next request tries again
        throw e;
      });
    }
    const site = await loading;
    const decoded = safePath(urlPath);
    if (decoded === undefined) return sendJson(req, res, 400, { error: 'bad_path', message: 'Malformed or disallowed path.' });
    const file = findFile(site, decoded);
    if (!file) return sendNotFound(req, res, site);
    sendFile(req, res, site, file, () => sendNotFound(req, res, site));
  };
}
