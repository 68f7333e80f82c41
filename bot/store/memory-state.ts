/**
 * Keys with a time to live and append-only logs, in process memory. Every change is an `Op`, so the
 * embedded store can journal exactly what it applied and replay it at start; the Redis store uses this
 * alone as its fallback while Redis is unreachable.
 */
import type { LogEntry } from './store';

export type Op =
  | { op: 'set'; k: string; v: string; exp: number }
  | { op: 'del'; k: string }
  | { op: 'add'; log: string; id: string; at: number; r: Record<string, unknown> }
  | { op: 'rm'; log: string; id: string }
  | { op: 'prune'; log: string; before: number };

/** Expired keys are swept after this many changes (reads skip them anyway). */
const SWEEP_EVERY_CHANGES = 1000;

export class MemoryState {
  private readonly keys = new Map<string, { v: string; exp: number }>();
  private readonly logs = new Map<string, Map<string, LogEntry>>();
  private changes = 0;
  private lastAt = 0;
  private seq = 0;

  constructor(private readonly now: () => number) {}

  /** Applies one change (live or replayed); a `set` that has already expired only removes the key. */
  apply(o: Op): void {
    switch (o.op) {
      case 'set':
        if (o.exp <= this.now()) this.keys.delete(o.k);
        else this.keys.set(o.k, { v: o.v, exp: o.exp });
        break;
      case 'del':
        this.keys.delete(o.k);
        break;
      case 'add': {
        const log = this.logs.get(o.log) ?? new Map<string, LogEntry>();
        this.logs.set(o.log, log);
        log.set(o.id, { id: o.id, at: o.at, record: o.r });
        this.noteId(o.id);
        break;
      }
      case 'rm':
        this.logs.get(o.log)?.delete(o.id);
        break;
      case 'prune': {
        const log = this.logs.get(o.log);
        if (log) for (const [id, e] of log) if (e.at < o.before) log.delete(id);
        break;
      }
    }
    if (++this.changes % SWEEP_EVERY_CHANGES === 0) this.sweep();
  }

  get(k: string): string | undefined {
    const e = this.keys.get(k);
    if (!e) return undefined;
    if (e.exp <= this.now()) {
      this.keys.delete(k);
      return undefined;
    }
    return e.v;
  }

  // Each of these returns the change to apply (and journal), or nothing when nothing changes.
  claimOp(k: string, ttlMs: number): Op | undefined {
    return this.get(k) === undefined ? { op: 'set', k, v: '1', exp: this.now() + ttlMs } : undefined;
  }

  setOp(k: string, v: string, ttlMs: number): Op {
    return { op: 'set', k, v, exp: this.now() + ttlMs };
  }

  incrementOp(k: string, by: number, ttlMs: number): { op: Op; value: number } {
    const current = this.get(k);
    const parsed = current === undefined ? 0 : Number(current);
    if (!Number.isFinite(parsed)) throw new Error(`store: ${k} does not hold a number`);
    const value = parsed + by;
    const exp = current === undefined ? this.now() + ttlMs : this.keys.get(k)!.exp;
    return { op: { op: 'set', k, v: String(value), exp }, value };
  }

  appendOp(log: string, record: Record<string, unknown>): Op & { op: 'add' } {
    const at = this.now();
    return { op: 'add', log, id: this.nextId(at), at, r: record };
  }

  hasRecord(log: string, id: string): boolean {
    return this.logs.get(log)?.has(id) ?? false;
  }

  readLog(log: string, since = Number.NEGATIVE_INFINITY): LogEntry[] {
    return [...(this.logs.get(log)?.values() ?? [])].filter((e) => e.at >= since);
  }

  countOlder(log: string, before: number): number {
    return this.readLog(log).filter((e) => e.at < before).length;
  }

  /** The live state as changes, for compaction. */
  *snapshot(): Generator<Op> {
    const now = this.now();
    for (const [k, e] of this.keys) if (e.exp > now) yield { op: 'set', k, v: e.v, exp: e.exp };
    for (const [log, entries] of this.logs) for (const e of entries.values()) yield { op: 'add', log, id: e.id, at: e.at, r: e.record };
  }

  /** Live keys + log records: what a compacted journal holds. */
  get liveCount(): number {
    let n = this.keys.size;
    for (const l of this.logs.values()) n += l.size;
    return n;
  }

  private sweep(): void {
    const now = this.now();
    for (const [k, e] of this.keys) if (e.exp <= now) this.keys.delete(k);
  }

  /** Ids sort by time: `<ms>-<sequence within that ms>`, never repeating even if the clock steps back. */
  private nextId(at: number): string {
    if (at > this.lastAt) {
      this.lastAt = at;
      this.seq = 0;
    } else this.seq += 1;
    return `${this.lastAt}-${this.seq}`;
  }

  /** After a replay, new ids continue after the newest one seen. */
  private noteId(id: string): void {
    const [ms, seq] = id.split('-').map(Number);
    if (!Number.isFinite(ms) || !Number.isFinite(seq)) return;
    if (ms > this.lastAt) {
      this.lastAt = ms;
      this.seq = seq;
    } else if (ms === this.lastAt) this.seq = Math.max(this.seq, seq);
  }
}
