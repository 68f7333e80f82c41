/**
 * Running a query: plan it (routing.ts), search with the shared options plus per-query weights,
 * re-rank by how much of the question a document covers, and mark the matched words in each snippet.
 * The CLI, the bot and the site all call `searchIndex`, so the same query gives the same results.
 */
import type { SearchResult } from 'minisearch';
import { STOP_WORDS, stem, TERM_WEIGHTS } from './analyze';
import { wordSynonyms } from './synonyms';
import type { DocumentKind } from './documents';
import { fuzzyFor, PACKED, prefixFor, storedField, unpackStored } from './options';
import type { StoredDocument } from './options';
import type { CommandSuggestion, QueryPlan } from './routing';
import { planQuery } from './routing';
import type { SearchIndex } from './search-index';

/** Plain-text marks around matched words: every renderer can show them, none treats them as markup. */
export const MARK_OPEN = '«';
export const MARK_CLOSE = '»';

export interface SearchHit {
  id: string;
  kind: DocumentKind;
  title: string;
  /** Site path with anchor. */
  url: string;
  section: string;
  /** What to show under the title: the value (if any), then the stored snippet, matched words marked «like this». */
  snippet: string;
  value?: string;
  status?: 'superseded';
  supersededBy?: string;
  date?: string;
  score: number;
}

export interface SearchOutcome {
  hits: SearchHit[];
  /** How much of the question (its terms, weighted by rarity) the best hit answers, 0–1; 0 with no hit. */
  confidence: number;
  plan: QueryPlan;
  suggestions: CommandSuggestion[];
}

type Stored = StoredDocument;

/** A document's ranking factor for this query: its prior, its kind, and whether it is about the named product. */
function documentFactor(packed: unknown, plan: QueryPlan): number {
  let f = (storedField(packed, 'prior') ?? 1) * (plan.kindBoost[storedField(packed, 'kind')!] ?? 1);
  const entity = storedField(packed, 'entity');
  if (plan.entities.length) {
    if (entity && isAbout(entity, plan.entities)) f *= 2.5;
    else if (entity) f *= 0.5;
  } else if (storedField(packed, 'cell')) {
    // a general question ("why only 128 users") wants the general fact, not one SKU's table cell
    f *= 0.55;
  }
  return f;
}

function isAbout(entity: string, named: readonly string[]): boolean {
  return entity.split(' ').some((e) => named.includes(e));
}

/**
 * The terms a display word could have been indexed under: itself, its stem, its parts and their
 * synonyms. A cheap version of the analyzer (no phrase synonyms) that is plenty for marking words.
 */
function displayTerms(word: string): string[] {
  const lower = word.toLowerCase().replace(/'s$/, '');
  const out = [lower, stem(lower)];
  const syn = wordSynonyms.get(lower);
  if (syn) out.push(syn);
  if (/[/\-_.+&]/.test(lower) && !/^\d+(?:\.\d+)+(?:\/\d+)?$/.test(lower)) {
    for (const p of lower.split(/[/\-_.+&]+/)) if (p) out.push(p, stem(p), wordSynonyms.get(p) ?? p);
  }
  return out;
}

const DISPLAY_WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}./\-_+#%'&]*[\p{L}\p{N}])?/gu;

/** Marks every word of `text` that the document matched on (after stemming, splitting and synonyms). */
function markMatches(text: string, matched: ReadonlySet<string>): string {
  if (!matched.size) return text;
  return text.replace(DISPLAY_WORD, (word) =>
    !STOP_WORDS.has(word.toLowerCase()) && displayTerms(word).some((t) => matched.has(t)) ? `${MARK_OPEN}${word}${MARK_CLOSE}` : word,
  );
}

/** Rewards answering more of the question (share 0…1). */
const COVERAGE = (share: number) => (0.25 + share) ** 2;

export interface SearchIndexOptions {
  /** How many hits to return; default 10. */
  limit?: number;
}

/** A term in more than this share of documents ("vpn", "gateway") ranks results but does not select them. */
const COMMON_TERM_SHARE = 0.2;
/** Prefix expansion only for words in fewer than this share of documents (or not in the index as typed). */
const PREFIX_MAX_SHARE = 0.05;
/** Group demotion can only lower scores, so the final top results come from this many best raw ones. */
const RERANK_WINDOW = 200;

interface Scored {
  r: SearchResult;
  /** Sum of the per-term scores (MiniSearch's score without its "times the terms matched"). */
  raw: number;
  /** Query terms the document matched. */
  terms: string[];
  /** Index terms it matched them with (prefix and fuzzy matches included), for marking the snippet. */
  matched: string[];
  score: number;
}

