/**
 * Engine benchmark: in-process answers per second and p50/p99 latency per command (every declared
 * example, evaluation date pinned), and the CLI's whole-process time next to a bare `node -e 0`
 * measured in the same run. `npx tsx bench/engine.ts` prints a table; `--json` prints the figures.
 * Quality bars (the product brief's): every command but search well under 1 ms p99 in-process; the CLI under 0.5 s.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadKnowledge } from '../knowledge';
import { commands, runCommand } from '../shared';

const AS_OF = '2026-11-21';
const BASE = 'http://localhost:3000';
const ROOT = path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'dist/vpn.js');

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

const round = (n: number, digits = 4) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Times every example of one command, round-robin, after a warm-up; returns per-call milliseconds. */
function timeCommand(examples: readonly string[], iterations: number): { samples: number[]; totalMs: number; cpuMs: number } {
  const kb = loadKnowledge();
  const run = (q: string) => runCommand(q, { kb, asOf: AS_OF, base: BASE });
  for (let i = 0; i < 500; i++) run(examples[i % examples.length]);
  const samples: number[] = new Array(iterations);
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < iterations; i++) {
    const q = examples[i % examples.length];
    const t = performance.now();
    run(q);
    samples[i] = performance.now() - t;
  }
  const cpu = process.cpuUsage(cpu0);
  return { samples, totalMs: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function timeProcess(args: string[], runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    out.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`vpn-advisor bench: node ${args.join(' ')} exited ${r.status}`);
  }
  return out.sort((a, b) => a - b);
}

export interface EngineBenchOptions {
  /** Timed calls per command. Default 3,000. */
  iterations?: number;
  /** Whole-process CLI runs (and as many `node -e 0` runs). Default 20. */
  cliRuns?: number;
}

/** Figures keyed `<command>.p50_ms`, `<command>.p99_ms`, `<command>.per_sec`, `cli.*`; milliseconds unless named otherwise. */
export async function benchEngine(opts: EngineBenchOptions = {}): Promise<Record<string, number>> {
  const iterations = opts.iterations ?? 3000;
  const cliRuns = opts.cliRuns ?? 20;
  // Wall-clock tails depend on what else the machine runs: record it beside the figures.
  const figures: Record<string, number> = { 'machine.cpus': os.cpus().length, 'machine.loadavg_1m': round(os.loadavg()[0], 2) };
  loadKnowledge();

  const all: number[] = [];
  let allMs = 0;
  for (const c of commands) {
    if (c.name === 'search') continue; // measured by bench/search.ts against its own budget
    const { samples, totalMs, cpuMs } = timeCommand(c.examples, iterations);
    const sorted = [...samples].sort((a, b) => a - b);
    figures[`${c.name}.p50_ms`] = round(quantile(sorted, 0.5));
    figures[`${c.name}.p99_ms`] = round(quantile(sorted, 0.99));
    figures[`${c.name}.per_sec`] = Math.round(iterations / (totalMs / 1000));
    // CPU time per answer (process-wide, so it includes GC): unlike wall time, other processes on the box don't inflate it.
    figures[`${c.name}.cpu_mean_ms`] = round(cpuMs / iterations);
    all.push(...samples);
    allMs += totalMs;
  }
  const sortedAll = all.sort((a, b) => a - b);
  figures['all.p50_ms'] = round(quantile(sortedAll, 0.5));
  figures['all.p99_ms'] = round(quantile(sortedAll, 0.99));
  figures['all.max_ms'] = round(sortedAll[sortedAll.length - 1]);
  figures['all.per_sec'] = Math.round(all.length / (allMs / 1000));

  if (existsSync(CLI) && cliRuns > 0) {
    // Interleaving would be fairer to noise, but the baseline must not share the CLI's warm file cache order; run baseline first.
    const baseline = timeProcess(['-e', '0'], cliRuns);
    const cli = timeProcess([CLI, 'sizing', '5000', 'users', '--as-of', AS_OF], cliRuns);
    figures['cli.median_ms'] = round(quantile(cli, 0.5), 1);
    figures['cli.p95_ms'] = round(quantile(cli, 0.95), 1);
    figures['node_baseline.median_ms'] = round(quantile(baseline, 0.5), 1);
    figures['node_baseline.p95_ms'] = round(quantile(baseline, 0.95), 1);
    figures['cli.ratio_to_baseline'] = round(quantile(cli, 0.5) / quantile(baseline, 0.5), 2);
  }
  return figures;
}

function printTable(f: Record<string, number>): void {
  const names = commands.map((c) => c.name).filter((n) => `${n}.p50_ms` in f);
  const rows = [
    ['command', 'answers/s', 'p50 ms', 'p99 ms', 'cpu ms/answer'],
    ...names.map((n) => [
      n,
      String(f[`${n}.per_sec`]),
      f[`${n}.p50_ms`].toFixed(4),
      f[`${n}.p99_ms`].toFixed(4),
      f[`${n}.cpu_mean_ms`].toFixed(4),
    ]),
  ];
  rows.push(['all', String(f['all.per_sec']), f['all.p50_ms'].toFixed(4), f['all.p99_ms'].toFixed(4), '']);
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  console.log(
    `Engine, in-process (as of ${AS_OF}; every declared example, round-robin; ${f['machine.cpus']} CPUs, load average ${f['machine.loadavg_1m']})`,
  );
  for (const [i, r] of rows.entries()) {
    console.log(r.map((c, j) => (j === 0 ? c.padEnd(w[j]) : c.padStart(w[j]))).join('  '));
    if (i === 0) console.log(w.map((x) => '─'.repeat(x)).join('  '));
  }
  if ('cli.median_ms' in f) {
    console.log('\nCLI as a whole process: node dist/vpn.js sizing 5000 users');
    console.log(`  median ${f['cli.median_ms']} ms, p95 ${f['cli.p95_ms']} ms`);
    console.log(
      `  node -e 0 baseline: median ${f['node_baseline.median_ms']} ms, p95 ${f['node_baseline.p95_ms']} ms (ratio ${f['cli.ratio_to_baseline']}×)`,
    );
  } else {
    console.log('\nCLI: dist/vpn.js not built (node scripts/build-cli.mjs); skipped');
  }
}

if (require.main === module) {
  benchEngine()
    .then((f) => (process.argv.includes('--json') ? console.log(JSON.stringify(f, null, 2)) : printTable(f)))
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
