/**
 * The maintainers' report on a fixture log: uncovered questions clustered by meaning (the search
 * analyser's terms), 👎 by command and by fact, usage errors by command; and `npm run report` over a real
 * DATA_DIR (text, --json, --since, --list, --delete, bad arguments).
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { QUESTION_LOG } from '../../bot/feedback/question-log';
import { openEmbeddedStore } from '../../bot/store/embedded';
import type { QuestionRecord, StoredQuestion } from '../../shared/report/records';
import { clusterQuestions } from '../../shared/report/cluster';
import { buildReport, formatReport } from '../../shared/report/report';
import { freshDataDir } from '../support/data-dir';
import { startRedisServer } from '../support/redis-server';
import { openRedisStore } from '../../bot/store/redis';

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '../..');
const base = { face: 'slack', asOf: '2026-11-21' } as const;
const uncovered = (query: string, coverage: 'not_covered' | 'low_confidence' = 'not_covered'): QuestionRecord => ({
  type: 'uncovered',
  ...base,
  query,
  command: 'search',
  coverage,
  facts: [],
});
const usage = (command: string, query: string, code: string): QuestionRecord => ({ type: 'usage_error', ...base, command, query, code });
const vote = (command: string, rating: 'up' | 'down', facts: string[], extra: Partial<QuestionRecord> = {}): QuestionRecord =>
  ({ type: 'feedback', ...base, command, query: `${command} something`, rating, coverage: 'answered', facts, ...extra }) as QuestionRecord;

const FIXTURE: QuestionRecord[] = [
  uncovered('how much does VpnGw2 cost per month'),
  uncovered('AWS transit gateway with point-to-site'),
  uncovered('VpnGw2 cost per month?'),
  uncovered('what is the monthly cost of a VpnGw2', 'low_confidence'),
  uncovered('does it work with an AWS transit gateway'),
  uncovered('pricing of VpnGw2 per month'),
  uncovered('Cisco AnyConnect client support'),
  usage('sizing', 'sizing lots of users', 'missing_users'),
  usage('sizing', 'sizing 5k ppl', 'missing_users'),
  usage('pool', 'pool big', 'invalid_cidr'),
  vote('sizing', 'down', ['vpngw4az-gen2-p2s-ikev2-openvpn', 'gateway-creation-time'], {
    reason: 'wrong_number',
    comment: 'limit changed',
    who: 'h1',
  }),
  vote('sizing', 'down', ['vpngw4az-gen2-p2s-ikev2-openvpn'], { reason: 'wrong_number', who: 'h2' }),
  vote('compat', 'down', ['macos-ikev2'], { reason: 'hard_to_understand', who: 'h1' }),
  vote('compat', 'up', ['macos-ikev2']),
  vote('routes', 'up', []),
];
const stored = (records: QuestionRecord[]): StoredQuestion[] => records.map((record, i) => ({ id: `${1000 + i}-0`, at: 1000 + i, record }));

describe('clustering', () => {
  it('puts the same question in other words together, and different questions apart', () => {
    const clusters = clusterQuestions([
      'VpnGw2 cost per month',
      'how much does VpnGw2 cost per month',
      'Cisco AnyConnect clients',
      'cisco anyconnect client support',
    ]);
    expect(clusters.map((c) => [c.count, c.example])).toEqual([
      [2, 'VpnGw2 cost per month'],
      [2, 'Cisco AnyConnect clients'],
    ]);
    expect(clusters[0].terms).toEqual(expect.arrayContaining(['vpngw2', 'cost', 'month']));
  });

  it('is the same for the same log (stable order, largest first)', () => {
    const qs = FIXTURE.filter((r) => r.type === 'uncovered').map((r) => r.query);
    expect(clusterQuestions(qs)).toEqual(clusterQuestions(qs));
  });
});

describe('the report on a fixture log', () => {
  const r = buildReport(stored(FIXTURE));

  it('clusters uncovered questions with counts, an example each, and their coverage', () => {
    expect(r.uncovered.map((c) => [c.count, c.example])).toEqual([
      [4, 'how much does VpnGw2 cost per month'],
      [2, 'AWS transit gateway with point-to-site'],
      [1, 'Cisco AnyConnect client support'],
    ]);
    expect(r.uncovered[0].coverage).toEqual({ not_covered: 3, low_confidence: 1 });
  });

  it('ranks the most 👎 by command and by fact, with reasons', () => {
    expect(r.feedback.byCommand.map((c) => [c.command, c.down, c.up])).toEqual([
      ['sizing', 2, 0],
      ['compat', 1, 1],
      ['routes', 0, 1],
    ]);
    expect(r.feedback.byCommand[0].reasons).toEqual({ wrong_number: 2 });
    expect(r.feedback.byFact.map((f) => [f.fact, f.down])).toEqual([
      ['vpngw4az-gen2-p2s-ikev2-openvpn', 2],
      ['gateway-creation-time', 1],
      ['macos-ikev2', 1],
    ]);
    expect(r.feedback.comments).toEqual([{ id: '1010-0', command: 'sizing', comment: 'limit changed' }]);
    expect(r.feedback.distinctPeople).toBe(2);
  });

  it('counts usage errors by command, with codes and examples', () => {
    expect(r.usageErrors).toEqual([
      { command: 'sizing', count: 2, codes: { missing_users: 2 }, examples: ['sizing lots of users', 'sizing 5k ppl'] },
      { command: 'pool', count: 1, codes: { invalid_cidr: 1 }, examples: ['pool big'] },
    ]);
  });

  it('reads as text', () => {
    const text = formatReport(r);
    expect(text).toMatch(/4 × \[.*vpngw2.*\]\s+e\.g\. "how much does VpnGw2 cost per month"/);
    expect(text).toContain('sizing: 👎 2 👍 0 (Wrong or outdated number 2)');
    expect(text).toContain('sizing: 2 (missing_users 2)');
  });
});

describe('npm run report', () => {
  let dir: string;
  const ids: string[] = [];
  beforeAll(async () => {
    dir = freshDataDir();
    const store = await openEmbeddedStore({ dataDir: dir });
    for (const r of FIXTURE) ids.push(await store.append(QUESTION_LOG, r as unknown as Record<string, unknown>));
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (args: string[], env: Record<string, string> = { DATA_DIR: dir }) =>
    new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/report.ts', ...args], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (err += d));
      child.on('close', (code) => resolve({ code, out, err }));
    });

  it('prints the report as text and as JSON; --since a future date reads nothing', async () => {
    const text = await run([]);
    expect(text.code).toBe(0);
    expect(text.out).toContain('Questions we could not answer');
    expect(text.out).toContain('how much does VpnGw2 cost per month');
    const json = await run(['--json']);
    expect(JSON.parse(json.out)).toMatchObject({
      records: FIXTURE.length,
      usageErrors: [{ command: 'sizing', count: 2 }, { command: 'pool' }],
    });
    const later = await run(['--since', '2999-01-01', '--json']);
    expect(JSON.parse(later.out)).toMatchObject({ since: '2999-01-01', records: 0 });
  });

  it('lists records with their ids, and deletes one by id', async () => {
    const list = await run(['--list']);
    expect(list.out.split('\n').filter(Boolean)).toHaveLength(FIXTURE.length);
    expect(list.out).toContain(ids[0]);
    const del = await run(['--delete', ids[0]]);
    expect([del.code, del.out.trim()]).toEqual([0, `Deleted record ${ids[0]}.`]);
    const again = await run(['--delete', ids[0]]);
    expect(again.code).toBe(2);
    expect((await run(['--list'])).out).not.toContain(ids[0]);
  });

  it('reads beside a running server that holds DATA_DIR (read-only), and refuses to delete until it stops', async () => {
    const owner = await openEmbeddedStore({ dataDir: dir });
    const fresh = await owner.append(QUESTION_LOG, uncovered('written by the running server') as unknown as Record<string, unknown>);
    try {
      const report = await run(['--json']);
      expect(report.code).toBe(0);
      expect(report.out).toContain('written by the running server');
      const del = await run(['--delete', fresh]);
      expect(del.code).toBe(2);
      expect(del.err).toMatch(/in use by another running vpn-advisor[\s\S]*stop the server first/);
    } finally {
      await owner.close();
    }
  });

  it('reads the same log from Redis when REDIS_URL is set (as the server does)', async () => {
    const redis = await startRedisServer();
    try {
      const quiet = { warn() {}, info() {}, debug() {} };
      const store = await openRedisStore({ url: redis.url, keyPrefix: 'fb-test:', logger: quiet });
      const id = await store.append(QUESTION_LOG, uncovered('does it support wireguard') as unknown as Record<string, unknown>);
      await store.close();
      const env = { REDIS_URL: redis.url, REDIS_KEY_PREFIX: 'fb-test:' };
      const json = await run(['--json'], env);
      expect(json.code).toBe(0);
      expect(JSON.parse(json.out)).toMatchObject({ records: 1, uncovered: [{ count: 1, example: 'does it support wireguard' }] });
      expect((await run(['--delete', id], env)).code).toBe(0);
      expect(JSON.parse((await run(['--json'], env)).out)).toMatchObject({ records: 0 });
    } finally {
      await redis.stop();
    }
  });

  it('refuses bad arguments with the usage (exit 2)', async () => {
    for (const args of [['--since', 'yesterday'], ['--frobnicate'], ['--delete']]) {
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.err).toContain('usage: npm run report');
    }
  });
});
