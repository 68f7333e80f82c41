/**
 * Graceful shutdown. As a real process (bot/main.ts) sent SIGTERM: a request still uploading gets its real
 * answer, an acknowledged mention waiting out a Retry-After is still posted (Slack won't redeliver it), the
 * exit code is 0 and the port is free afterwards. In process: idle keep-alive connections don't hold stop()
 * up, work that never ends is cut off at the drain timeout, and the `onStop` closers run last.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { connect, createServer } from 'node:net';
import path from 'node:path';
import { eventCallback, postSigned, signedHeaders, slashCommand } from '../support/signed-request';
import { behave, startSlackStandIn, type SlackStandIn } from '../support/slack-stand-in';
import { SECRET as HARNESS_SECRET, startHarness } from './harness';
import { freshDataDir } from '../support/data-dir';

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '../..');
const SECRET = 'shutdown-signing-secret-0123456789abcdef';

interface Running {
  child: ChildProcessWithoutNullStreams;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
}

async function startMain(standIn: SlackStandIn): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: freshDataDir(),
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: 'xoxb-7777-8888-shutdowntoken',
      SLACK_BOT_ID: 'B0BOT',
      SLACK_BOT_USER_ID: 'U0BOT',
      SLACK_API_URL: standIn.apiUrl,
    },
  });
  let out = '';
  const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "listening" line in time:\n${out}`)), 25_000);
    const onData = (d: Buffer) => {
      out += d;
      const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`exited with ${code}:\n${out}`)));
  });
  return { child, port, output: () => out, exited };
}

/** Nothing listens on `port` any more: binding it works. */
async function portIsFree(port: number): Promise<boolean> {
  const probe = createServer();
  return new Promise((resolve) => {
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

let standIn: SlackStandIn;
beforeEach(async () => {
  standIn = await startSlackStandIn();
});
afterEach(async () => {
  await standIn.close();
});

describe('SIGTERM to the real process', () => {
  it('a request still uploading when SIGTERM arrives completes with its answer; exit 0; the port is free', async () => {
    const s = await startMain(standIn);
    try {
      const body = slashCommand('sizing 5000 users').body;
      const head =
        `POST /slack/events HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/x-www-form-urlencoded\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\n` +
        Object.entries(signedHeaders(body, SECRET))
          .map(([k, v]) => `${k}: ${v}\r\n`)
          .join('') +
        '\r\n';
      let reply = '';
      const sock = connect(s.port, '127.0.0.1');
      const closed = new Promise<void>((r) => sock.on('close', () => r()));
      sock.on('data', (d) => (reply += d));
      sock.on('error', () => undefined);
      await new Promise<void>((r) => sock.once('connect', () => r()));
      sock.write(head + body.slice(0, 40));
      await new Promise((r) => setTimeout(r, 300));

      s.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 500)); // the server is stopping while the upload goes on
      expect(reply).toBe('');
      sock.write(body.slice(40));
      await Promise.race([closed, new Promise((r) => setTimeout(r, 10_000))]);

      expect(reply).toMatch(/^HTTP\/1\.1 200 /);
      expect(reply).toContain('Sizing for 5,000 concurrent users');
      expect(await s.exited).toBe(0);
      expect(await portIsFree(s.port)).toBe(true);
      expect(s.output()).toMatch(/SIGTERM: shutting down/);
    } finally {
      s.child.kill('SIGKILL');
    }
  });

  it('an acknowledged mention waiting out a 2 s Retry-After is still answered after SIGTERM; exit 0', async () => {
    const s = await startMain(standIn);
    try {
      standIn.plan('chat.postMessage', behave.rateLimited(2));
      const event = {
        type: 'app_mention',
        user: 'U0USER',
        text: '<@U0BOT> sizing 5000 users',
        ts: '1700000000.777001',
        thread_ts: '1700000000.777000',
        channel: 'C0CHAN',
      };
      const res = await postSigned(`http://127.0.0.1:${s.port}/slack/events`, eventCallback(event, 'Ev-shutdown'), { secret: SECRET });
      expect(res.status).toBe(200); // acknowledged: Slack won't send it again
      await standIn.waitFor(() => standIn.calls.some((c) => c.method === 'chat.postMessage' && c.answered === 'rate_limited'));

      const t0 = Date.now();
      s.child.kill('SIGTERM');
      expect(await s.exited).toBe(0);
      const posted = standIn.succeeded('chat.postMessage').filter((c) => c.params.thread_ts === '1700000000.777000');
      expect(posted).toHaveLength(1);
      expect(posted[0].at).toBeGreaterThanOrEqual(t0); // posted after the signal, before the exit
      expect(await portIsFree(s.port)).toBe(true);
    } finally {
      s.child.kill('SIGKILL');
    }
  });
});

describe('stop() in process', () => {
  it('an idle keep-alive connection does not hold it up; onStop closers run after the drain, last registered first', async () => {
    const h = await startHarness();
    try {
      const order: string[] = [];
      h.advisor.onStop(() => {
        order.push('first registered');
      });
      h.advisor.onStop(async () => {
        order.push('second registered');
      });
      // A kept-alive connection, idle after its request.
      expect((await fetch(`${h.advisor.url}/healthz`)).status).toBe(200);
      const t0 = Date.now();
      await h.advisor.stop();
      expect(Date.now() - t0).toBeLessThan(2_000);
      expect(order).toEqual(['second registered', 'first registered']);
      expect(await portIsFree(h.advisor.port)).toBe(true);
    } finally {
      await h.stop(); // stop() again returns the same promise
    }
  });

  it('listener work that never ends is cut off at the drain timeout, with a log line', async () => {
    const h = await startHarness({
      start: { drainTimeoutMs: 800, webApi: { timeoutMs: 30_000, maxRetryAfterSeconds: 1, responseUrlTimeoutMs: 400 } },
    });
    try {
      h.standIn.plan('chat.postMessage', behave.hang());
      const event = { type: 'app_mention', user: 'U0USER', text: '<@U0BOT> ports', ts: '1700000000.888001', channel: 'C0CHAN' };
      expect((await postSigned(h.events, eventCallback(event, 'Ev-never'), { secret: HARNESS_SECRET })).status).toBe(200);
      await h.standIn.waitFor(() => h.standIn.calls.some((c) => c.method === 'chat.postMessage'));
      const t0 = Date.now();
      await h.advisor.stop();
      const took = Date.now() - t0;
      expect(took).toBeGreaterThanOrEqual(700);
      expect(took).toBeLessThan(5_000);
      expect(h.logs.some((l) => /without finishing everything: .*1 Slack listener\(s\) unfinished/.test(l))).toBe(true);
    } finally {
      await h.stop();
    }
  });
});
