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
import { escapeSlack, parseAnswer } from '../../shared';
import type { ConflictRef } from '../../shared';
import { ask } from '../support/knowledge-fixture';
import { blockKitProblems } from '../support/slack-stand-in';
import { LIFECYCLE, RESOLVED, UNRESOLVED, withCaveats, withHostileCaveats, withManyCaveats } from '../shared/render/caveats';

const kb = loadKnowledge();
const AS_OF = '2026-11-21';
const BASE = 'https://vpn.example.test';
const run = (q: string) => runCommand(q, { kb, asOf: AS_OF, base: BASE });

function expectWithinLimits(m: BlockKitMessage, limits: SlackLimits = policy.slack) {
  const s = measureBlockKit(m);
  expect(s.blocks).toBeLessThanOrEqual(limits.maxBlocks);
  expect(s.maxSectionText).toBeLessThanOrEqual(limits.maxSectionText);
  expect(s.maxText).toBeLessThanOrEqual(limits.maxSectionText);
  expect(s.totalText).toBeLessThanOrEqual(limits.maxTotalText);
  for (const b of m.blocks) if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(150);
  for (const b of m.blocks) if (b.type === 'context') expect(b.elements.length).toBeLessThanOrEqual(10);
  for (const o of mrkdwnObjects(m.blocks)) expect(o.verbatim).toBe(true);
}

