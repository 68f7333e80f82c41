/**
 * The analyzer for networking text: one function turns a document field or a query into search
 * terms, so the index and the queries always agree.
 *
 * - Names stay whole and are also split: `VpnGw2AZ` → vpngw2az, vpngw2, az; `IKEv2/OpenVPN` →
 *   ikev2/openvpn, ikev2, openvpn; `point-to-site` → point-to-site, point, site; `HighPerformance` →
 *   highperformance, high, performance.
 * - Addresses stay whole: `10.0.0.0/24` → 10.0.0.0/24, 10.0.0.0, /24 (never the single octets).
 * - Numbers lose their thousands separators (`5,000` → 5000; `10k` → 10000); a port after its
 *   transport becomes one term as well (`UDP 500` → udp, 500, udp500).
 * - Synonyms add their canonical term (`User VPN` → … p2s); see synonyms.ts.
 * - Question words ("why", "can", "only", "how" …) are dropped; plain English words are lightly
 *   stemmed (connections → connection, blocked → block) so phrasing does not matter.
 */
import { phraseSynonyms, wordSynonyms } from './synonyms';

/** How a term came out of the text; queries weigh split parts below whole words. */
export type TermOrigin = 'word' | 'part' | 'synonym';

export interface AnalyzedTerm {
  term: string;
  origin: TermOrigin;
}

/**
 * Dropped at index and query time: function words and the words people wrap questions in.
 * Domain words that look generic ("limit", "max", "users", "client") are kept on purpose.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'of',
  'for',
  'to',
  'in',
  'on',
  'at',
  'by',
  'as',
  'from',
  'into',
  'onto',
  'with',
  'without',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'am',
  'it',
  'its',
  'this',
  'that',
  'these',
  'those',
  'there',
  'here',
  'i',
  'me',
  'my',
  'we',
  'our',
  'us',
  'you',
  'your',
  'they',
  'them',
  'their',
  'he',
  'she',
  'his',
  'her',
  'why',
  'what',
  'which',
  'who',
  'whom',
  'whose',
  'when',
  'where',
  'how',
  'whats',
  'hows',
  'wheres',
  'can',
  'cant',
  'cannot',
  'could',
  'couldnt',
  'would',
  'wouldnt',
  'should',
  'shouldnt',
  'will',
  'wont',
  'shall',
  'may',
  'might',
  'must',
  'do',
  'does',
  'did',
  'doing',
  'done',
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'has',
  'have',
  'had',
  'having',
  'hasnt',
  'havent',
  'only',
  'just',
  'so',
  'very',
  'too',
  'also',
  'any',
  'some',
  'all',
  'each',
  'every',
  'much',
  'many',
  'more',
  'most',
  'than',
  'then',
  'there',
  'if',
  'else',
  'not',
  'no',
  'yes',
  'nor',
  'about',
  'after',
  'before',
  'again',
  'still',
  'yet',
  'ever',
  'even',
  'else',
  'get',
  'gets',
  'got',
  'getting',
  'need',
  'needs',
  'needed',
  'want',
  'wants',
  'please',
  'pls',
  'plz',
  'thanks',
  'thx',
  'hi',
  'hello',
  'hey',
  'anyone',
  'someone',
  'somebody',
  'anybody',
  'know',
  'knows',
  'tell',
  'help',
  'question',
  'quick',
  'issue',
  'problem',
  'ticket',
  'eg',
  'ie',
  'etc',
  'via',
  'per',
  'like',
  'one',
  'ones',
  'way',
  'ok',
  'okay',
  'really',
  'actually',
  'right',
  'now',
  'today',
  'same',
  'other',
  'such',
  'own',
  'both',
  'either',
  'neither',
  'while',
  'between',
  'over',
  'under',
  'up',
  'down',
  'out',
  'off',
  'e',
  'g',
  's',
  't',
  'x',
  'e.g',
  'i.e',
  'vs',
  'etc.',
]);

/** Terms that look like plural or past forms but are names; never stemmed. */
const NO_STEM: ReadonlySet<string> = new Set([
  'windows',
  'always',
  'access',
  'address',
  'status',
  'radius',
  'express',
  'process',
  'series',
  'analysis',
  'basis',
  'https',
  'alias',
  'bypass',
  'gbps',
  'mbps',
  'kbps',
  'needs',
  'news',
  'ingress',
  'egress',
  'less',
  'unless',
  'across',
  'its',
]);

