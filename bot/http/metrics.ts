/**
 * Prometheus metrics for one server instance, on its own Registry (tests run several servers in one
 * process, and the global registry would mix them). Every label takes values from a small fixed set:
 * routes are names, never raw paths, so a scan of random URLs can't grow the series without bound.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { webApi } from '@slack/bolt';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Answer } from '../../shared/answer/answer';
import type { Store } from '../store/store';

type WatchedStore = Pick<Store, 'errorCount' | 'health'>;

/** The routes requests are counted under. */
export type RouteLabel =
  | '/api/ask'
  | '/api/check'
  | '/api/feedback'
  | '/slack/events'
  | '/healthz'
  | '/readyz'
  | '/metrics'
  | 'site'
  | 'other';

const NAMED_ROUTES: ReadonlySet<string> = new Set<RouteLabel>([
  '/api/ask',
  '/api/check',
  '/api/feedback',
  '/slack/events',
  '/healthz',
  '/readyz',
  '/metrics',
]);

/** The route label of a path: its own name for the few named routes, "other" for /api/* else, "site" for the rest. */
export function routeOf(path: string | undefined): RouteLabel {
  if (path === undefined) return 'other';
  if (NAMED_ROUTES.has(path)) return path as RouteLabel;
  return path === '/api' || path.startsWith('/api/') ? 'other' : 'site';
}

const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']);
/** A client can send any method name; only the standard ones become label values. */
function methodLabel(method: string | undefined): string {
  return method && KNOWN_METHODS.has(method) ? method : 'other';
}

/** Slack Web API method names look like `chat.postMessage`; anything else is counted as "other". */
function slackMethodOf(url: string | URL): string {
  const last = String(url).split('?')[0].split('/').pop() ?? '';
  return /^[a-z]+(\.[a-zA-Z]+){1,3}$/.test(last) ? last : 'other';
}

type SlackFetchResponse = Awaited<ReturnType<webApi.FetchFunction>>;

type SlackCallOutcome = 'ok' | 'error' | 'rate_limited' | 'http_error' | 'network_error';

export interface ServerMetrics {
  registry: Registry;
  /** Counts and times one finished HTTP request. */
  observeRequest(route: RouteLabel, method: string | undefined, status: number, seconds: number): void;
  /** Counts an answer by its command and coverage. */
  countAnswer(answer: Pick<Answer, 'command' | 'coverage'>): void;
  /** Counts one Slack Web API call (each HTTP attempt, retries included). */
  countSlackCall(method: string, outcome: SlackCallOutcome): void;
  /** The store's code calls this on every failed operation (not wired here: the store is another module). */
  /** Reads the store's error count and health at each scrape (the store counts; metrics only report). */
  watchStore(store: WatchedStore): void;
  /**
   * A fetch for the Slack Web API client (WebClientOptions.fetch) that counts each call by method and
   * outcome. Slack answers most failures with HTTP 200 and `ok: false`, so the body is read (from a clone).
   */
  countingSlackFetch(base?: webApi.FetchFunction): webApi.FetchFunction;
  /** The exposition: GET /metrics. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
}

/** Slack's `ok` field, read from a copy so the client still reads the body; true when it can't be read. */
async function slackSaysOk(res: SlackFetchResponse): Promise<boolean> {
  const clone = (res as { clone?: () => SlackFetchResponse }).clone;
  if (typeof clone !== 'function') return true;
  try {
    return ((await clone.call(res).json()) as { ok?: unknown } | null)?.ok === true;
  } catch {
    return false;
  }
}

/** Request durations: most answers take a few ms; Slack's limit for an acknowledgement is 3 s. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createMetrics(opts: { defaultMetrics?: boolean } = {}): ServerMetrics {
  const registry = new Registry();
  if (opts.defaultMetrics !== false) collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests, by route, method and status.',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration in seconds, by route.',
    labelNames: ['route'] as const,
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const answers = new Counter({
    name: 'vpn_answers_total',
    help: 'Answers computed by the engine, by command and coverage (cached Slack renders are not recomputed, so not counted).',
    labelNames: ['command', 'coverage'] as const,
    registers: [registry],
  });
  const slackCalls = new Counter({
    name: 'slack_api_calls_total',
    help: 'Slack Web API calls (each HTTP attempt), by method and outcome.',
    labelNames: ['method', 'outcome'] as const,
    registers: [registry],
  });
  let watched: WatchedStore | undefined;
  new Counter({
    name: 'store_errors_total',
    help: 'Operations the shared store could not do on its backend (failed, or done on the per-process fallback).',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(watched?.errorCount() ?? 0);
    },
  });
  new Gauge({
    name: 'store_degraded',
    help: '1 while the shared store is degraded (e.g. Redis unreachable, answering from per-process state).',
    registers: [registry],
    collect() {
      this.set(watched?.health().state === 'degraded' ? 1 : 0);
    },
  });

  const countSlackCall = (method: string, outcome: SlackCallOutcome) => slackCalls.inc({ method, outcome });

  return {
    registry,
    observeRequest(route, method, status, seconds) {
      requests.inc({ route, method: methodLabel(method), status: String(status) });
      duration.observe({ route }, seconds);
    },
    countAnswer: (a) => answers.inc({ command: a.command, coverage: a.coverage }),
    countSlackCall,
    watchStore: (store) => {
      watched = store;
    },
    countingSlackFetch(base = globalThis.fetch as unknown as webApi.FetchFunction) {
      return async (url, init) => {
        const method = slackMethodOf(url);
        let res: SlackFetchResponse;
        try {
          res = await base(url, init);
        } catch (e) {
          countSlackCall(method, 'network_error');
          throw e;
        }
        if (res.status === 429) countSlackCall(method, 'rate_limited');
        else if (!res.ok) countSlackCall(method, 'http_error');
        else countSlackCall(method, (await slackSaysOk(res)) ? 'ok' : 'error');
        return res;
      };
    },
    async handle(req, res) {
      const text = await registry.metrics();
      res.writeHead(200, { 'content-type': registry.contentType, 'content-length': Buffer.byteLength(text), 'cache-control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : text);
    },
  };
}
