/**
 * The embedded store's logs, read without taking its lock: the report runs beside the server that owns
 * DATA_DIR. The journal is append-only JSON lines, so replaying it gives what the owner had at its last
 * synced write; a line being written right now is incomplete and skipped. Nothing is ever written here.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { MemoryState, type Op } from '../store/memory-state';
import type { Store } from '../store/store';

/** The embedded store's journal (bot/store/journal.ts). */
const JOURNAL_FILE = 'store.jsonl';

export function readOnlyLogs(dataDir: string, now: () => number = Date.now): Pick<Store, 'readLog'> {
  const state = new MemoryState(now);
  const file = path.join(dataDir, JOURNAL_FILE);
  if (existsSync(file)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const op = JSON.parse(line) as Op;
        if (op && typeof op === 'object' && typeof op.op === 'string') state.apply(op);
      } catch {
        // A torn last line (being written) or a damaged one: the owner skips it too.
      }
    }
  }
  return { readLog: async (log, opts = {}) => state.readLog(log, opts.since) };
}
