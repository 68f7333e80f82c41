/** Starting the bench's processes: a server under test, and one load-generator run. */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import type { LoadResult, LoadSpec } from './load';
import type { ServerKind } from './serve';

export interface ServerProcess {
  port: number;
  child: ChildProcess;
  /** SIGTERM (the server exits through process.exit, so profiles get written), resolved once it has exited. */
  stop: () => Promise<void>;
  /** The CPU time (user + system, µs) the server has used so far. */
  cpuMicros: () => Promise<number>;
}

const START_TIMEOUT_MS = 60_000;

/**
 * bench/serve.ts bundled like `npm start`'s dist/server.js (no tsx at run time: its wrappers cost the
 * engine about a tenth of its CPU in a profile), built once per bench run. It sits in dist/, as the server's
 * bundle does, so the site and search index resolve from it the same way.
 */
let serveBundle: Promise<string> | undefined;
function bundledServe(): Promise<string> {
  serveBundle ??= (async () => {
    const { bundleForNode } = await import('../scripts/lib/node-bundle.mjs');
    const out = path.join(__dirname, '..', 'dist', 'bench-serve.js');
    await bundleForNode(path.join(__dirname, 'serve.ts'), out);
    return out;
  })();
  return serveBundle;
}

/** Starts bench/serve.ts (bundled) in its own process. `nodeArgs` e.g. `--cpu-prof`; `env` adds to process.env. */
export async function startServer(
  kind: ServerKind,
  opts: { nodeArgs?: string[]; env?: Record<string, string> } = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), await bundledServe(), kind], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...opts.env },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => reject(new Error(`bench: the ${kind} server did not start within ${START_TIMEOUT_MS} ms`)),
      START_TIMEOUT_MS,
    );
    const onData = (d: Buffer) => {
      out += d;
      const m = /PORT (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve(Number(m[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`bench: the ${kind} server exited (${code}) before listening`));
    });
  });
  return {
    port,
    child,
    cpuMicros: () =>
      new Promise<number>((resolve) => {
        let out = '';
        const onData = (d: Buffer) => {
          out += d;
          const m = /CPU (\d+)/.exec(out);
          if (m) {
            child.stdout?.off('data', onData);
            resolve(Number(m[1]));
          }
        };
        child.stdout?.on('data', onData);
        child.kill('SIGUSR2');
      }),
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** One autocannon run in its own process; rejects when the load generator fails. */
export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'load.ts'), JSON.stringify(spec)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d;
    });
    child.once('exit', (code) => {
      const m = /^RESULT (.*)$/m.exec(out);
      if (code === 0 && m) resolve(JSON.parse(m[1]) as LoadResult);
      else reject(new Error(`bench: the load generator exited ${code}${out ? `: ${out.trim()}` : ''}`));
    });
  });
}
