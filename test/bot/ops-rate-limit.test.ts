/**
 * The /api/* rate limit on the real server: a token bucket per client address (429 JSON with Retry-After,
 * then served again once the bucket refills, on the harness's clock), bounded memory, and whose address it
 * is — the socket's, or with TRUST_PROXY hops the right address from X-Forwarded-For.
 */
import type { IncomingMessage } from 'node:http';
import { loadConfig } from '../../bot/config';
import { clientAddress } from '../../bot/http/client-address';
import { API_RATE_LIMIT_DEFAULTS, createRateLimiter } from '../../bot/http/rate-limit';
import { startHarness, type Harness } from './harness';

jest.setTimeout(20_000);

const ask = (h: Harness, headers: Record<string, string> = {}) => fetch(`${h.advisor.url}/api/ask?q=ports`, { headers });

async function statuses(h: Harness, n: number, headers: Record<string, string> = {}): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const res = await ask(h, headers);
    await res.arrayBuffer();
    out.push(res.status);
  }
  return out;
}

describe('on the server (60 a minute, burst 3)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { API_RATE_PER_MINUTE: '60', API_RATE_BURST: '3' } });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('serves the burst, then 429 JSON with Retry-After, then serves again once a token has refilled', async () => {
    expect(await statuses(h, 3)).toEqual([200, 200, 200]);
    const refused = await ask(h);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
    expect(await refused.json()).toEqual({
      error: 'rate_limited',
      message: expect.stringMatching(/try again in 1 s/),
      retryAfterSeconds: 1,
    });
    // Other routes are not limited.
    expect((await fetch(`${h.advisor.url}/healthz`)).status).toBe(200);
    h.clock.now += 1000;
    expect(await statuses(h, 2)).toEqual([200, 429]);
    h.clock.now += 60_000;
    expect(await statuses(h, 4)).toEqual([200, 200, 200, 429]);
  });

  it('without TRUST_PROXY, a forged X-Forwarded-For does not buy a fresh allowance', async () => {
    h.clock.now += 60_000;
    const forged = await Promise.all(
      [1, 2, 3, 4, 5].map(async (i) => {
        const res = await ask(h, { 'x-forwarded-for': `203.0.113.${i}` });
        await res.arrayBuffer();
        return res.status;
      }),
    );
    expect(forged.filter((s) => s === 429)).toHaveLength(2);
  });
});

describe('behind one proxy (TRUST_PROXY=1)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { TRUST_PROXY: '1', API_RATE_PER_MINUTE: '60', API_RATE_BURST: '2' } });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('keys on the right-most X-Forwarded-For entry: the address our proxy saw, whatever the client put before it', async () => {
    // The client forges a different left part each time; the proxy appends the real address.
    const viaProxy = (forged: string) => ({ 'x-forwarded-for': `${forged}, 198.51.100.7` });
    expect([
      ...(await statuses(h, 1, viaProxy('1.1.1.1'))),
      ...(await statuses(h, 1, viaProxy('2.2.2.2'))),
      ...(await statuses(h, 1, viaProxy('3.3.3.3'))),
    ]).toEqual([200, 200, 429]);
    // Another client behind the same proxy has its own allowance.
    expect(await statuses(h, 2, { 'x-forwarded-for': '198.51.100.8' })).toEqual([200, 200]);
    // A request that reached us without the proxy's header is the proxy's (the socket's) address.
    expect(await statuses(h, 3)).toEqual([200, 200, 429]);
  });
});

