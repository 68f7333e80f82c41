/**
 * The Slack path under load: signed `/vpn sizing …` slash commands over loopback HTTP at 100 concurrent
 * requests, against vpn-advisor's server (HTTP mode) and a bare Bolt app that only acknowledges.
 * Three processes: each server alone, and the load generator (bench/load.ts, one process per run).
 * Two kinds of traffic, each sent to both servers:
 * - repeat: `sizing 5000 users` every time (the advisor's rendered-answer cache hits);
 * - distinct: a different command every request (the engine and the renderer run each time).
 * Runs alternate bare/advisor (the order flips each round) so drift in machine load hits both; each
 * round gives a p99 ratio advisor/bare per kind, and the bench reports the median of the rounds' ratios
 * with their range: one noisy run moves the range, not the median.
 *
 *   npx tsx bench/slack.ts              prints a table (`--json`: the figures)
 *   benchSlack()                        returns the figures (bench/run.ts)
 * Environment: BENCH_SLACK_ROUNDS (default 5), BENCH_SLACK_SECONDS per run (default 5),
 * BENCH_PROFILE=<dir>: the advisor runs under `node --cpu-prof` and writes its profile there
 * (read it with `npx tsx bench/profile-top.ts <dir>/*.cpuprofile`); BENCH_ADVISOR_NODE_ARGS: more node flags
 * for the advisor's process (experiments, e.g. `--max-semi-space-size=64`).
 */
import { cpus, loadavg } from 'node:os';
import type { LoadMix, LoadResult } from './load';
import { runLoad, type ServerProcess, startServer } from './processes';
import type { ServerKind } from './serve';
import { formatSpread, round, spread } from './stats';

const CONNECTIONS = 100;
/** Before the rounds, per server and kind: JIT and caches; within every run, before its latencies count. */
const WARMUP_SECONDS = 2;
const RUN_WARM_SECONDS = 1;
const ALL_MIXES = ['repeat', 'distinct'] as const;
/** BENCH_SLACK_MIXES=distinct measures one kind of traffic only (experiments). */
const MIXES = ALL_MIXES.filter((m) => (process.env.BENCH_SLACK_MIXES ?? 'repeat,distinct').split(',').includes(m));
const KINDS: ServerKind[] = ['bare', 'advisor'];

/** A run's latencies, and the server's CPU time per response during it. */
type Run = LoadResult & { cpuMsPerResponse: number };
type Runs = Record<'repeat' | 'distinct', Record<ServerKind, Run[]>>;

async function measure(rounds: number, seconds: number): Promise<Runs> {
  const profileDir = process.env.BENCH_PROFILE;
  const advisorArgs = [
    ...(process.env.BENCH_ADVISOR_NODE_ARGS ?? '').split(' ').filter(Boolean),
    ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
  ];
  const servers: Record<ServerKind, ServerProcess> = {
    bare: await startServer('bare'),
    advisor: await startServer('advisor', { nodeArgs: advisorArgs }),
  };
  let offset = 0;
  const load = async (kind: ServerKind, mix: LoadMix, secs: number): Promise<Run> => {
    offset += 1_000_000;
    const cpuBefore = await servers[kind].cpuMicros();
    const r = await runLoad({
      port: servers[kind].port,
      seconds: secs,
      warmSeconds: RUN_WARM_SECONDS,
      connections: CONNECTIONS,
      mix,
      offset,
    });
    const cpu = (await servers[kind].cpuMicros()) - cpuBefore;
    return { ...r, cpuMsPerResponse: cpu / 1000 / Math.max(1, r.responses) };
  };
  try {
    for (const kind of KINDS) for (const mix of MIXES) await load(kind, mix, WARMUP_SECONDS); // JIT, sockets
    const runs: Runs = { repeat: { bare: [], advisor: [] }, distinct: { bare: [], advisor: [] } };
    for (let r = 0; r < rounds; r++) {
      for (const mix of MIXES) {
        const order = r % 2 === 0 ? KINDS : [...KINDS].reverse();
        for (const kind of order) runs[mix][kind].push(await load(kind, mix, seconds));
      }
    }
    return runs;
  } finally {
    await Promise.all([servers.bare.stop(), servers.advisor.stop()]);
  }
}

