/**
 * How the bot calls Slack's Web API.
 *
 * The contract (every listener keeps it):
 * - The Web API client never retries by itself (`retries: 0`). A post whose outcome is unknown (a timeout,
 *   a 5xx, a connection reset after the request went out) may well have been posted: repeating it would post
 *   the same reply twice (a slow Slack once got three copies of one mention).
 * - `withRateLimitRetry` repeats a call only when Slack surely did not process it: a 429 whose Retry-After is
 *   short (waited out), or a connection refused before anything was sent. At most `retries` times; a long
 *   Retry-After gives up at once with the 429 error.
 * - A listener that gets an error for which `surelyNotProcessed` is false logs it and returns normally, so the
 *   event ledger marks the event handled and a Slack redelivery can't post a second reply. Only errors where
 *   nothing was posted for sure propagate, so that a redelivery can still answer.
 *
 * 429s are handled here rather than by the client because the client pauses its whole queue for Retry-After,
 * which would hold up every other reply.
 */
import type { webApi } from '@slack/bolt';

type WebClientOptions = webApi.WebClientOptions;

export interface WebApiTuning {
  /** Per-request timeout. Default: 5,000 ms. */
  timeoutMs?: number;
  /** Repeats of a call Slack surely did not process (short 429, connection refused). Default: 2. */
  retries?: number;
  /** Wait before repeating a call whose connection was refused. Default: 250 ms. */
  minRetryDelayMs?: number;
  /** Longest Retry-After we wait out before giving up. Default: 5 s. */
  maxRetryAfterSeconds?: number;
}

export interface SafeRetryOptions {
  maxRetryAfterSeconds?: number;
  retries?: number;
  connectRetryDelayMs?: number;
  /** Told about each repeat (a debug log line), e.g. `Slack refused the connection; retrying in 250 ms`. */
  onRetry?: (why: string) => void;
}

const DEFAULT_RETRIES = 2;
const DEFAULT_CONNECT_RETRY_DELAY_MS = 250;
const DEFAULT_MAX_RETRY_AFTER_SECONDS = 5;

/**
 * fetch's failure with its `cause` (where `ECONNREFUSED` is) kept: the client keeps the error it got only
 * when it is an `Error` of the client's own realm, and replaces any other with one without the cause
 * (which happens when the client runs in a sandbox such as jest's).
 */
const fetchKeepingCause: NonNullable<WebClientOptions['fetch']> = (url, init) =>
  (globalThis.fetch as unknown as NonNullable<WebClientOptions['fetch']>)(url, init).catch((e: unknown) => {
    const f = e as { name?: unknown; message?: unknown; cause?: unknown };
    throw Object.assign(new Error(String(f?.message ?? e), { cause: f?.cause }), { name: String(f?.name ?? 'Error') });
  });

export function webClientOptions(apiUrl: string | undefined, t: WebApiTuning = {}): WebClientOptions {
  return {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    timeout: t.timeoutMs ?? 5000,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    fetch: fetchKeepingCause,
  };
}

/** The retry policy for the listeners, from the same tuning as the client. */
export function safeRetryOptions(t: WebApiTuning = {}): Required<Omit<SafeRetryOptions, 'onRetry'>> {
  return {
    maxRetryAfterSeconds: t.maxRetryAfterSeconds ?? DEFAULT_MAX_RETRY_AFTER_SECONDS,
    retries: t.retries ?? DEFAULT_RETRIES,
    connectRetryDelayMs: t.minRetryDelayMs ?? DEFAULT_CONNECT_RETRY_DELAY_MS,
  };
}

function retryAfterOf(e: unknown): number | undefined {
  const err = e as { code?: unknown; retryAfter?: unknown };
  return err && err.code === 'slack_webapi_rate_limited_error' && typeof err.retryAfter === 'number' ? err.retryAfter : undefined;
}

