/**
 * Acknowledging a slash command with a message serialised once. The acknowledgement is the answer (a
 * Block Kit message of up to ~13 KB); Bolt's HTTP receiver serialises an object body on every ack (a tenth
 * of the server's CPU per repeated command in the bench), but writes a string body as it is, without a
 * content type, and Slack reads a body that isn't `application/json` as plain text. So the request's
 * response is remembered for the listener, which declares the content type and acks with the string;
 * in Socket Mode (no HTTP response) the listener acks with the object as before.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AckFn, Context, RespondArguments } from '@slack/bolt';
import type { BlockKitMessage } from '../../shared/render/block-kit';

/** On the request, as Express keeps `req.res`: a WeakMap of every request cost more (its entries outlive them until a GC). */
const RESPONSE = Symbol('slackResponse');
type WithResponse = IncomingMessage & { [RESPONSE]?: ServerResponse };
/**
 * By message object, for kept (frozen) messages only: those are shared by every reply to the same question,
 * so each is serialised once. A one-off message is not remembered (a WeakMap entry per request costs the GC).
 */
const serialised = new WeakMap<BlockKitMessage, string>();
/** The context property (HTTPReceiver's customPropertiesExtractor) through which a listener declares a JSON body. */
const DECLARE_JSON = 'declareJsonBody';

/** Called for each Slack request before Bolt sees it. */
export function rememberResponse(req: IncomingMessage, res: ServerResponse): void {
  (req as WithResponse)[RESPONSE] = res;
}

/** For HTTPReceiver's customPropertiesExtractor: what the listener's context gets for this request. */
export function jsonAckProperties(req: IncomingMessage): Record<string, unknown> {
  const res = (req as WithResponse)[RESPONSE];
  return res ? { [DECLARE_JSON]: () => res.setHeader('content-type', 'application/json') } : {};
}

/** Acknowledges a slash command with `message`, visible only to the person who ran it. */
export async function ackEphemeral(ack: AckFn<string | RespondArguments>, context: Context, message: BlockKitMessage): Promise<void> {
  const declareJson = context[DECLARE_JSON];
  if (typeof declareJson !== 'function') return ack({ response_type: 'ephemeral', ...message });
  const kept = Object.isFrozen(message);
  let json = kept ? serialised.get(message) : undefined;
  if (json === undefined) {
    json = JSON.stringify({ response_type: 'ephemeral', ...message });
    if (kept) serialised.set(message, json);
  }
  declareJson();
  await ack(json);
}
