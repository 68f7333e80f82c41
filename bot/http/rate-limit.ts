/**
 * A token bucket per client address: each client may spend `burst` requests at once, and earns them
 * back at `perMinute`. Memory is bounded: a bucket that has refilled is the same as no bucket and is
 * dropped, and past `maxClients` the least recently seen client is forgotten (it starts over full,
 * which errs towards serving). No installed library does this (p-limit bounds concurrency, not rate).
 */

/** The defaults for /api/*: an engine answer costs a few ms, a person asks a few questions a minute. */
export const API_RATE_LIMIT_DEFAULTS = { perMinute: 60, burst: 20 } as const;
/** About 100 bytes a client: 10,000 clients is ~1 MB. */
const DEFAULT_MAX_CLIENTS = 10_000;

type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Spends one request of `client`'s allowance, when it has one. */
  take(client: string): RateDecision;
  /** Clients currently remembered (tests check the bound). */
  readonly size: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export function createRateLimiter(opts: { perMinute: number; burst: number; maxClients?: number; now?: () => number }): RateLimiter {
  const { perMinute, burst } = opts;
  const maxClients = opts.maxClients ?? DEFAULT_MAX_CLIENTS;
  const now = opts.now ?? Date.now;
  const perMs = perMinute / 60_000;
  // Map order is recency order: a client's bucket is re-inserted each time it is used.
  const buckets = new Map<string, Bucket>();

  const refill = (b: Bucket, t: number) => Math.min(burst, b.tokens + (t - b.at) * perMs);

  /** Drops, from the least recently used end, buckets that are full again, and any beyond the bound. */
  const evict = (t: number) => {
    for (const [key, b] of buckets) {
      if (buckets.size < maxClients && refill(b, t) < burst) break;
      buckets.delete(key);
    }
  };

  return {
    take(client) {
      if (perMinute <= 0) return { ok: true };
      const t = now();
      const b = buckets.get(client);
      const tokens = b ? refill(b, t) : burst;
      buckets.delete(client);
      evict(t);
      if (tokens < 1) {
        buckets.set(client, { tokens, at: t });
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
      }
      buckets.set(client, { tokens: tokens - 1, at: t });
      return { ok: true };
    },
    get size() {
      return buckets.size;
    },
  };
}
