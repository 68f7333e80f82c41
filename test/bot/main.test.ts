/**
 * `npm start` as a real process (bot/main.ts under tsx): with no Slack variables it serves /api/ask and says
 * how to turn Slack on; in HTTP mode (Web API on the stand-in) it answers a signed /vpn and refuses a badly
 * signed one. Nothing it prints holds a token or the signing secret.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { AnswerSchema } from '../../shared/answer/answer';
import { postSigned, slashCommand } from '../support/signed-request';
import { startSlackStandIn } from '../support/slack-stand-in';
import { freshDataDir } from '../support/data-dir';

const ROOT = path.resolve(__dirname, '../..');
const SECRET = 'main-signing-secret-fedcba9876543210';
const BOT = 'xoxb-5555-6666-mainbottoken';

interface Started {
  child: ChildProcessWithoutNullStreams;
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

function start(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', HOST: '127.0.0.1', DATA_DIR: freshDataDir(), ...env },
  });
  let out = '';
  const exited = new Promise<void>((r) => child.on('close', () => r()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "listening" line in time:\n${out}`)), 25_000);
    const onData = (d: Buffer) => {
      out += d;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({
          child,
          url: m[1],
          output: () => out,
          stop: async () => {
            child.kill('SIGTERM');
            await exited;
          },
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => reject(new Error(`exited with ${code}:\n${out}`)));
  });
}

/** Runs bot/main.ts until it exits; its exit code and everything it printed. */
function runToExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HOST: '127.0.0.1', DATA_DIR: freshDataDir(), ...env },
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    }),
  );
}

describe('npm start', () => {
  it('a port already in use: exit 1 with one line naming the port and how to choose another, no stack trace', async () => {
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
    const port = (taken.address() as AddressInfo).port;
    try {
      const { code, output } = await runToExit({ PORT: String(port) });
      expect(code).toBe(1);
      expect(output).toContain(`127.0.0.1:${port} is already in use`);
      expect(output).toMatch(/PORT=\d+ npm start/);
      expect(output).not.toMatch(/^\s+at /m);
      expect(output).not.toContain('EADDRINUSE:');
    } finally {
      await new Promise((r) => taken.close(r));
    }
  }, 40_000);

  it('a DATA_DIR another running vpn-advisor holds: exit 1 with one line saying what to do, no stack trace', async () => {
    const dataDir = freshDataDir();
    const first = await start({ DATA_DIR: dataDir });
    try {
      const { code, output } = await runToExit({ PORT: '0', DATA_DIR: dataDir });
      expect(code).toBe(1);
      expect(output).toMatch(/DATA_DIR .* is in use by another running vpn-advisor \(pid \d+\)/);
      expect(output).toContain('REDIS_URL');
      expect(output).not.toMatch(/^\s+at /m);
    } finally {
      await first.stop();
    }
  }, 60_000);

  it('with no Slack variables: serves /api/ask and /healthz, and logs that Slack is off and how to turn it on', async () => {
    const s = await start({});
    try {
      const res = await fetch(`${s.url}/api/ask?q=${encodeURIComponent('sizing 5000 users')}&as_of=2026-11-21`);
      expect(res.status).toBe(200);
      const answer = AnswerSchema.parse(await res.json());
      expect(answer.summary).toContain('VpnGw4AZ');
      expect(await (await fetch(`${s.url}/healthz`)).json()).toMatchObject({ ok: true, slack: 'off' });
      expect((await fetch(`${s.url}/slack/events`, { method: 'POST' })).status).toBe(404);
      await new Promise((r) => setTimeout(r, 50));
      expect(s.output()).toMatch(
        /Slack is off\. To turn it on, set SLACK_SIGNING_SECRET \+ SLACK_BOT_TOKEN .* or SLACK_APP_TOKEN \+ SLACK_BOT_TOKEN/,
      );
    } finally {
      await s.stop();
    }
  }, 40_000);

  it('in HTTP mode: answers a correctly signed /vpn sizing 5000 users and rejects a badly signed one', async () => {
    const standIn = await startSlackStandIn();
    const s = await start({
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: BOT,
      SLACK_API_URL: standIn.apiUrl,
      SLACK_BOT_ID: 'B0BOT',
      SLACK_BOT_USER_ID: 'U0BOT',
      LOG_LEVEL: 'debug',
    });
    try {
      const ok = await postSigned(`${s.url}/slack/events`, slashCommand('sizing 5000 users'), { secret: SECRET });
      expect(ok.status).toBe(200);
      const body = (await ok.json()) as { response_type: string; blocks: Array<{ text?: { text: string } }> };
      expect(body.response_type).toBe('ephemeral');
      expect(body.blocks[0].text?.text).toBe('Sizing for 5,000 concurrent users');
      const bad = await postSigned(`${s.url}/slack/events`, slashCommand('sizing 5000 users'), {
        secret: SECRET,
        signWith: 'someone-elses-secret-000',
      });
      expect(bad.status).toBe(401);
      expect(s.output()).toMatch(/Slack: HTTP mode/);
    } finally {
      await s.stop();
      await standIn.close();
    }
    expect(s.output()).not.toContain(SECRET);
    expect(s.output()).not.toContain(BOT);
  }, 40_000);
});
