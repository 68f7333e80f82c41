/**
 * Reads the built site (site/build), which `npm run build -w site` produces before jest runs.
 * A missing build is a failure with the command to run, never a silent skip.
 */
import fs from 'node:fs';
import path from 'node:path';

export const SITE_DIR = path.resolve(__dirname, '../../site');
export const BUILD_DIR = path.join(SITE_DIR, 'build');

export function requireBuild(): void {
  if (!fs.existsSync(path.join(BUILD_DIR, 'index.html'))) {
    throw new Error(`site/build is missing: run \`npm run build -w site\` before jest (npm test does it).`);
  }
}

/** The HTML file Docusaurus writes for a site path (trailingSlash: false → /a/b is a/b.html). */
export function htmlFileFor(sitePath: string): string {
  const clean = sitePath.split(/[?#]/)[0]!.replace(/\/+$/, '');
  return clean === '' ? path.join(BUILD_DIR, 'index.html') : path.join(BUILD_DIR, `${clean.slice(1)}.html`);
}

const cache = new Map<string, string>();
export function htmlOf(sitePath: string): string {
  const file = htmlFileFor(sitePath);
  let html = cache.get(file);
  if (html === undefined) {
    html = fs.readFileSync(file, 'utf8');
    cache.set(file, html);
  }
  return html;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** All id attributes of a page. The minifier drops attribute quotes (id=foo), so match loosely. */
export function idsOf(sitePath: string): Set<string> {
  const ids = new Set<string>();
  for (const m of htmlOf(sitePath).matchAll(/\sid=(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/g)) ids.add(m[1] ?? m[2] ?? m[3]!);
  return ids;
}

export function hasId(sitePath: string, id: string): boolean {
  return new RegExp(`\\sid=["']?${escapeRegExp(id)}(["'\\s>])`).test(htmlOf(sitePath));
}
