/**
 * The "Share in channel" button on an ephemeral answer. It carries what reproduces the answer (the query
 * and its evaluation date), never the answer itself: the share listener answers again and posts that.
 */
import { isIsoDate } from '../../knowledge/dates';
import type { Answer } from '../../shared/answer/answer';
import { policy } from '../../shared/policy';
import type { ButtonElement } from '../../shared/render/block-kit';

/** The button's action id; the share listener is registered under it. */
export const SHARE_ACTION_ID = 'vpn_share_in_channel';

interface ShareValue {
  q: string;
  asOf: string;
}

/** JSON with `<`, `>` and `&` as \u escapes, so not even the button's hidden value holds Slack markup. */
export function encodeShareValue(v: ShareValue): string {
  return JSON.stringify({ q: v.q, asOf: v.asOf }).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Reads a Share button value; undefined when it isn't one of ours. */
export function decodeShareValue(value: string | undefined): ShareValue | undefined {
  if (!value || value.length > policy.slack.maxButtonValue) return undefined;
  try {
    const v: unknown = JSON.parse(value);
    if (typeof v !== 'object' || v === null) return undefined;
    const { q, asOf } = v as Record<string, unknown>;
    if (typeof q !== 'string' || typeof asOf !== 'string' || !isIsoDate(asOf)) return undefined;
    return { q, asOf };
  } catch {
    return undefined;
  }
}

/** renderBlockKit's `actions` for an answer only its asker sees. */
export function shareButtons(a: Answer): ButtonElement[] {
  const value = encodeShareValue({ q: a.query, asOf: a.asOf });
  return [{ type: 'button', action_id: SHARE_ACTION_ID, text: { type: 'plain_text', text: 'Share in channel' }, value }];
}

/**
 * A check answer's Share button. A configuration holds tenant ids, addresses and certificates, and a
 * button's value travels in every payload of the message: the value is only the random id under which the
 * rendered answer waits in the store (slack/check-share.ts).
 */
const CHECK_SHARE_ID = /^[A-Za-z0-9_-]{16,64}$/;

function encodeCheckShareValue(id: string): string {
  return JSON.stringify({ check: id });
}

/** The stored answer's id from a check answer's Share button; undefined for any other value. */
export function decodeCheckShareValue(value: string | undefined): string | undefined {
  if (!value || value.length > policy.slack.maxButtonValue) return undefined;
  try {
    const v: unknown = JSON.parse(value);
    if (typeof v !== 'object' || v === null) return undefined;
    const { check } = v as Record<string, unknown>;
    return typeof check === 'string' && CHECK_SHARE_ID.test(check) ? check : undefined;
  } catch {
    return undefined;
  }
}

/** renderBlockKit's `actions` for a check answer whose shareable copy is stored under `id`. */
export function checkShareButtons(id: string): () => ButtonElement[] {
  return () => [
    {
      type: 'button',
      action_id: SHARE_ACTION_ID,
      text: { type: 'plain_text', text: 'Share in channel' },
      value: encodeCheckShareValue(id),
    },
  ];
}
