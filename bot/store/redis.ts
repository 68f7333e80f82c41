/**
 * The shared store for several replicas: Redis (REDIS_URL; rediss:// for TLS, user and password in the URL),
 * every key under REDIS_KEY_PREFIX.
 *
 * Redis must never hold up a Slack acknowledgement nor crash the process: commands are not queued while
 * the connection is down, time out quickly, and the client reconnects forever with backoff. Meanwhile
 * every operation runs on a process-local fallback (memory only), so answering goes on; the store says it is
 * degraded (one warning, and one info line when Redis is back) and counts the operations Redis missed.
 */
import type { Logger } from '@slack/bolt';
import { Redis } from 'ioredis';
import { MemoryState } from './memory-state';
import { HealthTracker, type LogEntry, type Store, type StoreHealth } from './store';

/** A Slack ack has 3 s; a store operation gets a small part of that (https://docs.slack.dev/apis/events-api/#responding). */
const COMMAND_TIMEOUT_MS = 500;
const CONNECT_TIMEOUT_MS = 2000;
/** Reconnect delay: doubles from 100 ms up to this, forever. */
const MAX_RECONNECT_DELAY_MS = 2000;

/** INCRBY that sets the time to live only when it creates the key, in one round trip. */
const INCREMENT_LUA = `local v = redis.call('INCRBY', KEYS[1], ARGV[1])
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return v`;

const DEGRADED_CONSEQUENCES =
  'duplicate Slack deliveries are dropped per replica only, Share budgets are per replica, and log records stay in this process until Redis is back';

export interface RedisStoreOptions {
  url: string;
  keyPrefix: string;
  logger: Pick<Logger, 'warn' | 'info' | 'debug'>;
  /** How long start-up waits for the first connection before going on degraded. Default: 2 s. */
  firstConnectMs?: number;
  now?: () => number;
}

