/**
 * `/vpn` over HTTP mode: the real server and Bolt app on 127.0.0.1, fed requests signed as Slack signs them.
 */
import { knowledgeVersion, loadKnowledge } from '../../knowledge';
import { makeAnswerer } from '../../bot/answerer';
import { decodeShareValue, SHARE_ACTION_ID } from '../../bot/slack/share-button';
import { measureBlockKit } from '../../shared/render/block-kit';
import { policy } from '../../shared/policy';
import { postSigned, slashCommand, nowSeconds, interaction, type PostOptions } from '../support/signed-request';
import { allStrings, AS_OF, BOT_TOKEN, mrkdwnObjects, SECRET, SITE, startHarness, type Harness } from './harness';

// Real servers on a shared machine: generous time limits (waits inside are bounded separately).
jest.setTimeout(20_000);

let h: Harness;
let answered = 0;
const real = makeAnswerer(loadKnowledge(), () => SITE, AS_OF);

beforeAll(async () => {
  h = await startHarness({
    start: {
      // The engine, counted; "explode" stands for an engine bug.
      answer: (text, asOf) => {
        answered += 1;
        if (text.includes('explode')) throw new Error('engine exploded on purpose');
        return real(text, asOf);
      },
    },
  });
});
afterAll(async () => {
  await h.stop();
  const log = h.logs.join('\n');
  expect(log).not.toContain(SECRET);
  expect(log).not.toContain(BOT_TOKEN);
});

async function vpn(text: string) {
  const res = await postSigned(h.events, slashCommand(text), { secret: SECRET });
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    body: (await res.json()) as { response_type: string; text: string; blocks: Array<Record<string, any>> },
  };
}

describe('/vpn slash command (HTTP mode)', () => {
  it('acknowledges with the final answer: ephemeral, in Block Kit, with a Share button carrying query + date', async () => {
    const { status, body, contentType } = await vpn('sizing 5000 users');
    expect(status).toBe(200);
    // Slack reads a body without this content type as plain text.
    expect(contentType).toBe('application/json');
    expect(body.response_type).toBe('ephemeral');
    expect(body.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Sizing for 5,000 concurrent users', emoji: false },
    });
    expect(body.blocks[1].text.text).toContain('VpnGw4AZ');
    expect(body.text).toContain('Sizing for 5,000 concurrent users');
    const actions = body.blocks.find((b) => b.type === 'actions');
    expect(actions?.elements[0].action_id).toBe(SHARE_ACTION_ID);
    expect(decodeShareValue(actions?.elements[0].value)).toEqual({ q: 'sizing 5000 users', asOf: AS_OF });
    const m = measureBlockKit({ blocks: body.blocks as never, text: body.text });
    expect(m.blocks).toBeLessThanOrEqual(policy.slack.maxBlocks);
    expect(m.maxSectionText).toBeLessThanOrEqual(policy.slack.maxSectionText);
    expect(m.totalText).toBeLessThanOrEqual(policy.slack.maxTotalText);
    // The permalink reproduces the answer on the site.
    // (In the Links section, or in the footer when the message had to leave the links out to fit.)
    expect(JSON.stringify(body.blocks)).toContain(
      `${SITE}/ask?q=sizing%205000%20users&amp;as_of=${AS_OF}&amp;kv=${knowledgeVersion(loadKnowledge())}|`,
    );
  });

  it('the same answer, asked again (served from the cache), is the same JSON message', async () => {
    const first = await vpn('compat macos certificate');
    const again = await vpn('compat macos certificate');
    expect(again.contentType).toBe('application/json');
    expect(again.body).toEqual(first.body);
    expect(again.body.response_type).toBe('ephemeral');
  });

  it('answers "help" for an empty command, and a usage error as an answer', async () => {
    expect((await vpn('')).body.blocks[0].text.text).toMatch(/vpn-advisor/);
    const bad = await vpn('pool 10.0.0.1/16');
    expect(bad.status).toBe(200);
    expect(bad.body.blocks[0].text.text).toMatch(/couldn.t read/);
    expect(JSON.stringify(bad.body.blocks)).toContain('10.0.0.0/16');
  });

  it('takes an evaluation date in the words ("as of DATE"), and refuses an impossible one like every face', async () => {
    const dated = await vpn('compat windows sstp as of 2027-04-01');
    expect(dated.status).toBe(200);
    expect(JSON.stringify(dated.body.blocks)).toContain('as_of=2027-04-01');
    const bad = await vpn('sizing 5000 users as of 2026-02-30');
    expect(bad.status).toBe(200);
    expect(bad.body.blocks[0].text.text).toMatch(/couldn.t read/);
    expect(JSON.stringify(bad.body.blocks)).toContain('2026-02-30 is not a day of the calendar');
  });

  it('keeps mentions and links typed by the user inert', async () => {
    const typed = ['<!channel>', '<!here>', '<@U123>', '<#C123>', '<https://x|y>'];
    // As typed, and as Slack sends typed text (its own &lt; &gt; escaping).
    for (const text of [`limits ${typed.join(' ')}`, `limits ${typed.join(' ').replace(/</g, '&lt;').replace(/>/g, '&gt;')}`]) {
      const { body } = await vpn(text);
      const strings = allStrings(body);
      for (const t of typed) for (const s of strings) expect(s).not.toContain(t);
      expect(JSON.stringify(body)).toContain('&lt;!channel&gt;');
      expect(body.text).not.toMatch(/<[!@#]/);
      // verbatim: Slack doesn't auto-link "@here", "#general" or bare URLs typed as plain words either.
      for (const o of mrkdwnObjects(body.blocks)) expect(o.verbatim).toBe(true);
    }
  });

  it('apologises when the engine throws, logs it, and keeps serving', async () => {
    const { status, body } = await vpn('explode please');
    expect(status).toBe(200);
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toMatch(/Sorry, something went wrong/);
    expect(h.logs.join('\n')).toContain('engine exploded on purpose');
    expect((await vpn('ports')).status).toBe(200);
  });
});

describe('the global error handler', () => {
  it('a listener that throws is logged, and the server keeps serving', async () => {
    // A listener added here stands for a bug in any listener; it runs inside the real app.
    h.advisor.slack!.app.command('/boom', async ({ ack }) => {
      await ack();
      throw new Error('listener bug on purpose');
    });
    const res = await postSigned(h.events, slashCommand('x', { command: '/boom' }), { secret: SECRET });
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 50));
    expect(h.logs.join('\n')).toMatch(/Slack listener for \/boom failed:.*\n?.*listener bug on purpose/);
    expect((await vpn('ports')).status).toBe(200);
  });
});

