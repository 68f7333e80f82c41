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
import { renderedOnce } from '../../shared/frozen-memo';
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

const NON_ASCII = /[\u0080-\uffff]/;
const EACH_NON_ASCII = /[\u0080-\uffff]/g;
const escapedChar = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * JSON.stringify(value) in ASCII only (`•` as `\u2022`), held as one-byte text. One bullet or box-drawing
 * character makes V8 hold a whole message as two-byte text: twice the memory for every copy on the way, and
 * encoding 13 KB of two-byte text for the socket cost more than serialising it. V8 also keeps a replaced
 * two-byte string two-byte, all-ASCII or not; read back as latin1, it is one-byte again.
 */
function asciiJson(value: unknown): string {
  const json = JSON.stringify(value);
  if (!NON_ASCII.test(json)) return json;
  return Buffer.from(json.replace(EACH_NON_ASCII, escapedChar), 'latin1').toString('latin1');
}

/** A frozen block (the renderer shares those between messages: conflicts, sources, dates) is serialised once. */
const jsonOfBlock = renderedOnce((block: object) => asciiJson(block));

/**
 * The same JSON as `JSON.stringify({ ...head, ...message })`, in ASCII as one-byte text, with each frozen
 * block's JSON made once; its pieces are joined once, into the one string the socket writes.
 */
export function messageJson(message: BlockKitMessage, head: Readonly<Record<string, string>> = {}): string {
  const pieces: string[] = [];
  for (const [key, value] of Object.entries({ ...head, ...message })) {
    if (value === undefined) continue;
    pieces.push(pieces.length ? ',' : '{', JSON.stringify(key), ':');
    if (key === 'blocks' && Array.isArray(value)) {
      pieces.push('[');
      value.forEach((block: object, i) => {
        pieces.push(i ? ',' : '', jsonOfBlock(block));
      });
      pieces.push(']');
    } else pieces.push(asciiJson(value));
  }
  pieces.push(pieces.length ? '}' : '{}');
  return pieces.join('');
}

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
    json = messageJson(message, { response_type: 'ephemeral' });
    if (kept) serialised.set(message, json);
  }
  declareJson();
  await ack(json);
}
