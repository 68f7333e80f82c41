/**
 * Finding a gateway's JSON in what a person typed or pasted into Slack: a whole message, or a ``` code
 * block in it (the usual way to paste JSON into a chat).
 */
import { fromSlackText } from './slack-text';

const FENCED = /```(?:json[ \t]*\n)?([\s\S]*?)```/i;
/** Slack's links (`<https://x>`, `<http://x|x>`, `<mailto:a@b|a@b>`): Slack turns typed URLs into these. */
const SLACK_LINK = /<((?:https?|mailto):[^|>\s]*)(?:\|([^>]*))?>/g;

/** The text inside the first ``` code block, or all of it. */
export function unfenced(text: string): string {
  const m = FENCED.exec(text);
  return (m ? m[1] : text).trim();
}

/** A message's text as the person typed it: Slack's links back to what was typed, its entities undone. */
function typedTextOf(slackText: string): string {
  return fromSlackText(slackText.replace(SLACK_LINK, (_m, url: string, label?: string) => label ?? url));
}

/**
 * The JSON a message holds when it is (or holds, in a code block) a JSON object or array; undefined for
 * anything else, e.g. a question ("[urgent] which SKU?"), which the shortcut answers as before. Whether it
 * is a gateway is check's to say: a VNet's JSON gets check's "this is a virtual network" answer.
 */
export function gatewayJsonIn(slackText: unknown): string | undefined {
  if (typeof slackText !== 'string') return undefined;
  const text = unfenced(typedTextOf(slackText));
  return /^[[{]/.test(text) && /[\]}]$/.test(text) ? text : undefined;
}
