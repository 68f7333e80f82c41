/**
 * Unauthenticated junk (unsigned or badly signed requests, oversized bodies, too slow requests, connections
 * over the cap) is refused without a log line each: anyone can send it, so one line per request would let
 * them flood the log. It is counted instead, and reported in at most one WARN line per interval.
 */
const JUNK_REPORT_INTERVAL_MS = 60_000;

interface WarnLogger {
  warn(...msg: unknown[]): void;
}

export class JunkReport {
  private readonly counts = new Map<string, number>();
  private lastLineAt = Number.NEGATIVE_INFINITY;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly logger: WarnLogger,
    private readonly intervalMs = JUNK_REPORT_INTERVAL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one refused request; `what` reads as "<n> × <what>" in the report. */
  note(what: string): void {
    this.counts.set(what, (this.counts.get(what) ?? 0) + 1);
    if (this.timer) return;
    const wait = this.lastLineAt + this.intervalMs - this.now();
    if (wait <= 0) {
      this.flush();
      return;
    }
    this.timer = setTimeout(() => this.flush(), wait);
    this.timer.unref(); // a pending report never keeps the process alive
  }

  /** Writes the counts so far (if any) now; stop() calls it so nothing counted is lost. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.counts.size === 0) return;
    const parts = [...this.counts].map(([what, n]) => `${n} × ${what}`);
    this.counts.clear();
    this.lastLineAt = this.now();
    this.logger.warn(
      `refused unauthenticated or malformed traffic: ${parts.join(', ')} (reported at most once every ${Math.round(this.intervalMs / 1000)} s)`,
    );
  }
}

const reports = new WeakMap<WarnLogger, JunkReport>();

/** The one report per logger, shared by the server (timeouts, connection cap) and the Slack body guard. */
export function junkReportFor(logger: WarnLogger): JunkReport {
  let r = reports.get(logger);
  if (!r) {
    r = new JunkReport(logger);
    reports.set(logger, r);
  }
  return r;
}