export function searchIndex(index: SearchIndex, query: string, opts: SearchIndexOptions = {}): SearchOutcome {
  const limit = opts.limit ?? 10;
  const plan = planQuery(query, index.entities);
  if (!plan.terms.size) return { hits: [], confidence: 0, plan, suggestions: plan.suggestions };
  const n = Math.max(1, index.documentCount);
  const common = (t: string) => (index.termDocs.get(t) ?? 0) > COMMON_TERM_SHARE * n;
  // a common split part ("site" of point-to-site) adds nothing the whole word does not
  for (const [t, w] of plan.terms) if (w < TERM_WEIGHTS.synonym && common(t)) plan.terms.delete(t);
  if (!plan.terms.size) return { hits: [], confidence: 0, plan, suggestions: plan.suggestions };
  const selecting = [...plan.terms.keys()].filter((t) => !common(t));
  const ranking = [...plan.terms.keys()].filter(common);

  const factors = new Map<string, number>();
  const factor = (id: string, stored: Record<string, unknown> | undefined, candidates?: ReadonlyMap<string, Scored>) => {
    if (candidates && !candidates.has(id)) return 0;
    let f = factors.get(id);
    if (f === undefined) {
      f = documentFactor(stored?.[PACKED], plan);
      factors.set(id, f);
    }
    return f;
  };
  const run = (terms: string[], candidates?: ReadonlyMap<string, Scored>) =>
    index.mini.search(query, {
      tokenize: () => terms,
      processTerm: (t) => t,
      boostTerm: (t) => plan.terms.get(t) ?? 1,
      // partial words ("certif") and rare words ("deploy" → deployment) expand; a word many documents
      // already contain as typed needs no expansion
      prefix: (t) => prefixFor(t) && (index.termDocs.get(t) ?? 0) < PREFIX_MAX_SHARE * n,
      // a word the index knows is not a typo
      fuzzy: (t) => (index.termDocs.has(t) ? false : fuzzyFor(t)),
      boostDocument: (id: string, _term: string, stored?: Record<string, unknown>) => factor(id, stored, candidates),
    });

  // Words most documents contain only add to the score of documents the other words found; alone
  // (or when the other words find nothing) they select as well.
  const found = new Map<string, Scored>();
  const add = (results: SearchResult[]) => {
    for (const r of results) {
      const raw = r.score / Math.max(1, r.queryTerms.length);
      const prev = found.get(r.id);
      if (prev) {
        prev.raw += raw;
        prev.terms.push(...r.queryTerms);
        prev.matched.push(...r.terms);
      } else found.set(r.id, { r, raw, terms: [...r.queryTerms], matched: [...r.terms], score: 0 });
    }
  };
  add(run(selecting.length ? selecting : ranking));
  if (selecting.length && !found.size) add(run(ranking));
  else if (selecting.length && ranking.length) add(run(ranking, found));

  // Score by the share of the question a document answers, each term weighted by how it was typed and
  // how rare it is: "mfa" in "mfa for vpn users" matters more than "vpn" and "users" together.
  const docsWith = (t: string) => index.termDocs.get(t) ?? [...found.values()].filter((s) => s.terms.includes(t)).length;
  const importance = new Map([...plan.terms].map(([t, w]) => [t, w * Math.log(1 + n / Math.max(1, docsWith(t)))]));
  const whole = [...importance.values()].reduce((a, b) => a + b, 0) || 1;
  const scored = [...found.values()];
  for (const s of scored) s.score = s.raw * COVERAGE(s.terms.reduce((a, t) => a + (importance.get(t) ?? 0), 0) / whole);
  const window = scored.sort(byScore).slice(0, Math.max(RERANK_WINDOW, limit));

  // near-duplicates (one matrix row per OS, one table row per SKU) step aside for the next distinct answer
  const seen = new Map<string, number>();
  for (const s of window) {
    const packed = (s.r as Record<string, unknown>)[PACKED];
    const group = storedField(packed, 'group');
    if (!group) continue;
    // a question that names the SKU wants each of its table rows (Gen1 and Gen2); matrix rows still step aside
    const entity = storedField(packed, 'entity');
    if (storedField(packed, 'kind') === 'fact' && entity && plan.entities.length && isAbout(entity, plan.entities)) continue;
    let repeats = 0;
    for (const g of group.split(' ')) {
      const k = seen.get(g) ?? 0;
      repeats = Math.max(repeats, k);
      seen.set(g, k + 1);
    }
    s.score *= 0.6 ** repeats;
  }
  const ranked = window.sort(byScore).slice(0, limit);
  const best = ranked[0];
  const confidence = best ? [...new Set(best.terms)].reduce((a, t) => a + (importance.get(t) ?? 0), 0) / whole : 0;
  return {
    hits: ranked.map((s) => toHit(s, unpackStored((s.r as Record<string, unknown>)[PACKED]))),
    confidence: Math.min(1, confidence),
    plan,
    suggestions: plan.suggestions,
  };
}

function byScore(a: Scored, b: Scored): number {
  if (b.score !== a.score) return b.score - a.score;
  // ties in a stable, locale-free order (localeCompare would load ICU collation on the first search)
  const x: string = a.r.id;
  const y: string = b.r.id;
  return x < y ? -1 : x > y ? 1 : 0;
}

function toHit({ r, score, matched }: Scored, d: Stored): SearchHit {
  return {
    id: String(r.id),
    kind: d.kind,
    title: d.title,
    url: d.url,
    section: d.section,
    snippet: markMatches([d.value, d.snippet].filter(Boolean).join(' — '), new Set(matched)),
    ...(d.value !== undefined ? { value: d.value } : {}),
    ...(d.status ? { status: d.status } : {}),
    ...(d.supersededBy ? { supersededBy: d.supersededBy } : {}),
    ...(d.date ? { date: d.date } : {}),
    score: Math.round(score * 1000) / 1000,
  };
}
