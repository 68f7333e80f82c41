/**
 * Scenario documents for `scenario <words>`: one document per scenario, built from its title, summary,
 * "when it fits" bullets and vocabulary (the words admins use, the vendors, clouds and products it
 * covers), analyzed by the same analyzer as the search index so "datacenters", "on-prem" and
 * "point to site" mean what they mean in search.
 *
 * A small index of its own rather than the search index: the scenario command must answer on faces
 * that fetch the big index lazily (needsSearchIndex stays false), and ranking fifteen situations
 * wants other fields than ranking two thousand facts. `whenNot`, the steps and the fact titles are left
 * out on purpose: they name the other scenarios' situations ("users also need on-premises: see …").
 */
import MiniSearch from 'minisearch';
import type { Options } from 'minisearch';
import type { Scenario } from '../../knowledge';
import { analyze } from './analyze';
import { fuzzyFor } from './options';

interface ScenarioDocument {
  id: string;
  title: string;
  summary: string;
  fits: string;
  phrases: string;
  names: string;
}

const scenarioFields = ['names', 'phrases', 'title', 'fits', 'summary'] as const;

/**
 * A vendor, cloud or product name is the strongest sign ("Palo Alto", "AWS"); the vocabulary is written
 * for matching, the title is the scenario in a line; the prose bullets and summary say more words about
 * more things, so each of their words counts less.
 */
const scenarioFieldBoosts: Readonly<Record<(typeof scenarioFields)[number], number>> = {
  names: 3,
  phrases: 2.5,
  title: 2,
  fits: 1.5,
  summary: 1,
};

/**
 * The shared analyzer and typo rule; the fields are the scenario's. No prefix matching: a description
 * is whole words, and in fifteen documents "open" would find OpenVPN.
 */
const scenarioSearchOptions: Options<ScenarioDocument> = {
  idField: 'id',
  fields: [...scenarioFields],
  storeFields: [],
  tokenize: analyze,
  // the analyzer already lowercases, splits, stems and adds synonyms
  processTerm: (term) => term,
  searchOptions: {
    boost: { ...scenarioFieldBoosts },
    prefix: false,
    fuzzy: (term) => fuzzyFor(term),
    combineWith: 'OR',
    weights: { fuzzy: 0.4, prefix: 0.35 },
  },
};

/** Phrases are separated so that one phrase's last word and the next one's first never read as a synonym phrase. */
const BETWEEN = ' ; ';

function scenarioDocument(s: Scenario): ScenarioDocument {
  return {
    id: s.id,
    title: `${s.title} ${s.id.replace(/-/g, ' ')}`,
    summary: s.summary,
    fits: s.whenItFits.join(BETWEEN),
    phrases: s.vocabulary.phrases.join(BETWEEN),
    // a service the vocabulary also names counts once
    names: [...new Set([...s.vocabulary.names, ...s.services].map((n) => n.toLowerCase()))].join(BETWEEN),
  };
}

export interface ScenarioIndex {
  mini: MiniSearch<ScenarioDocument>;
  /** Terms the scenario documents contain: a query word found here is not a typo. */
  known: ReadonlySet<string>;
}

export function buildScenarioIndex(scenarios: readonly Scenario[]): ScenarioIndex {
  const mini = new MiniSearch<ScenarioDocument>(scenarioSearchOptions);
  const docs = scenarios.map(scenarioDocument);
  mini.addAll(docs);
  const known = new Set(docs.flatMap((d) => scenarioFields.flatMap((f) => analyze(d[f]))));
  return { mini, known };
}

export interface ScenarioHit {
  id: string;
  /** BM25 over the boosted fields, per query term, summed. */
  score: number;
  /** The query terms this scenario matched. */
  terms: string[];
}

/**
 * Scores every scenario that matches any of the query terms (term → weight by how it was typed, from
 * `analyzeQuery`). Typo matching only for words no scenario contains as typed.
 */
export function searchScenarios(index: ScenarioIndex, terms: ReadonlyMap<string, number>): ScenarioHit[] {
  if (!terms.size) return [];
  const typed = [...terms.keys()];
  return index.mini
    .search(typed.join(' '), {
      tokenize: () => typed,
      processTerm: (t) => t,
      boostTerm: (t) => terms.get(t) ?? 1,
      fuzzy: (t) => (index.known.has(t) ? false : fuzzyFor(t)),
    })
    .map((r) => ({ id: String(r.id), score: r.score / Math.max(1, r.queryTerms.length), terms: [...r.queryTerms] }));
}
