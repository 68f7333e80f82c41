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
import { handleApiCheck } from './http/api-check';
import { clientAddress } from './http/client-address';
import { handleHealthz, handleReadyz, type HealthOptions } from './http/health';
import { createMetrics, routeOf, type ServerMetrics } from './http/metrics';
import { API_RATE_LIMIT_DEFAULTS, createRateLimiter, type RateLimiter } from './http/rate-limit';
import { methodNotAllowed, sendJson } from './http/respond';
import { serveSite } from './http/static-site';
import { runWithRequestId, type AppLogger } from './log';

export const SLACK_EVENTS_PATH = '/slack/events';

export interface ServerOptions {
  answer: AnswerFn;
  logger: AppLogger;
  /** The built docs site (site/build); served when it holds an index.html. */
  siteDir: string;
  slackMode: SlackConfig['mode'];
  /** Bolt's request listener, in HTTP mode. */
  slackListener?: RequestListener;
  /** Node's request and header timeouts (default 5 min and 1 min, checked every 30 s); tests shorten them. */
  timeouts?: { requestMs?: number; headersMs?: number; checkEveryMs?: number };
  /** What /healthz and /readyz report and check (see HealthOptions). Default: no build info, no checks. */
  health?: HealthOptions;
  /** This server's metrics; pass one to count what happens outside HTTP (answers, Slack calls). Default: a new one. */
  metrics?: ServerMetrics;
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
  const route = async (req: IncomingMessage, res: ServerResponse) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return sendJson(req, res, 400, { error: 'bad_request', message: 'Malformed URL.' });
    }
    const method = req.method ?? 'GET';
    const path = url.pathname;

    if (path === SLACK_EVENTS_PATH) {
      if (!opts.slackListener) {
        const message =
          opts.slackMode === 'socket'
            ? 'Slack runs in Socket Mode here; it does not use /slack/events.'
            : 'Slack is off. Set SLACK_SIGNING_SECRET + SLACK_BOT_TOKEN to receive Slack requests here (HTTP mode).';
        return sendJson(req, res, 404, { error: 'slack_http_off', message });
      }
      if (method !== 'POST') return methodNotAllowed(req, res, 'POST');
      // Bolt checks the signature, the timestamp and the body size before any listener runs.
      return opts.slackListener(req, res);
    }
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
    if (path === '/api/check') return handleApiCheck(req, res, { logger: opts.logger });
    if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed(req, res, 'GET');
    if (path === '/healthz') return handleHealthz(req, res, health, { slack: opts.slackMode }, opts.logger);
    if (path === '/readyz') return handleReadyz(req, res, health, opts.logger);
    if (path === '/metrics') return metrics.handle(req, res);
    if (path === '/api/ask') return handleApiAsk(req, res, url, opts.answer, opts.logger);
    return serveSite(req, res, opts.siteDir, path);
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
  const server = createServer(
    {
      ...(t.requestMs !== undefined ? { requestTimeout: t.requestMs } : {}),
      ...(t.headersMs !== undefined ? { headersTimeout: t.headersMs } : {}),
      ...(t.checkEveryMs !== undefined ? { connectionsCheckingInterval: t.checkEveryMs } : {}),
    },
    createRequestHandler(opts, opts.metrics ?? createMetrics()),
  );
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    // Malformed, oversized or too slow HTTP from a client: answer and close, never crash.
    opts.logger.debug(`client error: ${err.code ?? ''} ${err.message}`);
    if (socket.writable) socket.end(`HTTP/1.1 ${clientErrorStatus(err.code)}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
    else socket.destroy();
  });
  return server;
}
