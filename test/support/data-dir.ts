/**
 * A fresh DATA_DIR for a server a test starts: the embedded store locks its directory for one process,
 * and test files run in parallel (and beside a developer's own `npm start` on ./.data).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function freshDataDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'vpn-advisor-data-'));
}