/** Failures while connecting: the request never left this machine. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

function connectionNeverMade(e: unknown): boolean {
  const err = e as { code?: unknown; original?: { cause?: { code?: unknown; errors?: Array<{ code?: unknown }> } } };
  if (err?.code !== 'slack_webapi_request_error') return false;
  const cause = err.original?.cause;
  if (typeof cause?.code === 'string' && NOT_SENT_CODES.has(cause.code)) return true;
  // Node tries each address of a host in turn and reports them together.
  return Array.isArray(cause?.errors) && cause.errors.length > 0 && cause.errors.every((x) => NOT_SENT_CODES.has(String(x?.code)));
}

/**
 * Slack surely did not act on the call: it answered with an error of its own (`ok: false`, e.g.
 * `not_in_channel`, `invalid_blocks`), refused it (429), or the connection was refused before sending.
 * False for a timeout, a 5xx or anything else: the message may have been posted.
 */
export function surelyNotProcessed(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return code === 'slack_webapi_platform_error' || code === 'slack_webapi_rate_limited_error' || connectionNeverMade(e);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Calls `fn`; repeats it only when Slack surely did not process it: a 429 whose Retry-After is at most
 * `maxRetryAfterSeconds` (waited out), or a refused connection (after `connectRetryDelayMs`); at most
 * `retries` repeats. Anything else, and a long Retry-After, is thrown as it came.
 */
export async function withRateLimitRetry<T>(fn: () => Promise<T>, opts: SafeRetryOptions | number = {}): Promise<T> {
  const o = typeof opts === 'number' ? { maxRetryAfterSeconds: opts } : opts;
  const maxRetryAfter = o.maxRetryAfterSeconds ?? DEFAULT_MAX_RETRY_AFTER_SECONDS;
  const retries = o.retries ?? DEFAULT_RETRIES;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (attempt >= retries) throw e;
      const wait = retryAfterOf(e);
      if (wait !== undefined) {
        if (wait > maxRetryAfter) throw e;
        o.onRetry?.(`Slack rate-limited the call; retrying after ${wait} s`);
        await sleep(Math.max(0, wait) * 1000);
      } else if (connectionNeverMade(e)) {
        const delay = o.connectRetryDelayMs ?? DEFAULT_CONNECT_RETRY_DELAY_MS;
        o.onRetry?.(`Slack refused the connection; retrying in ${delay} ms`);
        await sleep(delay);
      } else {
        throw e;
      }
    }
  }
}

/** A short description of a Web API failure for the log (never the request, which holds the token). */
export function describeSlackError(e: unknown): string {
  const err = e as {
    code?: unknown;
    data?: { error?: unknown };
    statusCode?: unknown;
    retryAfter?: unknown;
    message?: unknown;
    original?: { name?: unknown; cause?: { code?: unknown } };
  };
  const parts = [typeof err?.code === 'string' ? err.code : 'error'];
  if (err?.data && typeof err.data.error === 'string') parts.push(err.data.error);
  if (typeof err?.statusCode === 'number') parts.push(`HTTP ${err.statusCode}`);
  if (typeof err?.retryAfter === 'number') parts.push(`retry after ${err.retryAfter}s`);
  if (typeof err?.message === 'string') parts.push(err.message);
  if (typeof err?.original?.cause?.code === 'string') parts.push(err.original.cause.code);
  else if (err?.original?.name === 'TimeoutError') parts.push('timed out');
  return parts.join(': ');
}

/** Slack refused the message's blocks (a limit we didn't know of, or one the renderer missed). */
function isBlocksRejected(e: unknown): boolean {
  const err = e as { data?: { error?: unknown } };
  return typeof err?.data?.error === 'string' && /^invalid_blocks/.test(err.data.error);
}

/**
 * Posts `message` with `post`; when Slack refuses its blocks (`invalid_blocks`), posts its plain-text
 * fallback alone, so the person still gets an answer (nothing was posted the first time). Any other failure
 * is thrown as it was.
 * @param where whose reply, for the log line
 */
export async function postWithPlainFallback<M extends { text: string; blocks?: unknown }, T>(
  post: (m: M | { text: string }) => Promise<T>,
  message: M,
  logger: { warn(...msg: unknown[]): void },
  where: string,
): Promise<T> {
  try {
    return await post(message);
  } catch (e) {
    if (!isBlocksRejected(e)) throw e;
    logger.warn(`${where}: Slack refused the blocks (${describeSlackError(e)}); replying with plain text`);
    return post({ text: message.text });
  }
}
