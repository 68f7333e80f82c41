/**
 * The load generator, alone in its own process so it never shares an event loop (or a CPU's worth of
 * time slices) with the server it measures. Spawned by bench/processes.ts:
 *   node --import tsx bench/load.ts '<LoadSpec as JSON>'
 * and prints one line, `RESULT <LoadResult as JSON>`.
 */
import { askRequest, distinctCommand, mentionRequest, type PreparedRequest, REPEATED_COMMAND, slashRequest } from './slack-fixture';
import { quantile } from './stats';

/**
 * - repeat: the same signed `/vpn sizing 5000 users` (the rendered-answer cache hits);
 * - distinct: every request a different command (each one runs the engine and the renderer);
 * - mixed: the soak's traffic: slash commands (repeated and distinct), mentions, /api/ask and static pages.
 */
export type LoadMix = 'repeat' | 'distinct' | 'mixed';

export interface LoadSpec {
  port: number;
  /** Measured seconds, after `warmSeconds` of the same traffic whose latencies are not counted. */
  seconds: number;
  warmSeconds: number;
  connections: number;
  mix: LoadMix;
  /** Where this run's distinct commands start, so no run repeats another's (and meets a warm cache). */
  offset: number;
}

/** Milliseconds, over the requests answered in the measured window. */
export interface LoadResult {
  p50: number;
  p99: number;
  max: number;
  reqPerSec: number;
  total: number;
  /** Every response of the run, the warm-up's included (what the server worked for). */
  responses: number;
  /** Non-2xx answers, socket errors and timeouts. */
  failed: number;
}

interface AutocannonResult {
  errors: number;
  timeouts: number;
}
interface AutocannonInstance {
  on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, responseTimeMs: number) => void): void;
}
// autocannon ships no types; this is the part used here. With a callback it returns the running instance.
const autocannon = require('autocannon') as (
  opts: Record<string, unknown>,
  done: (err: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;

const STATIC_PAGES = ['/', '/docs', '/ask', '/calculators', '/sitemap.xml'];

/** One request of the mixed traffic, by its sequence number: 4 in 10 slash commands, 2 mentions, 2 /api/ask, 2 pages. */
function mixedRequest(n: number, offset: number): PreparedRequest {
  switch (n % 10) {
    case 0:
    case 1:
      return slashRequest(REPEATED_COMMAND);
    case 2:
    case 3:
      return slashRequest(distinctCommand(offset + n));
    case 4:
      return mentionRequest(distinctCommand(offset + n), `Ev${offset + n}`);
    case 5:
      return mentionRequest(REPEATED_COMMAND, `Ev${offset + n}`);
    case 6:
      return askRequest(distinctCommand(offset + n));
    case 7:
      return askRequest(REPEATED_COMMAND);
    default:
      return { method: 'GET', path: STATIC_PAGES[n % STATIC_PAGES.length] };
  }
}

/**
 * Latencies count from `warmSeconds` into the run: at the start every connection opens at once and its
 * first request queues behind the others', a burst that would otherwise decide a short run's p99.
 */
function run(spec: LoadSpec): Promise<LoadResult> {
  const options = { url: `http://127.0.0.1:${spec.port}`, connections: spec.connections, duration: spec.warmSeconds + spec.seconds };
  let opts: Record<string, unknown>;
  if (spec.mix === 'repeat') {
    // One signature for the run: Bolt accepts its timestamp for 5 minutes, longer than a bench run.
    const { method, path, body, headers } = slashRequest(REPEATED_COMMAND);
    opts = { ...options, url: `${options.url}${path}`, method, body, headers };
  } else {
    let n = 0;
    // Signed as sent (an HMAC costs microseconds), so a long soak never sends a timestamp Bolt finds stale.
    const next = (): PreparedRequest => {
      const i = n++;
      return spec.mix === 'distinct' ? slashRequest(distinctCommand(spec.offset + i)) : mixedRequest(i, spec.offset);
    };
    opts = { ...options, requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, ...next() }) }] };
  }
  return new Promise((resolve, reject) => {
    const measureFrom = performance.now() + spec.warmSeconds * 1000;
    let latencies = new Float64Array(1 << 16);
    let count = 0;
    let non2xx = 0;
    let responses = 0;
    const instance = autocannon(opts, (err, result) => {
      if (err) return reject(err);
      const sorted = Array.from(latencies.subarray(0, count)).sort((a, b) => a - b);
      resolve({
        p50: quantile(sorted, 0.5),
        p99: quantile(sorted, 0.99),
        max: count ? sorted[count - 1] : Number.NaN,
        reqPerSec: count / spec.seconds,
        total: count,
        responses,
        failed: non2xx + result.errors + result.timeouts,
      });
    });
    instance.on('response', (_client, statusCode, _bytes, ms) => {
      responses++;
      if (statusCode < 200 || statusCode > 299) non2xx++;
      if (performance.now() < measureFrom) return;
      if (count === latencies.length) {
        const grown = new Float64Array(latencies.length * 2);
        grown.set(latencies);
        latencies = grown;
      }
      latencies[count++] = ms;
    });
  });
}

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2] ?? '') as LoadSpec;
  const result = await run(spec);
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
