/**
 * The Share button: a block action whose response_url points at the Slack stand-in.
 */
import { decodeShareValue } from '../../bot/slack/share-button';
import { postSigned, shareButtonPress, slashCommand } from '../support/signed-request';
import { behave } from '../support/slack-stand-in';
import { AS_OF, BOT_TOKEN, SECRET, startHarness, type Harness } from './harness';

// Real servers on a shared machine: generous time limits (waits inside are bounded separately).
jest.setTimeout(20_000);

let h: Harness;
let shareValue: string;

beforeAll(async () => {
  h = await startHarness();
  const res = await postSigned(h.events, slashCommand('compat macos certificate'), { secret: SECRET });
  const body = (await res.json()) as { blocks: Array<Record<string, any>> };
  shareValue = body.blocks.find((b) => b.type === 'actions')!.elements[0].value;
});
afterAll(async () => {
  await h.stop();
  expect(h.logs.join('\n')).not.toContain(SECRET);
  expect(h.logs.join('\n')).not.toContain(BOT_TOKEN);
});

const press = async (responseUrlId: string, value = shareValue) => {
  const res = await postSigned(h.events, shareButtonPress(value, h.standIn.responseUrl(responseUrlId)), { secret: SECRET });
  expect(res.status).toBe(200);
};
const postsTo = (id: string) => h.standIn.responsePosts.filter((p) => p.id === id);
const ephemeralsFor = (user = 'U0USER') => h.standIn.calls.filter((c) => c.method === 'chat.postEphemeral' && c.params.user === user);

