/**
 * Slack misbehaving at the stand-in (429 with a short or long Retry-After, 500, an answer slower than the
 * client's timeout, no answer at all, a closed port) for every way the bot talks to Slack: the mention
 * (chat.postMessage), the message shortcut (chat.postEphemeral, then its response_url), the Home tab
 * (views.publish) and the slash command (answered in its acknowledgement). Each time: a post whose outcome
 * is unknown is never repeated (not even by a redelivery), only a call Slack surely refused is, a bounded
 * number of times; the person gets an answer when one can be given; every listener finishes within a bound;
 * the server keeps serving.
 */
import { eventCallback, messageShortcut, postSigned, slashCommand } from '../support/signed-request';
import { behave, closedPortUrl } from '../support/slack-stand-in';
import { SECRET, startHarness, type Harness } from './harness';

jest.setTimeout(30_000);

/** The client gives up after 400 ms; Retry-After up to 1 s is waited out; at most 2 repeats. */
const WEB_API = { timeoutMs: 400, retries: 2, minRetryDelayMs: 50, maxRetryAfterSeconds: 1, responseUrlTimeoutMs: 400 };
/** Far above the slowest case (two 1 s Retry-Afters + three 400 ms timeouts), far below "forever". */
const LISTENER_BOUND_MS = 8_000;

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ start: { webApi: WEB_API } });
});
afterAll(async () => {
  await h.stop();
});

let n = 0;
const nextTs = () => `1699990000.${String(++n).padStart(6, '0')}`;

