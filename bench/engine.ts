/**
 * Engine benchmark: in-process answers per second and p50/p99 latency per command (every declared
 * example, evaluation date pinned), bytes allocated per answer, and the CLI's whole-process time next to
 * a bare `node -e 0`, interleaved in the same run. `npx tsx bench/engine.ts` prints a table; `--json`
 * prints the figures.
 * Quality bars (the product brief's): every command but search well under 1 ms p99 in-process; the CLI
 * under 0.5 s and within 2× of `node -e 0`.
 *
 * Allocations: Node 20's V8 doesn't expose a running total of allocated bytes (getHeapStatistics has no
 * total_allocated_bytes), so a child process (`--expose-gc`, 64 MB semi-spaces so that no scavenge runs
 * inside a batch) measures the growth of the used heap over a batch of answers after a full GC; a batch
 * during which the heap shrank (a GC ran) is discarded, and the median batch is reported.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { loadKnowledge } from '../knowledge';
import { commands, runCommand } from '../shared';
import { messageJson } from '../bot/slack/json-ack';
import { renderBlockKit } from '../shared/render/block-kit';
import { distinctCommand } from './slack-fixture';
import { quantile, spread } from './stats';

const AS_OF = '2026-11-21';
const BASE = 'http://localhost:3000';
const ROOT = path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'dist/vpn.js');

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

function timeProcess(args: string[]): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`vpn-advisor bench: node ${args.join(' ')} exited ${r.status}`);
  return ms;
}

/** The CLI and `node -e 0` in turns (so a busy moment slows both), with the ratio of each pair. */
function timeCli(runs: number): { cli: number[]; baseline: number[]; ratios: number[] } {
  const cliArgs = [CLI, 'sizing', '5000', 'users', '--as-of', AS_OF];
  timeProcess(cliArgs); // the file cache, once
  const out = { cli: [] as number[], baseline: [] as number[], ratios: [] as number[] };
  for (let i = 0; i < runs; i++) {
    const baseline = timeProcess(['-e', '0']);
    const cli = timeProcess(cliArgs);
    out.baseline.push(baseline);
    out.cli.push(cli);
    out.ratios.push(cli / baseline);
  }
  return out;
}

const ALLOCATION_BATCH = 50;
const ALLOCATION_BATCHES = 15;

/** Bytes allocated per call of `run` (see the file comment); needs --expose-gc. */
function bytesPerCall(run: (i: number) => unknown): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('bench/engine.ts: allocations need node --expose-gc');
  for (let i = 0; i < 200; i++) run(i); // JIT first: compilation allocates too
  const perBatch: number[] = [];
  let n = 1_000;
  for (let b = 0; b < ALLOCATION_BATCHES; b++) {
    gc();
    const before = v8.getHeapStatistics().used_heap_size;
    for (let i = 0; i < ALLOCATION_BATCH; i++) run(n++);
    const grown = v8.getHeapStatistics().used_heap_size - before;
    if (grown > 0) perBatch.push(grown / ALLOCATION_BATCH);
  }
  return spread(perBatch).median;
}

/** Child side: KB allocated per answer, per command (its examples, round-robin) and for the Slack path. */
function measureAllocations(): Record<string, number> {
  const kb = loadKnowledge();
  const ask = (q: string) => runCommand(q, { kb, asOf: AS_OF, base: BASE });
  const out: Record<string, number> = {};
  for (const c of commands) {
    if (c.name === 'search') continue;
    out[`${c.name}.alloc_kb`] = round(bytesPerCall((i) => ask(c.examples[i % c.examples.length])) / 1024, 1);
  }
  // What the bot does for a slash command it has not answered before: the answer and its Block Kit message.
  out['slack_distinct.alloc_kb'] = round(bytesPerCall((i) => renderBlockKit(ask(distinctCommand(i)))) / 1024, 1);
  // … and the acknowledgement's JSON, which the bot builds from the message for every new question.
  out['slack_distinct_json.alloc_kb'] = round(
    bytesPerCall((i) => messageJson(renderBlockKit(ask(distinctCommand(i))), { response_type: 'ephemeral' })) / 1024,
    1,
  );
  return out;
}