/** Slack markup that would ping, mention or link, anywhere in the message. */
const LIVE_MARKUP =
  /<(?:!(?:channel|here|everyone)|@[UW]|#C|(?!https:\/\/vpn\.example\.test|https:\/\/learn\.microsoft\.com\/azure\/)(?:https?|mailto|javascript):)/i;

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

  describe('a long non-ASCII command: its percent-encoded permalink is longer than a text object may be', () => {
    // 330 CJK characters are 2,970 once percent-encoded, 250 emoji 3,000: the permalink alone is over 3,000.
    const long = ['漢'.repeat(330), '🔥'.repeat(250), `sizing ${'字'.repeat(330)}`, 'ж'.repeat(500)];

    it.each(long)('%#: every text object within Slack’s limits, the answer kept, the site still linked', (q) => {
      const a = run(q);
      expect(a.permalink.length).toBeGreaterThan(policy.slack.maxSectionText);
      for (const sharedBy of [undefined, 'U0ABC']) {
        const m = renderBlockKit(a, { actions: shareButtons, sharedBy });
        expectWithinLimits(m);
        expect(blockKitProblems(m.blocks)).toEqual([]);
        expect(m.blocks[0].type).toBe('header');
        const footer = JSON.stringify(m.blocks.find((b) => b.type === 'context'));
        expect(footer).toContain('the permalink is too long for Slack');
        expect(footer).toContain(`<${BASE}/ask|`);
        expect(footer).toContain(`as of ${AS_OF}`);
      }
    });

    it.each(long)('%#: also when trimmed to smaller limits', (q) => {
      const limits = { maxBlocks: 6, maxSectionText: 400, maxTotalText: 1500 };
      const m = renderBlockKit(run(q), { actions: shareButtons, limits });
      expectWithinLimits(m, limits);
    });

    it('a permalink that fits is kept whole', () => {
      const a = run('漢'.repeat(100));
      expect(JSON.stringify(renderBlockKit(a).blocks)).toContain(`<${a.permalink.replace(/&/g, '&amp;')}|Permalink>`);
    });
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

  describe('caveats: coverage, the dates that matter, sources that disagree', () => {
    /** The section texts of a message, in order. */
    const sections = (m: BlockKitMessage) => m.blocks.flatMap((b) => (b.type === 'section' ? [b.text.text] : []));
    const footerOf = (m: BlockKitMessage) => JSON.stringify(m.blocks.filter((b) => b.type === 'context'));
    /** Text without whitespace: a line broken across blocks reads the same. */
    const ink = (s: string) => s.replace(/\s+/g, '');
    /** Live markup, allowing only links to the fixture's own site and the sources' live pages. */
    const LIVE =
      /<(?:!(?:channel|here|everyone)|@[UW]|#C|(?!http:\/\/vpn-advisor\.test|https:\/\/learn\.microsoft\.com\/azure\/)(?:https?|mailto|javascript):)/i;

    /** A superseded value is never the only one of its conflict in the message: the current one is there too. */
    function expectNoSupersededAlone(m: BlockKitMessage, conflicts: readonly ConflictRef[]) {
      const text = ink(sections(m).join('\n'));
      for (const c of conflicts) {
        const current = c.values.find((v) => v.current);
        for (const v of c.values)
          if (!v.current && current && text.includes(ink(escapeSlack(v.value)))) expect(text).toContain(ink(escapeSlack(current.value)));
      }
    }

    it('shows the dates that matter, each linked, in effect or upcoming on the evaluation date', () => {
      const m = renderBlockKit(withCaveats(ask('pool 172.16.0.0/22 sstp ikev2')));
      expectWithinLimits(m);
      const dates = sections(m).find((t) => t.startsWith('*Dates that matter* (as of 2026-11-21)'));
      expect(dates?.split('\n').slice(1)).toEqual([
        `• In effect from 2025-09-01 to 2026-09-30 (ended): <${LIFECYCLE[0].url}|Non-AZ VpnGw1–5 SKUs: migration window to AZ SKUs>`,
        `• In effect since 2026-03-31: <${LIFECYCLE[1].url}|SSTP can no longer be enabled on a gateway>`,
        `• Upcoming on 2027-03-31: <${LIFECYCLE[2].url}|SSTP point-to-site connections stop working>`,
        `• Upcoming on 2028-03-31: <${LIFECYCLE[3].url}|Manually registered Azure VPN Client app (Entra audience) retired in Azure Public>`,
      ]);
    });

    it('shows every value of a conflict with its sources and dates, the current one marked, the verdict linked', () => {
      const m = renderBlockKit(withCaveats(ask('pool 172.16.0.0/22 sstp ikev2')));
      expect(sections(m)).toContainEqual(
        [
          '*Sources disagree: Minimum size of the gateway subnet*',
          '• superseded: /29 is possible; /27 or larger recommended — About VPN Gateway configuration settings, Gateway subnet (2020-09-16)',
          '• :white_check_mark: *current:* /29 only for the Basic SKU; every other SKU needs /27 or larger — About VPN Gateway configuration settings, Gateway subnet (2024-02-29)',
          '• superseded: A subnet as small as /29 can be created; /27 or larger recommended — VPN Gateway FAQ, Gateway subnet (2026-06-04)',
          `Verdict: ${RESOLVED.verdict} · <${RESOLVED.url}|details>`,
        ].join('\n'),
      );
      expect(sections(m)).toContainEqual(
        [
          '*Sources disagree: Public IP SKU for a Basic SKU VPN gateway*',
          ':warning: Unresolved: both values are shown because no verdict could be reached.',
          '• A Basic SKU gateway uses (and currently supports only) a Basic SKU public IP — About VPN Gateway SKUs, Basic SKU (2025-06-23); VPN Gateway FAQ, Basic SKU public IP (2026-06-04)',
          '• Create a Basic SKU gateway with a Standard SKU public IP — VPN Gateway SKU consolidation and migration, SKU consolidation and migration (undated)',
          `Why no verdict: ${UNRESOLVED.verdict} · <${UNRESOLVED.url}|details>`,
        ].join('\n'),
      );
    });

    it('shows the conflicts the engine reports for a real answer', () => {
      const a = run('sizing 5000 users');
      expect(a.conflicts.length).toBeGreaterThan(0);
      const text = sections(renderBlockKit(a)).join('\n');
      for (const c of a.conflicts) expect(text).toContain(`*Sources disagree: ${escapeSlack(c.topic)}*`);
    });

    it('says when the answer is a best guess or outside what vpn-advisor knows, right under the header', () => {
      const a = ask('ports ikev2');
      expect(sections(renderBlockKit(a)).join('\n')).not.toMatch(/Not sure|Not covered/);
      expect(sections(renderBlockKit(parseAnswer({ ...a, coverage: 'low_confidence' })))[0]).toMatch(
        /^:grey_question: \*Not sure:\* .*best guesses/,
      );
      expect(sections(renderBlockKit(parseAnswer({ ...a, coverage: 'not_covered' })))[0]).toMatch(
        /^:no_entry_sign: \*Not covered:\* This question is outside what vpn-advisor knows/,
      );
    });

    it('hostile text in events and conflicts stays text; only the engine’s http(s) URLs become links', () => {
      const hostile = withHostileCaveats(ask('ports'));
      const a = parseAnswer({
        ...hostile,
        lifecycle: [...hostile.lifecycle, { ...LIFECYCLE[0], url: 'javascript:alert(1)' }],
        conflicts: [...hostile.conflicts, { ...UNRESOLVED, url: 'javascript:alert(2)' }],
      });
      const m = renderBlockKit(a, { actions: shareButtons });
      expectWithinLimits(m);
      for (const s of [...allStrings(m.blocks), m.text]) expect(s).not.toMatch(LIVE);
      const json = JSON.stringify(m.blocks);
      expect(json).toContain('Topic &lt;!channel&gt; &lt;@U123&gt; &lt;https://evil.example|click&gt;');
      expect(json).toContain('Source &lt;!channel&gt;');
      expect(json).toContain('Event &lt;!channel&gt;');
      expect(json).toContain('Non-AZ VpnGw1–5 SKUs: migration window to AZ SKUs (javascript:alert(1))');
      expect(json).toContain('details (javascript:alert(2))');
    });

    it('a caveat longer than a section block goes on in the next block, every word kept', () => {
      // About 4,000 characters escaped: more than one section block holds, less than a message.
      const caveat = Array.from({ length: 300 }, (_, i) => `word${i} &`).join(' ');
      const a = parseAnswer({
        ...ask('ports ikev2'),
        findings: [{ code: 'long', severity: 'warning', message: caveat }],
        conflicts: [{ ...RESOLVED, values: [{ ...RESOLVED.values[0], value: caveat }, RESOLVED.values[1]] }],
      });
      const m = renderBlockKit(a);
      expectWithinLimits(m);
      const text = sections(m).join('\n');
      expect(text).not.toContain('…');
      expect(ink(text)).toContain(ink(`:warning: ${escapeSlack(caveat)}`));
      expect(ink(text)).toContain(ink(`superseded: ${escapeSlack(caveat)}`));
    });

    it('large lists of dates and conflicts: within limits, whole lines only, no superseded value alone, the footer says what was left out', () => {
      for (const n of [3, 12, 40, 80]) {
        const a = withManyCaveats(ask('sizing 5000 users'), n);
        for (const limits of [policy.slack, { maxBlocks: 12, maxSectionText: 1200, maxTotalText: 5000 }]) {
          const m = renderBlockKit(a, { actions: shareButtons, limits });
          expectWithinLimits(m, limits);
          expectNoSupersededAlone(m, a.conflicts);
          const text = ink(sections(m).join('\n'));
          // Every event shown is shown whole.
          for (const l of a.lifecycle) {
            const title = ink(escapeSlack(l.title));
            if (text.includes(ink(`${l.url}|`))) expect(text).toContain(title);
          }
          // Whatever is missing, the footer names.
          const footer = footerOf(m);
          expect(footer).toContain('the full answer on the site>');
          const missing = a.conflicts.filter((c) => !text.includes(ink(`${c.topic}*`)));
          if (missing.length) expect(footer).toMatch(/left out: [^)]*source conflicts?/);
          if (a.conflicts.some((c) => !text.includes(ink(`Sources disagree: ${c.topic}*`))))
            expect(footer).toMatch(/left out: [^)]*(the values and sources of \d+ source conflicts|\d+ source conflicts)/);
          if (a.lifecycle.some((l) => !text.includes(ink(`${l.url}|`)))) expect(footer).toMatch(/left out: [^)]*the dates that matter/);
        }
      }
    });

    it('a long answer with many conflicts keeps its sections and says each conflict in a line, with the value answers use', () => {
      const a = run('limits virtual-wan');
      expect(a.conflicts.length).toBeGreaterThan(3);
      const m = renderBlockKit(a);
      expectWithinLimits(m);
      const text = sections(m).join('\n');
      expect(text).toContain(`*${a.sections[0].title}*`);
      for (const c of a.conflicts) expect(text).toContain(`• *${escapeSlack(c.topic)}*: `);
      expect(text).toMatch(/answers use “[^”]+”; (the other value is|\d+ other values are) superseded\./);
      expectNoSupersededAlone(m, a.conflicts);
      expect(footerOf(m)).toMatch(new RegExp(`left out: the values and sources of ${a.conflicts.length} source conflicts`));
    });

    it('random numbers of dates and conflicts under random limits: within limits, no superseded value alone', () => {
      const base = ask('pool 172.16.0.0/22 sstp ikev2');
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 60 }),
          fc.record({
            maxBlocks: fc.integer({ min: 6, max: 50 }),
            maxSectionText: fc.integer({ min: 400, max: 3000 }),
            maxTotalText: fc.integer({ min: 1500, max: 12000 }),
          }),
          (n, limits) => {
            const a = withManyCaveats(base, n);
            const m = renderBlockKit(a, { actions: shareButtons, limits });
            expectWithinLimits(m, limits);
            expectNoSupersededAlone(m, a.conflicts);
            expect(footerOf(m)).toContain(a.permalink.replace(/&/g, '&amp;'));
          },
        ),
        { numRuns: 150 },
      );
    });
  });
});

