/**
 * Events and the message shortcut over HTTP mode, with the Web API on the Slack stand-in:
 * replies land where they should, exactly once, and Slack's failures never take the server down.
 */
import { eventCallback, interaction, messageShortcut, postSigned } from '../support/signed-request';
import { behave, blockKitProblems } from '../support/slack-stand-in';
import { BOT_TOKEN, SECRET, sleep, startHarness, type Harness } from './harness';

// Real servers on a shared machine: generous time limits (waits inside are bounded separately).
jest.setTimeout(20_000);

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
  expect(h.logs.join('\n')).not.toContain(SECRET);
  expect(h.logs.join('\n')).not.toContain(BOT_TOKEN);
});

let n = 0;
const mention = (text: string, extra: Record<string, unknown> = {}) => ({
  type: 'app_mention',
  user: 'U0USER',
  text,
  ts: `1700000000.00${String(++n).padStart(4, '0')}`,
  channel: 'C0CHAN',
  event_ts: '1700000000.000001',
  ...extra,
});
const deliver = (event: Record<string, unknown>, eventId: string, retry?: number) =>
  postSigned(h.events, eventCallback(event, eventId), {
    secret: SECRET,
    headers: retry ? { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' } : {},
  });
const posts = (filter: (p: Record<string, unknown>) => boolean) => h.standIn.succeeded('chat.postMessage').filter((c) => filter(c.params));
const healthy = async () => expect((await fetch(`${h.advisor.url}/healthz`)).status).toBe(200);

describe('app_mention', () => {
  it('answers visibly in the thread it was mentioned in, without the mention', async () => {
    const ev = mention('<@U0BOT> sizing 5000 users', { thread_ts: '1699999999.000100' });
    expect((await deliver(ev, 'Ev-thread')).status).toBe(200);
    await h.standIn.waitFor(() => posts((p) => p.thread_ts === '1699999999.000100').length === 1);
    const [call] = posts((p) => p.thread_ts === '1699999999.000100');
    expect(call.authorized).toBe(true);
    expect(call.params.channel).toBe('C0CHAN');
    const blocks = call.params.blocks as Array<Record<string, any>>;
    expect(blocks[0].text.text).toBe('Sizing for 5,000 concurrent users');
    // Already visible: no Share button, only the 👍/👎 every answer has.
    expect(blocks.find((b) => b.type === 'actions')?.elements.map((x: { action_id: string }) => x.action_id)).toEqual([
      'vpn_feedback_up',
      'vpn_feedback_down',
    ]);
    expect(String(call.params.text)).toContain('VpnGw4AZ');
  });

  it('a mention outside a thread starts one under the message', async () => {
    const ev = mention('<@U0BOT|vpn-advisor> ports ikev2');
    await deliver(ev, 'Ev-top');
    await h.standIn.waitFor(() => posts((p) => p.thread_ts === ev.ts).length === 1);
    expect((posts((p) => p.thread_ts === ev.ts)[0].params.blocks as any[])[0].text.text).toMatch(/IKEv2/i);
  });

  it('a redelivered event never gets a second reply', async () => {
    const ev = mention('<@U0BOT> routes 30', { thread_ts: '1699999999.000200' });
    await deliver(ev, 'Ev-retried');
    await h.standIn.waitFor(() => posts((p) => p.thread_ts === '1699999999.000200').length === 1);
    await deliver(ev, 'Ev-retried', 1);
    await deliver(ev, 'Ev-retried', 2);
    await sleep(300);
    expect(posts((p) => p.thread_ts === '1699999999.000200')).toHaveLength(1);
  });

  it('redeliveries arriving together still give one reply', async () => {
    const ev = mention('<@U0BOT> bastion 500 rdp', { thread_ts: '1699999999.000250' });
    h.standIn.plan('chat.postMessage', behave.slow(150));
    await Promise.all([deliver(ev, 'Ev-burst'), deliver(ev, 'Ev-burst', 1), deliver(ev, 'Ev-burst', 2)]);
    await h.standIn.waitFor(() => posts((p) => p.thread_ts === '1699999999.000250').length === 1);
    await sleep(300);
    expect(posts((p) => p.thread_ts === '1699999999.000250')).toHaveLength(1);
  });

  it('a delivery Slack surely refused (429, Retry-After too long to wait) is answered exactly once by its retry', async () => {
    const ev = mention('<@U0BOT> bastion 300 ssh', { thread_ts: '1699999999.000300' });
    h.standIn.plan('chat.postMessage', behave.rateLimited(120)); // a 500 may have posted: slack-faults.test.ts
    await deliver(ev, 'Ev-failed-first');
    await h.standIn.waitFor(() => h.logs.some((l) => l.includes('Ev-failed-first') && l.includes('failed')));
    expect(posts((p) => p.thread_ts === '1699999999.000300')).toHaveLength(0);
    await healthy();

    await deliver(ev, 'Ev-failed-first', 1);
    await h.standIn.waitFor(() => posts((p) => p.thread_ts === '1699999999.000300').length === 1);
    await deliver(ev, 'Ev-failed-first', 2);
    await sleep(300);
    expect(posts((p) => p.thread_ts === '1699999999.000300')).toHaveLength(1);
  });

  it('429 with a short Retry-After: waits it out and replies once', async () => {
    const ev = mention('<@U0BOT> expressroute 5 gbps', { thread_ts: '1699999999.000400' });
    h.standIn.plan('chat.postMessage', behave.rateLimited(1));
    const t0 = Date.now();
    await deliver(ev, 'Ev-429');
    await h.standIn.waitFor(() => posts((p) => p.thread_ts === '1699999999.000400').length === 1, 4000);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
  });

  it('429 with a long Retry-After, and a Slack that answers too slowly: logged, the server keeps serving', async () => {
    h.standIn.plan('chat.postMessage', behave.rateLimited(120));
    await deliver(mention('<@U0BOT> limits', { thread_ts: '1699999999.000500' }), 'Ev-429-long');
    await h.standIn.waitFor(() => h.logs.some((l) => l.includes('Ev-429-long') && /rate_limited/.test(l)));

    h.standIn.plan('chat.postMessage', behave.slow(2000)); // never repeated: it may have been posted
    await deliver(mention('<@U0BOT> limits', { thread_ts: '1699999999.000600' }), 'Ev-slow');
    await healthy();
    await h.standIn.waitFor(() => h.logs.some((l) => l.includes('Ev-slow') && l.includes('failed')), 4000);
    expect(posts((p) => p.thread_ts === '1699999999.000500' || p.thread_ts === '1699999999.000600')).toHaveLength(0);
    await healthy();
  });
});

describe('replies over Block Kit limits', () => {
  it('a long non-ASCII command (330 CJK characters) is answered: its permalink no longer pushes the footer over 3,000 characters', async () => {
    const ev = mention(`<@U0BOT> ${'漢'.repeat(330)}`, { thread_ts: '1699999999.001000' });
    await deliver(ev, 'Ev-cjk');
    await h.standIn.waitFor(() => posts((p) => p.thread_ts === '1699999999.001000').length === 1);
    const [call] = posts((p) => p.thread_ts === '1699999999.001000');
    expect(blockKitProblems(call.params.blocks)).toEqual([]);
    expect(JSON.stringify(call.params.blocks)).toContain('the permalink is too long for Slack');
    expect(h.standIn.calls.filter((c) => c.answered === 'slack_error' && c.params.thread_ts === '1699999999.001000')).toHaveLength(0);
  });

  it('250 emoji: answered too, in blocks Slack accepts', async () => {
    await deliver(mention(`<@U0BOT> ${'🔥'.repeat(250)}`, { thread_ts: '1699999999.001100' }), 'Ev-emoji');
    await h.standIn.waitFor(() => posts((p) => p.thread_ts === '1699999999.001100').length === 1);
    expect(blockKitProblems(posts((p) => p.thread_ts === '1699999999.001100')[0].params.blocks)).toEqual([]);
  });

  it('when Slack still refuses the blocks (invalid_blocks), the reply is the answer in plain text', async () => {
    h.standIn.plan('chat.postMessage', behave.slackError('invalid_blocks'));
    await deliver(mention('<@U0BOT> sizing 5000 users', { thread_ts: '1699999999.001200' }), 'Ev-invalid-blocks');
    await h.standIn.waitFor(() => posts((p) => p.thread_ts === '1699999999.001200').length === 1);
    const refused = h.standIn.calls.filter((c) => c.params.thread_ts === '1699999999.001200' && c.answered === 'slack_error');
    expect(refused).toHaveLength(1);
    const [reply] = posts((p) => p.thread_ts === '1699999999.001200');
    expect(reply.params.blocks).toBeUndefined();
    expect(String(reply.params.text)).toContain('Sizing for 5,000 concurrent users');
    expect(h.logs.some((l) => l.includes('Ev-invalid-blocks') && l.includes('invalid_blocks') && l.includes('plain text'))).toBe(true);
  });

  it('the message shortcut falls back to plain text the same way', async () => {
    const before = h.standIn.succeeded('chat.postEphemeral').length;
    h.standIn.plan('chat.postEphemeral', behave.slackError('invalid_blocks'));
    await postSigned(h.events, messageShortcut({ text: 'ports' }, h.standIn.responseUrl('sc-invalid')), { secret: SECRET });
    await h.standIn.waitFor(() => h.standIn.succeeded('chat.postEphemeral').length === before + 1);
    const reply = h.standIn.succeeded('chat.postEphemeral').at(-1)!;
    expect(reply.params.blocks).toBeUndefined();
    expect(String(reply.params.text).length).toBeGreaterThan(10);
    expect(h.standIn.responsePosts.some((p) => p.id === 'sc-invalid')).toBe(false);
  });
});

describe('message shortcut "Ask vpn-advisor"', () => {
  const ephemerals = () => h.standIn.succeeded('chat.postEphemeral');

  it('answers the text of the message, only for the person who used it, in that thread', async () => {
    const before = ephemerals().length;
    const res = await postSigned(
      h.events,
      messageShortcut(
        { text: 'compat linux entra', ts: '1700000000.000700', thread_ts: '1699999999.000700' },
        h.standIn.responseUrl('sc-1'),
      ),
      {
        secret: SECRET,
      },
    );
    expect(res.status).toBe(200);
    await h.standIn.waitFor(() => ephemerals().length === before + 1);
    const call = ephemerals().at(-1)!;
    expect(call.params).toMatchObject({ channel: 'C0CHAN', user: 'U0USER', thread_ts: '1699999999.000700' });
    const blocks = call.params.blocks as Array<Record<string, any>>;
    expect(blocks[0].text.text).toMatch(/Linux/);
    expect(blocks.some((b) => b.type === 'actions')).toBe(true);
  });

  it('where the bot may not post (not_in_channel), answers through the shortcut’s response_url', async () => {
    h.standIn.plan('chat.postEphemeral', behave.slackError('not_in_channel'));
    await postSigned(h.events, messageShortcut({ text: '<@U0BOT> pool 172.16.0.0/22' }, h.standIn.responseUrl('sc-2')), { secret: SECRET });
    await h.standIn.waitFor(() => h.standIn.responsePosts.some((p) => p.id === 'sc-2'));
    const post = h.standIn.responsePosts.find((p) => p.id === 'sc-2')!;
    expect(post.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(post.body.blocks)).toContain('172.16.0.0/22');
  });

  it('a message without text gets a short note', async () => {
    const before = ephemerals().length;
    await postSigned(h.events, messageShortcut({}, h.standIn.responseUrl('sc-3')), { secret: SECRET });
    await h.standIn.waitFor(() => ephemerals().length === before + 1);
    expect(String(ephemerals().at(-1)!.params.text)).toMatch(/no text/);
  });
});

describe('App Home', () => {
  it('app_home_opened → views.publish of the Home tab: what it does, examples from the declarations, the docs link', async () => {
    await deliver({ type: 'app_home_opened', user: 'U0HOME', channel: 'D0HOME', tab: 'home', event_ts: '1700000000.000800' }, 'Ev-home');
    await h.standIn.waitFor(() => h.standIn.succeeded('views.publish').length === 1);
    const call = h.standIn.succeeded('views.publish')[0];
    expect(call.params.user_id).toBe('U0HOME');
    const view = call.params.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe('home');
    const text = JSON.stringify(view.blocks);
    for (const c of ['sizing', 'compat', 'pool', 'help']) expect(text).toContain(`*${c}*`);
    expect(text).toContain('/vpn sizing 5000 users');
    expect(text).toContain('<https://vpn.example.test/|Docs site>');
  });

  it('the Messages tab is left alone', async () => {
    await deliver(
      { type: 'app_home_opened', user: 'U0HOME2', channel: 'D0HOME', tab: 'messages', event_ts: '1700000000.000900' },
      'Ev-home-msg',
    );
    await sleep(200);
    expect(h.standIn.calls.filter((c) => c.method === 'views.publish' && c.params.user_id === 'U0HOME2')).toHaveLength(0);
  });
});

describe('malformed but signed requests: 400 or ignored, one log line, never a stack trace or a hung socket', () => {
  const stackLines = () => h.logs.filter((l) => /^\s+at /m.test(l));

  it('a signed body of `null` (JSON) → 400', async () => {
    const before = h.logs.length;
    const res = await postSigned(
      h.events,
      { body: 'null', contentType: 'application/json' },
      { secret: SECRET, headers: { connection: 'close' } },
    );
    expect(res.status).toBe(400);
    await res.text();
    const lines = h.logs.slice(before).filter((l) => /malformed|not a Slack/i.test(l));
    expect(lines).toHaveLength(1);
    expect(stackLines()).toEqual([]);
    await healthy();
  });

  it('a signed interactivity payload of `null` → 400', async () => {
    const res = await postSigned(h.events, { body: 'payload=null', contentType: 'application/x-www-form-urlencoded' }, { secret: SECRET });
    expect(res.status).toBe(400);
    expect(stackLines()).toEqual([]);
  });

  it('a mention whose text is not a string is ignored, with one log line', async () => {
    const before = h.logs.length;
    const res = await deliver(mention('x', { text: 123, thread_ts: '1699999999.002000' }), 'Ev-not-string');
    expect(res.status).toBe(200);
    await h.standIn.waitFor(() => h.logs.slice(before).some((l) => l.includes('Ev-not-string')));
    await sleep(100);
    expect(h.logs.slice(before).filter((l) => l.includes('Ev-not-string'))).toHaveLength(1);
    expect(posts((p) => p.thread_ts === '1699999999.002000')).toHaveLength(0);
    expect(stackLines()).toEqual([]);
  });

  it('a message action without a message is ignored, with one log line', async () => {
    const before = h.logs.length;
    const payload = JSON.parse(
      new URLSearchParams(messageShortcut({ text: 'ports' }, h.standIn.responseUrl('sc-nomsg')).body).get('payload')!,
    );
    delete payload.message;
    const res = await postSigned(h.events, interaction(payload), { secret: SECRET });
    expect(res.status).toBe(200);
    await h.standIn.waitFor(() => h.logs.slice(before).some((l) => /message shortcut/.test(l)));
    await sleep(100);
    expect(h.logs.slice(before).filter((l) => /message shortcut|message_action/.test(l))).toHaveLength(1);
    expect(stackLines()).toEqual([]);
    await healthy();
  });
});