describe('the token bucket', () => {
  it('has named defaults of 60 a minute, burst 20', () => {
    expect(API_RATE_LIMIT_DEFAULTS).toEqual({ perMinute: 60, burst: 20 });
  });

  it('refills at its rate, never beyond its burst, and says how long to wait', () => {
    const clock = { t: 0 };
    const limiter = createRateLimiter({ perMinute: 6, burst: 2, now: () => clock.t });
    expect([limiter.take('a').ok, limiter.take('a').ok]).toEqual([true, true]);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 10 });
    clock.t += 4000;
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 6 });
    clock.t += 6000;
    expect(limiter.take('a').ok).toBe(true);
    clock.t += 3_600_000;
    expect([limiter.take('a').ok, limiter.take('a').ok, limiter.take('a').ok]).toEqual([true, true, false]);
  });

  it('remembers at most maxClients, forgetting the least recently seen, and drops buckets that refilled', () => {
    const clock = { t: 0 };
    const limiter = createRateLimiter({ perMinute: 60, burst: 2, maxClients: 100, now: () => clock.t });
    for (let i = 0; i < 10_000; i++) limiter.take(`10.0.${i >> 8}.${i & 255}`);
    expect(limiter.size).toBe(100);
    // A busy client seen recently survives a flood of new ones.
    limiter.take('busy');
    limiter.take('busy');
    for (let i = 0; i < 50; i++) limiter.take(`flood-${i}`);
    expect(limiter.take('busy').ok).toBe(false);
    // Once everyone's bucket has refilled, remembering them is pointless.
    clock.t += 10_000;
    limiter.take('late');
    expect(limiter.size).toBe(1);
  });

  it('perMinute 0 turns the limit off', () => {
    const limiter = createRateLimiter({ perMinute: 0, burst: 1 });
    expect(Array.from({ length: 100 }, () => limiter.take('a').ok).every(Boolean)).toBe(true);
    expect(limiter.size).toBe(0);
  });
});

describe('configuration', () => {
  it('reads TRUST_PROXY, API_RATE_PER_MINUTE, API_RATE_BURST and LOG_FORMAT', () => {
    const r = loadConfig({ TRUST_PROXY: '2', API_RATE_PER_MINUTE: '120', API_RATE_BURST: '30', LOG_FORMAT: 'text' });
    expect(r.ok && r.config).toMatchObject({ trustProxyHops: 2, apiRateLimit: { perMinute: 120, burst: 30 }, logFormat: 'text' });
    const unset = loadConfig({});
    expect(unset.ok && [unset.config.trustProxyHops, unset.config.apiRateLimit, unset.config.logFormat]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it.each([
    [{ TRUST_PROXY: 'true' }, /TRUST_PROXY must be a whole number of proxy hops/],
    [{ TRUST_PROXY: '50' }, /TRUST_PROXY must be at most 10/],
    [{ API_RATE_PER_MINUTE: '-1' }, /API_RATE_PER_MINUTE must be a whole number/],
    [{ API_RATE_BURST: '0' }, /API_RATE_BURST must be at least 1/],
    [{ LOG_FORMAT: 'yaml' }, /LOG_FORMAT must be json or text/],
  ])('%j is refused with a clear problem', (env, problem) => {
    const r = loadConfig(env);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.join('\n')).toMatch(problem);
  });
});

describe('clientAddress', () => {
  const req = (remoteAddress: string, xff?: string | string[]) =>
    ({ socket: { remoteAddress }, headers: xff === undefined ? {} : { 'x-forwarded-for': xff } }) as unknown as IncomingMessage;

  it.each([
    ['no proxy: the socket, X-Forwarded-For ignored', req('192.0.2.1', '203.0.113.9'), 0, '192.0.2.1'],
    ['an IPv4 address on a dual-stack socket', req('::ffff:192.0.2.1'), 0, '192.0.2.1'],
    ['one hop: the right-most entry', req('10.0.0.2', '1.1.1.1, 203.0.113.9'), 1, '203.0.113.9'],
    ['two hops: the second from the right', req('10.0.0.2', '1.1.1.1, 203.0.113.9, 10.0.0.1'), 2, '203.0.113.9'],
    ['headers repeated are one list', req('10.0.0.2', ['1.1.1.1', '203.0.113.9']), 1, '203.0.113.9'],
    ['fewer entries than hops: the left-most', req('10.0.0.2', '203.0.113.9'), 3, '203.0.113.9'],
    ['no header behind a proxy: the socket', req('10.0.0.2'), 1, '10.0.0.2'],
    ['not an address where one should be: the socket', req('10.0.0.2', 'evil, not-an-ip'), 1, '10.0.0.2'],
    ['IPv6', req('10.0.0.2', '2001:db8::1'), 1, '2001:db8::1'],
  ])('%s', (_name, r, hops, expected) => {
    expect(clientAddress(r, hops)).toBe(expected);
  });
});
