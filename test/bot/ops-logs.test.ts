/**
 * Structured logs on the real server (LOG_FORMAT=json): every line parses, each request gets an id (the
 * caller's X-Request-Id when it is a sane token), echoed in the response and carried by every line written
 * while the request is handled, Bolt's listener logs included; one access line per request, without the query.
 */
import { eventCallback, postSigned } from '../support/signed-request';
import { behave } from '../support/slack-stand-in';
import { BOT_TOKEN, SECRET, startHarness, type Harness } from './harness';

jest.setTimeout(20_000);

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ env: { LOG_FORMAT: 'json' } });
});
afterAll(async () => {
  await h.stop();
});

type Line = Record<string, unknown> & { msg: string; requestId?: string };
const lines = (): Line[] => h.logs.map((l) => JSON.parse(l) as Line);
const accessLines = (requestId: string) => lines().filter((l) => l.msg === 'request' && l.requestId === requestId);

it('every line is one JSON object with time, level and msg; no secret in any', () => {
  expect(h.logs.length).toBeGreaterThan(3);
  for (const l of lines())
    expect(l).toMatchObject({
      time: expect.any(String),
      level: expect.stringMatching(/^(debug|info|warn|error)$/),
      msg: expect.any(String),
    });
  const all = h.logs.join('\n');
  expect(all).not.toContain(SECRET);
  expect(all).not.toContain(BOT_TOKEN);
});

it('echoes a sane X-Request-Id and logs one access line with method, route, status and duration, not the query', async () => {
  const res = await fetch(`${h.advisor.url}/api/ask?q=${encodeURIComponent('sizing 4321 users')}`, {
    headers: { 'x-request-id': 'abc-123.XY' },
  });
  expect(res.status).toBe(200);
  expect(res.headers.get('x-request-id')).toBe('abc-123.XY');
  await res.arrayBuffer();
  await h.standIn.waitFor(() => accessLines('abc-123.XY').length > 0);
  const access = accessLines('abc-123.XY');
  expect(access).toHaveLength(1);
  expect(access[0]).toMatchObject({
    level: 'info',
    method: 'GET',
    route: '/api/ask',
    path: '/api/ask',
    status: 200,
    ms: expect.any(Number),
  });
  expect(JSON.stringify(lines())).not.toContain('4321');
});

it.each([
  ['missing', undefined],
  ['too long', 'a'.repeat(65)],
  ['with spaces and quotes', 'x" injected="1'],
  ['starting with a dash', '-abc'],
])('an X-Request-Id that is %s is replaced by a generated one', async (_name, given) => {
  const res = await fetch(`${h.advisor.url}/healthz`, given ? { headers: { 'x-request-id': given } } : {});
  const id = res.headers.get('x-request-id');
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  await h.standIn.waitFor(() => accessLines(id!).length === 1);
});

it("Bolt's listener logs, written after the acknowledgement, carry the request's id", async () => {
  h.standIn.plan('chat.postMessage', behave.slackError('channel_not_found'));
  const event = {
    type: 'app_mention',
    user: 'U0USER',
    text: '<@U0BOT> ports',
    ts: '1700000000.009001',
    channel: 'C0GONE',
    event_ts: '1700000000.009001',
  };
  const res = await postSigned(h.events, eventCallback(event, 'Ev-logs-1'), { secret: SECRET, headers: { 'x-request-id': 'slack-req-7' } });
  expect(res.status).toBe(200);
  expect(res.headers.get('x-request-id')).toBe('slack-req-7');
  await h.standIn.waitFor(() => lines().some((l) => l.level === 'error' && /Ev-logs-1.*channel_not_found/.test(l.msg)));
  const failure = lines().find((l) => /Ev-logs-1.*channel_not_found/.test(l.msg));
  expect(failure?.requestId).toBe('slack-req-7');
  // The Web API client's own debug lines (made by Bolt, not by us) are tied to the request too.
  expect(lines().some((l) => l.requestId === 'slack-req-7' && /http request url/.test(l.msg))).toBe(true);
  expect(accessLines('slack-req-7')[0]).toMatchObject({ method: 'POST', route: '/slack/events', status: 200 });
});
