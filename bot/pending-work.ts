/**
 * Listener work that runs after Slack was acknowledged (a mention waiting out a Retry-After, a shortcut
 * posting its answer). Slack won't redeliver an acknowledged request, so on shutdown this work must finish
 * before the process exits: `stop()` waits for `idle()`.
 */
import type { App } from '@slack/bolt';

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
   * Tracks every event `app` processes, from its arrival through its listeners' work after the acknowledgement,
   * so that no listener can forget to register its post-ack work. Around App#processEvent (which every
   * receiver calls) rather than as global middleware: Bolt copies its arguments for each middleware layer, on
   * every request.
   */
  trackEvents(app: App): void {
    const processEvent = app.processEvent.bind(app);
    app.processEvent = (event) => this.track(processEvent(event));
  }
}