const CIDR = /^\d{1,3}(?:\.\d{1,3}){3}\/\d{1,2}$/;
const DOTTED_NUMBER = /^\d+(?:\.\d+)+$/;
const ISO_DATE = /^(\d{4})-\d{2}-\d{2}$/;
const NUMBER_WITH_UNIT = /^(\d+(?:\.\d+)?)(k|mbps|gbps|kbps|gb|mb|ms|min|mins|users?|sites?|hrs?|x)$/;
const LETTERS_DIGITS_LETTERS = /^([a-z]+)(\d+)([a-z]+)$/;
const LOWER_WORD = /^[a-z]+$/;
const TRANSPORTS: ReadonlySet<string> = new Set(['udp', 'tcp']);

/** Light English stemming, enough to make "connections" meet "connection" and "blocked" meet "block". */
export function stem(word: string): string {
  if (word.length < 5 || !/^[a-z]+$/.test(word) || NO_STEM.has(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 5) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:ches|shes|xes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is|os|as)$/.test(w)) w = w.slice(0, -1);
  else if (w.endsWith('ing') && w.length > 6) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && !w.endsWith('eed') && w.length > 5) w = undouble(w.slice(0, -2));
  // connection → connect, encryption → encrypt (not option, version, region)
  if (/[cp]tion$/.test(w) && w.length >= 8) w = w.slice(0, -3);
  return w.length >= 4 ? w : word;
}

function undouble(w: string): string {
  return /([b-df-hj-km-np-rtv-z])\1$/.test(w) && !/(?:ll|ss|zz)$/.test(w) ? w.slice(0, -1) : w;
}

/** Normalises typography (curly quotes, dashes, thousands separators) before splitting. */
function normalise(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII fast path is defined by the control range itself
  const ascii = !/[^\u0000-\u007f]/.test(text);
  return (
    (ascii ? text : text.normalize('NFKC'))
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      // en/em dashes and arrows separate ranges and lists ("VpnGw1–5", "9–3,600", "Standard → VpnGw1")
      .replace(/[\u2012-\u2015\u2192\u2190\u21d2\u00d7]/g, ' ')
      .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
  );
}

