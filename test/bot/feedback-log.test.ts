/**
 * The question log without Slack: redaction (unit), retention with the real embedded store and a clock,
 * delete by id, POST /api/feedback and GET /api/ask on the real server (recorded; nothing from `check`).
 */
import { rmSync } from 'node:fs';
import { loadConfig, secretsOf } from '../../bot/config';
import { QUESTION_LOG, QuestionLog } from '../../bot/feedback/question-log';
import { redactQuery } from '../../bot/feedback/redact';
import { memorySink } from '../../bot/log';
import { decodeFeedbackValue, encodeFeedbackValue } from '../../bot/slack/feedback-buttons';
import { startVpnAdvisor, type RunningAdvisor } from '../../bot/server-lifecycle';
import { openEmbeddedStore } from '../../bot/store/embedded';
import { freshDataDir } from '../support/data-dir';
import { ask } from '../support/knowledge-fixture';

jest.setTimeout(30_000);

const DAY = 24 * 60 * 60 * 1000;
const quiet = { warn() {}, info() {}, error() {} };

describe('redaction', () => {
  it.each([
    ['mail ana.b@contoso.com about it', 'mail [email] about it'],
    ['ask <@U123ABC|ana> and <!subteam^S1|@net> in <#C12|general>', 'ask [mention] and [mention] in [mention]'],
    ['my laptop 192.168.1.23 cannot connect', 'my laptop [ip] cannot connect'],
    ['gateway 203.0.113.7/32 and host 10.1.2.3/24', 'gateway [ip]/32 and host [ip]/24'],
    ['ipv6 client 2001:db8::1 on fe80::1', 'ipv6 client [ip] on [ip]'],
  ])('%s → %s', (input, expected) => {
    expect(redactQuery(input)).toBe(expected);
  });

  it.each([
    'pool 10.0.0.0/19 avoid 10.1.0.0/16 172.16.0.0/12',
    'routes 2001:db8::/48',
    'sizing 5,000 users at 10:30, version 1.2.3',
    'ports udp 500 tcp 443',
  ])('keeps networks, times and numbers: %s', (input) => {
    expect(redactQuery(input)).toBe(input);
  });
});