function allocationsInChild(): Record<string, number> {
  const r = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--min-semi-space-size=64',
      '--max-semi-space-size=64',
      '--import',
      'tsx',
      path.join(__dirname, 'engine.ts'),
      '--allocations',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`vpn-advisor bench: the allocation child exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, number>;
}

export interface EngineBenchOptions {
  /** Timed calls per command. Default 3,000. */
  iterations?: number;
  /** Whole-process CLI runs (and as many `node -e 0` runs, interleaved). Default 21. */
  cliRuns?: number;
}

/** Figures keyed `<command>.p50_ms`, `<command>.p99_ms`, `<command>.per_sec`, `cli.*`; milliseconds unless named otherwise. */
export async function benchEngine(opts: EngineBenchOptions = {}): Promise<Record<string, number>> {
  const iterations = opts.iterations ?? 3000;
  const cliRuns = opts.cliRuns ?? 21;
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

  Object.assign(figures, allocationsInChild());

  if (existsSync(CLI) && cliRuns > 0) {
    const { cli, baseline, ratios } = timeCli(cliRuns);
    const sortedCli = [...cli].sort((a, b) => a - b);
    const sortedBaseline = [...baseline].sort((a, b) => a - b);
    const ratio = spread(ratios);
    figures['cli.median_ms'] = round(quantile(sortedCli, 0.5), 1);
    figures['cli.p95_ms'] = round(quantile(sortedCli, 0.95), 1);
    figures['node_baseline.median_ms'] = round(quantile(sortedBaseline, 0.5), 1);
    figures['node_baseline.p95_ms'] = round(quantile(sortedBaseline, 0.95), 1);
    figures['cli.ratio_to_baseline.median'] = round(ratio.median, 2);
    figures['cli.ratio_to_baseline.min'] = round(ratio.min, 2);
    figures['cli.ratio_to_baseline.max'] = round(ratio.max, 2);
  }
  return figures;
}

function printTable(f: Record<string, number>): void {
  const names = commands.map((c) => c.name).filter((n) => `${n}.p50_ms` in f);
  const rows = [
    ['command', 'answers/s', 'p50 ms', 'p99 ms', 'cpu ms/answer', 'KB allocated/answer'],
    ...names.map((n) => [
      n,
      String(f[`${n}.per_sec`]),
      f[`${n}.p50_ms`].toFixed(4),
      f[`${n}.p99_ms`].toFixed(4),
      f[`${n}.cpu_mean_ms`].toFixed(4),
      String(f[`${n}.alloc_kb`]),
    ]),
  ];
  rows.push(['all', String(f['all.per_sec']), f['all.p50_ms'].toFixed(4), f['all.p99_ms'].toFixed(4), '', '']);
  rows.push(['slack distinct (answer + Block Kit)', '', '', '', '', String(f['slack_distinct.alloc_kb'])]);
  rows.push(['slack distinct (… + its JSON)', '', '', '', '', String(f['slack_distinct_json.alloc_kb'])]);
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
    console.log(`  node -e 0 baseline: median ${f['node_baseline.median_ms']} ms, p95 ${f['node_baseline.p95_ms']} ms`);
    console.log(
      `  ratio CLI / node -e 0, per interleaved pair: median ${f['cli.ratio_to_baseline.median']}× (${f['cli.ratio_to_baseline.min']}–${f['cli.ratio_to_baseline.max']})`,
    );
  } else {
    console.log('\nCLI: dist/vpn.js not built (node scripts/build-cli.mjs); skipped');
  }
}

if (require.main === module && process.argv.includes('--allocations')) {
  process.stdout.write(JSON.stringify(measureAllocations()));
} else if (require.main === module) {
  benchEngine()
    .then((f) => (process.argv.includes('--json') ? console.log(JSON.stringify(f, null, 2)) : printTable(f)))
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