describe('requests Slack did not sign are rejected before any handler runs', () => {
  const answeredSoFar = () => answered;

  const cases: Array<[string, Partial<PostOptions>, number]> = [
    ['a wrong signature', { signWith: 'not-the-signing-secret-at-all' }, 401],
    ['a signature of another length', { headers: { 'x-slack-signature': 'v0=abc123' } }, 401],
    ['a signature of another scheme', { headers: { 'x-slack-signature': `v1=${'0'.repeat(64)}` } }, 401],
    ['a signature in non-ASCII characters', { headers: { 'x-slack-signature': `v0=${'é'.repeat(32)}` } }, 401],
    ['a timestamp older than 5 minutes', { timestamp: nowSeconds() - 6 * 60 }, 401],
    ['no signature header', { omit: ['x-slack-signature'] }, 401],
    ['no timestamp header', { omit: ['x-slack-request-timestamp'] }, 401],
    ['no Slack headers at all', { omit: ['x-slack-signature', 'x-slack-request-timestamp'] }, 401],
  ];
  it.each(cases)('%s', async (name, opts, status) => {
    const n = answeredSoFar();
    // A text never asked before, so that a handler that did run would have to call the engine (no cache hit).
    const res = await postSigned(h.events, slashCommand(`limits ${name}`), { secret: SECRET, ...opts });
    expect(res.status).toBe(status);
    expect(await res.text()).toBe('');
    expect(answered).toBe(n);
  });

  it('a body over the size limit → 413', async () => {
    const n = answeredSoFar();
    const res = await postSigned(h.events, slashCommand(`limits big ${'x'.repeat(300 * 1024)}`), { secret: SECRET });
    expect(res.status).toBe(413);
    expect(answered).toBe(n);
  });

  it('a signed but malformed payload → 400, and the server keeps serving', async () => {
    const n = answeredSoFar();
    const res = await postSigned(
      h.events,
      { body: 'payload=%7Bnot-json', contentType: 'application/x-www-form-urlencoded' },
      { secret: SECRET },
    );
    expect(res.status).toBe(400);
    expect(answered).toBe(n);
    expect((await fetch(`${h.advisor.url}/healthz`)).status).toBe(200);
  });

  it('a GET on /slack/events → 405; an unknown interaction → no handler, no crash', async () => {
    expect((await fetch(h.events)).status).toBe(405);
    const res = await postSigned(
      h.events,
      interaction({ type: 'block_actions', user: { id: 'U1' }, actions: [{ action_id: 'something_else', type: 'button' }] }),
      {
        secret: SECRET,
      },
    );
    expect([200, 404]).toContain(res.status);
    expect((await vpn('ports')).status).toBe(200);
  });
});
