/**
 * Exactly one reply per Slack event, across every replica, although Slack redelivers an event (up to 3
 * retries) when it thinks a delivery failed, and a load balancer may hand the copies to different replicas.
 *
 * Before working on an event, its id is claimed in the shared store (atomic set-if-absent), so:
 * - a redelivery of an answered event, on any replica → skipped;
 * - a copy arriving while another replica works on it → skipped (that replica answers);
 * - a copy arriving while this replica works on it → waits, and runs only if the first attempt failed;
 * - an attempt that fails before anything was posted releases its claim, so Slack's retry runs it, once.
 * A claim is held for `workingTtlMs` while working, so a replica that dies mid-work blocks the event only
 * until then (Slack retries after 1 and 5 minutes); once answered, the id is kept for `ttlMs`.
 * If the store itself fails, the event is answered: a rare duplicate is better than silence.
 */
import type { Logger } from '@slack/bolt';
import type { Store } from '../store/store';

export type LedgerOutcome = 'replied' | 'duplicate';

export interface EventLedgerOptions {
  store: Store;
  /** How long an answered event id is remembered. Default: 1 hour. */
  ttlMs?: number;
  /** How long a claim holds while its work runs (longer than any reply takes, retries included). Default: 2 minutes. */
  workingTtlMs?: number;
  logger?: Pick<Logger, 'warn'>;
}

const DEFAULT_TTL_MS = 60 * 60 * 1000;
const DEFAULT_WORKING_TTL_MS = 2 * 60 * 1000;

export class EventLedger {
  /** Attempts running in this process, so a local retry can wait for the outcome instead of being dropped. */
  private readonly running = new Map<string, Promise<boolean>>();
  private readonly store: Store;
  private readonly ttlMs: number;
  private readonly workingTtlMs: number;

  constructor(private readonly opts: EventLedgerOptions) {
    this.store = opts.store;
    this.ttlMs = opts.ttlMs ?? DEFAULT_TTL_MS;
    this.workingTtlMs = Math.min(opts.workingTtlMs ?? DEFAULT_WORKING_TTL_MS, this.ttlMs);
  }

  /** Runs `work` unless this event id was already handled; rethrows what `work` throws (the claim is released). */
  async once(eventId: string | undefined, work: () => Promise<void>): Promise<LedgerOutcome> {
    if (!eventId) {
      await work();
      return 'replied';
    }
    for (;;) {
      const ongoing = this.running.get(eventId);
      if (!ongoing) break;
      if (await ongoing) return 'duplicate';
      // The attempt we waited for failed; loop: another waiter may have started a new one meanwhile.
    }
    let settle!: (ok: boolean) => void;
    this.running.set(eventId, new Promise<boolean>((r) => (settle = r)));
    const key = `event:${eventId}`;
    try {
      if (!(await this.claim(key))) {
        settle(true);
        return 'duplicate';
      }
      try {
        await work();
      } catch (e) {
        await this.release(key);
        settle(false);
        throw e;
      }
      await this.markDone(key);
      settle(true);
      return 'replied';
    } finally {
      this.running.delete(eventId);
    }
  }

  private async claim(key: string): Promise<boolean> {
    try {
      return await this.store.claim(key, this.workingTtlMs);
    } catch (e) {
      this.opts.logger?.warn(
        `event ledger: the store could not claim ${key} (${e instanceof Error ? e.message : String(e)}); answering anyway`,
      );
      return true;
    }
  }

  private async markDone(key: string): Promise<void> {
    try {
      await this.store.set(key, 'done', this.ttlMs);
    } catch (e) {
      this.opts.logger?.warn(
        `event ledger: the store could not keep ${key} (${e instanceof Error ? e.message : String(e)}); a late retry may be answered again`,
      );
    }
  }

  private async release(key: string): Promise<void> {
    try {
      await this.store.delete(key);
    } catch (e) {
      this.opts.logger?.warn(
        `event ledger: the store could not release ${key} (${e instanceof Error ? e.message : String(e)}); a retry of it will be skipped`,
      );
    }
  }
}
