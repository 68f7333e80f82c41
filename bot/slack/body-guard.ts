/**
 * In front of Bolt's HTTP request listener: Bolt reads `body.ssl_check` of whatever JSON a signed request
 * holds, so a signed body of `null` (or `payload=null`, a number, an array) threw inside Bolt and left the
 * socket hanging. This reads the body once (Bolt then uses it: `req.rawBody`), and answers 400 with one
 * log line when a correctly signed request's body is not a JSON object. Everything else goes to Bolt as it
 * came, so an unsigned request still gets Bolt's 401 and an oversized one its 413.
 */
import { AsyncResource } from 'node:async_hooks';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import { isValidSlackRequest } from '@slack/bolt';

interface GuardOptions {
  signingSecret: string;
  bodyLimit: number;
  logger: { warn(...msg: unknown[]): void };
}

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

export function guardSlackBody(listener: RequestListener, opts: GuardOptions): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > opts.bodyLimit) over = true;
      else chunks.push(c);
    });
    req.on('error', () => res.destroy());
    const onEnd = () => {
      if (over) {
        opts.logger.warn(`/slack/events: request body over ${opts.bodyLimit} bytes; refused (413)`);
        res.writeHead(413, { connection: 'close' }).end();
        return;
      }
      const rawBody = Buffer.concat(chunks);
      const raw = rawBody.toString();
      let shapeOk = true;
      try {
        shapeOk = isObject(parsedAsBolt(raw, req.headers['content-type']));
      } catch {
        // Not JSON at all: Bolt answers that one itself (401 unsigned, 400 signed), without throwing.
      }
      if (!shapeOk) {
        const signature = req.headers['x-slack-signature'];
        const timestamp = Number(req.headers['x-slack-request-timestamp']);
        const signed =
          typeof signature === 'string' &&
          isValidSlackRequest({
            signingSecret: opts.signingSecret,
            body: raw,
            headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp },
          });
        if (signed) {
          opts.logger.warn('/slack/events: malformed request body (signed, but not a JSON object); refused (400)');
          res.writeHead(400).end();
          return;
        }
      }
      // Bolt uses a body that is already read (its bufferIncomingMessage checks req.rawBody).
      (req as IncomingMessage & { rawBody: Buffer }).rawBody = rawBody;
      listener(req, res);
    };
    // Stream events fire outside the request's async context; bound, Bolt's log lines keep the request id.
    req.on('end', AsyncResource.bind(onEnd));
  };
}
