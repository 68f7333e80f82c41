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