describe('renderBlockKit: steps, commands to ask next and source links', () => {
  const scenario = () => run('scenario sstp-migration');

  it('a list of steps is Slack’s ordered list: numbered by Slack, no bullet, no number typed into the text', () => {
    const a = scenario();
    const steps = a.sections.find((s) => s.title === 'Steps');
    if (steps?.type !== 'list') throw new Error('the scenario answer has no Steps list');
    const m = renderBlockKit(a);
    const lists = m.blocks.flatMap((b) => (b.type === 'rich_text' ? b.elements.filter((x) => x.type === 'rich_text_list') : []));
    expect(lists).toHaveLength(1);
    const [list] = lists;
    if (list?.type !== 'rich_text_list') throw new Error('no ordered list');
    expect(list.style).toBe('ordered');
    const texts = list.elements.map((x) => x.elements.map((t) => t.text).join(''));
    expect(texts).toEqual(steps.items.map((s, i) => s.slice(`${i + 1}. `.length)));
    expect(texts.every((t) => !/^\d+\. /.test(t))).toBe(true);
    // Nowhere a bullet before a number ("• 1."), and Slack would accept the message.
    expect(JSON.stringify(m.blocks)).not.toMatch(/• \d+\./);
    expect(blockKitProblems(m.blocks)).toEqual([]);
    expectWithinLimits(m);
  });

  it('a list of steps too long for one block is numbered mrkdwn lines, still without a bullet', () => {
    const a = scenario();
    const m = renderBlockKit(a, { limits: { ...policy.slack, maxSectionText: 400 } });
    expect(m.blocks.some((b) => b.type === 'rich_text')).toBe(false);
    const text = m.blocks.flatMap((b) => (b.type === 'section' ? [b.text.text] : [])).join('\n');
    expect(text).toMatch(/^1\. Count concurrent SSTP users/m);
    expect(text).not.toMatch(/• \d+\./);
  });

  it('commands to ask next are written as the slash command is typed in Slack', () => {
    const text = JSON.stringify(renderBlockKit(scenario()).blocks);
    expect(text).toContain('• `/vpn scenario sstp-migration`');
  });

  it('every source with a public page links to it, section and date beside the link, and the message says once what the link opens', () => {
    const a = run('ports ikev2');
    const m = renderBlockKit(a);
    const sources = m.blocks.flatMap((b) => (b.type === 'section' && b.text.text.startsWith('*Sources*') ? [b.text.text] : [])).join('\n');
    // One line per source and section, its facts under it.
    expect(sources).toContain(
      [
        '• <https://learn.microsoft.com/azure/vpn-gateway/point-to-site-about|About point-to-site VPN>, Protocols (2026-08-17)',
        `   ◦ <${a.facts[0]!.url}|IKEv2 (IPsec): what the firewall must allow outbound>: UDP 500, UDP 4500, IP protocol 50`,
      ].join('\n'),
    );
    expect(sources.match(/today’s page/g)).toHaveLength(1);
  });

  it('a page read in two sections is linked once; the sizing answer still fits Slack whole', () => {
    const a = run('sizing 5000 users');
    const m = renderBlockKit(a);
    const text = m.blocks.flatMap((b) => (b.type === 'section' ? [b.text.text] : [])).join('\n');
    expect(text.match(/<https:\/\/learn\.microsoft\.com\/azure\/vpn-gateway\/about-gateway-skus\|/g)).toHaveLength(1);
    expect(text).toMatch(/^• About VPN Gateway SKUs, Notes on the SKU tables \(2026-06-11\)$/m);
    expect(JSON.stringify(m.blocks)).not.toContain('Trimmed');
  });
});
