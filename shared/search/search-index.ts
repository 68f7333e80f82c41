/**
 * Building, serializing and loading the index. The serialized form is what `scripts/build-search-index.ts`
 * writes to dist/ and site/static/generated/, what the CLI and the bot load once per process, and
 * what the site fetches lazily; all of them load it with `searchOptions`.
 */
import MiniSearch from 'minisearch';
import type { AsPlainObject } from 'minisearch';
import type { KnowledgeBase } from '../../knowledge';
import type { CommandDeclaration, SearchDocument } from './documents';
import { PACKED, searchOptions, unpackStored } from './options';
import type { StoredDocument } from './options';

/** Bump when the serialized shape or the analyzer changes in a way old files cannot follow. */
export const SEARCH_INDEX_FORMAT = 2;

/** What the index was built from: a hash of the knowledge documents and one of the guide documents. */
export interface IndexFingerprint {
  knowledge: string;
  guides: string;
}

export interface SearchIndex {
  mini: MiniSearch<SearchDocument>;
  /**
   * Every term in the index with the number of documents that contain it. A query word found here is
   * not a typo (no fuzzy matching); a word most documents contain ("vpn") only ranks, it does not select.
   */
  termDocs: ReadonlyMap<string, number>;
  /** Product names documents are about (vpngw2az, ergw1az …): a query naming one is a look-up. */
  entities: ReadonlySet<string>;
  fingerprint: IndexFingerprint;
  documentCount: number;
}

export interface SerializedSearchIndex {
  format: number;
  fingerprint: IndexFingerprint;
  entities: string[];
  /** Documents per term, precomputed so loading does not walk every posting. */
  termDocs: Record<string, number>;
  index: AsPlainObject;
}

/** A short, stable hash (two FNV-1a 32-bit passes) — enough to tell whether an index file is stale. */
function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * What an index was built from, cheap to recompute without building anything: the knowledge model and
 * the command declarations (hashed as data), and the guide files (hashed as text). A reader without the
 * guide files can still check the knowledge part.
 */
export function fingerprintInputs(
  kb: KnowledgeBase,
  commands: readonly CommandDeclaration[],
  guideSources: readonly { name: string; text: string }[] = [],
): IndexFingerprint {
  const { sourceById: _s, factById: _f, origin: _o, ...collections } = kb;
  const declarations = commands.map(({ name, aliases, searchHints, summary, usage, examples }) => ({
    name,
    aliases,
    searchHints,
    summary,
    usage,
    examples,
  }));
  return {
    knowledge: hashText(`${SEARCH_INDEX_FORMAT}\n${JSON.stringify(collections)}\n${JSON.stringify(declarations)}`),
    guides: hashText(`${SEARCH_INDEX_FORMAT}\n${guideSources.map((g) => `${g.name}\n${g.text}`).join('\n\u0000')}`),
  };
}

/** Builds the index; `fingerprint` records its inputs (see fingerprintInputs) for whoever loads it later. */
export function buildSearchIndex(
  documents: readonly SearchDocument[],
  fingerprint: IndexFingerprint = { knowledge: 'unknown', guides: 'unknown' },
): SearchIndex {
  const mini = new MiniSearch<SearchDocument>(searchOptions);
  mini.addAll(documents as SearchDocument[]);
  const entities = new Set(documents.flatMap((d) => (d.entity ? d.entity.split(' ') : [])));
  return { mini, termDocs: countTermDocs(mini.toJSON().index), entities, fingerprint, documentCount: documents.length };
}

/** Documents per term, from MiniSearch's serialized postings (term → field → document → frequency). */
function countTermDocs(postings: AsPlainObject['index']): Map<string, number> {
  const out = new Map<string, number>();
  for (const [term, fields] of postings) {
    const ids = Object.values(fields).flatMap((byDoc) => Object.keys(byDoc));
    out.set(term, new Set(ids).size);
  }
  return out;
}

/** Every document's stored fields (display and ranking data), in index order. */
export function storedDocuments(index: SearchIndex): (StoredDocument & { id: string })[] {
  return index.mini.search(MiniSearch.wildcard).map((r) => ({ id: String(r.id), ...unpackStored((r as Record<string, unknown>)[PACKED]) }));
}

export function serializeSearchIndex(index: SearchIndex): string {
  const out: SerializedSearchIndex = {
    format: SEARCH_INDEX_FORMAT,
    fingerprint: index.fingerprint,
    entities: [...index.entities].sort(),
    termDocs: Object.fromEntries(index.termDocs),
    index: index.mini.toJSON(),
  };
  return JSON.stringify(out);
}

/**
 * Loads a serialized index (the JSON text, or the object already parsed, e.g. by `fetch().json()`)
 * with the shared options. Throws on a file of another format: the caller rebuilds.
 */
export function loadSearchIndex(json: string | SerializedSearchIndex): SearchIndex {
  const data: SerializedSearchIndex = typeof json === 'string' ? (JSON.parse(json) as SerializedSearchIndex) : json;
  if (!data || data.format !== SEARCH_INDEX_FORMAT || !data.index || !data.termDocs) {
    throw new Error(
      `vpn-advisor: search index format ${String(data?.format)} is not ${SEARCH_INDEX_FORMAT}; rebuild it with scripts/build-search-index.ts`,
    );
  }
  const mini = MiniSearch.loadJS<SearchDocument>(data.index, searchOptions);
  return {
    mini,
    termDocs: new Map(Object.entries(data.termDocs)),
    entities: new Set(data.entities),
    fingerprint: data.fingerprint,
    documentCount: mini.documentCount,
  };
}
