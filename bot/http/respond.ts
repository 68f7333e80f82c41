import type { IncomingMessage, ServerResponse } from 'node:http';

export function sendJson(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(req.method === 'HEAD' ? undefined : text);
}

export function methodNotAllowed(req: IncomingMessage, res: ServerResponse, allow: string): void {
  sendJson(req, res, 405, { error: 'method_not_allowed', message: `Use ${allow}.` }, { allow });
}
