/**
 * In front of Bolt's HTTP request listener, so that nobody without the signing secret costs memory, time
 * or log lines:
 * - before reading any of the body, a request without `X-Slack-Signature` / `X-Slack-Request-Timestamp`, or
 *   with a timestamp more than 5 minutes off, gets 401 and `Connection: close`; one whose declared
 *   Content-Length is over the limit gets 413 (a body that turns out longer than declared, or chunked,
 *   is cut off at the limit the same way);
 * - once read, the signature is checked here (Bolt would log a WARN line per bad signature): 401 again;
 * - a correctly signed body that is not a JSON object (`null`, `payload=null`, a number, an array) gets 400
 *   with one log line: Bolt reads `body.ssl_check` of whatever JSON it gets, which threw and left the socket
 *   hanging.
 * Refusals are counted in the junk report (one WARN line per interval at most). Bolt then uses the body that
 * was read here (`req.rawBody`); it does not check the signature again (create-app turns that off).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import type { JunkReport } from '../junk-log';
import { bindToCurrentRequest } from '../log';

/** Slack's replay window for `X-Slack-Request-Timestamp` (https://docs.slack.dev/authentication/verifying-requests-from-slack). */
const MAX_TIMESTAMP_SKEW_SECONDS = 5 * 60;

interface GuardOptions {
  signingSecret: string;
  bodyLimit: number;
  logger: { warn(...msg: unknown[]): void };
  junk: JunkReport;
}

/**
 * Slack's v0 signature (https://docs.slack.dev/authentication/verifying-requests-from-slack): HMAC-SHA256
 * of `v0:<timestamp>:<body>`, compared in constant time. Bolt's isValidSlackRequest compares through tsscmp,
 * which draws random bytes and computes two more HMACs per request: a tenth of the server's CPU per slash
 * command in the bench, where Node's timingSafeEqual does the same job.
 */
function signatureMatches(secret: string, timestamp: string, body: Buffer, signature: string): boolean {
  const expected = Buffer.from(`v0=${createHmac('sha256', secret).update(`v0:${timestamp}:`).update(body).digest('hex')}`);
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A form body other than an interactive payload (`payload=<json>`) always parses as an object. */
const FORM_PAYLOAD = /(?:^|&)payload=/;

/** The body as Bolt parses it (form-encoded `payload=<json>`, other form fields, or JSON); throws on bad JSON. */
function parsedAsBolt(raw: string, contentType: string | undefined): unknown {
  if (contentType === 'application/x-www-form-urlencoded') {
    const q = parseQuery(raw);
    return typeof q.payload === 'string' ? JSON.parse(q.payload) : q;
  }
  return JSON.parse(raw);
}

function isObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Why the headers alone already rule the request out, or undefined. */
function headerProblem(req: IncomingMessage, bodyLimit: number, nowMs: number): { status: 401 | 413; what: string } | undefined {
  const signature = req.headers['x-slack-signature'];
  const timestamp = req.headers['x-slack-request-timestamp'];
  if (typeof signature !== 'string' || typeof timestamp !== 'string') return { status: 401, what: 'unsigned (401)' };
  const t = Number(timestamp);
  if (!Number.isInteger(t) || Math.abs(nowMs / 1000 - t) > MAX_TIMESTAMP_SKEW_SECONDS) {
    return { status: 401, what: 'stale or bad timestamp (401)' };
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > bodyLimit) return { status: 413, what: `declared body over ${bodyLimit} bytes (413)` };
  return undefined;
}

export function guardSlackBody(listener: RequestListener, opts: GuardOptions): RequestListener {
  // The body is not read: Connection: close makes Node drop the connection (and whatever is still
  // uploading) once the answer is sent.
  const refuse = (res: ServerResponse, status: number, what: string) => {
    opts.junk.note(what);
    res.writeHead(status, { connection: 'close', 'content-length': '0' }).end();
  };

  return (req: IncomingMessage, res: ServerResponse) => {
    const early = headerProblem(req, opts.bodyLimit, Date.now());
    if (early) return refuse(res, early.status, early.what);

    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size <= opts.bodyLimit) chunks.push(c);
      else {
        req.off('data', onData);
        chunks.length = 0;
        refuse(res, 413, `body over ${opts.bodyLimit} bytes (413)`);
      }
    };
    req.on('data', onData);
    req.on('error', () => res.destroy());
    // Stream events fire outside the request's async context: bound, Bolt's listeners log with its request id.
    const onEnd = () => {
      if (size > opts.bodyLimit) return;
      const rawBody = Buffer.concat(chunks);
      const signed = signatureMatches(
        opts.signingSecret,
        String(req.headers['x-slack-request-timestamp']),
        rawBody,
        String(req.headers['x-slack-signature']),
      );
      if (!signed) return refuse(res, 401, 'bad signature (401)');

      const raw = rawBody.toString();
      const contentType = req.headers['content-type'];
      let shapeOk = true;
      // A slash command (the bulk of the traffic) is a plain form: nothing to parse twice.
      if (contentType !== 'application/x-www-form-urlencoded' || FORM_PAYLOAD.test(raw)) {
        try {
          shapeOk = isObject(parsedAsBolt(raw, contentType));
        } catch {
          // Not JSON at all: Bolt answers that one itself (400), without throwing.
        }
      }
      if (!shapeOk) {
        opts.logger.warn('/slack/events: malformed request body (signed, but not a JSON object); refused (400)');
        res.writeHead(400).end();
        return;
      }
      // Bolt uses a body that is already read (its bufferIncomingMessage checks req.rawBody).
      (req as IncomingMessage & { rawBody: Buffer }).rawBody = rawBody;
      listener(req, res);
    };
    req.on('end', bindToCurrentRequest(onEnd));
  };
}