describe('retention and delete, on the embedded store', () => {
  it('prunes records older than the retention (at start and when asked), and deletes one by id', async () => {
    const dir = freshDataDir();
    const clock = { now: Date.parse('2026-11-01T00:00:00Z') };
    const store = await openEmbeddedStore({ dataDir: dir, now: () => clock.now });
    const log = new QuestionLog(store, { retentionDays: 90, logger: quiet });
    const old = await log.noteFeedback({ face: 'site', rating: 'down', reason: 'other', answer: ask('routes 30') });
    clock.now += 60 * DAY;
    const kept = await log.noteFeedback({ face: 'site', rating: 'up', answer: ask('routes 30') });
    const other = await log.noteFeedback({ face: 'site', rating: 'up', answer: ask('sizing 500 users') });
    clock.now += 31 * DAY; // the first is now 91 days old
    expect(await log.prune()).toBe(1);
    expect((await log.read()).map((r) => r.id)).toEqual([kept, other]);
    expect(old).toBeDefined();

    expect(await log.delete(other!)).toBe(true);
    expect(await log.delete(other!)).toBe(false);
    await store.close();
    // Both survive a restart: the journal says so.
    const again = await openEmbeddedStore({ dataDir: dir, now: () => clock.now });
    expect((await again.readLog(QUESTION_LOG)).map((e) => e.id)).toEqual([kept]);
    await again.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('nothing from check is recorded (its input is a tenant configuration), even a check answer passed in by mistake', () => {
    const uncovered = { ...ask('routes 30'), coverage: 'not_covered' } as const;
    expect(QuestionLog.recordFor(uncovered as never, 'api')).toMatchObject({ type: 'uncovered' });
    expect(QuestionLog.recordFor({ ...uncovered, command: 'check' } as never, 'api')).toBeUndefined();
  });
});

describe('the server: POST /api/feedback and GET /api/ask', () => {
  let advisor: RunningAdvisor;
  let dir: string;
  const { sink } = memorySink();
  beforeAll(async () => {
    dir = freshDataDir();
    advisor = await startVpnAdvisor({
      env: { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, API_RATE_PER_MINUTE: '600', API_RATE_BURST: '20' },
      sink,
      asOf: '2026-11-21',
    });
  });
  afterAll(async () => {
    await advisor.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const post = (body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    fetch(`${advisor.url}/api/feedback`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const records = async () => (await advisor.store.readLog(QUESTION_LOG)).map((e) => ({ id: e.id, ...e.record }) as Record<string, any>);

  it('stores a 👎 with its reason, the recomputed command and fact ids, and answers 201 with the id', async () => {
    const res = await post({
      q: 'sizing 5000 users',
      asOf: '2026-11-21',
      rating: 'down',
      reason: 'hard_to_understand',
      comment: 'call me on 10.9.8.7',
      page: '/calculators/sizing',
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const stored = (await records()).find((r) => r.id === id)!;
    expect(stored).toMatchObject({
      type: 'feedback',
      face: 'site',
      command: 'sizing',
      rating: 'down',
      reason: 'hard_to_understand',
      comment: 'call me on [ip]',
      page: '/calculators/sizing',
    });
    expect(stored.facts.length).toBeGreaterThan(0);
  });

  it.each([
    ['not JSON', '{nope', 400, /not valid JSON/],
    ['no rating', { q: 'routes 30' }, 400, /rating is "up" or "down"/],
    ['a bad reason', { q: 'routes 30', rating: 'down', reason: 'meh' }, 400, /reason is one of wrong_number/],
    ['an unknown field', { q: 'routes 30', rating: 'up', user: 'ana' }, 400, /Unknown field "user"/],
    ['a bad date', { q: 'routes 30', rating: 'up', asOf: '21/11/2026' }, 400, /YYYY-MM-DD/],
    ['a long comment', { q: 'routes 30', rating: 'down', comment: 'x'.repeat(1001) }, 400, /at most 1000/],
  ])('refuses %s with 400, a clear message and an example', async (_what, body, status, message) => {
    const res = await post(body);
    expect(res.status).toBe(status);
    const json = (await res.json()) as { message: string; example: unknown };
    expect(json.message).toMatch(message);
    expect(json.example).toMatchObject({ q: expect.any(String), rating: 'down' });
  });

  it('refuses a body over the limit (413), a non-JSON type (415) and GET (405)', async () => {
    expect((await post('x'.repeat(20_000))).status).toBe(413);
    expect((await post('{}', { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await fetch(`${advisor.url}/api/feedback`)).status).toBe(405);
  });

  it('GET /api/ask records a usage error and an uncovered question; an answered one is not recorded', async () => {
    const before = (await records()).length;
    await fetch(`${advisor.url}/api/ask?q=${encodeURIComponent('sizing banana')}`);
    await fetch(`${advisor.url}/api/ask?q=${encodeURIComponent('sizing 5000 users')}`);
    await fetch(`${advisor.url}/api/ask?q=${encodeURIComponent('how much does vpngw2 cost per month')}`);
    const added = (await records()).slice(before);
    expect(added.map((r) => [r.type, r.face, r.command])).toEqual([
      ['usage_error', 'api', 'sizing'],
      ['uncovered', 'api', expect.any(String)],
    ]);
  });

  it('is counted under its own route in the metrics', async () => {
    const metrics = await (await fetch(`${advisor.url}/metrics`)).text();
    expect(metrics).toMatch(/route="\/api\/feedback"/);
  });

  it('is rate-limited with the rest of /api (429 with Retry-After)', async () => {
    const strict = await startVpnAdvisor({
      env: { PORT: '0', HOST: '127.0.0.1', DATA_DIR: freshDataDir(), API_RATE_PER_MINUTE: '1', API_RATE_BURST: '1' },
      sink,
    });
    try {
      const send = () =>
        fetch(`${strict.url}/api/feedback`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ q: 'routes 30', rating: 'up' }),
        });
      expect((await send()).status).toBe(201);
      const limited = await send();
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await strict.store.readLog(QUESTION_LOG)).toHaveLength(1);
    } finally {
      await strict.stop();
    }
  });

  it('no endpoint reads the log back', async () => {
    for (const path of ['/api/feedback?list=1', '/api/questions', '/api/report']) {
      const res = await fetch(`${advisor.url}${path}`);
      expect([404, 405]).toContain(res.status);
    }
  });
});

describe('configuration', () => {
  it('reads ADMIN_USER_IDS, QUESTION_LOG_RETENTION_DAYS and FEEDBACK_HASH_KEY, and refuses bad values by name', () => {
    const ok = loadConfig({ ADMIN_USER_IDS: 'U0A, W0B ,U0C', QUESTION_LOG_RETENTION_DAYS: '30', FEEDBACK_HASH_KEY: 'k'.repeat(32) });
    expect(ok.ok && ok.config.feedback).toEqual({ adminUserIds: ['U0A', 'W0B', 'U0C'], retentionDays: 30, hashKey: 'k'.repeat(32) });
    expect(ok.ok && secretsOf(ok.config)).toEqual(['k'.repeat(32)]);
    const bad = loadConfig({ ADMIN_USER_IDS: 'ana', QUESTION_LOG_RETENTION_DAYS: '0', FEEDBACK_HASH_KEY: 'short' });
    expect(bad.ok ? [] : bad.problems).toEqual([
      expect.stringMatching(/^ADMIN_USER_IDS must be Slack user ids/),
      expect.stringMatching(/^QUESTION_LOG_RETENTION_DAYS must be at least 1/),
      expect.stringMatching(/^FEEDBACK_HASH_KEY must be at least 16 characters/),
    ]);
  });

  it('the feedback button value survives typed Slack markup without holding any', () => {
    const q = 'limits <!channel> & <@U123>';
    const value = encodeFeedbackValue({ q, asOf: '2026-11-21' });
    expect(value).not.toMatch(/[<>]/);
    expect(decodeFeedbackValue(value)).toEqual({ q, asOf: '2026-11-21' });
    expect(decodeFeedbackValue('not a value')).toBeUndefined();
  });
});
