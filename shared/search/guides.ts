// `## Heading {#id}` (Markdown) or `## Heading {/‹star› #id ‹star›/}` (the MDX comment form Docusaurus 3 reads)
const EXPLICIT_ID = /\s*\{(?:#([\w-]+)|\/\*\s*#([\w-]+)\s*\*\/)\}\s*$/;

/**
 * Scenario guide prose (MDX) → sections for search. String work only, so it runs anywhere; reading
 * the files is load-node.ts's job. Headings get the anchors Docusaurus gives them (`{#id}` when set,
 * else the github-slugger rule), so a hit links to the right place on the page.
 */
import { paths } from '../site-urls';
import type { GuidePage } from './documents';

/** Docusaurus' heading anchor (github-slugger, ASCII punctuation and common typography removed). */
export function slugifyHeading(heading: string): string {
  return (
    heading
      .toLowerCase()
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are the point here
      .replace(/[\u0000-\u001f!-,./:-@[-^`{-~\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f\u2190-\u21ff\u2200-\u22ff]/g, '')
      .replace(/ /g, '-')
  );
}

function frontMatter(source: string): { data: Record<string, string>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!m) return { data: {}, body: source };
  const data: Record<string, string> = {};
  for (const line of m[1].split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (kv) data[kv[1]] = kv[2].trim().replace(/^(['"])(.*)\1$/, '$2');
  }
  return { data, body: source.slice(m[0].length) };
}

/**
 * MDX → plain text: components that show a fact become its value (through `resolveFact`), other
 * JSX keeps only its text, code and diagrams are dropped, Markdown marks are removed.
 */
function plain(mdx: string, resolveFact: (id: string) => string | undefined): string {
  return mdx
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[A-Z]\w*\b[^>]*?\bid=["']([a-z0-9-]+)["'][^>]*?\/>/g, (tag, id: string) =>
      /^<Fact/.test(tag) ? (resolveFact(id) ?? ' ') : ' ',
    )
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/^:::\w*/gm, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(?:import|export)\s.*$/gm, ' ')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/^\s*\|?[\s:|-]+\|[\s:|-]*$/gm, ' ')
    .replace(/[|*_`>#]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface ParseGuideOptions {
  /** Page id (file name without extension); the URL is `pageUrl(id)` (default paths.scenario) unless front matter sets a slug. */
  id: string;
  /** Where pages of this folder live: scenario guides by default, topic guides at paths.guide. */
  pageUrl?: (id: string) => string;
  /** A fact's formatted value, for `<FactValue id="…"/>` and similar components. */
  resolveFact?: (id: string) => string | undefined;
}

export function parseGuideMdx(source: string, opts: ParseGuideOptions): GuidePage {
  const { data, body } = frontMatter(source);
  const resolveFact = opts.resolveFact ?? (() => undefined);
  const id = data.id || opts.id;
  // a slug is relative to the docs base ("/scenarios" → /docs/scenarios); index.mdx is the folder's page
  const docsBase = paths.scenarios().replace(/\/scenarios$/, '');
  const url = data.slug?.startsWith('/')
    ? `${docsBase}${data.slug}`.replace(/\/$/, '')
    : id === 'index' && !opts.pageUrl
      ? paths.scenarios()
      : (opts.pageUrl ?? paths.scenario)(id);
  let title = data.title ?? '';
  const sections: GuidePage['sections'] = [];
  const seen = new Map<string, number>();
  let current = { heading: '', anchor: '', lines: [] as string[] };
  const flush = () => {
    const text = plain(current.lines.join('\n'), resolveFact);
    if (text) sections.push({ heading: current.heading, anchor: current.anchor, text });
  };
  let fenced = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    const h = fenced ? null : /^(#{1,4})\s+(.*?)\s*$/.exec(line);
    if (h && h[1].length === 1 && !title) {
      title = plain(h[2].replace(EXPLICIT_ID, ''), resolveFact);
      continue;
    }
    if (h && h[1].length >= 2) {
      flush();
      const explicit = EXPLICIT_ID.exec(h[2]);
      const heading = plain(h[2].replace(EXPLICIT_ID, ''), resolveFact);
      let anchor = explicit ? (explicit[1] ?? explicit[2]) : slugifyHeading(heading);
      const n = seen.get(anchor) ?? 0;
      seen.set(anchor, n + 1);
      if (n && !explicit) anchor = `${anchor}-${n}`;
      current = { heading, anchor, lines: [] };
      continue;
    }
    current.lines.push(line);
  }
  flush();
  return { url, title: title || id, sections };
}
