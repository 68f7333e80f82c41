/** shared/render/slack-split.ts: a long escaped mrkdwn line in pieces, nothing lost, no entity or link broken. */
import fc from 'fast-check';
import { escapeSlack } from '../../../shared';
import { splitEscapedLine } from '../../../shared/render/slack-split';

const ink = (s: string) => s.replace(/\s+/g, '');

describe('splitEscapedLine', () => {
  it('keeps every character but the spaces it breaks at, in pieces no longer than the limit, entities whole', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), fc.integer({ min: 8, max: 400 }), (raw, max) => {
        const line = escapeSlack(raw);
        const pieces = splitEscapedLine(line, max);
        for (const p of pieces) expect(p.length).toBeLessThanOrEqual(max);
        expect(ink(pieces.join(''))).toBe(ink(line));
        // Each piece is escaped text on its own: no entity split across two of them.
        for (const p of pieces) expect(p.replace(/&(amp|lt|gt);/g, '')).not.toMatch(/&/);
      }),
      { numRuns: 500 },
    );
  });

  it('breaks at spaces outside links, and keeps a link whole', () => {
    const link = '<https://vpn.example.test/docs/reference/changelog#sstp-retired|SSTP point-to-site connections stop working>';
    const line = `• Upcoming on 2027-03-31: ${link} and more words after it`;
    const pieces = splitEscapedLine(line, link.length + 2);
    expect(pieces).toContain(link);
    expect(pieces.join(' ')).toBe(line);
  });
});
