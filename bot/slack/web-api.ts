/**
 * How the bot calls Slack's Web API: short timeouts and few retries (a reply that is minutes late is
 * worse than an apology), and 429s handled here rather than by the client, because the client pauses
 * its whole queue for Retry-After, which would hold up every other reply.
 */
import type { webApi } from '@slack/bolt';

type WebClientOptions = webApi.WebClientOptions;

export interface WebApiTuning {
  /** Per-request timeout. Default: 5,000 ms. */
  timeoutMs?: number;
  /** Retries after a failed request (network error, 5xx). Default: 2. */
  retries?: number;
  /** First retry delay; doubles after. Default: 250 ms. */
  minRetryDelayMs?: number;
  /** Longest Retry-After we wait out before giving up. Default: 5 s. */
  maxRetryAfterSeconds?: number;
}

export function webClientOptions(apiUrl: string | undefined, t: WebApiTuning = {}): WebClientOptions {
  const minTimeout = t.minRetryDelayMs ?? 250;
  return {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    timeout: t.timeoutMs ?? 5000,
    retryConfig: { retries: t.retries ?? 2, factor: 2, minTimeout, maxTimeout: minTimeout * 4 },
    rejectRateLimitedCalls: true,
  };
}

function retryAfterOf(e: unknown): number | undefined {
  const err = e as { code?: unknown; retryAfter?: unknown };
  return err && err.code === 'slack_webapi_rate_limited_error' && typeof err.retryAfter === 'number' ? err.retryAfter : undefined;
}

/** Calls `fn`; on a 429 whose Retry-After is short, waits it out and tries once more. */
export async function withRateLimitRetry<T>(fn: () => Promise<T>, maxRetryAfterSeconds = 5): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    const wait = retryAfterOf(e);
    if (wait === undefined || wait > maxRetryAfterSeconds) throw e;
    await new Promise((r) => setTimeout(r, Math.max(0, wait) * 1000));
    return fn();
  }
}

/** A short description of a Web API failure for the log (never the request, which holds the token). */
export function describeSlackError(e: unknown): string {
  const err = e as { code?: unknown; data?: { error?: unknown }; statusCode?: unknown; retryAfter?: unknown; message?: unknown };
  const parts = [typeof err?.code === 'string' ? err.code : 'error'];
  if (err?.data && typeof err.data.error === 'string') parts.push(err.data.error);
  if (typeof err?.statusCode === 'number') parts.push(`HTTP ${err.statusCode}`);
  if (typeof err?.retryAfter === 'number') parts.push(`retry after ${err.retryAfter}s`);
  if (typeof err?.message === 'string') parts.push(err.message);
  return parts.join(': ');
}

/** Slack refused the message's blocks (a limit we didn't know of, or one the renderer missed). */
function isBlocksRejected(e: unknown): boolean {
  const err = e as { data?: { error?: unknown } };
  return typeof err?.data?.error === 'string' && /^invalid_blocks/.test(err.data.error);
}

/**
 * Posts `message` with `post`; when Slack refuses its blocks (`invalid_blocks`), posts its plain-text
 * fallback alone, so the person still gets an answer. Any other failure is thrown as it was.
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
