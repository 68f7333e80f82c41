/**
 * Listener work that runs after Slack was acknowledged (a mention waiting out a Retry-After, a shortcut
 * posting its answer). Slack won't redeliver an acknowledged request, so on shutdown this work must finish
 * before the process exits: `stop()` waits for `idle()`.
 */
import type { Middleware, AnyMiddlewareArgs } from '@slack/bolt';

export class PendingWork {
  private readonly running = new Set<Promise<unknown>>();

  get size(): number {
    return this.running.size;
  }

  /** Remembers `work` until it settles (its outcome is the caller's to handle); returns it. */
  track<T>(work: Promise<T>): Promise<T> {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.running.add(settled);
    void settled.then(() => this.running.delete(settled));
    return work;
  }

  /**
   * Resolves once nothing is running (including work tracked while waiting), or after `timeoutMs`;
   * says how many were still running then.
   */
  async idle(timeoutMs: number): Promise<{ unfinished: number }> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((r) => {
      timer = setTimeout(() => r('timeout'), timeoutMs);
    });
    try {
      while (this.running.size > 0) {
        if ((await Promise.race([Promise.all([...this.running]), timedOut])) === 'timeout') break;
      }
    } finally {
      clearTimeout(timer);
    }
    return { unfinished: this.running.size };
  }

  /**
   * Global Bolt middleware: every listener's run, from the acknowledgement to its end, is tracked (so no
   * listener can forget to register its post-ack work).
   */
  middleware(): Middleware<AnyMiddlewareArgs> {
    return ({ next }) => this.track(next());
  }
}
