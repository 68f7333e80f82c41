/**
 * Configuration: which variables turn Slack on, in which mode, and what a partial configuration says.
 * The partial ones are also run as real processes (bot/main.ts, as `npm start` runs it).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { loadConfig, secretsOf } from '../../bot/config';

const ROOT = path.resolve(__dirname, '../..');
const SECRET = 'cfg-signing-secret-0123456789abcdef';
const BOT = 'xoxb-9999-8888-configbottoken';
const APP = 'xapp-1-A0APP-7777-configapptoken';

describe('loadConfig', () => {
  it('nothing set → Slack off, PORT 3000, site on localhost', () => {
    expect(loadConfig({})).toEqual({
      ok: true,
      config: {
        port: 3000,
        host: undefined,
        siteUrl: undefined,
        logLevel: 'info',
        slack: { mode: 'off' },
        feedback: { adminUserIds: [], retentionDays: 90, hashKey: undefined },
      },
    });
  });

  it('empty variables count as unset', () => {
    const r = loadConfig({ SLACK_SIGNING_SECRET: '', SLACK_BOT_TOKEN: '  ', SLACK_APP_TOKEN: '' });
    expect(r.ok && r.config.slack.mode).toBe('off');
  });

  it('SLACK_SIGNING_SECRET + SLACK_BOT_TOKEN → HTTP mode', () => {
    const r = loadConfig({
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: BOT,
      SLACK_BOT_ID: 'B1',
      SLACK_BOT_USER_ID: 'U1',
      SLACK_API_URL: 'http://127.0.0.1:9000/api',
      PORT: '8080',
      SITE_URL: 'https://vpn.example.com/',
    });
    expect(r).toEqual({
      ok: true,
      config: {
        port: 8080,
        host: undefined,
        siteUrl: 'https://vpn.example.com',
        logLevel: 'info',
        slack: { mode: 'http', signingSecret: SECRET, botToken: BOT, botId: 'B1', botUserId: 'U1', apiUrl: 'http://127.0.0.1:9000/api/' },
        feedback: { adminUserIds: [], retentionDays: 90, hashKey: SECRET },
      },
    });
    if (r.ok) expect(secretsOf(r.config)).toEqual([BOT, SECRET]);
  });

  it('SLACK_APP_TOKEN + SLACK_BOT_TOKEN → Socket Mode (also when the signing secret is set too)', () => {
    for (const env of [
      { SLACK_APP_TOKEN: APP, SLACK_BOT_TOKEN: BOT },
      { SLACK_APP_TOKEN: APP, SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET },
    ]) {
      const r = loadConfig(env);
      expect(r.ok && r.config.slack).toEqual({
        mode: 'socket',
        appToken: APP,
        botToken: BOT,
        botId: undefined,
        botUserId: undefined,
        apiUrl: undefined,
      });
    }
  });

  it.each([
    ['only SLACK_SIGNING_SECRET', { SLACK_SIGNING_SECRET: SECRET }, /SLACK_BOT_TOKEN is missing/],
    ['only SLACK_BOT_TOKEN', { SLACK_BOT_TOKEN: BOT }, /SLACK_SIGNING_SECRET \(HTTP mode\) or SLACK_APP_TOKEN \(Socket Mode\) is missing/],
    ['only SLACK_APP_TOKEN', { SLACK_APP_TOKEN: APP }, /SLACK_BOT_TOKEN is missing: SLACK_APP_TOKEN is set/],
    ['SLACK_APP_TOKEN + SLACK_SIGNING_SECRET', { SLACK_APP_TOKEN: APP, SLACK_SIGNING_SECRET: SECRET }, /SLACK_BOT_TOKEN is missing/],
    [
      'SLACK_BOT_ID without SLACK_BOT_USER_ID',
      { SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: BOT, SLACK_BOT_ID: 'B1' },
      /SLACK_BOT_USER_ID is missing/,
    ],
    ['a bot token in SLACK_APP_TOKEN', { SLACK_APP_TOKEN: BOT, SLACK_BOT_TOKEN: BOT }, /SLACK_APP_TOKEN must be an app-level token/],
    ['an app token in SLACK_BOT_TOKEN', { SLACK_APP_TOKEN: APP, SLACK_BOT_TOKEN: APP }, /SLACK_BOT_TOKEN must be a bot token/],
    ['a bad PORT', { PORT: 'eighty' }, /PORT must be a port number/],
    ['a SITE_URL that is not http(s)', { SITE_URL: 'javascript:alert(1)' }, /SITE_URL must be an http\(s\) URL/],
  ])('%s → a problem naming it', (_name, env, message) => {
    const r = loadConfig(env);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.join('\n')).toMatch(message);
      for (const v of [SECRET, BOT, APP]) expect(r.problems.join('\n')).not.toContain(v);
    }
  });
});

function runMain(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bot/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', HOST: '127.0.0.1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('npm start with a partial Slack configuration', () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ['only SLACK_SIGNING_SECRET', { SLACK_SIGNING_SECRET: SECRET }, /SLACK_BOT_TOKEN is missing/],
    ['only SLACK_BOT_TOKEN', { SLACK_BOT_TOKEN: BOT }, /SLACK_SIGNING_SECRET \(HTTP mode\) or SLACK_APP_TOKEN \(Socket Mode\) is missing/],
    ['only SLACK_APP_TOKEN', { SLACK_APP_TOKEN: APP }, /SLACK_BOT_TOKEN is missing/],
    ['SLACK_APP_TOKEN + SLACK_SIGNING_SECRET', { SLACK_APP_TOKEN: APP, SLACK_SIGNING_SECRET: SECRET }, /SLACK_BOT_TOKEN is missing/],
  ];

  it('exits non-zero, names what is missing, and prints no secret', async () => {
    const results = await Promise.all(cases.map(([, env]) => runMain(env)));
    results.forEach((r, i) => {
      const [name, , message] = cases[i];
      expect({ name, code: r.code }).toEqual({ name, code: 1 });
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/Valid Slack settings/);
      for (const v of [SECRET, BOT, APP]) expect(r.stdout + r.stderr).not.toContain(v);
    });
  }, 60_000);
});
