/**
 * Splitting escaped Slack mrkdwn into pieces that fit a section's text limit without losing a word:
 * a long line (a caveat, a list item) goes on in the next piece instead of being cut with "…".
 */

/**
 * Where to end the first piece of `s` (at most `max` characters): at the last space outside a `<url|label>`
 * link; with none, between two characters, but not inside an `&amp;`-style entity, a link or a surrogate pair.
 */
function breakAt(s: string, max: number): { end: number; next: number } {
  let inLink = false;
  let space = -1;
  for (let i = 0; i <= max && i < s.length; i++) {
    if (s[i] === '<') inLink = true;
    else if (s[i] === '>') inLink = false;
    else if (s[i] === ' ' && !inLink && i > 0) space = i;
  }
  if (space > 0) return { end: space, next: space + 1 };
  let cut = max;
  const amp = s.lastIndexOf('&', cut - 1);
  if (amp > 0 && s.indexOf(';', amp) >= cut && cut - amp < 6) cut = amp;
  const lt = s.lastIndexOf('<', cut - 1);
  if (lt > 0 && s.lastIndexOf('>', cut - 1) < lt) cut = lt;
  const code = s.charCodeAt(cut - 1);
  if (cut > 1 && code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return { end: cut, next: cut };
}

/**
 * An escaped mrkdwn line as pieces of at most `max` characters (max ≥ 8), in order. Only the spaces it
 * breaks at are left out; every other character is kept. A link longer than `max` (none the engine makes)
 * is the one thing broken inside.
 */
export function splitEscapedLine(line: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > max) {
    const { end, next } = breakAt(rest, max);
    pieces.push(rest.slice(0, end));
    rest = rest.slice(next);
  }
  pieces.push(rest);
  return pieces;
}
