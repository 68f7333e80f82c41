/**
 * `npm run soak`: mixed traffic against vpn-advisor's server for a long run — signed slash commands
 * (repeated and distinct), mentions (answered through a local Slack Web API stand-in), /api/ask and static
 * pages — at 100 connections, with the server's RSS sampled every 10 s. Reports p50/p99, errors, and the
 * RSS slope after warm-up; exits 1 when a request failed or RSS grew faster than RSS_FLAT_MB_PER_MIN.
 * The server, the load generator and this process (the stand-in, the report) each run in their own process.
 *
 * Environment: SOAK_SECONDS (default 600), SOAK_CONNECTIONS (default 100), SOAK_SAMPLE_SECONDS (default 10),
 * SOAK_SITE_DIR (the built docs site; default site/build, which `npm run site:build` makes),
 * SOAK_LEDGER_TTL_SECONDS (default 90): how long the server's event ledger keeps an answered event's id.
 * In production that is an hour: Slack's retries come within minutes, and a workspace sends a few events a
 * second. This run sends hundreds of mentions a second, so with an hour the ledger would grow through the
 * whole run by design (rate × TTL ids) and hide any other growth; shortened, it reaches its steady state
 * within the warm-up, and what still grows after that is a leak.
 *   SOAK_SECONDS=60 npm run soak        a one-minute try
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { runLoad } from './processes';
import { startServer } from './processes';
import { round } from './stats';

/** Above this RSS growth after warm-up (least squares over the samples) the run counts as leaking. */
const RSS_FLAT_MB_PER_MIN = 1;
/** Samples before this point are warm-up (JIT, caches filling): the first quarter of the run, at most 2 minutes. */
const warmupSeconds = (total: number) => Math.min(120, total / 4);
/** Within the load generator's run: latencies before this are the connections opening, not the steady state. */
const LOAD_WARM_SECONDS = 5;

interface Sample {
  atSeconds: number;
  rssMb: number;
  heapMb: number;
  /** The heap after the last full collection (0 before the first): what the server holds, without garbage. */
  liveHeapMb: number;
  /** What V8 has reserved for its heap (young generation included), and memory outside it (Buffers): RSS's parts. */
  heapTotalMb: number;
  externalMb: number;
}

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`soak: ${name} must be a positive number of seconds or connections, not "${raw}"`);
  return n;
}

