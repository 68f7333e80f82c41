/**
 * GET /api/ask?q=<command>&as_of=<YYYY-MM-DD>: the answer object, the same as `vpn --json` prints.
 * A usage error is an answer too (200, kind "usage_error"); 400 is only for requests we refuse to run.
 */
import { isIsoDate } from '../../knowledge/dates';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { policy } from '../../shared/policy';
import type { AnswerFn } from '../answerer';
import type { AppLogger } from '../log';
import { sendJson } from './respond';

const EXAMPLE = '/api/ask?q=sizing%205000%20users&as_of=2026-11-21';

export function handleApiAsk(req: IncomingMessage, res: ServerResponse, url: URL, answer: AnswerFn, logger: AppLogger): void {
  // Cross-origin reads are fine: the answers are public, and the docs site's dev server runs on another port.
  const cors = { 'access-control-allow-origin': '*' };
  const q = url.searchParams.get('q');
  if (q === null) {
    sendJson(req, res, 400, { error: 'missing_q', message: `Add the command as q, e.g. ${EXAMPLE}` }, cors);
    return;
  }
  if (q.length > policy.maxQueryLength) {
    sendJson(
      req,
      res,
      400,
      {
        error: 'query_too_long',
        message: `q is ${q.length} characters; commands are at most ${policy.maxQueryLength}.`,
        maxLength: policy.maxQueryLength,
      },
      cors,
    );
    return;
  }
  const asOf = url.searchParams.get('as_of') ?? undefined;
  if (asOf !== undefined && !isIsoDate(asOf)) {
    sendJson(req, res, 400, { error: 'invalid_as_of', message: `as_of takes a date as YYYY-MM-DD, e.g. ${EXAMPLE}` }, cors);
    return;
  }
  try {
    sendJson(req, res, 200, answer(q, asOf), cors);
  } catch (e) {
    logger.error('/api/ask failed:', e);
    sendJson(req, res, 500, { error: 'internal_error', message: 'Answering failed; the error has been logged.' }, cors);
  }
}
