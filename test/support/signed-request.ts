/**
 * Requests signed exactly as Slack signs them: `v0=` + hex HMAC-SHA256 over `v0:<timestamp>:<raw body>`
 * with the app's signing secret, sent with `X-Slack-Request-Timestamp` and `X-Slack-Signature`.
 * Body builders give the shapes Slack posts (form-encoded slash commands, `payload=` JSON for interactivity,
 * JSON for events).
 */
import crypto from 'node:crypto';

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

function slackSignature(body: string, secret: string, timestamp: number): string {
  return `v0=${crypto.createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export function signedHeaders(body: string, secret: string, timestamp = nowSeconds()): Record<string, string> {
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': slackSignature(body, secret, timestamp) };
}

export interface SignedRequest {
  body: string;
  contentType: 'application/x-www-form-urlencoded' | 'application/json';
}

/** A `/vpn` slash command as Slack posts it. */
export function slashCommand(text: string, fields: Record<string, string> = {}): SignedRequest {
  const body = new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'T0TEAM',
    team_domain: 'example',
    channel_id: 'C0CHAN',
    channel_name: 'support',
    user_id: 'U0USER',
    user_name: 'ana',
    command: '/vpn',
    text,
    api_app_id: 'A0APP',
    is_enterprise_install: 'false',
    response_url: 'http://127.0.0.1:9/unused',
    trigger_id: '1.2.3',
    ...fields,
  }).toString();
  return { body, contentType: 'application/x-www-form-urlencoded' };
}

/** An interactivity payload (block_actions, message_action): form-encoded `payload=<json>`. */
export function interaction(payload: Record<string, unknown>): SignedRequest {
  return { body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), contentType: 'application/x-www-form-urlencoded' };
}

export function shareButtonPress(value: string, responseUrl: string, opts: { user?: string; channel?: string } = {}): SignedRequest {
  const channel = opts.channel ?? 'C0CHAN';
  return interaction({
    type: 'block_actions',
    user: { id: opts.user ?? 'U0USER', username: 'ana', name: 'ana', team_id: 'T0TEAM' },
    api_app_id: 'A0APP',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: '1700000000.000300', channel_id: channel, is_ephemeral: true },
    trigger_id: '1.2.4',
    team: { id: 'T0TEAM', domain: 'example' },
    channel: { id: channel, name: 'support' },
    response_url: responseUrl,
    actions: [
      {
        action_id: 'vpn_share_in_channel',
        block_id: 'share',
        text: { type: 'plain_text', text: 'Share in channel' },
        value,
        type: 'button',
        action_ts: '1700000000.000400',
      },
    ],
  });
}

export function messageShortcut(message: { text?: string; ts?: string; thread_ts?: string }, responseUrl: string): SignedRequest {
  return interaction({
    type: 'message_action',
    callback_id: 'ask_vpn_advisor',
    trigger_id: '1.2.5',
    message_ts: message.ts ?? '1700000000.000500',
    response_url: responseUrl,
    message: {
      type: 'message',
      user: 'U0OTHER',
      ts: message.ts ?? '1700000000.000500',
      ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}),
      ...(message.text !== undefined ? { text: message.text } : {}),
    },
    user: { id: 'U0USER', name: 'ana' },
    channel: { id: 'C0CHAN', name: 'support' },
    team: { id: 'T0TEAM', domain: 'example' },
    token: 'legacy-verification-token',
    action_ts: '1700000000.000600',
  });
}

/** An Events API delivery (`event_callback`) carrying one event. */
export function eventCallback(event: Record<string, unknown>, eventId: string): SignedRequest {
  return {
    body: JSON.stringify({
      token: 'legacy-verification-token',
      team_id: 'T0TEAM',
      api_app_id: 'A0APP',
      event,
      type: 'event_callback',
      event_id: eventId,
      event_time: 1700000000,
      authorizations: [{ team_id: 'T0TEAM', user_id: 'U0BOT', is_bot: true, is_enterprise_install: false }],
    }),
    contentType: 'application/json',
  };
}

export interface PostOptions {
  secret: string;
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  /** Sign with this secret instead (a wrong signature). */
  signWith?: string;
  /** Leave these headers out. */
  omit?: Array<'x-slack-signature' | 'x-slack-request-timestamp'>;
  headers?: Record<string, string>;
}

export async function postSigned(url: string, req: SignedRequest, opts: PostOptions): Promise<Response> {
  const headers: Record<string, string> = {
    'content-type': req.contentType,
    ...signedHeaders(req.body, opts.signWith ?? opts.secret, opts.timestamp),
    ...opts.headers,
  };
  for (const h of opts.omit ?? []) delete headers[h];
  return fetch(url, { method: 'POST', body: req.body, headers });
}
