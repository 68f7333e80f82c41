// After `docusaurus build`: writes a Brotli (.br) and a gzip (.gz) copy beside every compressible file, so the
// server sends precompressed bytes instead of compressing on every request, and writes csp-hashes.json: the
// sha256 of every inline script the HTML pages run (Docusaurus's colour-mode script and others), which the
// server puts in its Content-Security-Policy so those scripts run without 'unsafe-inline'.
// Usage: node scripts/precompress-site.mjs [build dir]   (default: site/build)
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = path.resolve(process.argv[2] ?? path.join(root, 'site', 'build'));

/** The server reads this name from the build (bot/http/static-site.ts, CSP_HASHES_FILE). */
const CSP_HASHES_FILE = 'csp-hashes.json';
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt', '.xml', '.webmanifest']);
// Below about a kilobyte a response fits in one TCP packet either way; compressing saves nothing worth a file.
const MIN_BYTES = 1024;
// Scripts with these types run; anything else (application/ld+json, …) is a data block CSP does not govern.
const SCRIPT_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Every regular file under dir (symlinks are not followed: the build must not reach outside itself). */
async function filesUnder(dir) {
  const out = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(abs)));
    else if (entry.isFile()) out.push(abs);
  }
  return out;
}

function attribute(attrs, name) {
  const m = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?(?=\\s|$)`, 'i').exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
}

/** sha256-… of each inline script a page runs, hashed over the exact text between the tags (as browsers do). */
function inlineScriptHashes(html) {
  const hashes = [];
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (attribute(attrs, 'src') !== undefined) continue;
    if (!SCRIPT_TYPES.has((attribute(attrs, 'type') ?? '').trim().toLowerCase())) continue;
    hashes.push(`sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
  }
  return hashes;
}

async function precompress(file) {
  const data = await fs.readFile(file);
  const written = [];
  const variants = [
    [
      '.br',
      () =>
        brotli(data, {
          params: {
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          },
        }),
    ],
    ['.gz', () => gz(data, { level: constants.Z_BEST_COMPRESSION })],
  ];
  for (const [ext, compress] of variants) {
    const packed = await compress();
    // A copy no smaller than the original would only cost the client decoding time.
    if (packed.length >= data.length) continue;
    await fs.writeFile(file + ext, packed);
    written.push({ ext, bytes: packed.length });
  }
  return { file, bytes: data.length, written };
}

/** Runs fn over items with at most `limit` in flight (zlib's async work runs on the libuv thread pool). */
async function eachLimited(items, limit, fn) {
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

async function main() {
  try {
    await fs.access(path.join(buildDir, 'index.html'));
  } catch {
    throw new Error(`${buildDir} holds no index.html: run docusaurus build first`);
  }
  const started = Date.now();
  const files = await filesUnder(buildDir);

  const hashes = new Set();
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    for (const h of inlineScriptHashes(await fs.readFile(file, 'utf8'))) hashes.add(h);
  }
  await fs.writeFile(path.join(buildDir, CSP_HASHES_FILE), `${JSON.stringify({ scriptHashes: [...hashes].sort() }, null, 2)}\n`);

  const candidates = [];
  for (const file of files) {
    if (!COMPRESSIBLE.has(path.extname(file).toLowerCase())) continue;
    if ((await fs.stat(file)).size >= MIN_BYTES) candidates.push(file);
  }
  const results = await eachLimited(candidates, os.availableParallelism(), precompress);
  const total = (ext) => results.reduce((n, r) => n + (r.written.find((w) => w.ext === ext)?.bytes ?? 0), 0);
  const original = results.reduce((n, r) => n + r.bytes, 0);
  const mb = (n) => `${(n / 1e6).toFixed(2)} MB`;
  console.log(
    `precompress-site: ${results.length} files ${mb(original)} → br ${mb(total('.br'))}, gz ${mb(total('.gz'))}; ` +
      `${hashes.size} inline script hash(es) in ${CSP_HASHES_FILE}; ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

main().catch((e) => {
  console.error(`precompress-site: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
