/**
 * POST /api/check: a gateway's configuration in, the same answer object as `vpn check --format json` out
 * (or its SARIF with format "sarif"). The request body is JSON:
 *
 *   { "files": [{ "name": "gateway.json", "text": "<the JSON az printed>" }],   one or two files
 *     "users": 5000, "avoid": ["10.0.0.0/16"], "clients": ["windows", "macos"],    optional context
 *     "asOf": "2026-11-21", "format": "json" | "sarif" }
 *
 * 200 with the answer; 400 {error, message, example} for anything we can't check (the envelope, an option,
 * or input that isn't a gateway — the same words as the CLI's usage errors); 413 over the size limit;
 * 415 for a body that isn't JSON; 405 for other methods. A configuration holds tenant ids, addresses and
 * certificates: nothing from the body is logged, and no answer links to it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { KnowledgeBase } from '../../knowledge';
import { loadKnowledge } from '../../knowledge';
import type { Answer } from '../../shared/answer/answer';
import { isAnswerOf } from '../../shared/answer/answer';
import type { InputFile } from '../../shared/check/input';
import { readCheckContext } from '../../shared/check/options';
import { checkPolicy } from '../../shared/check/policy';
import { runCheck } from '../../shared/check/run';
import { toSarif } from '../../shared/check/sarif';
import { siteBase } from '../../shared/site-urls';
import pkg from '../../package.json';
import type { AppLogger } from '../log';
import { methodNotAllowed, sendJson } from './respond';
import { readBodyWithin } from './read-body';

/** JSON-escaping a file's text (quotes, backslashes, line breaks) makes it longer; Azure's JSON stays well under double. */
const ESCAPED_TEXT_FACTOR = 2;
/** The envelope around the files: names, options, punctuation. */
const ENVELOPE_BYTES = 64 * 1024;
/** The largest body read: the check input limit for every file, escaped, plus the envelope. */
export const API_CHECK_MAX_BODY_BYTES = checkPolicy.maxFiles * checkPolicy.maxInputBytes * ESCAPED_TEXT_FACTOR + ENVELOPE_BYTES;
/** A file name is reported back in findings and SARIF; longer than a file system allows is not a file name. */
const FILE_NAME_MAX = 255;

const EXAMPLE =
  'curl -X POST -H "Content-Type: application/json" --data "$(jq -n --rawfile t gateway.json \'{files: [{name: "gateway.json", text: $t}], users: 5000}\')" <site>/api/check';

export interface ApiCheckDeps {
  logger: AppLogger;
  /** Default: the project's model. */
  kb?: KnowledgeBase;
  /** The site's base URL for rule and fact links. Default: SITE_URL (else localhost:PORT), as the CLI's. */
  base?: () => string;
  /** The evaluation date when the request names none. Default: today. */
  asOf?: string;
}

class RequestProblem extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

const bad = (code: string, message: string) => new RequestProblem(400, code, message, { example: EXAMPLE });
const tooLarge = (message: string) =>
  new RequestProblem(413, 'too_large', message, { maxBodyBytes: API_CHECK_MAX_BODY_BYTES, maxFileCharacters: checkPolicy.maxInputBytes });

/** The body up to the limit, or the 413 that says how large it was and what is read. */
async function readBody(req: IncomingMessage): Promise<string> {
  const body = await readBodyWithin(req, API_CHECK_MAX_BODY_BYTES);
  if (body.ok) return body.text;
  const limit = API_CHECK_MAX_BODY_BYTES.toLocaleString('en-US');
  throw tooLarge(
    body.declaredBytes !== undefined
      ? `The body is ${body.declaredBytes.toLocaleString('en-US')} bytes; /api/check reads at most ${limit}.`
      : `The body is over ${limit} bytes, the most /api/check reads.`,
  );
}

