/**
 * shared/render/wrap.ts and the CLI's tables: cells wrap inside their column and no word is ever
 * dropped or shortened, whatever the text and the width.
 */
import fc from 'fast-check';
import { parseAnswer, renderPlainText } from '../../../shared';
import { escapePlain } from '../../../shared/render/escape';
import { columnWidths, measureColumn, textWidth, wrapWords } from '../../../shared/render/wrap';
import { AS_OF, BASE, ask } from '../../support/knowledge-fixture';

/** The text with all whitespace removed: what must survive wrapping, character for character. */
const ink = (s: string) => s.replace(/\s+/g, '');

/** Words, spaces and newlines, with long words, emoji and accents among them. */
const cellText = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
      // (no box-drawing rule character: the table test finds the rule under the header by it)
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((s) => !s.includes('─')) },
      { weight: 1, arbitrary: fc.constantFrom('Windows 11 only', 'RADIUS not on Basic', 'retired 2026-08-31', 'x'.repeat(70)) },
    ),
    { maxLength: 40 },
  )
  .chain((words) =>
    fc
      .array(fc.constantFrom(' ', '  ', '\n', '\t'), { minLength: words.length, maxLength: words.length })
      .map((seps) => words.map((w, i) => w + seps[i]).join('')),
  );

describe('wrapWords', () => {
  it('keeps every word, in order, and no line is wider than the width', () => {
    fc.assert(
      fc.property(cellText, fc.integer({ min: 1, max: 60 }), (text, width) => {
        const lines = wrapWords(text, width);
        expect(ink(lines.join('\n'))).toBe(ink(text));
        for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(width);
      }),
      { numRuns: 1000 },
    );
  });

  it('breaks only at spaces when the words fit, and keeps newlines', () => {
    expect(wrapWords('Needs the Azure VPN Client, Windows 11 only', 16)).toEqual(['Needs the Azure', 'VPN Client,', 'Windows 11 only']);
    expect(wrapWords('one\ntwo three', 20)).toEqual(['one', 'two three']);
    expect(wrapWords('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapWords('', 10)).toEqual(['']);
  });
});

describe('columnWidths', () => {
  const col = (natural: number, longestWord = Math.min(natural, 8)) => ({ natural, longestWord });

  it('keeps natural widths when they fit, and never gives a column more than it needs', () => {
    expect(columnWidths([col(5), col(10)], 80, 2)).toEqual([5, 10]);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 20, max: 200 }),
        (naturals, total) => {
          const widths = columnWidths(
            naturals.map((n) => col(n)),
            total,
            2,
          );
          widths.forEach((w, i) => {
            expect(w).toBeLessThanOrEqual(naturals[i]);
            expect(w).toBeGreaterThanOrEqual(Math.min(naturals[i], 8));
          });
          // Within the total whenever each column can have its minimum.
          const minimum = naturals.reduce((n, x) => n + Math.min(x, 8), 0) + 2 * (naturals.length - 1);
          if (minimum <= total) expect(widths.reduce((a, b) => a + b, 0) + 2 * (naturals.length - 1)).toBeLessThanOrEqual(total);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('lets short columns keep their width and gives the long caveat column the room', () => {
    const widths = columnWidths([col(7), col(13), col(25), col(300, 12)], 80, 2);
    expect(widths.slice(0, 2)).toEqual([7, 13]);
    expect(widths[3]).toBeGreaterThan(widths[2]);
    expect(widths.reduce((a, b) => a + b, 0) + 6).toBe(80);
  });

  it('measures a column by its widest line and longest word', () => {
    expect(measureColumn(['ab cdef', 'x\nyyyyyyyyy z'])).toEqual({ natural: 11, longestWord: 9 });
  });
});

describe('renderPlainText tables', () => {
  const tableAnswer = (columns: string[], rows: string[][]) =>
    parseAnswer({
      ...ask('ports ikev2'),
      sections: [{ type: 'table', title: 'T', columns, rows }],
    });

  /** The table's lines: from its title to the blank line after it. */
  const tableOf = (out: string) => {
    const lines = out.split('\n');
    const start = lines.indexOf('T') + 1;
    const end = lines.indexOf('Sources', start);
    return lines.slice(start, end);
  };

  /** Each column's text, read back from the table's lines at the offsets the rule under the header shows. */
  const columnsOf = (table: string[]): string[] => {
    const ruleAt = table.findIndex((l) => /^[─ ]+$/.test(l) && l.includes('─'));
    const spans = [...table[ruleAt].matchAll(/─+/g)].map((m) => [m.index, m.index + m[0].length]);
    const read = (lines: string[], [from, to]: number[]) => lines.map((l) => [...l].slice(from, to).join('')).join(' ');
    return spans.map((span) => read(table.slice(0, ruleAt), span) + read(table.slice(ruleAt + 1), span));
  };

  it('never drops a word of any cell, at any terminal width', () => {
    fc.assert(
      fc.property(
        fc.array(cellText, { minLength: 1, maxLength: 4 }),
        fc.array(fc.array(cellText, { minLength: 4, maxLength: 4 }), { maxLength: 5 }),
        fc.integer({ min: 20, max: 160 }),
        (columns, rows, width) => {
          // Every column has a width even when all its text is blank: the test reads columns at the rule's offsets.
          const cols = columns.map((c, i) => `c${i} ${c}`);
          const cells = rows.map((r) => r.slice(0, cols.length));
          const table = tableOf(renderPlainText(tableAnswer(cols, cells), { width }));
          const read = columnsOf(table).map(ink);
          expect(read).toEqual(cols.map((c, i) => ink(escapePlain([c, ...cells.map((r) => r[i])].join(' ')))));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('wraps a long caveat onto more lines of its row, within the width', () => {
    const caveat = 'Supported only on Windows 11; the Azure VPN Client for Linux was retired on 2026-08-31 and RADIUS is not on Basic';
    const out = renderPlainText(
      tableAnswer(
        ['Client', 'Notes'],
        [
          ['Azure VPN Client', caveat],
          ['OpenVPN', 'ok'],
        ],
      ),
      { width: 50 },
    );
    const table = tableOf(out);
    for (const l of table) expect(textWidth(l)).toBeLessThanOrEqual(50);
    expect(ink(table.join(''))).toContain(ink(caveat));
    expect(out).not.toContain('…');
    // Rows of several lines are set apart by a blank line.
    expect(table).toContain('');
    expect(table.find((l) => l.startsWith('OpenVPN'))).toMatch(/^OpenVPN +ok$/);
    expect(out).toContain(`Permalink (as of ${AS_OF}): ${BASE}/ask?q=ports%20ikev2`);
  });
});