function mention(thread: string) {
  return { type: 'app_mention', user: 'U0USER', text: '<@U0BOT> sizing 5000 users', ts: nextTs(), thread_ts: thread, channel: 'C0CHAN' };
}
const deliver = (event: Record<string, unknown>, eventId: string, retry?: number) =>
  postSigned(h.events, eventCallback(event, eventId), {
    secret: SECRET,
    headers: retry ? { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' } : {},
  });

/** Every call of `method` the stand-in received (answered or not) matching `filter`. */
const received = (method: string, filter: (p: Record<string, unknown>) => boolean = () => true) =>
  h.standIn.calls.filter((c) => c.method === method && filter(c.params));
const inThread = (thread: string) => (p: Record<string, unknown>) => p.thread_ts === thread;

/** Waits until no listener work is left; returns how long that took. */
async function listenersDone(since: number): Promise<number> {
  const { unfinished } = await h.advisor.slack!.pending.idle(LISTENER_BOUND_MS);
  expect(unfinished).toBe(0);
  return Date.now() - since;
}
async function healthy(): Promise<void> {
  expect((await fetch(`${h.advisor.url}/healthz`)).status).toBe(200);
}
const logged = (pattern: RegExp) => h.logs.filter((l) => pattern.test(l));

describe('mention (chat.postMessage): a post whose outcome is unknown is never repeated', () => {
  it.each([
    ['an answer slower than the client timeout', behave.slow(1500)],
    ['a 500', behave.status(500)],
    ['no answer at all (hangs)', behave.hang()],
  ])('%s: one call, logged, the event counts as handled: a redelivery posts nothing', async (_name, fault) => {
    const thread = nextTs();
    const id = `Ev-unknown-${n}`;
    h.standIn.plan('chat.postMessage', fault);
    const t0 = Date.now();
    expect((await deliver(mention(thread), id)).status).toBe(200);
    await h.standIn.waitFor(() => received('chat.postMessage', inThread(thread)).length === 1);
    expect(await listenersDone(t0)).toBeLessThan(LISTENER_BOUND_MS);
    expect(logged(new RegExp(`${id}: .*outcome unknown.*not repeated`))).toHaveLength(1);

    // Slack redelivers (it would, had the acknowledgement been late): still no second post.
    expect((await deliver(mention(thread), id, 1)).status).toBe(200);
    await listenersDone(Date.now());
    await new Promise((r) => setTimeout(r, fault.kind === 'slow' ? 1500 : 100)); // the slow answer lands meanwhile
    expect(received('chat.postMessage', inThread(thread))).toHaveLength(1);
    await healthy();
  });
});

describe('mention: a call Slack surely refused is repeated, a bounded number of times', () => {
  it('429 with a short Retry-After: waited out, posted once', async () => {
    const thread = nextTs();
    h.standIn.plan('chat.postMessage', behave.rateLimited(1));
    const t0 = Date.now();
    await deliver(mention(thread), `Ev-429-short-${n}`);
    await h.standIn.waitFor(() => h.standIn.succeeded('chat.postMessage').some((c) => c.params.thread_ts === thread), LISTENER_BOUND_MS);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
    expect(received('chat.postMessage', inThread(thread)).map((c) => c.answered)).toEqual(['rate_limited', 'ok']);
  });

  it('429 again and again: gives up after 2 repeats; a redelivery then answers (nothing was posted)', async () => {
    const thread = nextTs();
    const id = `Ev-429-again-${n}`;
    h.standIn.plan('chat.postMessage', behave.rateLimited(1), behave.rateLimited(1), behave.rateLimited(1));
    const t0 = Date.now();
    await deliver(mention(thread), id);
    await h.standIn.waitFor(() => received('chat.postMessage', inThread(thread)).length === 3, LISTENER_BOUND_MS);
    expect(await listenersDone(t0)).toBeLessThan(LISTENER_BOUND_MS);
    expect(received('chat.postMessage', inThread(thread))).toHaveLength(3);
    expect(logged(new RegExp(`${id}: reply in C0CHAN failed: .*rate_limited`))).toHaveLength(1);

    await deliver(mention(thread), id, 1);
    await h.standIn.waitFor(() => h.standIn.succeeded('chat.postMessage').some((c) => c.params.thread_ts === thread));
    await listenersDone(Date.now());
    expect(received('chat.postMessage', inThread(thread))).toHaveLength(4);
  });

  it('429 with a long Retry-After: gives up at once with a log line, no waiting', async () => {
    const thread = nextTs();
    const id = `Ev-429-long-${n}`;
    h.standIn.plan('chat.postMessage', behave.rateLimited(120));
    const t0 = Date.now();
    await deliver(mention(thread), id);
    await h.standIn.waitFor(() => received('chat.postMessage', inThread(thread)).length === 1);
    expect(await listenersDone(t0)).toBeLessThan(5_000);
    expect(received('chat.postMessage', inThread(thread))).toHaveLength(1);
    expect(logged(new RegExp(`${id}: reply in C0CHAN failed: .*rate_limited.*retry after 120s`))).toHaveLength(1);
    await healthy();
  });
});

describe('message shortcut (chat.postEphemeral, then the response_url)', () => {
  const shortcut = (responseId: string, ts: string) =>
    postSigned(h.events, messageShortcut({ text: 'ports', ts, thread_ts: ts }, h.standIn.responseUrl(responseId)), { secret: SECRET });
  const ephemeralsIn = (ts: string) => received('chat.postEphemeral', inThread(ts));

  it('429 with a long Retry-After: nothing was posted, so the answer goes through the response_url', async () => {
    const ts = nextTs();
    h.standIn.plan('chat.postEphemeral', behave.rateLimited(120));
    const t0 = Date.now();
    expect((await shortcut('faults-429', ts)).status).toBe(200);
    await h.standIn.waitFor(() => h.standIn.responsePosts.some((p) => p.id === 'faults-429'));
    expect(await listenersDone(t0)).toBeLessThan(5_000);
    expect(ephemeralsIn(ts)).toHaveLength(1);
    const [post] = h.standIn.responsePosts.filter((p) => p.id === 'faults-429');
    expect(post.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(post.body.blocks)).toMatch(/IKEv2|OpenVPN|SSTP/);
  });

  it.each([
    ['a 500', behave.status(500)],
    ['an answer slower than the client timeout', behave.slow(1500)],
    ['no answer at all (hangs)', behave.hang()],
  ])('%s: one call, logged, no second copy through the response_url', async (_name, fault) => {
    const ts = nextTs();
    const id = `faults-unknown-${n}`;
    h.standIn.plan('chat.postEphemeral', fault);
    const t0 = Date.now();
    await shortcut(id, ts);
    await h.standIn.waitFor(() => ephemeralsIn(ts).length === 1);
    expect(await listenersDone(t0)).toBeLessThan(LISTENER_BOUND_MS);
    expect(ephemeralsIn(ts)).toHaveLength(1);
    expect(h.standIn.responsePosts.filter((p) => p.id === id)).toHaveLength(0);
    expect(logged(/message shortcut for U0USER: chat.postEphemeral failed with its outcome unknown/).length).toBeGreaterThan(0);
    await healthy();
  });

  it('the response_url hangs too: one post to it, given up after its timeout, logged', async () => {
    const ts = nextTs();
    h.standIn.plan('chat.postEphemeral', behave.rateLimited(120));
    h.standIn.planResponseUrl('faults-both', behave.hang());
    const t0 = Date.now();
    await shortcut('faults-both', ts);
    await h.standIn.waitFor(() => h.standIn.responsePosts.some((p) => p.id === 'faults-both'));
    expect(await listenersDone(t0)).toBeLessThan(5_000);
    expect(h.standIn.responsePosts.filter((p) => p.id === 'faults-both')).toHaveLength(1);
    expect(logged(/message shortcut for \w+: the response_url failed too/).length).toBeGreaterThan(0);
    await healthy();
  });
});

describe('Home tab (views.publish)', () => {
  const openHome = (user: string) =>
    deliver({ type: 'app_home_opened', user, channel: 'D0HOME', tab: 'home', event_ts: nextTs() }, `Ev-home-${user}`);
  const publishesFor = (user: string) => received('views.publish', (p) => p.user_id === user);

  it('429 with a short Retry-After: waited out, published', async () => {
    h.standIn.plan('views.publish', behave.rateLimited(1));
    await openHome('U0HOME429');
    await h.standIn.waitFor(() => h.standIn.succeeded('views.publish').some((c) => c.params.user_id === 'U0HOME429'), LISTENER_BOUND_MS);
    expect(publishesFor('U0HOME429').map((c) => c.answered)).toEqual(['rate_limited', 'ok']);
  });

  it.each([
    ['U0HOMELONG', behave.rateLimited(120)],
    ['U0HOME500', behave.status(500)],
    ['U0HOMESLOW', behave.slow(1500)],
    ['U0HOMEHANG', behave.hang()],
  ])('%s: one call, logged, the listener ends', async (user, fault) => {
    h.standIn.plan('views.publish', fault);
    const t0 = Date.now();
    await openHome(user);
    await h.standIn.waitFor(() => publishesFor(user).length === 1);
    expect(await listenersDone(t0)).toBeLessThan(LISTENER_BOUND_MS);
    expect(publishesFor(user)).toHaveLength(1);
    expect(logged(new RegExp(`app_home_opened for ${user}: views.publish failed`))).toHaveLength(1);
    await healthy();
  });
});

describe('slash command', () => {
  it('is answered in its acknowledgement, whatever state the Web API is in: no call to it at all', async () => {
    for (const m of ['chat.postMessage', 'chat.postEphemeral', 'views.publish', 'auth.test']) h.standIn.plan(m, behave.hang());
    const before = h.standIn.calls.length;
    const t0 = Date.now();
    const res = await postSigned(h.events, slashCommand('sizing 5000 users'), { secret: SECRET });
    expect(Date.now() - t0).toBeLessThan(5_000); // Slack's own limit for the acknowledgement
    expect(res.status).toBe(200);
    expect(JSON.stringify(await res.json())).toContain('Sizing for 5,000 concurrent users');
    expect(h.standIn.calls.length).toBe(before);
  });
});

describe('Slack refuses connections (closed port)', () => {
  let closed: Harness;
  beforeAll(async () => {
    closed = await startHarness({ env: { SLACK_API_URL: await closedPortUrl() }, start: { webApi: WEB_API } });
  });
  afterAll(async () => {
    await closed.stop();
  });
  const refusedRetries = (where: RegExp) => closed.logs.filter((l) => where.test(l) && /refused the connection; retrying/.test(l));

  it('mention: tried 3 times (2 repeats: nothing was sent), then logged as not posted; the server keeps serving', async () => {
    const t0 = Date.now();
    await postSigned(`${closed.advisor.url}/slack/events`, eventCallback(mention(nextTs()), 'Ev-closed'), { secret: SECRET });
    await closed.standIn.waitFor(
      () => closed.logs.some((l) => /Ev-closed: reply in C0CHAN failed: .*ECONNREFUSED/.test(l)),
      LISTENER_BOUND_MS,
    );
    const { unfinished } = await closed.advisor.slack!.pending.idle(LISTENER_BOUND_MS);
    expect(unfinished).toBe(0);
    expect(Date.now() - t0).toBeLessThan(LISTENER_BOUND_MS);
    expect(refusedRetries(/Ev-closed/)).toHaveLength(2);
    expect((await fetch(`${closed.advisor.url}/healthz`)).status).toBe(200);
  });

  it('message shortcut: the answer still arrives, through the response_url', async () => {
    await postSigned(
      `${closed.advisor.url}/slack/events`,
      messageShortcut({ text: 'ports' }, closed.standIn.responseUrl('closed-shortcut')),
      { secret: SECRET },
    );
    await closed.standIn.waitFor(() => closed.standIn.responsePosts.some((p) => p.id === 'closed-shortcut'), LISTENER_BOUND_MS);
    expect(refusedRetries(/message shortcut/)).toHaveLength(2);
    expect(closed.standIn.responsePosts.filter((p) => p.id === 'closed-shortcut')).toHaveLength(1);
  });

  it('Home tab: logged, the listener ends', async () => {
    await postSigned(
      `${closed.advisor.url}/slack/events`,
      eventCallback({ type: 'app_home_opened', user: 'U0CLOSED', channel: 'D0', tab: 'home', event_ts: nextTs() }, 'Ev-closed-home'),
      { secret: SECRET },
    );
    await closed.standIn.waitFor(
      () => closed.logs.some((l) => /app_home_opened for U0CLOSED: views.publish failed/.test(l)),
      LISTENER_BOUND_MS,
    );
    expect((await closed.advisor.slack!.pending.idle(LISTENER_BOUND_MS)).unfinished).toBe(0);
  });
});
