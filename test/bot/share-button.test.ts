/**
 * bot/slack/share-button.ts: what the Share button carries, and that it survives Slack's limits.
 */
import { loadKnowledge } from '../../knowledge';
import { decodeShareValue, encodeShareValue, SHARE_ACTION_ID, shareButtons } from '../../bot/slack/share-button';
import { runCommand } from '../../shared/commands/registry';
import { policy } from '../../shared/policy';
import { renderBlockKit } from '../../shared/render/block-kit';

const kb = loadKnowledge();
const AS_OF = '2026-11-21';
const run = (q: string) => runCommand(q, { kb, asOf: AS_OF, base: 'https://vpn.example.test' });

describe('Share button value', () => {
  it('carries query + date only, holds no Slack markup, and reads back', () => {
    const v = encodeShareValue({ q: 'limits <!channel> & <@U1>', asOf: AS_OF });
    expect(v).not.toMatch(/[<>&]/);
    expect(decodeShareValue(v)).toEqual({ q: 'limits <!channel> & <@U1>', asOf: AS_OF });
  });

  it.each([undefined, '', 'nope', '{"q":1,"asOf":"2026-11-21"}', '{"q":"x","asOf":"tomorrow"}', 'x'.repeat(3000)])('rejects %p', (v) => {
    expect(decodeShareValue(v)).toBeUndefined();
  });

  it('the button re-asks the answer’s own query at the answer’s date', () => {
    const [button] = shareButtons(run('sizing 5000 users'));
    expect(button).toMatchObject({ type: 'button', action_id: SHARE_ACTION_ID, text: { type: 'plain_text', text: 'Share in channel' } });
    expect(decodeShareValue(button.value)).toEqual({ q: 'sizing 5000 users', asOf: AS_OF });
  });

  it('fits Slack’s 2,000-character value limit for any query the engine accepts', () => {
    const a = run('a'.repeat(policy.maxQueryLength));
    const m = renderBlockKit(a, { actions: shareButtons });
    const btn = m.blocks.at(-1);
    expect(btn?.type).toBe('actions');
    if (btn?.type === 'actions') expect(btn.elements[0].value.length).toBeLessThanOrEqual(2000);
  });
});
