/**
 * The Redis store against a real redis-server (with a password): keys under the prefix, each with a time to
 * live; no password in what it says about itself; and when Redis dies it degrades to a local fallback
 * (one warning, counted errors, never a hang or a crash), then reconnects (one info line) when Redis is back.
 */
import { Redis } from 'ioredis';
import { loadConfig, secretsOf } from '../../bot/config';
import { openRedisStore } from '../../bot/store/redis';
import type { Store, StoreHealth } from '../../bot/store/store';
import { startRedisServer, type RedisServer } from '../support/redis-server';

jest.setTimeout(30_000);

const PASSWORD = 'redis-test-passw0rd-4f1c';
let redis: RedisServer;
/** A plain client, to look at what the store wrote. */
const rawClient = () => new Redis(redis.url, { lazyConnect: false });
beforeAll(async () => {
  redis = await startRedisServer({ password: PASSWORD });
});
afterAll(async () => {
  await redis.stop();
});

const lines: Array<[string, string]> = [];
const logger = {
  warn: (m: string) => lines.push(['warn', m]),
  info: (m: string) => lines.push(['info', m]),
  debug: (m: string) => lines.push(['debug', m]),
};
const waitFor = async (predicate: () => boolean, timeoutMs = 15_000) => {
  const until = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('Redis store', () => {
  it('keeps every key under its prefix with a time to live (logs excepted); says where it is without the password', async () => {
    const store = await openRedisStore({ url: redis.url, keyPrefix: 'vpn-advisor:test:', logger });
    try {
      expect(store.describe()).toBe(`Redis at redis://127.0.0.1:${redis.port} (prefix vpn-advisor:test:)`);
      expect(store.describe()).not.toContain(PASSWORD);
      await store.claim('event:Ev1', 60_000);
      await store.set('k', 'v', 60_000);
      await store.increment('share:abc:uses', 1, 60_000);
      await store.append('feedback', { helpful: true });

      const raw = rawClient();
      const keys = (await raw.keys('*')).sort();
      expect(keys).toEqual([
        'vpn-advisor:test:event:Ev1',
        'vpn-advisor:test:k',
        'vpn-advisor:test:log:feedback',
        'vpn-advisor:test:share:abc:uses',
      ]);
      for (const k of keys.filter((k) => !k.includes(':log:'))) {
        const ttl = await raw.pttl(k);
        expect({ k, ok: ttl > 0 && ttl <= 60_000 }).toEqual({ k, ok: true });
      }
      // A later increment does not extend the time to live set when the key was created.
      await raw.pexpire('vpn-advisor:test:share:abc:uses', 5000);
      await store.increment('share:abc:uses', 1, 60_000);
      expect(await raw.pttl('vpn-advisor:test:share:abc:uses')).toBeLessThanOrEqual(5000);
      raw.disconnect();
    } finally {
      await store.close();
    }
    expect(lines.filter(([level]) => level !== 'debug')).toEqual([]);
  });

  it('the configuration redacts the password (and the whole URL) from logs', () => {
    const r = loadConfig({ REDIS_URL: redis.url });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.redis).toEqual({ url: redis.url, keyPrefix: 'vpn-advisor:' });
    expect(secretsOf(r.config)).toEqual(expect.arrayContaining([redis.url, PASSWORD]));
  });

  it('Redis killed: operations go on locally (degraded, one warning, errors counted); Redis back: reconnects, one info line', async () => {
    lines.length = 0;
    const store: Store = await openRedisStore({ url: redis.url, keyPrefix: 'outage:', logger });
    const changes: StoreHealth[] = [];
    store.onHealthChange((h) => changes.push(h));
    try {
      expect(store.health()).toEqual({ state: 'ok' });
      expect(await store.claim('event:before', 60_000)).toBe(true);

      await redis.kill();
      await waitFor(() => store.health().state === 'degraded');
      const t0 = Date.now();
      expect(await store.claim('event:during', 60_000)).toBe(true);
      expect(await store.claim('event:during', 60_000)).toBe(false); // the fallback still drops duplicates in this process
      expect(await store.increment('uses', 1, 60_000)).toBe(1);
      const id = await store.append('feedback', { during: true });
      expect((await store.readLog('feedback')).map((e) => e.id)).toEqual([id]);
      expect(Date.now() - t0).toBeLessThan(5000); // never waits for Redis (generous bound for a loaded machine)
      await expect(store.ping()).rejects.toThrow(/not connected/);
      expect(store.errorCount()).toBeGreaterThanOrEqual(5);
      const health = store.health();
      expect(health.state === 'degraded' && health.reason).toMatch(/Redis unreachable/);

      await redis.restart();
      await waitFor(() => store.health().state === 'ok');
      await store.ping();
      // Redis again, not the fallback: a key claimed now is visible to another client.
      expect(await store.claim('event:after', 60_000)).toBe(true);
      const raw = rawClient();
      expect(await raw.exists('outage:event:after')).toBe(1);
      raw.disconnect();
    } finally {
      await store.close();
    }
    const told = lines.filter(([level]) => level !== 'debug');
    expect(told).toHaveLength(2);
    expect(told[0][0]).toBe('warn');
    expect(told[0][1]).toMatch(
      /Redis unreachable .*duplicate Slack deliveries are dropped per replica only, Share budgets are per replica/,
    );
    expect(told[1]).toEqual(['info', expect.stringMatching(/Redis reachable again/)]);
    expect(changes.map((c) => c.state)).toEqual(['degraded', 'ok']);
    expect(lines.map(([, m]) => m).join('\n')).not.toContain(PASSWORD);
  });

  it('Redis unreachable at start: the store opens anyway (degraded, one warning) and works locally', async () => {
    lines.length = 0;
    const store = await openRedisStore({ url: 'redis://127.0.0.1:9', keyPrefix: 'none:', logger, firstConnectMs: 3000 });
    try {
      expect(store.health().state).toBe('degraded');
      expect(await store.claim('x', 60_000)).toBe(true);
      expect(await store.claim('x', 60_000)).toBe(false);
    } finally {
      await store.close();
    }
    expect(lines.filter(([level]) => level === 'warn')).toHaveLength(1);
  });
});
