/**
 * Node-only: reads the guide files and the prebuilt index. Browser code never imports this module.
 *
 * The CLI and the bot call `useSearchIndexFile()` once at start. The first search then loads
 * `search-index.json` (next to the bundle in dist/, or dist/ from the sources) and checks that it was
 * built from the same knowledge and guides; if the file is missing, unreadable or stale, the index is
 * built in memory instead (correct, only slower), and `searchIndexSource()` says which happened.
 */
import { paths } from '../site-urls';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { KnowledgeBase } from '../../knowledge';
import { formatFactValue } from '../format';
import type { CommandDeclaration, GuidePage } from './documents';
import { buildSearchDocuments } from './documents';
import { parseGuideMdx } from './guides';
import type { SearchIndexProvider } from './provider';
import type { SearchIndex } from './search-index';
import { buildSearchIndex, fingerprintInputs, loadSearchIndex } from './search-index';

export const SEARCH_INDEX_FILE = 'search-index.json';

/** The repository root: two levels above shared/search, or one above dist/ in the bundle. */
function repoRoot(): string {
  for (const up of ['../..', '..']) {
    const dir = path.resolve(__dirname, up);
    if (existsSync(path.join(dir, 'knowledge')) || existsSync(path.join(dir, 'site'))) return dir;
  }
  return path.resolve(__dirname, '../..');
}

export function defaultGuidesDir(): string {
  return path.join(repoRoot(), 'site/docs/scenarios');
}

/** Candidate index files, in order: beside the running bundle (dist/vpn.js), then the repository's dist/. */
export function defaultIndexFiles(): string[] {
  return [...new Set([path.join(__dirname, SEARCH_INDEX_FILE), path.join(repoRoot(), 'dist', SEARCH_INDEX_FILE)])];
}

/** Topic guides live beside the scenario guides (site/docs/guides); their names carry this prefix. */
const TOPIC_PREFIX = 'guides/';

/** The guide files as text, in a stable order: scenario guides, then topic guides; [] when the folders don't exist (yet). */
function readGuideSources(dir: string = defaultGuidesDir()): { name: string; text: string }[] {
  const read = (folder: string, prefix: string) =>
    existsSync(folder)
      ? readdirSync(folder)
          .filter((f) => /\.mdx?$/.test(f) && !f.startsWith('_'))
          .sort()
          .map((name) => ({ name: `${prefix}${name}`, text: readFileSync(path.join(folder, name), 'utf8') }))
      : [];
  return [...read(dir, ''), ...read(path.join(path.dirname(dir), 'guides'), TOPIC_PREFIX)];
}

/** Guide sources → search sections, with `<FactValue id=…/>` resolved to the fact's formatted value. */
function parseGuides(kb: KnowledgeBase, sources: readonly { name: string; text: string }[]): GuidePage[] {
  const resolveFact = (id: string) => {
    const f = kb.factById.get(id);
    return f ? formatFactValue(f) : undefined;
  };
  return sources.map((g) =>
    g.name.startsWith(TOPIC_PREFIX)
      ? parseGuideMdx(g.text, { id: g.name.slice(TOPIC_PREFIX.length).replace(/\.mdx?$/, ''), resolveFact, pageUrl: paths.guide })
      : parseGuideMdx(g.text, { id: g.name.replace(/\.mdx?$/, ''), resolveFact }),
  );
}

/** Everything the index is built from, read once: documents to index and their fingerprint. */
export function readSearchInputs(kb: KnowledgeBase, commands: readonly CommandDeclaration[], guidesDir: string = defaultGuidesDir()) {
  const sources = readGuideSources(guidesDir);
  return {
    sources,
    fingerprint: fingerprintInputs(kb, commands, sources),
    documents: () => buildSearchDocuments(kb, parseGuides(kb, sources), commands),
  };
}

export type IndexSource = { kind: 'file'; file: string } | { kind: 'memory'; reason: string };

export interface NodeIndexOptions {
  /** Index files to try, first readable and fresh wins. */
  files?: string[];
  /** Scenario guide folder; when it exists its content must match the file's. */
  guidesDir?: string;
}

/**
 * Loads the prebuilt index if it matches this knowledge model (and the guides, when they can be read);
 * otherwise builds one in memory from the same inputs.
 */
export function loadNodeSearchIndex(
  kb: KnowledgeBase,
  commands: readonly CommandDeclaration[],
  opts: NodeIndexOptions = {},
): { index: SearchIndex; source: IndexSource } {
  const guidesDir = opts.guidesDir ?? defaultGuidesDir();
  const inputs = readSearchInputs(kb, commands, guidesDir);
  const guidesKnown = existsSync(guidesDir);
  let reason = 'no index file';
  for (const file of opts.files ?? defaultIndexFiles()) {
    if (!existsSync(file)) continue;
    try {
      const index = loadSearchIndex(readFileSync(file, 'utf8'));
      if (index.fingerprint.knowledge !== inputs.fingerprint.knowledge)
        reason = `${file} was built from another version of the knowledge model or the commands`;
      else if (guidesKnown && index.fingerprint.guides !== inputs.fingerprint.guides)
        reason = `${file} was built from other scenario guides`;
      else return { index, source: { kind: 'file', file } };
    } catch (e) {
      reason = `${file} could not be read (${e instanceof Error ? e.message : String(e)})`;
    }
  }
  return { index: buildSearchIndex(inputs.documents(), inputs.fingerprint), source: { kind: 'memory', reason } };
}

/** The file-backed index as RunOptions takes it: loaded on the first search that needs it, then kept per model. */
export function fileSearchIndex(opts: NodeIndexOptions = {}): SearchIndexProvider {
  const loaded = new WeakMap<KnowledgeBase, SearchIndex>();
  return (kb, commands) => {
    let index = loaded.get(kb);
    if (!index) {
      index = loadNodeSearchIndex(kb, commands, opts).index;
      loaded.set(kb, index);
    }
    return index;
  };
}
