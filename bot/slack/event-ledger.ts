/**
 * Exactly one reply per Slack event, although Slack redelivers an event (up to 3 retries) when it
 * thinks the first delivery failed.
 *
 * An event id is marked done only after its work succeeded. So:
 * - a retry of a delivery that was answered → skipped;
 * - a retry that arrives while the first attempt is still working → waits for it, and runs only if it failed;
 * - a retry of a delivery that failed before replying → runs, once.
 * Ids are forgotten after `ttlMs` (Slack's retries come within minutes) and the ledger never holds more
 * than `maxEntries`.
 */
type Entry = { state: 'done'; at: number } | { state: 'running'; settled: Promise<boolean> };

export type LedgerOutcome = 'replied' | 'duplicate';

export interface EventLedgerOptions {
  /** How long a done event id is remembered. Default: 1 hour. */
  ttlMs?: number;
  /** Most ids remembered at once. Default: 10,000. */
  maxEntries?: number;
  now?: () => number;
}

export class EventLedger {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(opts: EventLedgerOptions = {}) {
    this.ttlMs = opts.ttlMs ?? 60 * 60 * 1000;
    this.maxEntries = opts.maxEntries ?? 10_000;
    this.now = opts.now ?? Date.now;
  }

  /** Runs `work` unless this event id was already handled; rethrows what `work` throws (the id stays open). */
  async once(eventId: string | undefined, work: () => Promise<void>): Promise<LedgerOutcome> {
    if (!eventId) {
      await work();
      return 'replied';
    }
    this.sweep();
    for (;;) {
      const entry = this.entries.get(eventId);
      if (!entry) break;
      if (entry.state === 'done') return 'duplicate';
      if (await entry.settled) return 'duplicate';
      // The attempt we waited for failed; loop: another waiter may have started a new one meanwhile.
    }
    let settle!: (ok: boolean) => void;
    this.entries.set(eventId, { state: 'running', settled: new Promise<boolean>((r) => (settle = r)) });
    try {
      await work();
      this.entries.set(eventId, { state: 'done', at: this.now() });
      settle(true);
      return 'replied';
    } catch (e) {
      this.entries.delete(eventId);
      settle(false);
      throw e;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private sweep(): void {
    const cutoff = this.now() - this.ttlMs;
    for (const [id, e] of this.entries) if (e.state === 'done' && e.at < cutoff) this.entries.delete(id);
    // Map keeps insertion order: the oldest ids go first.
    for (const [id, e] of this.entries) {
      if (this.entries.size < this.maxEntries) break;
      if (e.state === 'done') this.entries.delete(id);
    }
  }
}
