/**
 * shared/render/block-kit.ts: Slack's limits, trimming, escaping, tables, and the actions block a face
 * adds (here the bot's Share button, as the bot renders it). Lives beside the bot's tests because the bot
 * is its only user.
 */
import fc from 'fast-check';
import { loadKnowledge } from '../../knowledge';
import type { Answer } from '../../shared/answer/answer';
import { commands, runCommand } from '../../shared/commands/registry';
import { policy } from '../../shared/policy';
import { SHARE_ACTION_ID, shareButtons } from '../../bot/slack/share-button';
import { measureBlockKit, renderBlockKit, type BlockKitMessage, type SlackLimits } from '../../shared/render/block-kit';
import { allStrings, mrkdwnObjects } from './harness';

const kb = loadKnowledge();
const AS_OF = '2026-11-21';
const BASE = 'https://vpn.example.test';
const run = (q: string) => runCommand(q, { kb, asOf: AS_OF, base: BASE });

function expectWithinLimits(m: BlockKitMessage, limits: SlackLimits = policy.slack) {
  const s = measureBlockKit(m);
  expect(s.blocks).toBeLessThanOrEqual(limits.maxBlocks);
  expect(s.maxSectionText).toBeLessThanOrEqual(limits.maxSectionText);
  expect(s.totalText).toBeLessThanOrEqual(limits.maxTotalText);
  for (const b of m.blocks) if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(150);
  for (const b of m.blocks) if (b.type === 'context') expect(b.elements.length).toBeLessThanOrEqual(10);
  for (const o of mrkdwnObjects(m.blocks)) expect(o.verbatim).toBe(true);
}

