/**
 * Escaping for each target format. Every string of an answer passes through one of these,
 * so text a user typed can never become a ping, a mention, a link or markup.
 */

/** Slack mrkdwn: &, < and > are the only control characters; escaped, `<!channel>` stays text. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Markdown (GitHub / Docusaurus / tickets): backslash the characters that start markup; HTML-escape angle brackets. */
export function escapeMarkdown(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this strips
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u009b]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
      // GFM turns bare "https://…", "www.…" and e-mail addresses into links; escaped, they stay text.
      .replace(/:\/\//g, '\\://')
      .replace(/\b(www)\./gi, '$1\\.')
      .replace(/@/g, '\\@')
      // Line starts that make a rule, a setext heading or a list: only punctuation can be backslash-escaped.
      .replace(/^(\s*)([-=]{3,}|-(?=\s))/gm, (_m, s: string, x: string) => `${s}\\${x}`)
      .replace(/^(\s*\d+)([.)])/gm, (_m, n: string, x: string) => `${n}\\${x}`)
  );
}

/** Plain terminal text: drop control characters (ANSI escapes could rewrite the terminal). */
export function escapePlain(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this strips
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u009b]/g, '');
}

/** Only http(s) URLs become links; anything else (javascript:, data:) is rendered as text. */
export function isSafeUrl(url: string): boolean {
  return /^https?:\/\/[^\s<>"]+$/i.test(url);
}
