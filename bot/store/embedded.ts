/**
 * The default store: state in this process's memory, every change journalled to DATA_DIR (see journal.ts)
 * so a restarted process still knows which Slack events it answered. One process only.
 * Without a data directory it is memory only (for tools and tests that need no durability).
 */
import type { Logger } from '@slack/bolt';
import { Journal } from './journal';
import { MemoryState, type Op } from './memory-state';
import { HealthTracker, type LogEntry, type Store, type StoreHealth } from './store';

export interface EmbeddedStoreOptions {
  /** Where the journal lives; undefined: memory only. */
  dataDir?: string;
  /** As shown in the start-up log (e.g. ./.data). Default: dataDir. */
  displayDir?: string;
  logger?: Pick<Logger, 'warn' | 'info'>;
  now?: () => number;
}

class EmbeddedStore implements Store {
  readonly kind = 'embedded';
  private readonly healthState = new HealthTracker();
  private errors = 0;
  journal: Journal | undefined;

  constructor(
    readonly state: MemoryState,
    private readonly opts: EmbeddedStoreOptions,
  ) {}

  describe(): string {
    return this.opts.dataDir
      ? `embedded, durable in ${this.opts.displayDir ?? this.opts.dataDir} (one process only)`
      : 'embedded, in memory only (one process only; nothing survives a restart)';
  }

  async claim(key: string, ttlMs: number): Promise<boolean> {
    const op = this.state.claimOp(key, ttlMs);
    if (!op) return false;
    await this.commit(op);
    return true;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    await this.commit(this.state.setOp(key, value, ttlMs));
  }

  async get(key: string): Promise<string | undefined> {
    return this.state.get(key);
  }

  async delete(key: string): Promise<void> {
    await this.commit({ op: 'del', k: key });
  }

  async increment(key: string, by: number, ttlMs: number): Promise<number> {
    const { op, value } = this.state.incrementOp(key, by, ttlMs);
    await this.commit(op);
    return value;
  }

  async append(log: string, record: Record<string, unknown>): Promise<string> {
    const op = this.state.appendOp(log, record);
    // A record is only acknowledged once it is on disk: a failed write rejects.
    await this.commit(op, { rejectOnWriteError: true });
    return op.id;
  }

  async readLog(log: string, opts: { since?: number } = {}): Promise<LogEntry[]> {
    return this.state.readLog(log, opts.since);
  }

  async deleteRecord(log: string, id: string): Promise<boolean> {
    if (!this.state.hasRecord(log, id)) return false;
    await this.commit({ op: 'rm', log, id });
    return true;
  }

  async prune(log: string, olderThanMs: number): Promise<number> {
    const before = (this.opts.now ?? Date.now)() - olderThanMs;
    const count = this.state.countOlder(log, before);
    if (count > 0) await this.commit({ op: 'prune', log, before });
    return count;
  }

  async ping(): Promise<void> {
    const h = this.healthState.get();
    if (h.state === 'degraded') throw new Error(h.reason);
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
    await this.journal?.close();
    this.journal = undefined;
  }

  /**
   * Applies in memory at once (so claims are atomic within the process), then waits for the disk. A disk
   * that refuses (full, read-only) degrades the store to memory only rather than stopping the answers.
   */
  private async commit(op: Op, opts: { rejectOnWriteError?: boolean } = {}): Promise<void> {
    this.state.apply(op);
    if (!this.journal) return;
    try {
      await this.journal.write(op);
      if (this.healthState.set({ state: 'ok' })) this.opts.logger?.info(`Store: writing to ${this.journal.file} works again.`);
    } catch (e) {
      this.errors++;
      const reason = `cannot write ${this.journal.file} (${e instanceof Error ? e.message : String(e)})`;
      if (this.healthState.set({ state: 'degraded', reason }))
        this.opts.logger?.warn(`Store: ${reason}: state is kept in memory only and is lost on restart.`);
      if (opts.rejectOnWriteError) throw e;
    }
  }
}

/** Opens the store, replaying the journal; throws DataDirLockedError when another live process holds DATA_DIR. */
export async function openEmbeddedStore(opts: EmbeddedStoreOptions = {}): Promise<Store> {
  const state = new MemoryState(opts.now ?? Date.now);
  const store = new EmbeddedStore(state, opts);
  if (opts.dataDir) {
    const { journal, replayed } = await Journal.open(opts.dataDir, { count: () => state.liveCount, snapshot: () => state.snapshot() });
    for (const op of replayed.ops) state.apply(op);
    if (replayed.tornTail)
      opts.logger?.warn(`Store: the last line of ${journal.file} was incomplete (the process stopped mid-write); it was dropped.`);
    if (replayed.skipped > 0) opts.logger?.warn(`Store: ${replayed.skipped} unreadable line(s) in ${journal.file} were skipped.`);
    store.journal = journal;
  }
  return store;
}
