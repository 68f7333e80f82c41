/**
 * Several replicas, as deployed: real `npm start` processes (bot/main.ts under tsx) in HTTP mode, the Web API
 * on the Slack stand-in, state in one real redis-server. Slack's redeliveries (or a fan-out) reaching two
 * replicas get one reply; Share budgets are shared; a Redis outage degrades (answers go on) and heals.
 * Then the embedded store: a process killed and restarted on the same DATA_DIR does not answer twice.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eventCallback, postSigned, shareButtonPress, slashCommand } from '../support/signed-request';
import { startRedisServer, type RedisServer } from '../support/redis-server';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-stand-in';

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '../..');
const SECRET = 'replica-signing-secret-0f1e2d3c4b5a6978';
const BOT = 'xoxb-7777-8888-replicabottoken';

interface Replica {
  name: string;
  child: ChildProcessWithoutNullStreams;
  events: string;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

function startReplica(name: string, env: Record<string, string>): Promise<Replica> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'debug',
      // The assertions read the terminal format (a pipe would otherwise get JSON lines).
      LOG_FORMAT: 'text',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: BOT,
      SLACK_BOT_ID: 'B0BOT',
      SLACK_BOT_USER_ID: 'U0BOT',
      ...env,
    },
  });
  let out = '';
  const exited = new Promise<void>((r) => child.on('close', () => r()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name}: no "listening" line in time:\n${out}`)), 30_000);
    const onData = (d: Buffer) => {
      out += d;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m && /Store: /.test(out)) {
        clearTimeout(timer);
        resolve({
          name,
          child,
          events: `${m[1]}/slack/events`,
          output: () => out,
          stop: async (signal = 'SIGTERM') => {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            await exited;
          },
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => reject(new Error(`${name} exited with ${code}:\n${out}`)));
  });
}

const waitFor = async (predicate: () => boolean, what: string, timeoutMs = 15_000) => {
  const until = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > until) throw new Error(`not in time: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

let n = 0;
const mention = (threadTs: string) => ({
  type: 'app_mention',
  user: 'U0USER',
  text: '<@U0BOT> sizing 5000 users',
  ts: `1700000000.${String(++n).padStart(6, '0')}`,
  thread_ts: threadTs,
  channel: 'C0CHAN',
  event_ts: '1700000000.000001',
});
const deliver = (r: Replica, event: Record<string, unknown>, eventId: string, retry = 0) =>
  postSigned(r.events, eventCallback(event, eventId), {
    secret: SECRET,
    headers: retry ? { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' } : {},
  });
const skipped = (r: Replica, eventId: string) => r.output().includes(`app_mention ${eventId}: already answered, redelivery skipped`);

describe('two replicas on one Redis', () => {
  let redis: RedisServer;
  let standIn: SlackStandIn;
  let a: Replica;
  let b: Replica;
  const replies = (threadTs: string) => standIn.succeeded('chat.postMessage').filter((c) => c.params.thread_ts === threadTs);

  beforeAll(async () => {
    [redis, standIn] = await Promise.all([startRedisServer(), startSlackStandIn()]);
    const env = {
      REDIS_URL: redis.url,
      REDIS_KEY_PREFIX: 'vpn-advisor:replicas:',
      SLACK_API_URL: standIn.apiUrl,
      SITE_URL: 'https://vpn.example.test',
    };
    [a, b] = await Promise.all([startReplica('A', env), startReplica('B', env)]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await standIn?.close();
    await redis?.stop();
    for (const r of [a, b]) if (r) for (const v of [SECRET, BOT]) expect(r.output()).not.toContain(v);
  });

  it('each names its store at start', () => {
    for (const r of [a, b]) expect(r.output()).toContain(`Store: Redis at redis://127.0.0.1:${redis.port} (prefix vpn-advisor:replicas:)`);
  });

  it('the same event delivered to both replicas at once (and retried on each) gets exactly one reply', async () => {
    const ev = mention('1699999999.100000');
    await Promise.all([deliver(a, ev, 'Ev-fanout'), deliver(b, ev, 'Ev-fanout')]);
    await waitFor(() => replies('1699999999.100000').length === 1, 'one reply');
    await Promise.all([deliver(a, ev, 'Ev-fanout', 1), deliver(b, ev, 'Ev-fanout', 2)]);
    await waitFor(() => skipped(a, 'Ev-fanout') && skipped(b, 'Ev-fanout'), 'both replicas skip the retries');
    expect(replies('1699999999.100000')).toHaveLength(1);
  });

  it('Share pressed on A for an answer rendered by B works, and the five uses are shared by both replicas', async () => {
    const res = await postSigned(b.events, slashCommand('compat macos certificate'), { secret: SECRET });
    const body = (await res.json()) as { blocks: Array<Record<string, any>> };
    const value = body.blocks.find((x) => x.type === 'actions')!.elements[0].value as string;
    const url = standIn.responseUrl('replica-share');
    const ephemerals = () => standIn.calls.filter((c) => c.method === 'chat.postEphemeral' && c.params.user === 'U0USER');
    const posts = () => standIn.responsePosts.filter((p) => p.id === 'replica-share');

    for (const [i, r] of [a, b, a, b, a].entries()) {
      await postSigned(r.events, shareButtonPress(value, url), { secret: SECRET });
      await waitFor(() => posts().length === i + 1, `share ${i + 1}`);
    }
    expect(posts().every((p) => p.answered === 'ok' && p.body.response_type === 'in_channel')).toBe(true);
    expect(JSON.stringify(posts()[0].body.blocks)).toContain('macOS');

    const before = ephemerals().length;
    await postSigned(b.events, shareButtonPress(value, url), { secret: SECRET });
    await waitFor(() => ephemerals().length === before + 1, 'the sixth press is refused');
    expect(String(ephemerals().at(-1)!.params.text)).toMatch(/shared 5 times/);
    expect(posts()).toHaveLength(5);
  });

  it('Redis killed: answers keep flowing, duplicates bounded (one per replica) and logged; Redis back: duplicates dropped again', async () => {
    await redis.kill();
    await waitFor(
      () =>
        [a, b].every((r) => /WARN .*Store: Redis unreachable .*duplicate Slack deliveries are dropped per replica only/.test(r.output())),
      'both warn',
    );

    const during = mention('1699999999.200000');
    await deliver(a, during, 'Ev-during');
    await waitFor(() => replies('1699999999.200000').length === 1, 'answered without Redis');
    await deliver(a, during, 'Ev-during', 1);
    await deliver(b, during, 'Ev-during', 2);
    await waitFor(() => skipped(a, 'Ev-during') && replies('1699999999.200000').length === 2, 'A drops its own duplicate, B answers once');
    expect(replies('1699999999.200000')).toHaveLength(2);

    await redis.restart();
    await waitFor(() => [a, b].every((r) => /INFO .*Store: Redis reachable again/.test(r.output())), 'both reconnect');
    const after = mention('1699999999.300000');
    await deliver(a, after, 'Ev-after');
    await waitFor(() => replies('1699999999.300000').length === 1, 'answered with Redis');
    await deliver(b, after, 'Ev-after', 1);
    await waitFor(() => skipped(b, 'Ev-after'), 'B drops what A answered');
    expect(replies('1699999999.300000')).toHaveLength(1);
    for (const r of [a, b]) expect(r.output().match(/Store: Redis unreachable/g)).toHaveLength(1);
  });
});

describe('the embedded store across a restart', () => {
  it('a process killed after answering, restarted on the same DATA_DIR, skips the redelivered event', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'vpn-advisor-restart-'));
    const standIn = await startSlackStandIn();
    const env = { DATA_DIR: dataDir, SLACK_API_URL: standIn.apiUrl };
    const replies = () => standIn.succeeded('chat.postMessage').filter((c) => c.params.thread_ts === '1699999999.400000');
    let r = await startReplica('first', env);
    try {
      expect(r.output()).toContain(`Store: embedded, durable in ${dataDir} (one process only)`);
      const ev = mention('1699999999.400000');
      await deliver(r, ev, 'Ev-restart');
      await waitFor(() => replies().length === 1, 'answered');
      await r.stop('SIGKILL'); // a crash: no clean shutdown

      r = await startReplica('restarted', env);
      await deliver(r, ev, 'Ev-restart', 1);
      await waitFor(() => skipped(r, 'Ev-restart'), 'the restarted process skips it');
      expect(replies()).toHaveLength(1);
    } finally {
      await r.stop();
      await standIn.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
