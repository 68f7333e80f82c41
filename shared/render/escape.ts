/**
 * Escaping for each target format. Every string of an answer passes through one of these,
 * so text a user typed can never become a ping, a mention, a link or markup.
 */

/** Slack mrkdwn: &, < and > are the only control characters; escaped, `<!channel>` stays text. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const isAlnum = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Markdown (GitHub / Docusaurus / tickets): escape only what would change the meaning, so a ticket reads
 * "VpnGw4AZ (Gen2)" and "10.0.0.0/24", not "VpnGw4AZ \(Gen2\)". What is escaped, and why:
 * - `<` always, as `&lt;` (HTML, autolinks, `<!channel>`), and `&` where it would start an entity;
 * - `` ` ``, `*` and `~` always (code, emphasis, strikethrough and fences); `_` unless inside a word, where
 *   it cannot emphasise (`high_utilisation` stays as is);
 * - `[` and `]` always (no link, image, reference or footnote can open, and none of our own links closes
 *   early), and `(` right after `]`;
 * - a backslash that would escape what follows it, or break the line;
 * - what GFM would turn into a link by itself: `://`, `www.` and the `@` of an e-mail address;
 * - at the start of a line only: `#`, `>`, a list marker (`-`, `+`, `1.`, `1)` before a space), a rule or
 *   setext underline (`---`, `===`); and a heading's closing `#`s at the end;
 * - `|` in text of several lines (two lines can make a table); table cells escape their own `|`.
 * Everything else (parentheses, dots, `!`, `#` inside a line, `>`) is left as typed.
 */
export function escapeMarkdown(text: string): string {
  const clean = text
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this strips
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u009b]/g, '');
  return (
    clean
      .replace(/\\(?=[!-/:-@[-`{-~]|$)/gm, '\\\\')
      .replace(/&(?=#?[a-z0-9]+;)/gi, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/[`*~[]/g, '\\$&')
      .replace(/\](\(?)/g, (_m, paren: string) => `\\]${paren ? '\\(' : ''}`)
      .replace(/_/g, (m, at: number, s: string) => (isAlnum(s[at - 1]) && isAlnum(s[at + 1]) ? m : '\\_'))
      .replace(/\|/g, (m) => (clean.includes('\n') ? '\\|' : m))
      // GFM turns bare "https://…", "www.…" and e-mail addresses into links; escaped, they stay text.
      .replace(/:\/\//g, '\\://')
      .replace(/\b(www)\./gi, '$1\\.')
      .replace(/(?<=[\w.+-])@(?=[\w-])/g, '\\@')
      // Line starts that make a heading, a quote, a list, a rule or a setext heading.
      .replace(/^(\s*)([#>])/gm, '$1\\$2')
      .replace(/^(\s*)([-+=])(?=\s|[-=\s]*$)/gm, '$1\\$2')
      .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/gm, '$1\\$2')
      // A heading drops a closing run of #s.
      .replace(/(\s)(#+)(\s*)$/, '$1\\$2$3')
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
