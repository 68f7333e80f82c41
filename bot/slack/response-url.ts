/**
 * Posting through a `response_url`, within Slack's rules: a response_url may be used 5 times within
 * 30 minutes of being issued (https://docs.slack.dev/interactivity/handling-user-interaction#message_responses).
 * Uses are counted in the shared store, so presses spread over several replicas share one budget; only
 * posts Slack accepted (or may have accepted) count, so the 6th press gets a clear message instead of a
 * failed post, and a press whose post Slack refused gives its use back.
 */
import { createHash } from 'node:crypto';
import type { Store } from '../store/store';

/** Slack platform rules for response_url (not product policy, not Azure facts). */
export const RESPONSE_URL_MAX_USES = 5;
export const RESPONSE_URL_LIFETIME_MS = 30 * 60 * 1000;
/** Counts outlive the URL, so a late press still reads as "expired" rather than as a fresh URL. */
const BUDGET_TTL_MS = 2 * RESPONSE_URL_LIFETIME_MS;

export type BudgetVerdict = 'ok' | 'used_up' | 'expired';

/** A use taken: give it back when Slack refused the post (nothing was shared). */
export interface BudgetUse {
  giveBack(): Promise<void>;
}

export class ResponseUrlBudget {
  constructor(
    private readonly store: Store,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one use of `url` if it has one left. */
  async take(url: string): Promise<{ verdict: 'ok'; use: BudgetUse } | { verdict: Exclude<BudgetVerdict, 'ok'> }> {
    // Hashed: the URL is a bearer credential for posting into the channel, and keys are visible to Redis operators.
    const id = createHash('sha256').update(url).digest('hex').slice(0, 32);
    const firstKey = `share:${id}:first`;
    const usesKey = `share:${id}:uses`;
    const t = this.now();
    const first = Number((await this.store.get(firstKey)) ?? Number.NaN);
    if (Number.isNaN(first)) await this.store.set(firstKey, String(t), BUDGET_TTL_MS);
    else if (t - first > RESPONSE_URL_LIFETIME_MS) return { verdict: 'expired' };
    const uses = await this.store.increment(usesKey, 1, BUDGET_TTL_MS);
    const giveBack = async () => {
      await this.store.increment(usesKey, -1, BUDGET_TTL_MS);
    };
    if (uses > RESPONSE_URL_MAX_USES) {
      await giveBack();
      return { verdict: 'used_up' };
    }
    return { verdict: 'ok', use: { giveBack } };
  }
}

/** `unknown`: Slack did not answer in time, so the post may or may not have been shared. */
export type PostResult = { ok: true } | { ok: false; status?: number; error: string; verdict: BudgetVerdict | 'failed' | 'unknown' };

/** Reads Slack's refusal: `expired_url` / `used_url` (as text, or as `{ok:false,error}`), any other status = failed. */
function classify(status: number, body: string): PostResult {
  let error = body.trim();
  try {
    const j = JSON.parse(body) as { ok?: unknown; error?: unknown };
    if (j && j.ok === true && status < 300) return { ok: true };
    if (j && typeof j.error === 'string') error = j.error;
  } catch {
    if (status < 300 && (error === '' || error === 'ok')) return { ok: true };
  }
  const verdict = /expired/.test(error)
    ? 'expired'
    : /used_url|too_many|max_uses/.test(error)
      ? 'used_up'
      : status === 404 || status === 410
        ? 'expired'
        : 'failed';
  return { ok: false, status, error: error.slice(0, 200) || `http_${status}`, verdict };
}

export async function postToResponseUrl(url: string, message: Record<string, unknown>, timeoutMs = 5000): Promise<PostResult> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(message),
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
    return classify(res.status, await res.text());
  } catch (e) {
    // By name: the abort is a DOMException, which is not an Error in every realm.
    const { name, message } = (e ?? {}) as { name?: unknown; message?: unknown };
    const timedOut = name === 'TimeoutError' || name === 'AbortError';
    return { ok: false, error: typeof message === 'string' ? message : String(e), verdict: timedOut ? 'unknown' : 'failed' };
  }
}
