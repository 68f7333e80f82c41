/**
 * Starts the real server (startVpnAdvisor) on 127.0.0.1 with Slack pointed at a stand-in, logs kept in
 * memory, the evaluation date pinned, and a clock the test can move.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startVpnAdvisor, type RunningAdvisor, type StartOptions } from '../../bot/server-lifecycle';
import { memorySink } from '../../bot/log';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-stand-in';

export const AS_OF = '2026-11-21';
export const SECRET = 'test-signing-secret-8f14e45fceea167a5a36dedd4bea2543';
export const BOT_TOKEN = 'xoxb-1111-2222-testbottoken';
export const APP_TOKEN = 'xapp-1-A0APP-3333-testapptoken';
export const SITE = 'https://vpn.example.test';

export interface Harness {
  advisor: RunningAdvisor;
  standIn: SlackStandIn;
  events: string;
  logs: string[];
  clock: { now: number };
  stop(): Promise<void>;
}

export async function startHarness(
  opts: { mode?: 'http' | 'socket'; env?: Record<string, string>; start?: Partial<StartOptions>; prepare?: (s: SlackStandIn) => void } = {},
): Promise<Harness> {
  const standIn = await startSlackStandIn();
  opts.prepare?.(standIn);
  const { sink, lines } = memorySink();
  const clock = { now: Date.now() };
  // Each server its own embedded store: test files run in parallel, and DATA_DIR serves one process.
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vpn-advisor-store-'));
  const credentials = opts.mode === 'socket' ? { SLACK_APP_TOKEN: APP_TOKEN } : { SLACK_SIGNING_SECRET: SECRET };
  const advisor = await startVpnAdvisor({
    env: {
      PORT: '0',
      HOST: '127.0.0.1',
      SITE_URL: SITE,
      LOG_LEVEL: 'debug', // the most verbose logs, so the redaction check sees everything
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_BOT_ID: 'B0BOT',
      SLACK_BOT_USER_ID: 'U0BOT',
      SLACK_API_URL: standIn.apiUrl,
      DATA_DIR: dataDir,
      ...credentials,
      ...opts.env,
    },
    sink,
    asOf: AS_OF,
    now: () => clock.now,
    webApi: { timeoutMs: 400, retries: 1, minRetryDelayMs: 20, maxRetryAfterSeconds: 1, responseUrlTimeoutMs: 400 },
    socketRetry: { firstDelayMs: 50, maxDelayMs: 200 },
    ...opts.start,
  });
  return {
    advisor,
    standIn,
    events: `${advisor.url}/slack/events`,
    logs: lines,
    clock,
    async stop() {
      await advisor.stop();
      await standIn.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every string value anywhere in a JSON value. */
export function allStrings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v))
    v.forEach((x) => {
      allStrings(x, out);
    });
  else if (v && typeof v === 'object')
    Object.values(v).forEach((x) => {
      allStrings(x, out);
    });
  return out;
}

/** Every mrkdwn text object in some blocks. */
export function mrkdwnObjects(v: unknown, out: Array<Record<string, unknown>> = []): Array<Record<string, unknown>> {
  if (Array.isArray(v))
    v.forEach((x) => {
      mrkdwnObjects(x, out);
    });
  else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (o.type === 'mrkdwn') out.push(o);
    Object.values(o).forEach((x) => {
      mrkdwnObjects(x, out);
    });
  }
  return out;
}