/** Slack markup that would ping, mention or link, anywhere in the message. */
const LIVE_MARKUP = /<(?:!(?:channel|here|everyone)|@[UW]|#C|(?!https:\/\/vpn\.example\.test)(?:https?|mailto|javascript):)/i;

const longAnswer = (): Answer => {
  const a = run('ports');
  const item = 'A long line about gateways & pools <!channel> '.repeat(12);
  return {
    ...a,
    title: `${'Very long title '.repeat(20)}<!here>`,
    sections: [
      { type: 'list', title: 'Many items', items: Array.from({ length: 150 }, (_, i) => `${i}: ${item}`) },
      {
        type: 'table',
        title: 'Wide table',
        columns: ['SKU', 'Users', 'Notes'],
        rows: Array.from({ length: 120 }, (_, i) => [`VpnGw${i}`, String(i * 100), item]),
      },
      { type: 'note', title: 'One huge line', text: 'x&'.repeat(4000) },
    ],
  };
};

describe('renderBlockKit', () => {
  const examples = commands.flatMap((c) => c.examples);

  it.each(examples)('%s: within Slack limits, headed by the title, ending with the permalink', (q) => {
    const a = run(q);
    const m = renderBlockKit(a, { actions: shareButtons });
    expectWithinLimits(m);
    expect(m.blocks[0].type).toBe('header');
    const footer = m.blocks.at(-2)!;
    expect(footer.type).toBe('context');
    // Every answer ends with its permalink; a long one says it was trimmed.
    expect(JSON.stringify(footer)).toMatch(/\|(Permalink|the full answer on the site)>/);
    expect(JSON.stringify(footer)).toContain(a.permalink.replace(/&/g, '&amp;'));
    expect(m.blocks.at(-1)).toMatchObject({ type: 'actions', elements: [{ action_id: SHARE_ACTION_ID }] });
    expect(m.text.length).toBeGreaterThan(10);
  });

  it('a long answer is trimmed to the limits and ends with a link to its permalink', () => {
    const a = longAnswer();
    const m = renderBlockKit(a, { actions: shareButtons });
    expectWithinLimits(m);
    const footer = JSON.stringify(m.blocks.at(-2));
    expect(footer).toContain('Trimmed to fit Slack');
    expect(footer).toContain(`<${a.permalink.replace(/&/g, '&amp;')}|the full answer on the site>`);
    expect(m.blocks.at(-1)?.type).toBe('actions');
  });

  it('trims to whatever limits it is given', () => {
    const limits = { maxBlocks: 6, maxSectionText: 400, maxTotalText: 1500 };
    for (const a of [longAnswer(), run('sizing 5000 users'), run('limits virtual-wan')]) {
      const m = renderBlockKit(a, { actions: shareButtons, limits });
      expectWithinLimits(m, limits);
      expect(JSON.stringify(m.blocks.at(-2))).toContain('Trimmed');
    }
  });

  it('escapes everything the user typed, and links only http(s) URLs', () => {
    const a = run('limits <!channel> <!here> <@U123> <#C123> <https://x|y> <mailto:a@b.c|mail>');
    const evil: Answer = {
      ...a,
      links: [
        { title: 'click <@U999>', url: 'javascript:alert(1)' },
        { title: 'ok', url: `${BASE}/docs?a=1&b=<2>` },
      ],
    };
    const m = renderBlockKit(evil, { actions: shareButtons });
    for (const s of [...allStrings(m.blocks), m.text]) expect(s).not.toMatch(LIVE_MARKUP);
    const json = JSON.stringify(m.blocks);
    expect(json).toContain('&lt;!channel&gt;');
    expect(json).toContain('click &lt;@U999&gt; (javascript:alert(1))');
    expect(json).not.toContain('<javascript:');
  });

  it('a narrow table is a monospace grid; a wide one reads as one line per row', () => {
    const grid = renderBlockKit(run('limits'));
    expect(JSON.stringify(grid.blocks)).toMatch(/```\\nTopic +Facts/);
    const rows = renderBlockKit(run('compat macos certificate'));
    expect(JSON.stringify(rows.blocks)).toMatch(/• \*IKEv2\* — Status: supported · VPN client: macOS built-in VPN client/);
  });

  it('an actions block only when the face gives buttons, and never a button Slack would refuse', () => {
    const a = run('ports');
    expect(renderBlockKit(a).blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(renderBlockKit(a, { actions: () => [] }).blocks.some((b) => b.type === 'actions')).toBe(false);
    const button = (value: string) => ({
      type: 'button' as const,
      action_id: 'x',
      text: { type: 'plain_text' as const, text: 'X' },
      value,
    });
    const m = renderBlockKit(a, { actions: () => [button('ok'), button('v'.repeat(2001))] });
    expect(m.blocks.at(-1)).toEqual({ type: 'actions', elements: [button('ok')] });
  });

  it('shared copies say who shared them; only a well-formed user id becomes a mention', () => {
    expect(JSON.stringify(renderBlockKit(run('ports'), { sharedBy: 'U0ABC' }).blocks)).toContain('shared by <@U0ABC>');
    expect(JSON.stringify(renderBlockKit(run('ports'), { sharedBy: '<!channel>' }).blocks)).not.toContain('shared by');
  });

  it('random and hostile text anywhere in an answer: within limits, no live markup', () => {
    const base = run('ports');
    const text = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.constantFrom('<!channel>', '<!here>', '<@U123>', '<#C123|x>', '<https://x|y>', '&lt;!here&gt;', '```', '*_~', 'a'.repeat(5000)),
    );
    fc.assert(
      fc.property(
        text,
        text,
        fc.array(text, { maxLength: 60 }),
        fc.array(fc.array(text, { minLength: 2, maxLength: 2 }), { maxLength: 40 }),
        (title, summary, items, rows) => {
          const a: Answer = {
            ...base,
            title,
            summary,
            query: summary.slice(0, policy.maxQueryLength),
            sections: [
              { type: 'list', title, items },
              { type: 'table', title: summary, columns: ['a', 'b'], rows },
              { type: 'note', title: 'n', text: items.join('\n') },
            ],
            findings: items.slice(0, 5).map((message) => ({ code: 'x', severity: 'warning' as const, message })),
          };
          const m = renderBlockKit(a, { actions: shareButtons });
          expectWithinLimits(m);
          for (const s of [...allStrings(m.blocks), m.text]) expect(s).not.toMatch(LIVE_MARKUP);
        },
      ),
      { numRuns: 200 },
    );
  });
});
