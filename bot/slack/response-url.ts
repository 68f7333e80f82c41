/**
 * Posting through a `response_url`, within Slack's rules: a response_url may be used 5 times within
 * 30 minutes of being issued (https://docs.slack.dev/interactivity/handling-user-interaction#message_responses).
 * We count uses per URL, so the 6th Share press gets a clear message instead of a failed post.
 */

/** Slack platform rules for response_url (not product policy, not Azure facts). */
export const RESPONSE_URL_MAX_USES = 5;
export const RESPONSE_URL_LIFETIME_MS = 30 * 60 * 1000;

export type BudgetVerdict = 'ok' | 'used_up' | 'expired';

export class ResponseUrlBudget {
  private readonly uses = new Map<string, { first: number; count: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Takes one use of `url` if it has one left. */
  take(url: string): BudgetVerdict {
    const t = this.now();
    this.sweep(t);
    const u = this.uses.get(url) ?? { first: t, count: 0 };
    if (t - u.first > RESPONSE_URL_LIFETIME_MS) return 'expired';
    if (u.count >= RESPONSE_URL_MAX_USES) return 'used_up';
    u.count += 1;
    this.uses.set(url, u);
    return 'ok';
  }

  private sweep(t: number): void {
    // Keep expired URLs a little longer than their lifetime, so a late press still reads as "expired".
    for (const [url, u] of this.uses) if (t - u.first > 2 * RESPONSE_URL_LIFETIME_MS) this.uses.delete(url);
  }
}

export type PostResult = { ok: true } | { ok: false; status?: number; error: string; verdict: BudgetVerdict | 'failed' };

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
    return { ok: false, error: e instanceof Error ? e.message : String(e), verdict: 'failed' };
  }
}
