/**
 * Word wrapping for fixed-width text (the CLI's tables). A table cell often holds the caveat that answers
 * the question ("Windows 11 only", "not on Basic"), so cells are wrapped onto more lines, never cut.
 */

/** Width in code points, so an accented letter or an emoji counts once (not twice, as UTF-16 length would). */
export function textWidth(s: string): number {
  return [...s].length;
}

/**
 * `text` as lines of at most `width` code points, breaking at whitespace. No word is dropped or
 * shortened: a word longer than the width is broken across lines, every character kept. Newlines in the
 * text stay line breaks; runs of whitespace become one space.
 */
export function wrapWords(text: string, width: number): string[] {
  const max = Math.max(1, Math.floor(width));
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let chars = [...word];
      if (used > 0 && used + 1 + chars.length <= max) {
        line += ` ${word}`;
        used += 1 + chars.length;
        continue;
      }
      if (used > 0) lines.push(line);
      // A word wider than a whole line fills lines of its own; its last piece starts the next line.
      while (chars.length > max) {
        lines.push(chars.slice(0, max).join(''));
        chars = chars.slice(max);
      }
      line = chars.join('');
      used = chars.length;
    }
    lines.push(line);
  }
  return lines;
}

/** A column narrower than this breaks more words than it wraps: a table runs wider than asked rather than narrower. */
const MIN_COLUMN = 8;
/** A column tries to fit its longest word, up to this width (a longer one, a URL say, is broken). */
const MAX_WORD = 20;

interface ColumnText {
  /** The widest line of the column's cells, unwrapped. */
  natural: number;
  /** The longest word of the column's cells. */
  longestWord: number;
}

/** What `columnWidths` needs to know of a column: its cells' widest line and longest word. */
export function measureColumn(cells: readonly string[]): ColumnText {
  let natural = 0;
  let longestWord = 0;
  for (const c of cells) {
    for (const line of c.split('\n')) natural = Math.max(natural, textWidth(line));
    for (const word of c.split(/\s+/)) longestWord = Math.max(longestWord, textWidth(word));
  }
  return { natural, longestWord };
}

/**
 * Column widths for a table at most `total` characters wide, `separator` characters between columns.
 * Columns narrower than an equal share keep their natural width (they don't wrap); the wide ones share
 * the rest in proportion to how much more they want, each at least as wide as its longest word (up to
 * MAX_WORD) when the table has room for that, and at least MIN_COLUMN (or its natural width) always,
 * even if the table then runs wider than `total`.
 */
export function columnWidths(columns: readonly ColumnText[], total: number, separator: number): number[] {
  const natural = columns.map((c) => c.natural);
  let left = total - separator * Math.max(0, columns.length - 1);
  if (natural.reduce((a, b) => a + b, 0) <= left) return natural;
  const widths = [...natural];
  let wide = columns.map((_, i) => i);
  for (;;) {
    const share = Math.floor(left / wide.length);
    const narrow = wide.filter((i) => natural[i] <= share);
    if (narrow.length === 0) break;
    for (const i of narrow) left -= natural[i];
    wide = wide.filter((i) => natural[i] > share);
  }
  const wordFloor = wide.map((i) => Math.min(natural[i], Math.max(MIN_COLUMN, Math.min(columns[i].longestWord, MAX_WORD))));
  const floor = wordFloor.reduce((a, b) => a + b, 0) <= left ? wordFloor : wide.map((i) => Math.min(natural[i], MIN_COLUMN));
  const extra = left - floor.reduce((a, b) => a + b, 0);
  const want = wide.map((i, k) => natural[i] - floor[k]);
  const wanted = want.reduce((a, b) => a + b, 0);
  wide.forEach((i, k) => {
    widths[i] = floor[k] + (extra > 0 ? Math.floor((extra * want[k]) / wanted) : 0);
  });
  // What rounding down left over goes, a column at a time, to the columns that want most.
  let rest = left - wide.reduce((n, i) => n + widths[i], 0);
  for (const k of want.map((_, k) => k).sort((a, b) => want[b] - want[a])) {
    if (rest <= 0) break;
    const i = wide[k];
    if (widths[i] < natural[i]) {
      widths[i] += 1;
      rest -= 1;
    }
  }
  return widths;
}
