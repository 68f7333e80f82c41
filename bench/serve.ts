/**
 * A server under test, alone in its own process (spawned by bench/processes.ts): prints `PORT <n>` once it
 * listens, then, when BENCH_SAMPLE_MS is set, `MEM <rss> <heapUsed> <heap after the last full GC> <heapTotal> <external>` every that many
 * milliseconds, and
 * `CPU <microseconds>` (user + system so far) on each SIGUSR2.
 *   node dist/bench-serve.js advisor|bare   (bench/processes.ts bundles it first)
 * Exits on SIGTERM through process.exit, so `node --cpu-prof` / `--heap-prof` write their files.
 * Environment: BENCH_SITE_DIR (the advisor's docs site), BENCH_SLACK_API_URL (its Slack Web API),
 * BENCH_LEDGER_TTL_SECONDS (how long its event ledger keeps an answered event's id; default 1 hour).
 */
import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { AS_OF, BOT_TOKEN, SIGNING_SECRET } from './slack-fixture';

export type ServerKind = 'advisor' | 'bare';

async function startAdvisor(): Promise<number> {
  const { startVpnAdvisor } = require('../bot/server-lifecycle') as typeof import('../bot/server-lifecycle');
  const running = await startVpnAdvisor({
    env: {
      PORT: '0',
      HOST: '127.0.0.1',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_BOT_ID: 'B0BENCH',
      SLACK_BOT_USER_ID: 'U0BENCH',
      // Slash commands never call the Web API; mentions do (the soak points this at its stand-in).
      SLACK_API_URL: process.env.BENCH_SLACK_API_URL ?? 'http://127.0.0.1:9/api/',
      LOG_LEVEL: 'error',
      // The load comes from one address: the per-client limit on /api/* would answer most of it 429.
      API_RATE_PER_MINUTE: '0',
      // Its own embedded store (a developer's `npm start` may hold ./.data).
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'vpn-advisor-bench-')),
    },
    sink: () => undefined,
    asOf: AS_OF,
    ...(process.env.BENCH_LEDGER_TTL_SECONDS ? { eventLedgerTtlMs: Number(process.env.BENCH_LEDGER_TTL_SECONDS) * 1000 } : {}),
    ...(process.env.BENCH_SITE_DIR ? { siteDir: process.env.BENCH_SITE_DIR } : {}),
  });
  return running.port;
}

/** Bolt alone, acknowledging the slash command with an empty body: the floor the advisor is compared with. */
async function startBare(): Promise<number> {
  const { App, LogLevel } = require('@slack/bolt') as typeof import('@slack/bolt');
  const app = new App({
    signingSecret: SIGNING_SECRET,
    token: BOT_TOKEN,
    botId: 'B0BENCH',
    botUserId: 'U0BENCH',
    tokenVerificationEnabled: false,
    logLevel: LogLevel.ERROR,
  });
  app.command('/vpn', async ({ ack }) => {
    await ack();
  });
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as unknown as Server;
  return (server.address() as AddressInfo).port;
}

async function main(kind: string): Promise<void> {
  if (kind !== 'advisor' && kind !== 'bare') throw new Error(`bench/serve.ts: kind is advisor or bare, not "${kind}"`);
  process.on('SIGTERM', () => process.exit(0));
  // The bench asks for the CPU time used so far (before and after a run): unlike latency, CPU time per
  // request hardly changes when other work shares the machine.
  process.on('SIGUSR2', () => {
    const { user, system } = process.cpuUsage();
    process.stdout.write(`CPU ${user + system}\n`);
  });
  const port = kind === 'advisor' ? await startAdvisor() : await startBare();
  process.stdout.write(`PORT ${port}\n`);
  const every = Number(process.env.BENCH_SAMPLE_MS ?? 0);
  if (every > 0) {
    // The heap right after each full (mark-compact) collection is what the process really holds; heapUsed
    // at a random moment also counts garbage not yet collected, and swings by a hundred MB under load.
    let liveHeap = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if ((e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR)
          liveHeap = process.memoryUsage().heapUsed;
    }).observe({ entryTypes: ['gc'] });
    setInterval(() => {
      const m = process.memoryUsage();
      process.stdout.write(`MEM ${m.rss} ${m.heapUsed} ${liveHeap} ${m.heapTotal} ${m.external}\n`);
    }, every);
  }
}

main(process.argv[2] ?? '').catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