/** The URL without user, password or query, for logs. */
function redisUrlForLog(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname === '/' ? '' : u.pathname}`;
  } catch {
    return 'an unparsable REDIS_URL';
  }
}

const reasonOf = (e: unknown): string => {
  if (e instanceof Error) {
    const code = (e as NodeJS.ErrnoException).code;
    return code ? `${code}: ${e.message}` : e.message;
  }
  return String(e);
};

const logKey = (log: string) => `log:${log}`;
const CONNECTING = 'connecting to Redis';

class RedisStore implements Store {
  readonly kind = 'redis';
  private readonly client: Redis;
  private readonly fallback: MemoryState;
  private readonly healthState = new HealthTracker();
  private errors = 0;
  private closed = false;

  constructor(private readonly opts: RedisStoreOptions) {
    this.fallback = new MemoryState(opts.now ?? Date.now);
    // Until the first connection is ready, operations use the fallback; not yet worth a warning.
    this.healthState.set({ state: 'degraded', reason: CONNECTING });
    this.client = new Redis(opts.url, {
      keyPrefix: opts.keyPrefix,
      enableOfflineQueue: false,
      commandTimeout: COMMAND_TIMEOUT_MS,
      connectTimeout: CONNECT_TIMEOUT_MS,
      maxRetriesPerRequest: 1,
      retryStrategy: (times) => Math.min(100 * 2 ** Math.min(times, 10), MAX_RECONNECT_DELAY_MS) + Math.floor(Math.random() * 100),
    });
    this.client.on('ready', () => this.up());
    // ioredis emits 'error' on every failed connection attempt: handled here, or Node would throw it.
    this.client.on('error', (e: unknown) => this.down(reasonOf(e)));
    this.client.on('close', () => this.down('connection closed'));
  }

  describe(): string {
    return `Redis at ${redisUrlForLog(this.opts.url)} (prefix ${this.opts.keyPrefix})`;
  }

  /** Resolves when the first connection is ready or `ms` passed, whichever first. */
  firstConnection(ms: number): Promise<void> {
    if (this.client.status === 'ready') return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.client.off('ready', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      timer.unref();
      this.client.once('ready', done);
    });
  }

  claim(key: string, ttlMs: number): Promise<boolean> {
    return this.run(
      async (r) => (await r.call('SET', key, '1', 'PX', String(ttlMs), 'NX')) === 'OK',
      () => {
        const op = this.fallback.claimOp(key, ttlMs);
        if (op) this.fallback.apply(op);
        return Boolean(op);
      },
    );
  }

  set(key: string, value: string, ttlMs: number): Promise<void> {
    return this.run(
      async (r) => {
        await r.call('SET', key, value, 'PX', String(ttlMs));
      },
      () => this.fallback.apply(this.fallback.setOp(key, value, ttlMs)),
    );
  }

  get(key: string): Promise<string | undefined> {
    return this.run(
      async (r) => (await r.get(key)) ?? undefined,
      () => this.fallback.get(key),
    );
  }

  delete(key: string): Promise<void> {
    return this.run(
      async (r) => {
        await r.del(key);
      },
      () => this.fallback.apply({ op: 'del', k: key }),
    );
  }

  increment(key: string, by: number, ttlMs: number): Promise<number> {
    return this.run(
      async (r) => Number(await r.eval(INCREMENT_LUA, 1, key, String(by), String(ttlMs))),
      () => {
        const { op, value } = this.fallback.incrementOp(key, by, ttlMs);
        this.fallback.apply(op);
        return value;
      },
    );
  }

  append(log: string, record: Record<string, unknown>): Promise<string> {
    return this.run(
      async (r) => {
        const id = await r.xadd(logKey(log), '*', 'r', JSON.stringify(record));
        if (!id) throw new Error('XADD returned no id');
        return id;
      },
      () => {
        const op = this.fallback.appendOp(log, record);
        this.fallback.apply(op);
        return op.id;
      },
    );
  }

  readLog(log: string, opts: { since?: number } = {}): Promise<LogEntry[]> {
    return this.run(
      async (r) => {
        const rows = (await r.xrange(logKey(log), opts.since === undefined ? '-' : String(Math.max(0, opts.since)), '+')) as Array<
          [string, string[]]
        >;
        return rows.map(([id, fields]) => ({ id, at: Number(id.split('-')[0]), record: parseRecord(fields) }));
      },
      () => this.fallback.readLog(log, opts.since),
    );
  }

  deleteRecord(log: string, id: string): Promise<boolean> {
    return this.run(
      async (r) => (await r.xdel(logKey(log), id)) > 0,
      () => {
        const had = this.fallback.hasRecord(log, id);
        this.fallback.apply({ op: 'rm', log, id });
        return had;
      },
    );
  }

  prune(log: string, olderThanMs: number): Promise<number> {
    const before = (this.opts.now ?? Date.now)() - olderThanMs;
    return this.run(
      async (r) => Number(await r.call('XTRIM', logKey(log), 'MINID', String(Math.max(0, before)))),
      () => {
        const count = this.fallback.countOlder(log, before);
        this.fallback.apply({ op: 'prune', log, before });
        return count;
      },
    );
  }

  async ping(): Promise<void> {
    if (this.client.status !== 'ready') throw new Error(`Redis is not connected (${this.client.status})`);
    await this.client.ping();
  }

  health(): StoreHealth {
    return this.healthState.get();
  }

  onHealthChange(listener: (health: StoreHealth) => void): () => void {
    return this.healthState.subscribe(listener);
  }

  errorCount(): number {
    return this.errors;
  }

  async close(): Promise<void> {
    this.closed = true;
    try {
      if (this.client.status === 'ready') await this.client.quit();
      else this.client.disconnect();
    } catch {
      this.client.disconnect();
    }
  }

  /** Redis when connected; the fallback when not, or when the command fails (counted, and the store degraded). */
  private async run<T>(viaRedis: (r: Redis) => Promise<T>, viaFallback: () => T): Promise<T> {
    if (this.closed) throw new Error('store: the Redis store is closed');
    if (this.client.status === 'ready') {
      try {
        const result = await viaRedis(this.client);
        if (this.health().state === 'degraded') this.up(); // a command had timed out; Redis answers again
        return result;
      } catch (e) {
        this.down(reasonOf(e));
      }
    }
    this.errors++;
    return viaFallback();
  }

  private up(): void {
    if (this.closed) return;
    const h = this.health();
    const wasConnecting = h.state === 'degraded' && h.reason === CONNECTING;
    if (this.healthState.set({ state: 'ok' }) && !wasConnecting)
      this.opts.logger.info('Store: Redis reachable again; state is shared across replicas again.');
  }

  private down(reason: string): void {
    if (this.closed) return;
    const h = this.health();
    const first = h.state === 'ok' || h.reason === CONNECTING;
    if (!first) {
      this.opts.logger.debug(`Store: Redis still unreachable (${reason})`);
      return;
    }
    this.healthState.set({ state: 'degraded', reason: `Redis unreachable (${reason})` });
    this.opts.logger.warn(`Store: Redis unreachable (${reason}): ${DEGRADED_CONSEQUENCES}. Answers go on; retrying in the background.`);
  }
}

function parseRecord(fields: string[]): Record<string, unknown> {
  const i = fields.indexOf('r');
  try {
    const v: unknown = JSON.parse(i >= 0 ? (fields[i + 1] ?? '{}') : '{}');
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : { value: v };
  } catch {
    return { unreadable: fields[i + 1] };
  }
}

/** Connects (waiting at most `firstConnectMs` for the first connection); never throws for an unreachable Redis. */
export async function openRedisStore(opts: RedisStoreOptions): Promise<Store> {
  const store = new RedisStore(opts);
  await store.firstConnection(opts.firstConnectMs ?? CONNECT_TIMEOUT_MS);
  return store;
}
