/**
 * Exactly one reply per Slack event, across every replica, although Slack redelivers an event (up to 3
 * retries) when it thinks a delivery failed, and a load balancer may hand the copies to different replicas.
 *
 * Before working on an event, its id is claimed in the shared store (atomic set-if-absent), so:
 * - a redelivery of an answered event, on any replica → skipped;
 * - a copy arriving while another replica works on it → skipped (that replica answers);
 * - a copy arriving while this replica works on it → waits, and runs only if the first attempt failed;
 * - an attempt that fails before anything was posted releases its claim, so Slack's retry runs it, once.
 * Claims expire after `ttlMs` (Slack's retries come within minutes).
 * If the store itself fails, the event is answered: a rare duplicate is better than silence.
 */
import type { Logger } from '@slack/bolt';
import type { Store } from '../store/store';

export type LedgerOutcome = 'replied' | 'duplicate';

export interface EventLedgerOptions {
  store: Store;
  /** How long an event id stays claimed. Default: 1 hour. */
  ttlMs?: number;
  logger?: Pick<Logger, 'warn'>;
}

const DEFAULT_TTL_MS = 60 * 60 * 1000;

export class EventLedger {
  /** Attempts running in this process, so a local retry can wait for the outcome instead of being dropped. */
  private readonly running = new Map<string, Promise<boolean>>();
  private readonly store: Store;
  private readonly ttlMs: number;

  constructor(private readonly opts: EventLedgerOptions) {
    this.store = opts.store;
    this.ttlMs = opts.ttlMs ?? DEFAULT_TTL_MS;
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
      settle(true);
      return 'replied';
    } finally {
      this.running.delete(eventId);
    }
  }

  private async claim(key: string): Promise<boolean> {
    try {
      return await this.store.claim(key, this.ttlMs);
    } catch (e) {
      this.opts.logger?.warn(
        `event ledger: the store could not claim ${key} (${e instanceof Error ? e.message : String(e)}); answering anyway`,
      );
      return true;
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