export async function benchSlack(): Promise<Record<string, number>> {
  const rounds = Number(process.env.BENCH_SLACK_ROUNDS ?? 5);
  const seconds = Number(process.env.BENCH_SLACK_SECONDS ?? 5);
  if (!(rounds >= 1 && seconds >= 1)) throw new Error('bench: BENCH_SLACK_ROUNDS and BENCH_SLACK_SECONDS must be at least 1');
  const loadBefore = loadavg()[0];
  const runs = await measure(rounds, seconds);
  // Other work on the machine narrows or widens the gap between the servers: record it beside the figures.
  const figures: Record<string, number> = {
    connections: CONNECTIONS,
    rounds,
    seconds_per_run: seconds,
    'machine.cpus': cpus().length,
    'machine.loadavg_1m_before': round(loadBefore),
    'machine.loadavg_1m_after': round(loadavg()[0]),
  };
  for (const mix of MIXES) {
    for (const kind of KINDS) {
      const rs = runs[mix][kind];
      const name = `${mix}.${kind}`;
      figures[`${name}.p50_ms`] = round(spread(rs.map((r) => r.p50)).median, 1);
      figures[`${name}.p99_ms`] = round(spread(rs.map((r) => r.p99)).median, 1);
      figures[`${name}.req_per_s`] = round(spread(rs.map((r) => r.reqPerSec)).median, 0);
      figures[`${name}.failed`] = rs.reduce((n, r) => n + r.failed, 0);
      figures[`${name}.cpu_ms_per_request`] = round(spread(rs.map((r) => r.cpuMsPerResponse)).median, 3);
    }
    for (const q of ['p50', 'p99', 'cpuMsPerResponse'] as const) {
      const ratios = runs[mix].advisor.map((a, i) => a[q] / Math.max(runs[mix].bare[i][q], 1e-9));
      const s = spread(ratios);
      const name = q === 'cpuMsPerResponse' ? 'cpu' : q;
      figures[`${mix}.${name}_ratio.median`] = round(s.median);
      figures[`${mix}.${name}_ratio.min`] = round(s.min);
      figures[`${mix}.${name}_ratio.max`] = round(s.max);
    }
  }
  return figures;
}

function printTable(f: Record<string, number>): void {
  console.log(
    `Slack slash command over loopback, ${f.connections} concurrent requests; ${f.rounds} rounds of ${f.seconds_per_run} s per server and kind, bare/advisor alternating`,
  );
  console.log('(latency: median over the rounds; ratio advisor/bare: median (min–max) of the per-round ratios)');
  console.log(
    `machine: ${f['machine.cpus']} CPUs, load average ${f['machine.loadavg_1m_before']} before, ${f['machine.loadavg_1m_after']} after`,
  );
  for (const mix of MIXES) {
    const ratio = (q: string) =>
      formatSpread({ median: f[`${mix}.${q}_ratio.median`], min: f[`${mix}.${q}_ratio.min`], max: f[`${mix}.${q}_ratio.max`] });
    console.log(`\n${mix}`);
    for (const kind of KINDS) {
      const n = `${mix}.${kind}`;
      console.log(
        `  ${kind.padEnd(8)} p50 ${String(f[`${n}.p50_ms`]).padStart(5)} ms  p99 ${String(f[`${n}.p99_ms`]).padStart(5)} ms  ${String(f[`${n}.req_per_s`]).padStart(6)} req/s  server CPU ${f[`${n}.cpu_ms_per_request`]} ms/request  failed ${f[`${n}.failed`]}`,
      );
    }
    console.log(`  ratio    p50 ${ratio('p50')}×   p99 ${ratio('p99')}×   server CPU per request ${ratio('cpu')}×`);
  }
}

if (require.main === module) {
  benchSlack().then(
    (f) => (process.argv.includes('--json') ? console.log(JSON.stringify(f, null, 2)) : printTable(f)),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
