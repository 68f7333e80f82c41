/**
 * The one MiniSearch options object. The index builder, `MiniSearch.loadJSON` (CLI, bot, site)
 * and the query all use it, so a term means the same thing everywhere.
 */
import type { Options } from 'minisearch';
import { analyze } from './analyze';
import type { SearchDocument } from './documents';

/** Fields the index searches, strongest first. */
const indexedFields = ['title', 'keywords', 'text'] as const;

/** What each document keeps for display and ranking (never the bodies: they only feed the index). */
const storedFields = [
  'kind',
  'title',
  'url',
  'section',
  'snippet',
  'value',
  'status',
  'supersededBy',
  'entity',
  'cell',
  'group',
  'prior',
  'date',
] as const;
export type StoredField = (typeof storedFields)[number];
export type StoredDocument = Pick<SearchDocument, StoredField>;

/**
 * The stored fields travel as one array under one key (`s`): the serialized index is smaller (no key
 * names repeated per document) and every result is cheaper to build (MiniSearch copies one property).
 */
export const PACKED = 's';

function packStored(doc: SearchDocument): unknown[] {
  const values = storedFields.map((f) => doc[f] ?? null);
  while (values.length && values[values.length - 1] === null) values.pop();
  return values;
}

/** One stored field straight from the packed array, without unpacking the rest (the query reads a few per candidate). */
export function storedField<F extends StoredField>(packed: unknown, field: F): StoredDocument[F] | undefined {
  const v = Array.isArray(packed) ? packed[STORED_INDEX[field]] : undefined;
  return v === null ? undefined : (v as StoredDocument[F] | undefined);
}

const STORED_INDEX = Object.fromEntries(storedFields.map((f, i) => [f, i])) as Record<StoredField, number>;

export function unpackStored(packed: unknown): StoredDocument {
  const values = Array.isArray(packed) ? packed : [];
  const out: Record<string, unknown> = {};
  storedFields.forEach((f, i) => {
    if (values[i] !== null && values[i] !== undefined) out[f] = values[i];
  });
  return out as StoredDocument;
}

/** A word in a title or heading counts three times a word in the body. */
const fieldBoosts: Readonly<Record<(typeof indexedFields)[number], number>> = { title: 3, keywords: 2, text: 1 };

/**
 * Prefix matching for partial words from four letters ("conn" → connections), never for numbers, addresses or names
 * with digits (128 must not find 1280; VpnGw2 must not find VpnGw2AZ's neighbours by accident).
 */
export function prefixFor(term: string): boolean {
  return term.length >= 4 && /^[a-z]+$/.test(term);
}

/** Typo tolerance for plain words only: one edit from 5 letters, two from 9 (none for 25+: that is not a word). */
export function fuzzyFor(term: string): number | false {
  if (!/^[a-z]+$/.test(term) || term.length < 5 || term.length > 24) return false;
  return term.length >= 9 ? 2 : 1;
}

export const searchOptions: Options<SearchDocument> = {
  idField: 'id',
  fields: [...indexedFields],
  storeFields: [PACKED],
  extractField: (doc, field) => (field === PACKED ? packStored(doc) : (doc as unknown as Record<string, unknown>)[field]),
  tokenize: analyze,
  // the analyzer already lowercases, splits, stems and adds synonyms
  processTerm: (term) => term,
  searchOptions: {
    boost: { ...fieldBoosts },
    prefix: (term) => prefixFor(term),
    fuzzy: (term) => fuzzyFor(term),
    combineWith: 'OR',
    weights: { fuzzy: 0.4, prefix: 0.35 },
  },
};
