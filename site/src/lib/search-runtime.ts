/**
 * The browser side of the one search (shared/search): loads the serialized index with the shared
 * options and queries it exactly as the bot and the CLI do. Imported lazily (search-loader.ts), so
 * pages that never search don't download MiniSearch and the analyzer.
 */
import { loadSearchIndex } from '@shared/search/search-index';
import type { SearchIndex, SerializedSearchIndex } from '@shared/search/search-index';
import { MARK_CLOSE, MARK_OPEN, searchIndex } from '@shared/search/query';
import type { SearchOutcome } from '@shared/search/query';

export interface Segment {
  text: string;
  marked: boolean;
}

export interface Searcher {
  index: SearchIndex;
  search: (query: string, limit: number) => SearchOutcome;
  /** A snippet with the shared «marks» split into plain and marked runs (rendered as text nodes and <mark>). */
  segments: (text: string) => Segment[];
}

/** Splits marked text; unbalanced marks (e.g. a snippet cut short) end at the end of the text. */
export function markedSegments(text: string): Segment[] {
  const out: Segment[] = [];
  let rest = text;
  while (rest) {
    const open = rest.indexOf(MARK_OPEN);
    if (open < 0) {
      out.push({ text: rest, marked: false });
      break;
    }
    if (open > 0) out.push({ text: rest.slice(0, open), marked: false });
    const close = rest.indexOf(MARK_CLOSE, open + MARK_OPEN.length);
    const end = close < 0 ? rest.length : close;
    out.push({ text: rest.slice(open + MARK_OPEN.length, end), marked: true });
    rest = close < 0 ? '' : rest.slice(close + MARK_CLOSE.length);
  }
  return out.filter((s) => s.text);
}

export function createSearcher(data: SerializedSearchIndex): Searcher {
  const index = loadSearchIndex(data);
  return { index, search: (query, limit) => searchIndex(index, query, { limit }), segments: markedSegments };
}
