/**
 * The embedded store's durability: every change is one JSON line appended to `<DATA_DIR>/store.jsonl` and
 * fdatasync'ed before the change's promise resolves, so an acknowledged write survives a crash. Writes
 * that arrive while a sync is running are committed together (one sync for the batch).
 *
 * At start the journal is replayed: a torn last line (a crash mid-write) is cut off; any other unreadable
 * line is skipped and reported. When the file holds many more lines than live entries it is compacted:
 * the live state is written to a temporary file, synced, and renamed over the journal.
 *
 * One process only: `<DATA_DIR>/store.lock` holds the owner's pid, created exclusively. A second process
 * on the same DATA_DIR is refused while the owner lives; a lock left by a dead process is taken over.
 */
import { closeSync, existsSync, ftruncateSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync, fsyncSync } from 'node:fs';
import { open, rename, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Op } from './memory-state';

const JOURNAL_FILE = 'store.jsonl';
const LOCK_FILE = 'store.lock';

/** Compaction waits until the journal has this many lines… */
const COMPACT_MIN_LINES = 1000;
/** …and at least this many times as many lines as live entries. */
const COMPACT_RATIO = 4;

class DataDirLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `vpn-advisor: DATA_DIR ${dir} is in use by another running vpn-advisor (pid ${pid}). The embedded store serves one process only: stop that process, give this one another DATA_DIR, or set REDIS_URL to share state between several.`,
    );
    this.name = 'DataDirLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function takeLock(dir: string): string {
  const file = path.join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${process.pid}\n`);
      fsyncSync(fd);
      closeSync(fd);
      return file;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) throw new DataDirLockedError(dir, pid);
      unlinkSync(file); // left behind by a process that died
    }
  }
  throw new Error(`vpn-advisor: could not take the lock ${file}`);
}

export interface Replayed {
  ops: Op[];
  /** A torn last line was cut off (the process died mid-write). */
  tornTail: boolean;
  /** Unreadable lines before the last one (skipped). */
  skipped: number;
}

function readJournal(file: string): Replayed & { goodBytes: number } {
  if (!existsSync(file)) return { ops: [], tornTail: false, skipped: 0, goodBytes: 0 };
  const buf = readFileSync(file);
  const ops: Op[] = [];
  let skipped = 0;
  let tornTail = false;
  let start = 0;
  let goodBytes = 0;
  while (start < buf.length) {
    const nl = buf.indexOf(0x0a, start);
    const end = nl === -1 ? buf.length : nl;
    const line = buf.subarray(start, end).toString('utf8');
    let op: Op | undefined;
    try {
      const parsed = JSON.parse(line) as Op;
      if (parsed && typeof parsed === 'object' && typeof parsed.op === 'string') op = parsed;
    } catch {
      op = undefined;
    }
    const last = nl === -1 || nl === buf.length - 1;
    if (op && nl !== -1) {
      ops.push(op);
      goodBytes = nl + 1;
    } else if (last) tornTail = line.trim() !== '';
    else if (line.trim() !== '') skipped++;
    else goodBytes = nl + 1;
    if (nl === -1) break;
    start = nl + 1;
  }
  return { ops, tornTail, skipped, goodBytes };
}

interface Pending {
  line: string;
  resolve: () => void;
  reject: (e: unknown) => void;
}

export class Journal {
  private pending: Pending[] = [];
  private flushing: Promise<void> | undefined;
  private closed = false;

  private constructor(
    readonly dir: string,
    private fh: FileHandle,
    private lines: number,
    private readonly lockFile: string,
    private readonly liveCount: () => number,
    private readonly snapshot: () => Iterable<Op>,
  ) {}

  /**
   * Takes the lock, reads what the journal holds, and opens it for appending.
   * @param live how many entries a compacted journal would hold, and those entries
   */
  static async open(
    dir: string,
    live: { count: () => number; snapshot: () => Iterable<Op> },
  ): Promise<{ journal: Journal; replayed: Replayed }> {
    mkdirSync(dir, { recursive: true });
    const lockFile = takeLock(dir);
    try {
      const file = path.join(dir, JOURNAL_FILE);
      const { goodBytes, ...replayed } = readJournal(file);
      const fh = await open(file, 'a');
      if (replayed.tornTail) {
        // Appending after a torn line would glue the next record to it.
        ftruncateSync(fh.fd, goodBytes);
        await fh.datasync();
      }
      const stale = `${file}.tmp`;
      if (existsSync(stale)) unlinkSync(stale); // a compaction that did not finish; the journal is intact
      return { journal: new Journal(dir, fh, replayed.ops.length + replayed.skipped, lockFile, live.count, live.snapshot), replayed };
    } catch (e) {
      unlinkSync(lockFile);
      throw e;
    }
  }

  get file(): string {
    return path.join(this.dir, JOURNAL_FILE);
  }

  /** Resolves once the change is on disk. */
  write(op: Op): Promise<void> {
    if (this.closed) return Promise.reject(new Error('store: the embedded store is closed'));
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ line: `${JSON.stringify(op)}\n`, resolve, reject });
      this.flushing ??= this.flush().finally(() => {
        this.flushing = undefined;
      });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.flushing;
    await this.fh.close();
    try {
      unlinkSync(this.lockFile);
    } catch {
      // Already gone: nothing to release.
    }
  }

  private async flush(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0);
      try {
        await this.fh.write(batch.map((p) => p.line).join(''));
        await this.fh.datasync();
        this.lines += batch.length;
        for (const p of batch) p.resolve();
      } catch (e) {
        for (const p of batch) p.reject(e);
      }
      if (this.lines >= COMPACT_MIN_LINES && this.lines > COMPACT_RATIO * this.liveCount()) {
        try {
          await this.compact();
        } catch {
          // The journal is still whole: compaction is only retried on a later write.
        }
      }
    }
  }

  /** Rewrites the live state: temporary file, sync, rename over the journal, sync the directory. */
  private async compact(): Promise<void> {
    const tmp = `${this.file}.tmp`;
    const out = await open(tmp, 'w');
    let count = 0;
    try {
      let chunk = '';
      for (const op of this.snapshot()) {
        chunk += `${JSON.stringify(op)}\n`;
        count++;
        if (chunk.length > 1 << 16) {
          await out.write(chunk);
          chunk = '';
        }
      }
      await out.write(chunk);
      await out.datasync();
    } finally {
      await out.close();
    }
    await rename(tmp, this.file);
    const dirFd = openSync(this.dir, 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
    await this.fh.close();
    this.fh = await open(this.file, 'a');
    this.lines = count;
  }
}
