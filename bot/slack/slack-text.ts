/**
 * Text as Slack sends it → text for the engine. Slack escapes &, < and > in what users type
 * (and sends mentions as `<@U…>`); the engine wants what the user typed, and the renderer escapes again.
 */

/** Undoes Slack's three entities in one pass, so `&amp;lt;` becomes `&lt;` (what the user typed), not `<`. */
export function fromSlackText(text: string): string {
  return text.replace(/&(lt|gt|amp);/g, (_m, name: string) => (name === 'lt' ? '<' : name === 'gt' ? '>' : '&'));
}

/**
 * Removes the mentions of the bot (`<@U0BOT>` or `<@U0BOT|vpn-advisor>`). Without a known bot user id,
 * only a leading mention is removed: that is how a mention of the bot starts.
 */
export function stripBotMention(text: string, botUserId?: string): string {
  const mention = botUserId ? new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g') : /^\s*<@[UW][A-Z0-9]+(?:\|[^>]*)?>/;
  return text.replace(mention, ' ').replace(/\s+/g, ' ').trim();
}

/** Text of a mention or a message, ready for the engine; '' when it isn't a string. */
export function commandTextFrom(slackText: unknown, botUserId?: string): string {
  return typeof slackText === 'string' ? fromSlackText(stripBotMention(slackText, botUserId)) : '';
}
