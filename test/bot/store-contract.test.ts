/**
 * The Store contract, run against both implementations: the embedded store (journal in a temporary
 * directory) and the Redis store (a real redis-server on a free port).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openEmbeddedStore } from '../../bot/store/embedded';
import { openRedisStore } from '../../bot/store/redis';
import type { Store } from '../../bot/store/store';
import { startRedisServer, type RedisServer } from '../support/redis-server';

jest.setTimeout(20_000);

const quiet = { warn: () => undefined, info: () => undefined, debug: () => undefined };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let redis: RedisServer;
let dataDir: string;
beforeAll(async () => {
  redis = await startRedisServer();
  dataDir = mkdtempSync(path.join(tmpdir(), 'vpn-advisor-contract-'));
});
afterAll(async () => {
  await redis.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A clock the test can pin (for log record times and retention); otherwise the real one. */
const clock: { pinned?: number } = {};
const now = () => clock.pinned ?? Date.now();

let n = 0;
const implementations: Array<[string, () => Promise<Store>]> = [
  ['embedded', () => openEmbeddedStore({ dataDir: path.join(dataDir, String(++n)), now, logger: quiet })],
  ['redis', () => openRedisStore({ url: redis.url, keyPrefix: `contract:${++n}:`, now, logger: quiet })],
];

describe.each(implementations)('%s store', (kind, open) => {
  let store: Store;
  beforeEach(async () => {
    clock.pinned = undefined;
    store = await open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('is the kind it says, healthy, and answers ping', async () => {
    expect(store.kind).toBe(kind);
    await store.ping();
    expect(store.health()).toEqual({ state: 'ok' });
    expect(store.errorCount()).toBe(0);
  });

  it('claim is atomic: of 50 concurrent claims of one key exactly one wins', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => store.claim('event:Ev-race', 60_000)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await store.claim('event:Ev-race', 60_000)).toBe(false);
    expect(await store.claim('event:Ev-other', 60_000)).toBe(true);
  });

  it('a claim can be released (delete) and expires after its time to live', async () => {
    expect(await store.claim('c1', 60_000)).toBe(true);
    await store.delete('c1');
    expect(await store.claim('c1', 60_000)).toBe(true);
    expect(await store.claim('c2', 100)).toBe(true);
    await sleep(400); // well past the 100 ms; expiry only ever comes later than asked, never earlier
    expect(await store.claim('c2', 60_000)).toBe(true);
  });

  it('set / get / delete, with expiry', async () => {
    expect(await store.get('k')).toBeUndefined();
    await store.set('k', 'v1', 60_000);
    expect(await store.get('k')).toBe('v1');
    await store.set('k', 'v2', 60_000);
    expect(await store.get('k')).toBe('v2');
    await store.delete('k');
    expect(await store.get('k')).toBeUndefined();
    await store.set('short', 'x', 100);
    await sleep(400);
    expect(await store.get('short')).toBeUndefined();
  });

  it('increment is atomic under concurrency, goes down too, and the key expires', async () => {
    const values = await Promise.all(Array.from({ length: 40 }, () => store.increment('uses', 1, 60_000)));
    expect([...values].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(await store.increment('uses', -1, 60_000)).toBe(39);
    expect(await store.get('uses')).toBe('39');
    expect(await store.increment('brief', 1, 100)).toBe(1);
    await sleep(400);
    expect(await store.increment('brief', 1, 60_000)).toBe(1);
  });

  it('log: append returns sortable unique ids; read (all, since), delete by id, prune by age', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push(await store.append('feedback', { i, text: `note ${i}` }));
      await sleep(5); // distinct milliseconds, so retention can tell them apart
    }
    expect(new Set(ids).size).toBe(3);
    const all = await store.readLog('feedback');
    expect(all.map((e) => e.id)).toEqual(ids);
    expect(all.map((e) => e.record)).toEqual([0, 1, 2].map((i) => ({ i, text: `note ${i}` })));
    expect(all[0].at).toBeLessThan(all[2].at);
    expect((await store.readLog('feedback', { since: all[1].at })).map((e) => e.id)).toEqual(ids.slice(1));
    expect(await store.readLog('nothing-here')).toEqual([]);

    expect(await store.deleteRecord('feedback', ids[1])).toBe(true);
    expect(await store.deleteRecord('feedback', ids[1])).toBe(false);
    expect((await store.readLog('feedback')).map((e) => e.id)).toEqual([ids[0], ids[2]]);

    // Retention of 1 s, one second after the last record: everything older than it goes.
    clock.pinned = all[2].at + 1000;
    expect(await store.prune('feedback', 1000)).toBe(1);
    expect((await store.readLog('feedback')).map((e) => e.id)).toEqual([ids[2]]);
    expect(await store.prune('feedback', 1000)).toBe(0);
  });

  it('describe() names where the state lives', () => {
    expect(store.describe()).toMatch(
      kind === 'redis'
        ? /^Redis at redis:\/\/127\.0\.0\.1:\d+ \(prefix contract:\d+:\)$/
        : /^embedded, durable in .* \(one process only\)$/,
    );
  });
});