const PLAIN_WORD = /^[A-Za-z0-9]+$/;
const PREFIX_LENGTH = /^[^\p{L}\p{N}]*(\/\d{1,3})[.]?$/u;
const EDGE_PUNCTUATION = /^['.\-/_+#%&]+|['.\-/_+#%&]+$/g;

/** Pieces of text between separators; the characters kept inside a piece are the ones names and addresses use. */
function pieces(text: string): string[] {
  const out: string[] = [];
  for (const raw of normalise(text).split(/[^\p{L}\p{N}./\-_+#%'&]+/u)) {
    if (!raw) continue;
    if (PLAIN_WORD.test(raw)) {
      out.push(raw);
      continue;
    }
    // a leading slash belongs to a prefix length ("/27"); other leading punctuation does not
    const prefixLength = raw.includes('/') ? PREFIX_LENGTH.exec(raw) : null;
    const p = prefixLength ? prefixLength[1] : raw.replace(EDGE_PUNCTUATION, '').replace(/'s$/i, '').replace(/'/g, '');
    if (p) out.push(p);
  }
  return out;
}

function camelParts(original: string): string[] {
  if (!/^[A-Za-z]+$/.test(original) || !/[a-z][A-Z]/.test(original)) return [];
  return original
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(' ')
    .map((s) => s.toLowerCase())
    .filter((s) => s.length >= 2);
}

/** Whole term plus its parts for one piece of text (original case, so camelCase can be split). */
function termsOfPiece(original: string, out: AnalyzedTerm[], origin: TermOrigin): void {
  const p = original.toLowerCase();
  if (LOWER_WORD.test(original)) {
    out.push({ term: p, origin });
    return;
  }
  const push = (term: string, o: TermOrigin) => {
    if (term) out.push({ term, origin: o });
  };
  if (CIDR.test(p)) {
    const [address, prefix] = p.split('/');
    push(p, origin);
    push(address, 'part');
    push(`/${prefix}`, 'part');
    return;
  }
  if (/^\/\d{1,3}$/.test(p)) {
    push(p, origin);
    return;
  }
  const date = ISO_DATE.exec(p);
  if (date) {
    push(p, origin);
    push(date[1], 'part');
    return;
  }
  if (DOTTED_NUMBER.test(p) || /^\d+$/.test(p)) {
    push(p, origin);
    return;
  }
  const withUnit = NUMBER_WITH_UNIT.exec(p);
  if (withUnit) {
    const [, num, unit] = withUnit;
    if (unit === 'k') {
      push(String(Math.round(Number(num) * 1000)), origin);
      return;
    }
    push(num, origin);
    push(unit, origin);
    return;
  }
  if (/[/\-_.+&]/.test(p)) {
    // slashed, hyphenated or dotted names: whole, then each part on its own
    if (p.length <= 48) push(p, origin);
    const segments = original.split(/[/\-_.+&]+/).filter(Boolean);
    for (const s of segments) termsOfPiece(s, out, 'part');
    return;
  }
  push(p, origin);
  const ldl = LETTERS_DIGITS_LETTERS.exec(p);
  if (ldl) {
    // VpnGw2AZ → vpngw2 (the size) and az (the variant); ErGw1AZ → ergw1, az; P2S and S2S stay whole
    if (ldl[3].length >= 2) {
      push(`${ldl[1]}${ldl[2]}`, 'part');
      push(ldl[3], 'part');
    }
    return;
  }
  for (const part of camelParts(original)) if (part !== p) push(part, 'part');
}

const phrasesByFirstWord = new Map<string, (typeof phraseSynonyms)[number][]>();
for (const ph of phraseSynonyms) phrasesByFirstWord.set(ph.words[0], [...(phrasesByFirstWord.get(ph.words[0]) ?? []), ph]);

/**
 * Analyzes text into terms, in order, with where each came from. Duplicates are kept (they are
 * term frequency at index time); `analyzeQuery` folds them.
 */
export function analyzeTerms(text: string): AnalyzedTerm[] {
  const words = pieces(text);
  const lower = words.map((w) => w.toLowerCase());
  const raw: AnalyzedTerm[] = [];
  for (let i = 0; i < words.length; i++) {
    const phrase = phrasesByFirstWord.get(lower[i])?.find((ph) => ph.words.every((w, k) => lower[i + k] === w));
    if (phrase) raw.push({ term: phrase.canonical, origin: 'synonym' });
    termsOfPiece(words[i], raw, 'word');
    // "UDP 500", "TCP 443": a port is one fact, keep it together
    if (TRANSPORTS.has(lower[i]) && /^\d{1,5}$/.test(lower[i + 1] ?? '')) raw.push({ term: `${lower[i]}${lower[i + 1]}`, origin: 'word' });
  }
  const out: AnalyzedTerm[] = [];
  for (const t of raw) {
    if (STOP_WORDS.has(t.term)) continue;
    const canonical = t.origin === 'synonym' ? undefined : wordSynonyms.get(t.term);
    if (t.origin === 'synonym' || canonical === t.term) {
      out.push(t);
      continue;
    }
    out.push({ term: stem(t.term), origin: t.origin });
    if (canonical) out.push({ term: canonical, origin: 'synonym' });
  }
  return out;
}

/** Index-time tokenizer: the terms of a field, already processed (MiniSearch's processTerm is the identity). */
export function analyze(text: string): string[] {
  return analyzeTerms(text).map((t) => t.term);
}

/** How much a query term counts, by origin: a split part or a synonym says less than the word typed. */
export const TERM_WEIGHTS: Readonly<Record<TermOrigin, number>> = { word: 1, part: 0.45, synonym: 0.8 };

/** Query-time analysis: unique terms with their weight (the highest origin wins). */
export function analyzeQuery(text: string, maxTerms = 24): Map<string, number> {
  const weights = new Map<string, number>();
  for (const t of analyzeTerms(text)) {
    const w = TERM_WEIGHTS[t.origin];
    if ((weights.get(t.term) ?? 0) < w) weights.set(t.term, w);
    if (weights.size >= maxTerms) break;
  }
  return weights;
}
