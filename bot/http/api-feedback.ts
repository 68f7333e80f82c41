/**
 * POST /api/feedback: 👍/👎 from the site (an /ask answer, a calculator result, a scenario guide). The body
 * is JSON:
 *
 *   { "q": "sizing 5000 users", "asOf": "2026-11-21", "rating": "down",
 *     "reason": "wrong_number", "comment": "…", "page": "/calculators/sizing" }
 *
 * The answer is recomputed from q and asOf (the command, coverage and fact ids are ours, not the client's)
 * and one record goes to the question log. 201 {id} once it is stored; 400 {error, message, example} for a
 * body we can't read; 413 over the size limit; 415 for a body that isn't JSON. Rate-limited with the rest of
 * /api by the server. Nothing is ever read back from the log over the web.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as z from 'zod';
import { isIsoDate } from '../../knowledge/dates';
import { policy } from '../../shared/policy';
import { FEEDBACK_COMMENT_MAX, FEEDBACK_REASONS, type FeedbackReason } from '../../shared/report/feedback-reasons';
import type { AnswerFn } from '../answerer';
import type { QuestionLog } from '../feedback/question-log';
import type { AppLogger } from '../log';
import { methodNotAllowed, sendJson } from './respond';
import { readBodyWithin } from './read-body';

/** The longest body read: the longest query and comment, JSON-escaped (×6 for \uXXXX), and the envelope. */
const API_FEEDBACK_MAX_BODY_BYTES = (policy.maxQueryLength + FEEDBACK_COMMENT_MAX) * 6 + 1024;
/** A site path, e.g. /docs/scenarios/azure-only; longer is no page of ours. */
const PAGE_MAX = 200;

const EXAMPLE = {
  q: 'sizing 5000 users',
  asOf: '2026-11-21',
  rating: 'down',
  reason: 'wrong_number',
  comment: 'The connection limit changed last month.',
  page: '/ask',
};

const reasons = FEEDBACK_REASONS.map((r) => r.value) as [FeedbackReason, ...FeedbackReason[]];

const FeedbackRequest = z.strictObject({
  q: z
    .string({ error: 'q is the question or command the answer was for (a string)' })
    .trim()
    .min(1, { error: 'q is empty: give the question the answer was for' })
    .max(policy.maxQueryLength, { error: `q is at most ${policy.maxQueryLength} characters` }),
  asOf: z.string().refine(isIsoDate, { error: 'asOf is a date as YYYY-MM-DD' }).optional(),
  rating: z.enum(['up', 'down'], { error: 'rating is "up" or "down"' }),
  reason: z.enum(reasons, { error: `reason is one of ${reasons.join(', ')}` }).optional(),
  comment: z
    .string()
    .max(FEEDBACK_COMMENT_MAX, { error: `comment is at most ${FEEDBACK_COMMENT_MAX} characters` })
    .optional(),
  page: z
    .string()
    .max(PAGE_MAX)
    .regex(/^\/[\w\-./]*$/, { error: 'page is a path on this site, e.g. /ask' })
    .optional(),
});

export interface ApiFeedbackDeps {
  /** The engine (unlogged: the feedback record is the one record). */
  answer: AnswerFn;
  questions: QuestionLog;
  logger: AppLogger;
}

class Refusal extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const body = await readBodyWithin(req, API_FEEDBACK_MAX_BODY_BYTES);
  if (body.ok) return body.text;
  throw new Refusal(
    413,
    'too_large',
    `The body is over ${API_FEEDBACK_MAX_BODY_BYTES.toLocaleString('en-US')} bytes, the most /api/feedback reads.`,
  );
}

function parse(body: string): z.infer<typeof FeedbackRequest> {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new Refusal(400, 'invalid_json', 'The body is not valid JSON.');
  }
  const parsed = FeedbackRequest.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // zod's own message for an unknown key lists the key; keep it short and never echo values.
    const message =
      issue.code === 'unrecognized_keys'
        ? `Unknown field ${JSON.stringify(issue.keys[0]).slice(0, 60)}; the fields are q, asOf, rating, reason, comment, page.`
        : issue.path.length === 0
          ? 'The body is a JSON object with q and rating.'
          : issue.message;
    throw new Refusal(400, 'invalid_request', message);
  }
  return parsed.data;
}

export async function handleApiFeedback(req: IncomingMessage, res: ServerResponse, deps: ApiFeedbackDeps): Promise<void> {
  if (req.method !== 'POST') return methodNotAllowed(req, res, 'POST');
  try {
    if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) {
      req.resume();
      throw new Refusal(415, 'unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.');
    }
    const f = parse(await readBody(req));
    const answer = deps.answer(f.q, f.asOf);
    const id = await deps.questions.noteFeedback({
      face: 'site',
      rating: f.rating,
      reason: f.rating === 'down' ? f.reason : undefined,
      comment: f.comment,
      answer,
      page: f.page,
    });
    return sendJson(req, res, 201, { ok: true, id: id ?? null });
  } catch (e) {
    if (e instanceof Refusal) return sendJson(req, res, e.status, { error: e.code, message: e.message, example: EXAMPLE });
    deps.logger.error('/api/feedback failed:', e);
    return sendJson(req, res, 500, { error: 'internal_error', message: 'Your feedback could not be stored; the error has been logged.' });
  }
}
