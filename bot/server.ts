/**
 * The one HTTP server on PORT: /healthz, /readyz, /metrics, /api/ask, /slack/events (HTTP mode: Bolt's
 * HTTPReceiver request listener, mounted here so Slack and the site share one port), and the built docs site.
 * Every request gets an id (logged with every line written while it is handled, and echoed in X-Request-Id),
 * one access log line, and its count and duration in the metrics.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { SlackConfig } from './config';
import type { AnswerFn } from './answerer';
import { handleApiAsk } from './http/api-ask';
import { type ApiCheckDeps, handleApiCheck } from './http/api-check';
import { type ApiFeedbackDeps, handleApiFeedback } from './http/api-feedback';
import { clientAddress } from './http/client-address';
import { handleLifecycleIcs } from './http/lifecycle-ics';
import { handleHealthz, handleReadyz, type HealthOptions } from './http/health';
import { createMetrics, routeOf, type ServerMetrics } from './http/metrics';
import { API_RATE_LIMIT_DEFAULTS, createRateLimiter, type RateLimiter } from './http/rate-limit';
import { methodNotAllowed, sendJson } from './http/respond';
import { createSiteHandler } from './http/static-site';
import { junkReportFor } from './junk-log';
import { runWithRequestId, type AppLogger } from './log';
import { paths } from '../shared/site-urls';

export const SLACK_EVENTS_PATH = '/slack/events';

// Slack gives up on a request after 3 s, and pages are small: a request still arriving after these is
// not worth the memory it holds (Node's defaults, 5 min and 1 min, let slow clients pile up).
const REQUEST_TIMEOUT_MS = 10_000;
const HEADERS_TIMEOUT_MS = 5_000;
/** How often Node enforces the two above; its default, 30 s, would let a slow request live 40 s. */
const TIMEOUT_CHECK_EVERY_MS = 1_000;
/** An idle keep-alive connection is closed after this (Node's default, made explicit). */
const KEEP_ALIVE_TIMEOUT_MS = 5_000;
/**
 * Open connections at once; more are dropped on arrival. Slack sends a handful at a time, and a browser
 * opens at most 6, so this serves well over a hundred readers while capping what slow clients can hold.
 */
const DEFAULT_MAX_CONNECTIONS = 1_000;

export interface ServerOptions {
  answer: AnswerFn;
  logger: AppLogger;
  /** The built docs site (site/build); served when it holds an index.html. */
  siteDir: string;
  slackMode: SlackConfig['mode'];
  /** Bolt's request listener, in HTTP mode. */
  slackListener?: RequestListener;
  /** Request, header and keep-alive timeouts (default 10 s, 5 s, 5 s, checked every second); tests shorten them. */
  timeouts?: { requestMs?: number; headersMs?: number; checkEveryMs?: number; keepAliveMs?: number };
  /** Most connections open at once. Default: 1,000. */
  maxConnections?: number;
  /** What /healthz and /readyz report and check (see HealthOptions). Default: no build info, no checks. */
  health?: HealthOptions;
  /** This server's metrics; pass one to count what happens outside HTTP (answers, Slack calls). Default: a new one. */
  metrics?: ServerMetrics;
  /** What POST /api/check checks with: the loaded knowledge, the site's base URL, the default date. */
  check?: Omit<ApiCheckDeps, 'logger'>;
  /** What POST /api/feedback records with; without it the route answers 404 like any unknown API. */
  feedback?: Omit<ApiFeedbackDeps, 'logger'>;
  /** Proxies in front that append to X-Forwarded-For (config TRUST_PROXY). Default: 0, the socket address. */
  trustProxyHops?: number;
  /** Per client address on /api/*; perMinute 0 turns it off. Default: API_RATE_LIMIT_DEFAULTS. */
  apiRateLimit?: { perMinute?: number; burst?: number; now?: () => number };
}

/** An incoming X-Request-Id is kept when it is a short plain token; anything else could forge or flood log lines. */
const SANE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
const LOGGED_PATH_MAX = 200;

function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}

/** What a client error is answered with: Node's own mapping (431, 408), 400 for any other malformed request. */
function clientErrorStatus(code: string | undefined): string {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW': // the request line (the URL) counts towards the header size
      return '431 Request Header Fields Too Large';
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return '408 Request Timeout';
    default:
      return '400 Bad Request';
  }
}

