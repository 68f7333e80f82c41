/**
 * Sharing a check answer. A configuration holds tenant ids, addresses and certificates, so the Share button
 * carries no part of it (a button's value is in every payload of the message) and the answer is not
 * recomputed from the button: the rendered copy for the channel waits in the shared store under a random id,
 * for as long as a response_url lives, and Share posts that copy with chat.postMessage.
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from '@slack/bolt';
import type { BlockKitMessage } from '../../shared/render/block-kit';
import type { Store } from '../store/store';
import type { CheckDeps } from './check-deps';
import { postToResponseUrl, RESPONSE_URL_LIFETIME_MS } from './response-url';
import { describeSlackError, postWithPlainFallback, type SafeRetryOptions, surelyNotProcessed, withRateLimitRetry } from './web-api';

/** How long a check answer can be shared: as long as Share on any other answer (a response_url's life). */
const CHECK_SHARE_TTL_MS = RESPONSE_URL_LIFETIME_MS;

interface StoredCheckAnswer {
  /** Who ran the check: the only person who saw its Share button. */
  owner: string;
  channel: string;
  message: BlockKitMessage;
}

const answerKey = (id: string) => `check-share:${id}`;
const sharedKey = (id: string) => `check-share:${id}:shared`;

/** Keeps the copy to share; resolves with the id for the Share button. Throws what the store throws. */
export async function keepForSharing(store: Store, answer: StoredCheckAnswer): Promise<string> {
  const id = randomBytes(18).toString('base64url');
  await store.set(answerKey(id), JSON.stringify(answer), CHECK_SHARE_TTL_MS);
  return id;
}

function readStored(raw: string): StoredCheckAnswer | undefined {
  try {
    const v = JSON.parse(raw) as Partial<StoredCheckAnswer>;
    const m = v?.message;
    if (typeof v?.owner !== 'string' || typeof v.channel !== 'string' || typeof m?.text !== 'string' || !Array.isArray(m.blocks))
      return undefined;
    return { owner: v.owner, channel: v.channel, message: m };
  } catch {
    return undefined;
  }
}

const CHECK_SHARE_NOTICE = {
  expired: `:information_source: These findings are more than ${CHECK_SHARE_TTL_MS / 60_000} minutes old: a gateway's configuration holds tenant ids, addresses and certificates, so I keep its findings only that long. Run \`/vpn check\` again to share a fresh copy.`,
  shared: ':information_source: These findings have already been shared in the channel.',
  notYours: ':information_source: Only the person who ran this check can share it.',
  failed: ':warning: Slack did not accept the shared findings. Please try again in a moment.',
  unknown: ":warning: I'm not sure the findings were shared (Slack did not answer in time); check the channel before pressing Share again.",
  unavailable: ":warning: I can't reach the findings right now. Please try again in a moment.",
} as const;

export interface SharePress {
  id: string;
  user: string;
  threadTs?: string;
  /** The press's response_url: reaches the channel when the bot can't post there (not a member, a DM). */
  responseUrl?: string;
}

export interface ShareCheckDeps {
  store: Store;
  check: Pick<CheckDeps, 'client'>;
  logger: Logger;
  slackRetry: SafeRetryOptions;
  responseUrlTimeoutMs: number;
}

/**
 * Posts the stored copy to the channel the check was answered in, once. Resolves with the notice for the
 * presser when it was not shared (undefined when it was).
 */
export async function shareCheckAnswer(deps: ShareCheckDeps, press: SharePress): Promise<string | undefined> {
  const where = `check share for ${press.user}`;
  let stored: StoredCheckAnswer | undefined;
  let claimed: boolean;
  try {
    const raw = await deps.store.get(answerKey(press.id));
    if (raw === undefined) return CHECK_SHARE_NOTICE.expired;
    stored = readStored(raw);
    if (!stored) return CHECK_SHARE_NOTICE.expired;
    if (stored.owner !== press.user) return CHECK_SHARE_NOTICE.notYours;
    // A double click, or a second press: one copy in the channel.
    claimed = await deps.store.claim(sharedKey(press.id), CHECK_SHARE_TTL_MS);
  } catch (e) {
    deps.logger.warn(`${where}: the store failed:`, e);
    return CHECK_SHARE_NOTICE.unavailable;
  }
  if (!claimed) return CHECK_SHARE_NOTICE.shared;

  const { channel, message } = stored;
  const release = async () => {
    try {
      await deps.store.delete(sharedKey(press.id));
    } catch (e) {
      deps.logger.warn(`${where}: could not release the share:`, e);
    }
  };
  try {
    await postWithPlainFallback(
      (m) =>
        withRateLimitRetry(
          () => deps.check.client.chat.postMessage({ channel, ...(press.threadTs ? { thread_ts: press.threadTs } : {}), ...m }),
          { ...deps.slackRetry, onRetry: (why) => deps.logger.debug(`${where}: ${why}`) },
        ),
      message,
      deps.logger,
      where,
    );
    return undefined;
  } catch (e) {
    if (!surelyNotProcessed(e)) {
      // It may be in the channel: not repeated, and the presser is told to look before pressing again.
      deps.logger.error(`${where}: chat.postMessage failed with its outcome unknown (${describeSlackError(e)}); not repeated`);
      await release();
      return CHECK_SHARE_NOTICE.unknown;
    }
    // Nothing was posted, e.g. not_in_channel: the press's response_url reaches the channel anyway.
    deps.logger.warn(`${where}: chat.postMessage failed (${describeSlackError(e)}); using the response_url`);
    if (press.responseUrl) {
      const r = await postToResponseUrl(
        press.responseUrl,
        { response_type: 'in_channel', replace_original: false, ...message },
        deps.responseUrlTimeoutMs,
      );
      if (r.ok) return undefined;
      deps.logger.warn(`${where}: the response_url refused it too (${r.status ?? 'no response'}: ${r.error})`);
      await release();
      return r.verdict === 'unknown' ? CHECK_SHARE_NOTICE.unknown : CHECK_SHARE_NOTICE.failed;
    }
    await release();
    return CHECK_SHARE_NOTICE.failed;
  }
}
