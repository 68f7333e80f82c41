/**
 * What the bench's servers and load generator agree on: the signing secret, the evaluation date, and the
 * signed requests (built ahead of the measured run, so the load generator spends its time sending).
 */
import { eventCallback, signedHeaders, slashCommand } from '../test/support/signed-request';

export const SIGNING_SECRET = 'bench-signing-secret-0123456789abcdef';
export const BOT_TOKEN = 'xoxb-0000-0000-benchtoken';
export const AS_OF = '2026-11-21';

export interface PreparedRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

function signedPost(req: { body: string; contentType: string }): PreparedRequest {
  return {
    method: 'POST',
    path: '/slack/events',
    body: req.body,
    headers: { 'content-type': req.contentType, ...signedHeaders(req.body, SIGNING_SECRET) },
  };
}

/** `/vpn <text>` as Slack posts it, signed now (Bolt accepts the timestamp for 5 minutes). */
export const slashRequest = (text: string): PreparedRequest => signedPost(slashCommand(text));

/** `@vpn-advisor <text>` in a channel, as an Events API delivery with its own event id. */
export const mentionRequest = (text: string, eventId: string): PreparedRequest =>
  signedPost(
    eventCallback(
      {
        type: 'app_mention',
        user: 'U0USER',
        text: `<@U0BENCH> ${text}`,
        ts: '1700000000.000100',
        channel: 'C0CHAN',
        event_ts: '1700000000.000100',
      },
      eventId,
    ),
  );

export const askRequest = (text: string): PreparedRequest => ({
  method: 'GET',
  path: `/api/ask?q=${encodeURIComponent(text)}&as_of=${AS_OF}`,
});

/** The command every request repeats (the rendered-answer cache hits) … */
export const REPEATED_COMMAND = 'sizing 5000 users';
/**
 * … and the n-th of the distinct ones: 1,001 to 10,000 users, the range support engineers ask about (one
 * gateway still carries it). Each is a cache miss (the engine and the renderer run): a count comes back
 * only after 9,000 others, long after the bot's rendered-answer cache (500 entries) has let it go.
 */
export const distinctCommand = (n: number): string => `sizing ${1001 + (n % 9000)} users`;