function createRequestHandler(opts: ServerOptions, metrics: ServerMetrics): (req: IncomingMessage, res: ServerResponse) => void {
  const health = opts.health ?? {};
  const limiter: RateLimiter = createRateLimiter({ ...API_RATE_LIMIT_DEFAULTS, ...opts.apiRateLimit });
  const serveSite = createSiteHandler(opts.siteDir, opts.logger);
  const slack = (req: IncomingMessage, res: ServerResponse) => {
    if (!opts.slackListener) {
      const message =
        opts.slackMode === 'socket'
          ? 'Slack runs in Socket Mode here; it does not use /slack/events.'
          : 'Slack is off. Set SLACK_SIGNING_SECRET + SLACK_BOT_TOKEN to receive Slack requests here (HTTP mode).';
      return sendJson(req, res, 404, { error: 'slack_http_off', message });
    }
    if (req.method !== 'POST') return methodNotAllowed(req, res, 'POST');
    // Bolt checks the signature, the timestamp and the body size before any listener runs.
    return opts.slackListener(req, res);
  };
  const route = async (req: IncomingMessage, res: ServerResponse) => {
    // Slack's requests (the busiest route) carry no query: nothing to parse.
    if (req.url === SLACK_EVENTS_PATH) return slack(req, res);
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return sendJson(req, res, 400, { error: 'bad_request', message: 'Malformed URL.' });
    }
    const method = req.method ?? 'GET';
    const path = url.pathname;

    if (path === SLACK_EVENTS_PATH) return slack(req, res);
    if (path === '/api' || path.startsWith('/api/')) {
      const decision = limiter.take(clientAddress(req, opts.trustProxyHops));
      if (!decision.ok) {
        const wait = decision.retryAfterSeconds;
        return sendJson(
          req,
          res,
          429,
          { error: 'rate_limited', message: `Too many requests from your address; try again in ${wait} s.`, retryAfterSeconds: wait },
          { 'retry-after': String(wait), 'access-control-allow-origin': '*' },
        );
      }
    }
    if (path === '/api/check') return handleApiCheck(req, res, { ...opts.check, logger: opts.logger });
    if (path === '/api/feedback' && opts.feedback) return handleApiFeedback(req, res, { ...opts.feedback, logger: opts.logger });
    if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed(req, res, 'GET, HEAD');
    if (path === '/healthz') return handleHealthz(req, res, health, { slack: opts.slackMode }, opts.logger);
    if (path === '/readyz') return handleReadyz(req, res, health, opts.logger);
    if (path === '/metrics') return metrics.handle(req, res);
    if (path === '/api/ask') return handleApiAsk(req, res, url, opts.answer, opts.logger);
    if (path === paths.lifecycleIcs()) return handleLifecycleIcs(req, res, opts.check);
    // An API client wants JSON it can read, not the site's HTML 404 page.
    if (path === '/api' || path.startsWith('/api/'))
      return sendJson(req, res, 404, { error: 'not_found', message: `No API at ${path}. Ask with GET /api/ask?q=<question>.` });
    return serveSite(req, res, path);
  };

  return (req, res) => {
    const started = performance.now();
    const requestId = requestIdOf(req);
    res.setHeader('x-request-id', requestId);
    // The path only: the query is a user's question.
    const path = req.url?.split('?')[0];
    res.once('close', () => {
      const seconds = (performance.now() - started) / 1000;
      const routeLabel = routeOf(path);
      metrics.observeRequest(routeLabel, req.method, res.statusCode, seconds);
      runWithRequestId(requestId, () =>
        opts.logger.fields('info', 'request', {
          method: req.method,
          route: routeLabel,
          path: path?.slice(0, LOGGED_PATH_MAX),
          status: res.statusCode,
          ms: Math.round(seconds * 10_000) / 10,
          // The client went away before the response was complete.
          aborted: res.writableFinished ? undefined : true,
        }),
      );
    });
    runWithRequestId(requestId, () =>
      route(req, res).catch((e: unknown) => {
        opts.logger.error(`${req.method} ${path} failed:`, e);
        if (!res.headersSent) sendJson(req, res, 500, { error: 'internal_error', message: 'Something went wrong; it has been logged.' });
        else res.destroy();
      }),
    );
  };
}

export function createHttpServer(opts: ServerOptions): Server {
  const t = opts.timeouts ?? {};
  const junk = junkReportFor(opts.logger);
  const server = createServer(
    {
      requestTimeout: t.requestMs ?? REQUEST_TIMEOUT_MS,
      headersTimeout: t.headersMs ?? HEADERS_TIMEOUT_MS,
      connectionsCheckingInterval: t.checkEveryMs ?? TIMEOUT_CHECK_EVERY_MS,
      keepAliveTimeout: t.keepAliveMs ?? KEEP_ALIVE_TIMEOUT_MS,
    },
    createRequestHandler(opts, opts.metrics ?? createMetrics()),
  );
  server.maxConnections = opts.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
  server.on('drop', () => junk.note(`connection over the cap of ${server.maxConnections} (dropped)`));
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    // Malformed, oversized or too slow HTTP from a client: answer and close, never crash.
    opts.logger.debug(`client error: ${err.code ?? ''} ${err.message}`);
    if (err.code === 'ECONNRESET' || err.code === 'EPIPE') return socket.destroy(); // the client went away
    const status = clientErrorStatus(err.code);
    junk.note(status);
    // A response already under way can't be replaced by another (Node's own rule).
    const started = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent === true;
    if (socket.writable && !started) socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
    else socket.destroy();
  });
  return server;
}
