/**
 * Which remote-work scenario a situation described in words fits. The scenario documents are ranked
 * with the shared analyzer (stemming, synonyms, names whole and split) and BM25 over the boosted
 * vocabulary (shared/search/scenarios.ts); here that ranking is weighed by how much of the description
 * each scenario accounts for, by the vocabulary phrases said whole, and by the words that point away
 * from a scenario; then the result says whether the best is clear, has a close runner-up, or is too
 * weak to pick.
 *
 * Pure: the model and the words in, a ranking out. The command words the answer.
 */
import type { KnowledgeBase, Scenario } from '../../knowledge';
import { analyzeQuery, analyzeTerms, stem } from '../search/analyze';
import { buildScenarioIndex, searchScenarios } from '../search/scenarios';
import type { ScenarioIndex } from '../search/scenarios';
import { phraseSynonyms, wordSynonyms } from '../search/synonyms';

/**
 * "Close": a runner-up scoring at least this share of the best is shown beside it ("Also consider").
 * On the phrasing set (test/cases/scenario-phrasings.json), descriptions that fit two scenarios ("rdp
 * for sysadmins to servers": Bastion or hosted desktops; "our own servers as well as azure") leave the
 * second at 0.78 of the first or more, while descriptions of one situation leave it at 0.67 or below:
 * below this ratio a second scenario would be noise on most answers.
 */
export const RUNNER_UP_CLOSE_RATIO = 0.7;

/**
 * "Weak": the best scenario must account for at least this share of the description (words weighed by
 * how rare they are across scenarios; words no scenario knows count in full). Below it the words are
 * mostly about something else ("office printer driver") and the answer lists the scenarios instead of
 * guessing. A third: the phrasing set's descriptions of a scenario all reach more (the lowest, "home
 * users need our own servers as well as azure", about 0.38).
 */
const MIN_SHARE_MATCHED = 1 / 3;

/** Each `against` phrase the description contains halves the scenario's score. */
const AGAINST_FACTOR = 0.5;

/**
 * Each vocabulary phrase or name of two or more words said whole multiplies the score by this:
 * "apps hosted in azure" as such says more than its words scattered over a sentence.
 */
const PHRASE_FACTOR = 1.5;

/** Rewards accounting for more of the description (share 0…1), as the search ranking does. */
const COVERAGE = (share: number) => (0.25 + share) ** 2;

export interface RankedScenario {
  scenario: Scenario;
  score: number;
  /** Share of the description (by term importance) this scenario matched. */
  share: number;
  /** The words of the description that point to it, as typed. */
  words: string[];
  /** Its vocabulary phrases and names said whole, as the model writes them. */
  said: string[];
  /** Its `against` phrases the description contains. */
  against: string[];
  /** The "when it fits" bullet that shares most words with the description, if any does. */
  fits: string | null;
}

export interface ScenarioRanking {
  /** Every scenario that matched anything, best first. */
  ranked: RankedScenario[];
  /** The scenario the description fits, or null when nothing fits well enough to pick. */
  best: RankedScenario | null;
  /** A second scenario scoring close to the best, worth showing beside it. */
  runnerUp: RankedScenario | null;
}

/**
 * Text as a sequence of comparable words, for finding a vocabulary phrase in a description: lowercase,
 * hyphens and punctuation split, each word stemmed and a synonym replaced by its canonical term, so
 * "P2S to our datacenters" contains "point-to-site" and "datacenter". Function words stay: "no vpn
 * device" is not "vpn device".
 */
