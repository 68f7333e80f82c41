/**
 * The Slack path under load: a signed `/vpn sizing …` over loopback HTTP at 100 concurrent requests
 * (autocannon), against vpn-advisor's server in HTTP mode and a bare Bolt app that only acknowledges,
 * measured in the same run:
 * - advisor: the same command every time (`sizing 5000 users`): the bot's rendered-answer cache hits;
 * - advisor_distinct: a different command every request (`sizing 1001 users`, `sizing 1002 users`, …):
 *   every request runs the engine and the renderer;
 * - bare: Bolt acknowledging with an empty body.
 * Each server runs in its own process, so the load generator doesn't share its event loop.
 *
 *   npx tsx bench/slack.ts            prints a table
 *   benchSlack()                      returns the figures (bench/run.ts)
 * BENCH_SLACK_SECONDS sets the measured duration per series (default 4; about 25 s in all).
 */
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { signedHeaders, slashCommand } from '../test/support/signed-request';

const SECRET = 'bench-signing-secret-0123456789abcdef';
const BOT_TOKEN = 'xoxb-0000-0000-benchtoken';
const AS_OF = '2026-11-21';
const CONNECTIONS = 100;

interface AutocannonResult {
  latency: { p50: number; p99: number; average: number };
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;
// autocannon ships no types; this is the part we use.
const autocannon = require('autocannon') as Autocannon;

type Kind = 'advisor' | 'bare';

/** Child side: start one server on 127.0.0.1:0 and print its port. */
async function serve(kind: Kind): Promise<void> {
  let port: number;
  if (kind === 'advisor') {
    const { startVpnAdvisor } = require('../bot/server-lifecycle') as typeof import('../bot/server-lifecycle');
    const running = await startVpnAdvisor({
      env: {
        PORT: '0',
        HOST: '127.0.0.1',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_BOT_ID: 'B0BENCH',
        SLACK_BOT_USER_ID: 'U0BENCH',
        // Nothing in a slash command calls the Web API; point it nowhere, just in case.
        SLACK_API_URL: 'http://127.0.0.1:9/api/',
        LOG_LEVEL: 'error',
      },
      sink: () => undefined,
      asOf: AS_OF,
    });
    port = running.port;
  } else {
    const { App, LogLevel } = require('@slack/bolt') as typeof import('@slack/bolt');
    const app = new App({
      signingSecret: SECRET,
      token: BOT_TOKEN,
      botId: 'B0BENCH',
      botUserId: 'U0BENCH',
      tokenVerificationEnabled: false,
      logLevel: LogLevel.ERROR,
    });
    app.command('/vpn', async ({ ack }) => {
      await ack();
    });
    const server = (await app.start({ port: 0, host: '127.0.0.1' })) as unknown as import('node:http').Server;
    port = (server.address() as AddressInfo).port;
  }
  process.stdout.write(`PORT ${port}\n`);
}

/** Parent side: one server in a child process; resolves with its port and a stop function. */
async function startChild(kind: Kind): Promise<{ port: number; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', __filename, '--serve', kind], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`bench: ${kind} server did not start`)), 30_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d;
      const m = /PORT (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`bench: ${kind} server exited (${code})`)));
  });
  return { port, stop: () => child.kill() };
}

function load(port: number, seconds: number, distinct = false): Promise<AutocannonResult> {
  const url = `http://127.0.0.1:${port}/slack/events`;
  if (!distinct) {
    const { body, contentType } = slashCommand('sizing 5000 users');
    // One timestamp for the run: Bolt accepts it for 5 minutes, far longer than the run.
    return autocannon({
      url,
      method: 'POST',
      body,
      headers: { 'content-type': contentType, ...signedHeaders(body, SECRET) },
      connections: CONNECTIONS,
      duration: seconds,
    });
  }
  let n = 0;
  return autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        setupRequest: (req: Record<string, unknown>) => {
          const { body, contentType } = slashCommand(`sizing ${1001 + (n++ % 1_000_000)} users`);
          return { ...req, body, headers: { 'content-type': contentType, ...signedHeaders(body, SECRET) } };
        },
      },
    ],
  });
}

type Series = 'bare' | 'advisor' | 'advisor_distinct';

/** Both servers run side by side (idle while the other is measured), measured in alternating rounds, so
 * that a change in machine load during the run doesn't masquerade as a difference between them. */
async function measureAll(seconds: number): Promise<Record<Series, AutocannonResult[]>> {
  const [bare, advisor] = await Promise.all([startChild('bare'), startChild('advisor')]);
  try {
    await load(bare.port, 1); // warm-up: JIT, sockets
    await load(advisor.port, 1, true);
    const runs: Record<Series, AutocannonResult[]> = { bare: [], advisor: [], advisor_distinct: [] };
    for (let i = 0; i < 2; i++) {
      runs.bare.push(await load(bare.port, seconds / 2));
      runs.advisor.push(await load(advisor.port, seconds / 2));
      runs.advisor_distinct.push(await load(advisor.port, seconds / 2, true));
    }
    return runs;
  } finally {
    bare.stop();
    advisor.stop();
  }
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Figures of the alternating halves: mean of p50 and of requests/s, the worse p99. */
function combine(rs: AutocannonResult[]): AutocannonResult {
  return {
    latency: {
      p50: mean(rs.map((r) => r.latency.p50)),
      p99: Math.max(...rs.map((r) => r.latency.p99)),
      average: mean(rs.map((r) => r.latency.average)),
    },
    requests: { average: mean(rs.map((r) => r.requests.average)), total: rs.reduce((n, r) => n + r.requests.total, 0) },
    non2xx: rs.reduce((n, r) => n + r.non2xx, 0),
    errors: rs.reduce((n, r) => n + r.errors, 0),
    timeouts: rs.reduce((n, r) => n + r.timeouts, 0),
  };
}

export async function benchSlack(): Promise<Record<string, number>> {
  const seconds = Number(process.env.BENCH_SLACK_SECONDS ?? 4);
  const runs = await measureAll(seconds);
  const bare = combine(runs.bare);
  const figures: Record<string, number> = { connections: CONNECTIONS };
  const series: Array<[string, AutocannonResult]> = [
    ['bare', bare],
    ['advisor', combine(runs.advisor)],
    ['advisor_distinct', combine(runs.advisor_distinct)],
  ];
  for (const [name, r] of series) {
    figures[`${name}_p50_ms`] = r.latency.p50;
    figures[`${name}_p99_ms`] = r.latency.p99;
    figures[`${name}_req_per_s`] = round(r.requests.average, 0);
    figures[`${name}_failed`] = r.non2xx + r.errors + r.timeouts;
  }
  for (const [name, r] of series.slice(1)) {
    figures[`${name}_p50_ratio`] = round(r.latency.p50 / Math.max(bare.latency.p50, 1e-9));
    figures[`${name}_p99_ratio`] = round(r.latency.p99 / Math.max(bare.latency.p99, 1e-9));
  }
  return figures;
}

if (require.main === module) {
  const i = process.argv.indexOf('--serve');
  if (i !== -1) {
    serve(process.argv[i + 1] as Kind).catch((e) => {
      console.error(e);
      process.exit(1);
    });
  } else {
    benchSlack().then(
      (figures) => {
        const width = Math.max(...Object.keys(figures).map((k) => k.length));
        console.log(`Slack slash command over loopback, ${CONNECTIONS} concurrent requests`);
        for (const [k, v] of Object.entries(figures)) console.log(`  ${k.padEnd(width)}  ${v}`);
      },
      (e) => {
        console.error(e);
        process.exit(1);
      },
    );
  }
}