interface CheckRequest {
  files: InputFile[];
  options: { users?: unknown; avoid?: unknown; clients?: unknown; asOf?: unknown };
  format: 'json' | 'sarif';
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parseRequest(body: string): CheckRequest {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    // Not the parser's message: it quotes the body.
    throw bad('invalid_json', 'The body is not valid JSON.');
  }
  if (!isObject(json)) throw bad('invalid_request', 'The body is a JSON object with "files": [{ "name", "text" }].');
  const { files, format = 'json', users, avoid, clients, asOf, ...rest } = json;
  const unknown = Object.keys(rest);
  if (unknown.length)
    throw bad(
      'unknown_field',
      `Unknown field ${JSON.stringify(unknown[0]).slice(0, 60)}; the fields are files, users, avoid, clients, asOf, format.`,
    );
  if (!Array.isArray(files) || files.length === 0)
    throw bad('missing_files', 'Give "files": one or two { "name", "text" } objects, "text" holding the JSON az printed.');
  if (files.length > checkPolicy.maxFiles)
    throw bad(
      'too_many_files',
      `check reads at most ${checkPolicy.maxFiles} files (a Virtual WAN gateway and its VPN server configuration).`,
    );
  const read = files.map((f, i): InputFile => {
    if (!isObject(f) || typeof f.text !== 'string')
      throw bad('invalid_file', `files[${i}] is an object with "text" (the JSON, as a string) and an optional "name".`);
    if (f.name !== undefined && (typeof f.name !== 'string' || !f.name.trim() || f.name.length > FILE_NAME_MAX))
      throw bad('invalid_file_name', `files[${i}].name is a file name of 1 to ${FILE_NAME_MAX} characters.`);
    if (f.text.length > checkPolicy.maxInputBytes)
      throw tooLarge(
        `files[${i}] is ${f.text.length.toLocaleString('en-US')} characters; check reads at most ${checkPolicy.maxInputBytes.toLocaleString('en-US')}.`,
      );
    return { name: typeof f.name === 'string' ? f.name.trim() : `input-${i + 1}.json`, text: f.text };
  });
  if (format !== 'json' && format !== 'sarif') throw bad('invalid_format', 'format is "json" (the answer object) or "sarif".');
  return { files: read, options: { users, avoid, clients, asOf }, format };
}

function checkAnswer(request: CheckRequest, deps: ApiCheckDeps, base: string): Answer {
  const context = readCheckContext(request.options);
  if (!context.ok) throw bad(`invalid_${context.option.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`, context.message);
  return runCheck(request.files, {
    kb: deps.kb ?? loadKnowledge(),
    base,
    ...(deps.asOf ? { asOf: deps.asOf } : {}),
    ...context.value,
  });
}

export async function handleApiCheck(req: IncomingMessage, res: ServerResponse, deps: ApiCheckDeps): Promise<void> {
  if (req.method !== 'POST') return methodNotAllowed(req, res, 'POST');
  try {
    const type = req.headers['content-type'] ?? '';
    if (!/^application\/([\w.-]+\+)?json\s*(;|$)/i.test(type)) {
      req.resume();
      throw new RequestProblem(415, 'unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.', {
        example: EXAMPLE,
      });
    }
    const request = parseRequest(await readBody(req));
    const base = (deps.base ?? siteBase)();
    const answer = checkAnswer(request, deps, base);
    if (answer.kind === 'usage_error') {
      const { code, message, expected, example } = answer.error;
      throw new RequestProblem(code === 'check_too_large' ? 413 : 400, code, message, { expected, example });
    }
    if (!isAnswerOf(answer, 'check')) throw new Error('check answered with another command');
    if (request.format === 'sarif')
      return sendJson(req, res, 200, toSarif(answer, { version: pkg.version, base }), {
        'content-type': 'application/sarif+json; charset=utf-8',
      });
    return sendJson(req, res, 200, answer);
  } catch (e) {
    if (e instanceof RequestProblem) return sendJson(req, res, e.status, { error: e.code, message: e.message, ...e.extra });
    // The error names the code path, never the input; the input itself is not logged.
    deps.logger.error('/api/check failed:', e);
    return sendJson(req, res, 500, { error: 'internal_error', message: 'Checking failed; the error has been logged.' });
  }
}
