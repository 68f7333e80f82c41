import React from 'react';
import type { Segment } from '@site/src/lib/search-runtime';

/** Matched words as <mark> elements; every piece is a React text node, never HTML. */
export default function Marked({ segments }: { segments: readonly Segment[] }): React.ReactElement {
  return <>{segments.map((s, i) => (s.marked ? <mark key={i}>{s.text}</mark> : <React.Fragment key={i}>{s.text}</React.Fragment>))}</>;
}

/** The first `max` characters of the segments, cut at a word boundary, with an ellipsis when cut. */
export function clip(segments: readonly Segment[], max: number): Segment[] {
  const out: Segment[] = [];
  let left = max;
  for (const s of segments) {
    if (s.text.length <= left) {
      out.push(s);
      left -= s.text.length;
      continue;
    }
    const cut = s.text.slice(0, left);
    const space = cut.lastIndexOf(' ');
    const text = `${space > left / 2 ? cut.slice(0, space) : cut}…`;
    out.push({ text, marked: s.marked });
    break;
  }
  return out;
}