/** Slack's Web API as far as a mention's reply needs it: every method answers ok, and calls are counted. */
async function startWebApiStandIn(): Promise<{ url: string; calls: Map<string, number>; server: Server }> {
  const calls = new Map<string, number>();
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0];
      calls.set(method, (calls.get(method) ?? 0) + 1);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, channel: 'C0CHAN', ts: '1700000000.000200' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`, calls, server };
}

/** Least-squares slope of y over x. */
function slope(points: ReadonlyArray<[number, number]>): number {
  const n = points.length;
  if (n < 2) return Number.NaN;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  return sxy / sxx;
}

async function soak(): Promise<boolean> {
  const seconds = envNumber('SOAK_SECONDS', 600);
  const connections = envNumber('SOAK_CONNECTIONS', 100);
  const sampleSeconds = envNumber('SOAK_SAMPLE_SECONDS', 10);
  const siteDir = process.env.SOAK_SITE_DIR ?? path.resolve(__dirname, '..', 'site', 'build');
  if (!existsSync(path.join(siteDir, 'index.html')))
    throw new Error(`soak: no built docs site in ${siteDir} (npm run site:build, or set SOAK_SITE_DIR): static pages would all fail`);

  const ledgerTtlSeconds = envNumber('SOAK_LEDGER_TTL_SECONDS', 90);

  const webApi = await startWebApiStandIn();
  const server = await startServer('advisor', {
    env: {
      BENCH_SAMPLE_MS: String(sampleSeconds * 1000),
      BENCH_SLACK_API_URL: webApi.url,
      BENCH_SITE_DIR: siteDir,
      BENCH_LEDGER_TTL_SECONDS: String(ledgerTtlSeconds),
    },
  });
  const started = performance.now();
  const samples: Sample[] = [];
  let pending = '';
  server.child.stdout?.on('data', (d: Buffer) => {
    pending += d;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const m = /^MEM (\d+) (\d+) (\d+) (\d+) (\d+)$/.exec(line);
      if (m)
        samples.push({
          atSeconds: (performance.now() - started) / 1000,
          rssMb: Number(m[1]) / 2 ** 20,
          heapMb: Number(m[2]) / 2 ** 20,
          liveHeapMb: Number(m[3]) / 2 ** 20,
          heapTotalMb: Number(m[4]) / 2 ** 20,
          externalMb: Number(m[5]) / 2 ** 20,
        });
    }
  });
  console.log(`soak: ${seconds} s of mixed traffic at ${connections} connections; server RSS every ${sampleSeconds} s`);
  try {
    const result = await runLoad({ port: server.port, seconds, warmSeconds: LOAD_WARM_SECONDS, connections, mix: 'mixed', offset: 0 });
    // The ledger's first ids must have expired before the slope counts.
    const warm = Math.max(warmupSeconds(seconds + LOAD_WARM_SECONDS), Math.min(ledgerTtlSeconds + 30, seconds / 2));
    const steady = samples.filter((s) => s.atSeconds >= warm);
    const rssSlope = slope(steady.map((s) => [s.atSeconds / 60, s.rssMb]));
    const heapSlope = slope(steady.map((s) => [s.atSeconds / 60, s.heapMb]));
    const live = steady.filter((s) => s.liveHeapMb > 0);
    const liveSlope = slope(live.map((s) => [s.atSeconds / 60, s.liveHeapMb]));
    const reservedSlope = slope(steady.map((s) => [s.atSeconds / 60, s.heapTotalMb]));
    const externalSlope = slope(steady.map((s) => [s.atSeconds / 60, s.externalMb]));
    const mentions = webApi.calls.get('chat.postMessage') ?? 0;
    console.log(`  requests        ${result.total} in ${seconds} s (${round(result.reqPerSec, 0)}/s)`);
    console.log(`  latency         p50 ${round(result.p50, 1)} ms, p99 ${round(result.p99, 1)} ms, max ${round(result.max, 1)} ms`);
    console.log(`  failed          ${result.failed} (non-2xx, socket errors, timeouts)`);
    console.log(`  mention replies ${mentions} (chat.postMessage calls the stand-in received)`);
    const perSecond = mentions / seconds;
    console.log(
      `  event ledger    ids kept ${ledgerTtlSeconds} s here (1 hour in production: at this run's ${round(perSecond, 0)} mentions/s that would be ${Math.round(perSecond * 3600)} ids, held by design)`,
    );
    for (const s of samples)
      console.log(
        `  t=${String(Math.round(s.atSeconds)).padStart(4)} s  RSS ${s.rssMb.toFixed(1)} MB  heap ${s.heapMb.toFixed(1)} MB  after the last full GC ${s.liveHeapMb.toFixed(1)} MB  reserved ${s.heapTotalMb.toFixed(1)} MB  external ${s.externalMb.toFixed(1)} MB`,
      );
    console.log(
      `  after ${Math.round(warm)} s of warm-up (${steady.length} samples): RSS slope ${round(rssSlope, 2)} MB/min, heap slope ${round(heapSlope, 2)} MB/min, heap after full GCs ${round(liveSlope, 2)} MB/min, heap reserved ${round(reservedSlope, 2)} MB/min, external ${round(externalSlope, 2)} MB/min`,
    );
    const flat = steady.length >= 2 && rssSlope <= RSS_FLAT_MB_PER_MIN;
    const ok = result.failed === 0 && flat && mentions > 0;
    console.log(
      ok
        ? `soak: passed (no errors; RSS flat: at most ${RSS_FLAT_MB_PER_MIN} MB/min)`
        : `soak: FAILED (${[
            result.failed ? `${result.failed} failed requests` : '',
            flat ? '' : steady.length < 2 ? 'too few RSS samples after warm-up: run longer' : `RSS grows ${round(rssSlope, 2)} MB/min`,
            mentions ? '' : 'no mention was answered',
          ]
            .filter(Boolean)
            .join('; ')})`,
    );
    return ok;
  } finally {
    await server.stop();
    webApi.server.close();
  }
}

soak().then(
  (ok) => {
    process.exitCode = ok ? 0 : 1;
  },
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  },
);
