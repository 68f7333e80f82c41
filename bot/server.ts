/**
 * The one HTTP server on PORT: /healthz, /api/ask, /slack/events (HTTP mode: Bolt's HTTPReceiver request
 * listener, mounted here so Slack and the site share one port), and the built docs site.
 */
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { SlackConfig } from './config';
import type { AnswerFn } from './answerer';
import { handleApiAsk } from './http/api-ask';
import { methodNotAllowed, sendJson } from './http/respond';
import { createSiteHandler } from './http/static-site';
import type { AppLogger } from './log';

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

function createRequestHandler(opts: ServerOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const serveSite = createSiteHandler(opts.siteDir, opts.logger);
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
    if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed(req, res, 'GET, HEAD');
    if (path === '/healthz') return sendJson(req, res, 200, { ok: true, slack: opts.slackMode });
    if (path === '/api/ask') return handleApiAsk(req, res, url, opts.answer, opts.logger);
    // An API client wants JSON it can read, not the site's HTML 404 page.
    if (path === '/api' || path.startsWith('/api/'))
      return sendJson(req, res, 404, { error: 'not_found', message: `No API at ${path}. Ask with GET /api/ask?q=<question>.` });
    return serveSite(req, res, path);
  };

  return (req, res) => {
    route(req, res).catch((e: unknown) => {
      opts.logger.error(`${req.method} ${req.url?.split('?')[0]} failed:`, e);
      if (!res.headersSent) sendJson(req, res, 500, { error: 'internal_error', message: 'Something went wrong; it has been logged.' });
      else res.destroy();
    });
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
    createRequestHandler(opts),
  );
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    // Malformed, oversized or too slow HTTP from a client: answer and close, never crash.
    opts.logger.debug(`client error: ${err.code ?? ''} ${err.message}`);
    if (socket.writable) socket.end(`HTTP/1.1 ${clientErrorStatus(err.code)}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
    else socket.destroy();
  });
  return server;
}
