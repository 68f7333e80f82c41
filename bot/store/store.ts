/**
 * Shared state behind one small interface, so several replicas of the bot can agree on what was done:
 * which Slack events were answered, how often a response_url was used, and durable logs (feedback,
 * questions) that later features append to.
 *
 * Two implementations: `embedded` (one process; in memory, journalled to a file in DATA_DIR) and `redis`
 * (REDIS_URL; shared by every replica). Every key has a time to live; logs have none and are pruned by
 * their owner's retention instead.
 */

type StoreKind = 'embedded' | 'redis';

/** One record of a log: `id` is unique within the log and sorts by time; `at` is when it was appended (ms since the epoch). */
export interface LogEntry<T = Record<string, unknown>> {
  id: string;
  at: number;
  record: T;
}

/** 'degraded' says what does not work as configured (e.g. Redis unreachable, so state is per replica). */
export type StoreHealth = { state: 'ok' } | { state: 'degraded'; reason: string };

export interface Store {
  readonly kind: StoreKind;
  /** For the start-up log: where the state lives, never a password. */
  describe(): string;
  /** Atomic set-if-absent: true for exactly one caller until the key expires or is deleted. */
  claim(key: string, ttlMs: number): Promise<boolean>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  get(key: string): Promise<string | undefined>;
  delete(key: string): Promise<void>;
  /** Atomic add; the time to live is set when the key is created and not extended by later increments. */
  increment(key: string, by: number, ttlMs: number): Promise<number>;
  /** Durable append; resolves with the record's id once the record is stored. */
  append(log: string, record: Record<string, unknown>): Promise<string>;
  /** Records oldest first; `since` (ms since the epoch) keeps those appended at or after it. */
  readLog(log: string, opts?: { since?: number }): Promise<LogEntry[]>;
  /** True when the record existed. */
  deleteRecord(log: string, id: string): Promise<boolean>;
  /** Retention: drops records appended more than `olderThanMs` ago; returns how many. */
  prune(log: string, olderThanMs: number): Promise<number>;
  /** Rejects when the backing service does not answer (for readiness checks). */
  ping(): Promise<void>;
  health(): StoreHealth;
  /** Called on every change between 'ok' and 'degraded'; returns how to unsubscribe. */
  onHealthChange(listener: (health: StoreHealth) => void): () => void;
  /** Operations that could not use the configured backend since start (failed, or served by the fallback). */
  errorCount(): number;
  close(): Promise<void>;
}

/** Tracks health transitions and notifies listeners only on a change. */
export class HealthTracker {
  private current: StoreHealth = { state: 'ok' };
  private readonly listeners = new Set<(h: StoreHealth) => void>();

  get(): StoreHealth {
    return this.current;
  }

  /** Keeps the newest reason; returns true (and tells the listeners) only when the state changed. */
  set(next: StoreHealth): boolean {
    const changed = next.state !== this.current.state;
    this.current = next;
    if (changed) for (const l of this.listeners) l(next);
    return changed;
  }

  subscribe(listener: (h: StoreHealth) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
