/**
 * The acknowledgement's JSON: the same message as JSON.stringify would send, in ASCII only (non-ASCII text as
 * \u escapes), whatever a user typed.
 */
import { messageJson } from '../../bot/slack/json-ack';
import { renderBlockKit } from '../../shared/render/block-kit';
import { answerTo } from '../support/knowledge-fixture';

const ASCII = /^[^\u0080-\uffff]*$/;

describe('messageJson', () => {
  it('is the message JSON.stringify sends, with the head first, in ASCII', () => {
    const m = renderBlockKit(answerTo('sizing 4321 users'));
    const json = messageJson(m, { response_type: 'ephemeral' });
    expect(json).toMatch(ASCII);
    expect(JSON.stringify(JSON.parse(json))).toBe(JSON.stringify({ response_type: 'ephemeral', ...m }));
    // Bullets and dashes, escaped.
    expect(JSON.stringify(m)).toMatch(/[•—]/);
    expect(json).toContain('\\u2022');
  });

  it('carries what a user typed (CJK, emoji, half a surrogate pair, quotes, mentions) as the renderer wrote it', () => {
    const typed = '東京 オフィス 🚀 \ud800 "quoted" \\ <!channel>';
    const m = renderBlockKit(answerTo(`search ${typed}` as 'search x'));
    const json = messageJson(m);
    expect(json).toMatch(ASCII);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(m)));
  });

  it('leaves out what JSON.stringify leaves out, and serialises a shared (frozen) block the same in every message', () => {
    const shared = Object.freeze({ type: 'divider' as const });
    const one = { blocks: [shared], text: 'één', thread_ts: undefined } as never;
    expect(messageJson(one)).toBe('{"blocks":[{"type":"divider"}],"text":"\\u00e9\\u00e9n"}');
    expect(messageJson({ blocks: [shared], text: 'x' })).toBe('{"blocks":[{"type":"divider"}],"text":"x"}');
  });
});