describe('Share in channel', () => {
  it('posts the same answer for everyone through the response_url', async () => {
    expect(decodeShareValue(shareValue)).toEqual({ q: 'compat macos certificate', asOf: AS_OF });
    await press('share-1');
    await h.standIn.waitFor(() => postsTo('share-1').length === 1);
    const { body } = postsTo('share-1')[0];
    expect(body.response_type).toBe('in_channel');
    expect(body.replace_original).toBe(false);
    const blocks = body.blocks as Array<Record<string, any>>;
    expect(blocks[0].text.text).toBe('Compatibility: macOS with Azure certificate authentication');
    // No Share button on the shared copy, only the 👍/👎 every answer has.
    expect(JSON.stringify(blocks.find((b) => b.type === 'actions'))).not.toContain('vpn_share_in_channel');
    expect(JSON.stringify(blocks)).toContain('shared by <@U0USER>');
    expect(String(body.text)).toContain('macOS');
  });

  it('when Slack refuses the blocks (invalid_blocks), the answer is shared in plain text', async () => {
    h.standIn.planResponseUrl('share-invalid', behave.slackError('invalid_blocks'));
    await press('share-invalid');
    await h.standIn.waitFor(() => postsTo('share-invalid').length === 2);
    const [refused, plain] = postsTo('share-invalid');
    expect(refused.answered).toBe('slack_error');
    expect(plain.answered).toBe('ok');
    expect(plain.body.blocks).toBeUndefined();
    expect(plain.body.response_type).toBe('in_channel');
    expect(String(plain.body.text)).toContain('macOS');
  });

  it('the 6th press of one response_url gets a clear message instead of an error', async () => {
    const before = ephemeralsFor().length;
    for (let i = 0; i < 6; i++) await press('share-6');
    await h.standIn.waitFor(() => ephemeralsFor().length === before + 1);
    expect(postsTo('share-6')).toHaveLength(5);
    const notice = ephemeralsFor().at(-1)!;
    expect(notice.params.channel).toBe('C0CHAN');
    expect(String(notice.params.text)).toMatch(/shared 5 times.*Slack allows/);
    expect((await fetch(`${h.advisor.url}/healthz`)).status).toBe(200);
  });

  it('a response_url older than 30 minutes gets a clear message', async () => {
    await press('share-old');
    await h.standIn.waitFor(() => postsTo('share-old').length === 1);
    const before = ephemeralsFor().length;
    h.clock.now += 31 * 60 * 1000;
    try {
      await press('share-old');
      await h.standIn.waitFor(() => ephemeralsFor().length === before + 1);
    } finally {
      h.clock.now -= 31 * 60 * 1000;
    }
    expect(postsTo('share-old')).toHaveLength(1);
    expect(String(ephemeralsFor().at(-1)!.params.text)).toMatch(/more than 30 minutes old/);
  });

  it('Slack refusing the response_url (expired_url, 500) or not answering in time → a clear message; the server keeps serving', async () => {
    h.standIn.planResponseUrl('gone', behave.status(404, 'expired_url'));
    h.standIn.planResponseUrl('broken', behave.status(500, 'oops'));
    h.standIn.planResponseUrl('slow', behave.slow(1500));
    const before = ephemeralsFor().length;
    await press('gone');
    await press('broken');
    await press('slow');
    await h.standIn.waitFor(() => ephemeralsFor().length === before + 3, 4000);
    const texts = ephemeralsFor()
      .slice(before)
      .map((c) => String(c.params.text));
    expect(texts.filter((t) => /more than 30 minutes old/.test(t))).toHaveLength(1);
    expect(texts.filter((t) => /did not accept/.test(t))).toHaveLength(1);
    // The slow post's outcome is unknown: it may be in the channel, so it is not called a failure.
    expect(texts.filter((t) => /not sure it was shared \(Slack did not answer in time\); check the channel/.test(t))).toHaveLength(1);
    expect((await fetch(`${h.advisor.url}/healthz`)).status).toBe(200);
  });

  it('only shared answers count: after five posts Slack refused (500), the sixth press is still attempted', async () => {
    h.standIn.planResponseUrl('share-500', ...Array.from({ length: 5 }, () => behave.status(500, 'oops')));
    const before = ephemeralsFor().length;
    for (let i = 0; i < 5; i++) await press('share-500');
    await h.standIn.waitFor(() => ephemeralsFor().length === before + 5);
    expect(
      ephemeralsFor()
        .slice(before)
        .every((c) => /did not accept/.test(String(c.params.text))),
    ).toBe(true);
    await press('share-500');
    await h.standIn.waitFor(() => postsTo('share-500').some((p) => p.answered === 'ok'));
    expect(postsTo('share-500')).toHaveLength(6);
    expect(
      ephemeralsFor()
        .slice(before + 5)
        .filter((c) => /shared 5 times/.test(String(c.params.text))),
    ).toHaveLength(0);
  });

  it('a post that timed out keeps its use: with four more shared, the next press is refused', async () => {
    h.standIn.planResponseUrl('share-timeout', behave.slow(1500));
    const before = ephemeralsFor().length;
    await press('share-timeout');
    await h.standIn.waitFor(() => ephemeralsFor().length === before + 1, 4000);
    expect(String(ephemeralsFor().at(-1)!.params.text)).toMatch(/not sure it was shared/);
    for (let i = 0; i < 4; i++) await press('share-timeout');
    await h.standIn.waitFor(() => postsTo('share-timeout').filter((p) => p.answered === 'ok').length === 4);
    await press('share-timeout');
    await h.standIn.waitFor(() => ephemeralsFor().length === before + 2);
    expect(String(ephemeralsFor().at(-1)!.params.text)).toMatch(/shared 5 times/);
    expect(postsTo('share-timeout')).toHaveLength(5);
  });

  it('a button value that is not ours → a clear message, no post', async () => {
    const before = ephemeralsFor().length;
    await press('forged', '{"q":1}');
    await h.standIn.waitFor(() => ephemeralsFor().length === before + 1);
    expect(postsTo('forged')).toHaveLength(0);
    expect(String(ephemeralsFor().at(-1)!.params.text)).toMatch(/not one of mine/);
  });
});
