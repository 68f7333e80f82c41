/** One word of a command: the user's text as typed (for messages) and a normalised form (for matching). */
export interface Token {
  raw: string;
  norm: string;
}

/** Whitespace variants Slack and browsers send (NBSP, zero-width) count as spaces. */
const SPACE = /[\s\u00a0\u200b\u2000-\u200a\u3000]+/g;

/**
 * Splits command text into tokens, forgiving about case, commas and punctuation:
 * "Sizing 5,000 users, 2Mbps each?" → sizing · 5000 · users · 2 · mbps · each.
 * CIDRs, IPs, dates and SKU names stay whole.
 */
export function tokenize(text: string): Token[] {
  const cleaned = text
    .replace(SPACE, ' ')
    // thousands separators inside numbers: 5,000 → 5000 (but "10.0.0.0/16,192.168.0.0/24" stays a list)
    .replace(/(\d),(?=\d{3}(?!\d|\.\d))/g, '$1')
    .trim();
  if (!cleaned) return [];
  const out: Token[] = [];
  for (const piece of cleaned.split(/[ ,;]+/)) {
    if (!piece) continue;
    // trailing sentence punctuation never belongs to a value
    const word = piece.replace(/^[("'“‘]+/, '').replace(/[?!.:)"'”’]+$/, '');
    if (!word) continue;
    // a number glued to its unit: 2mbps, 5gbps, 40sites, 5k → split (but not VpnGw2, ErGw1AZ, 10.0.0.0/8)
    const glued = /^(-?\d+(?:\.\d+)?)([a-z]+)$/i.exec(word);
    if (glued && !/^\d+\.\d+\.\d+/.test(word)) {
      const [, num, unit] = glued;
      if (/^k$/i.test(unit)) {
        out.push({ raw: word, norm: String(Math.round(Number(num) * 1000)) });
      } else {
        out.push({ raw: num, norm: num });
        out.push({ raw: unit, norm: unit.toLowerCase() });
      }
      continue;
    }
    out.push({ raw: word, norm: word.toLowerCase() });
  }
  return out;
}

/** Words that carry no meaning in any command; dropped before a command reads its arguments. */
export const FILLER = new Set([
  'a',
  'an',
  'the',
  'of',
  'for',
  'with',
  'and',
  'or',
  'to',
  'on',
  'in',
  'at',
  'by',
  'my',
  'our',
  'we',
  'i',
  'me',
  'is',
  'are',
  'each',
  'per',
  'every',
  'need',
  'needs',
  'have',
  'has',
  'about',
  'around',
  'approx',
  'approximately',
  'roughly',
  'some',
  'please',
  'pls',
  'what',
  'which',
  'how',
  'many',
  'much',
  'do',
  'does',
  'can',
  'should',
  'size',
  'sizing',
  'using',
  'use',
  'via',
  'total',
  'concurrent',
  'simultaneous',
  'max',
  'maximum',
  'up',
  'upto',
  'from-home',
  'remote',
  'people',
]);

export function isNumberToken(t: Token): boolean {
  return /^-?\d+(\.\d+)?$/.test(t.norm);
}