function wordSequence(text: string): string[] {
  const raw = text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[^\p{L}\p{N}&']+/u)
    .map((w) => w.replace(/^'+|'+$/g, '').replace(/'s$/, ''))
    .filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const phrase = phraseSynonyms.find((p) => p.words.every((w, k) => raw[i + k] === w));
    if (phrase) {
      out.push(phrase.canonical);
      i += phrase.words.length - 1;
    } else out.push(wordSynonyms.get(raw[i]) ?? stem(raw[i]));
  }
  return out;
}

function containsPhrase(description: readonly string[], phrase: readonly string[]): boolean {
  if (!phrase.length) return false;
  for (let i = 0; i + phrase.length <= description.length; i++) {
    if (phrase.every((w, k) => description[i + k] === w)) return true;
  }
  return false;
}

interface Phrase {
  text: string;
  words: string[];
}

/** One scenario's vocabulary, ready to look for in descriptions. */
interface Vocabulary {
  /** Phrases, names and services: saying one whole is a sign. */
  signs: Phrase[];
  against: Phrase[];
  /** The terms of each "when it fits" bullet, to say why a scenario fits. */
  fits: { text: string; terms: Set<string> }[];
}

interface Matcher {
  index: ScenarioIndex;
  vocabulary: Map<string, Vocabulary>;
}

const phrase = (text: string): Phrase => ({ text, words: wordSequence(text) });
const distinct = (texts: readonly string[]) => texts.filter((t, i) => texts.findIndex((u) => u.toLowerCase() === t.toLowerCase()) === i);

/** The matcher of one knowledge model, built once (a knowledge base is never changed in place). */
const matchers = new WeakMap<readonly Scenario[], Matcher>();
function matcherFor(kb: KnowledgeBase): Matcher {
  let m = matchers.get(kb.scenarios);
  if (!m) {
    m = {
      index: buildScenarioIndex(kb.scenarios),
      vocabulary: new Map(
        kb.scenarios.map((s) => [
          s.id,
          {
            signs: distinct([...s.vocabulary.phrases, ...s.vocabulary.names, ...s.services]).map(phrase),
            against: s.vocabulary.against.map(phrase),
            fits: s.whenItFits.map((text) => ({ text, terms: new Set(analyzeTerms(text).map((t) => t.term)) })),
          },
        ]),
      ),
    };
    matchers.set(kb.scenarios, m);
  }
  return m;
}

/** The typed words whose terms a scenario matched, in the order typed, each once. */
function wordsFor(text: string, matched: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/)) {
    const clean = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (clean && analyzeTerms(clean).some((t) => matched.has(t.term)) && !out.includes(clean)) out.push(clean);
  }
  return out;
}

function bestFit(fits: Vocabulary['fits'], terms: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let most = 0;
  for (const f of fits) {
    const shared = [...terms.keys()].filter((t) => f.terms.has(t)).length;
    if (shared > most) [best, most] = [f.text, shared];
  }
  return best;
}

/** Ranks the scenarios for a description in the user's words. */
export function rankScenarios(kb: KnowledgeBase, text: string): ScenarioRanking {
  const terms = analyzeQuery(text);
  const { index, vocabulary } = matcherFor(kb);
  const hits = searchScenarios(index, terms);
  // how much each term says: rare across scenarios says more, and a word no scenario knows still
  // counts in the whole, so a description mostly about something else stays weak
  const n = kb.scenarios.length;
  const docsWith = (t: string) => hits.filter((h) => h.terms.includes(t)).length;
  const importance = new Map([...terms].map(([t, w]) => [t, w * Math.log(1 + n / Math.max(1, docsWith(t)))]));
  const whole = [...importance.values()].reduce((a, b) => a + b, 0) || 1;
  const byId = new Map(kb.scenarios.map((s) => [s.id, s]));
  const description = wordSequence(text);

  const ranked: RankedScenario[] = hits
    .map((h) => {
      const scenario = byId.get(h.id)!;
      const v = vocabulary.get(h.id)!;
      const share = h.terms.reduce((a, t) => a + (importance.get(t) ?? 0), 0) / whole;
      const said = v.signs.filter((p) => containsPhrase(description, p.words));
      const against = v.against.filter((p) => containsPhrase(description, p.words));
      const phrases = said.filter((p) => p.words.length > 1).length;
      return {
        scenario,
        score: h.score * COVERAGE(share) * PHRASE_FACTOR ** phrases * AGAINST_FACTOR ** against.length,
        share,
        words: wordsFor(text, new Set(h.terms)),
        said: said.map((p) => p.text),
        against: against.map((p) => p.text),
        fits: bestFit(v.fits, terms),
      };
    })
    .sort((a, b) => b.score - a.score || (a.scenario.id < b.scenario.id ? -1 : 1));

  const top = ranked[0];
  const best = top && isStrong(top) ? top : null;
  const second = ranked[1];
  const runnerUp = best && second && second.score >= RUNNER_UP_CLOSE_RATIO * best.score ? second : null;
  return { ranked, best, runnerUp };
}

/**
 * Strong enough to pick: it accounts for enough of the description, and either something of its
 * vocabulary was said whole or at least two of the words typed point to it. A single word that only
 * appears inside a longer phrase ("controller" of "domain controllers", "team" of "IT team"), or that
 * most scenarios share ("vpn", "azure"), is not a situation.
 */
function isStrong(r: RankedScenario): boolean {
  return r.share >= MIN_SHARE_MATCHED && (r.said.length > 0 || r.words.length >= 2);
}
