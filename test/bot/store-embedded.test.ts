/**
 * The embedded store's durability: what it acknowledged survives a close + reopen and a crash (SIGKILL of a
 * real process), expired entries are dropped at replay, a torn last line is tolerated, the journal is
 * compacted when it grows, and a second process on the same DATA_DIR is refused.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openEmbeddedStore } from '../../bot/store/embedded';

jest.setTimeout(20_000);

const ROOT = path.resolve(__dirname, '../..');
let dir: string;
let warnings: string[];
const logger = { warn: (m: string) => warnings.push(m), info: () => undefined };
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vpn-advisor-embedded-'));
  warnings = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const journalLines = () => readFileSync(path.join(dir, 'store.jsonl'), 'utf8').split('\n').filter(Boolean).length;

describe('embedded store', () => {
  it('everything acknowledged is there after close + reopen: claims, values, counts, log records and deletions', async () => {
    const a = await openEmbeddedStore({ dataDir: dir, logger });
    expect(await a.claim('event:Ev1', 60_000)).toBe(true);
    await a.set('k', 'v', 60_000);
    await a.increment('n', 3, 60_000);
    const keep = await a.append('questions', { q: 'sizing 5000 users' });
    const gone = await a.append('questions', { q: 'ports' });
    expect(await a.deleteRecord('questions', gone)).toBe(true);
    await a.close();

    const b = await openEmbeddedStore({ dataDir: dir, logger });
    expect(await b.claim('event:Ev1', 60_000)).toBe(false);
    expect(await b.get('k')).toBe('v');
    expect(await b.increment('n', 1, 60_000)).toBe(4);
    expect((await b.readLog('questions')).map((e) => [e.id, e.record])).toEqual([[keep, { q: 'sizing 5000 users' }]]);
    // New ids continue after the replayed ones.
    const next = await b.append('questions', { q: 'limits' });
    expect(next).not.toBe(keep);
    expect((await b.readLog('questions')).map((e) => e.id)).toEqual([keep, next]);
    await b.close();
    expect(warnings).toEqual([]);
  });

  it('entries that expired while it was closed are dropped at replay', async () => {
    let now = 1_000_000;
    const a = await openEmbeddedStore({ dataDir: dir, now: () => now });
    await a.claim('short', 1000);
    await a.claim('long', 60_000);
    await a.close();
    now += 5000;
    const b = await openEmbeddedStore({ dataDir: dir, now: () => now });
    expect(await b.claim('short', 1000)).toBe(true);
    expect(await b.claim('long', 1000)).toBe(false);
    await b.close();
  });

  it('a torn last line (a crash mid-write) is dropped with a warning; later writes and reopens are whole', async () => {
    const a = await openEmbeddedStore({ dataDir: dir, logger });
    await a.claim('event:before', 60_000);
    await a.close();
    appendFileSync(path.join(dir, 'store.jsonl'), '{"op":"set","k":"event:torn","v":"1","ex');

    const b = await openEmbeddedStore({ dataDir: dir, logger });
    expect(warnings.join('\n')).toMatch(/last line .* was incomplete/);
    expect(await b.claim('event:before', 60_000)).toBe(false);
    expect(await b.claim('event:torn', 60_000)).toBe(true); // never acknowledged, so never done
    await b.close();

    warnings = [];
    const c = await openEmbeddedStore({ dataDir: dir, logger });
    expect(warnings).toEqual([]);
    expect(await c.claim('event:torn', 60_000)).toBe(false);
    await c.close();
  });

  it('a write acknowledged just before a crash (SIGKILL) survives it; the dead process’s lock is taken over', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `const { openEmbeddedStore } = require('./bot/store/embedded.ts');
         (async () => {
           const s = await openEmbeddedStore({ dataDir: process.argv[1] });
           await s.claim('event:Ev-crash', 60000);
           await s.append('feedback', { helpful: true });
           process.stdout.write('acked\\n');
           process.kill(process.pid, 'SIGKILL');
         })();`,
        dir,
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, sig) => resolve(sig)));
    expect(signal).toBe('SIGKILL');
    expect(out).toContain('acked');

    const s = await openEmbeddedStore({ dataDir: dir, logger });
    expect(await s.claim('event:Ev-crash', 60_000)).toBe(false);
    expect((await s.readLog('feedback')).map((e) => e.record)).toEqual([{ helpful: true }]);
    await s.close();
  });

  it('a second store on the same DATA_DIR, while the first is open, is refused with a clear message', async () => {
    const a = await openEmbeddedStore({ dataDir: dir });
    await expect(openEmbeddedStore({ dataDir: dir })).rejects.toThrow(
      new RegExp(`DATA_DIR .* is in use by another running vpn-advisor \\(pid ${process.pid}\\).*REDIS_URL`),
    );
    expect(await a.claim('still-mine', 60_000)).toBe(true);
    await a.close();
    const b = await openEmbeddedStore({ dataDir: dir });
    expect(await b.claim('still-mine', 60_000)).toBe(false);
    await b.close();
  });

  it('compacts the journal when it grows: live entries only, nothing lost', async () => {
    const a = await openEmbeddedStore({ dataDir: dir, logger });
    // In concurrent rounds: the writes of a round share one sync.
    for (let round = 0; round < 15; round++) await Promise.all(Array.from({ length: 100 }, () => a.increment('count', 1, 60_000)));
    expect(await a.get('count')).toBe('1500');
    await a.append('questions', { q: 'routes 30' });
    await a.delete('count');
    await a.set('kept', 'yes', 60_000);
    expect(journalLines()).toBeLessThan(1000);
    await a.close();
    const size = statSync(path.join(dir, 'store.jsonl')).size;
    expect(size).toBeLessThan(100_000);

    const b = await openEmbeddedStore({ dataDir: dir, logger });
    expect(await b.get('count')).toBeUndefined();
    expect(await b.get('kept')).toBe('yes');
    expect((await b.readLog('questions')).map((e) => e.record)).toEqual([{ q: 'routes 30' }]);
    await b.close();
    expect(warnings).toEqual([]);
  });

  it('without a data directory it is memory only, and says so', async () => {
    const s = await openEmbeddedStore();
    expect(s.describe()).toMatch(/in memory only/);
    expect(await s.claim('x', 1000)).toBe(true);
    await s.close();
  });
});
