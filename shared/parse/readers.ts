import type { Token } from './tokenize';
import { FILLER, isNumberToken } from './tokenize';

/** Drops filler words; keeps everything that could carry meaning. */
export function meaningful(tokens: Token[]): Token[] {
  return tokens.filter((t) => !FILLER.has(t.norm));
}

/** Positive whole number, or why not. */
export function readCount(t: Token | undefined): { ok: true; value: number } | { ok: false; why: string } {
  if (!t) return { ok: false, why: 'missing' };
  if (!isNumberToken(t)) return { ok: false, why: `"${t.raw}" is not a number` };
  const n = Number(t.norm);
  if (n <= 0) return { ok: false, why: `${t.raw} is not a positive number` };
  if (!Number.isInteger(n)) return { ok: false, why: `${t.raw} is not a whole number` };
  if (n > 10_000_000) return { ok: false, why: `${t.raw} is far beyond anything Azure sizes` };
  return { ok: true, value: n };
}

/** Positive number (decimals allowed). */
export function readAmount(t: Token | undefined): { ok: true; value: number } | { ok: false; why: string } {
  if (!t) return { ok: false, why: 'missing' };
  if (!isNumberToken(t)) return { ok: false, why: `"${t.raw}" is not a number` };
  const n = Number(t.norm);
  if (!(n > 0)) return { ok: false, why: `${t.raw} is not a positive number` };
  if (n > 10_000_000) return { ok: false, why: `${t.raw} is out of range` };
  return { ok: true, value: n };
}

/** Quotes user text for messages; renderers escape it for their format. Long input is cut. */
export function quote(raw: string): string {
  const cut = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  return `"${cut}"`;
}

/** Matches a word against alias lists: { macos: ['mac','osx'] } → 'macos'. */
export function matchAlias<K extends string>(word: string, aliases: Record<K, readonly string[]>): K | undefined {
  for (const [k, list] of Object.entries(aliases) as Array<[K, readonly string[]]>) {
    if (k === word || list.includes(word)) return k;
  }
  return undefined;
}
