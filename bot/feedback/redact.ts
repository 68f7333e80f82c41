/**
 * What is removed from a question before it is stored: e-mail addresses, Slack mentions (users, groups,
 * channels) and IP addresses of hosts. A network written as a CIDR block (`10.0.0.0/19`, host bits zero)
 * is kept: it is an address plan, the very thing pool and route questions are about, and names no
 * machine or person. A host address loses its digits but keeps its prefix length (`203.0.113.7/32` →
 * `[ip]/32`), so "a /24 overlaps" stays readable.
 */

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
/** `<@U123>`, `<@U123|ana>`, `<!subteam^S123|@team>`, `<#C123|general>`: how Slack sends mentions. */
const SLACK_MENTION = /<(?:@[UW][A-Z0-9]+|!subteam\^[A-Z0-9]+|#[CG][A-Z0-9]+)(?:\|[^>]*)?>/g;
const IPV4 = /(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(\/\d{1,2})?(?![\d.]*\d)/g;
/** Eight groups, or fewer with `::`, optionally with a prefix; at least two colons so times (10:30) stay. */
const IPV6 =
  /(?<![\w:])((?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|(?:[0-9A-Fa-f]{1,4}:){0,6}(?::[0-9A-Fa-f]{1,4}){0,6}::?(?:[0-9A-Fa-f]{1,4})?)(\/\d{1,3})?(?![\w:])/g;

function ipv4Value(text: string): number | undefined {
  const parts = text.split('.').map(Number);
  if (parts.some((p) => p > 255)) return undefined;
  return parts.reduce((n, p) => n * 256 + p, 0);
}

/** A network address: a prefix shorter than a host's (/32) with every host bit zero. */
function isIpv4Network(address: number, prefix: number | undefined): boolean {
  if (prefix === undefined || prefix > 31) return false;
  return address % 2 ** (32 - prefix) === 0;
}

function redactIpv6(match: string, address: string, prefix: string | undefined): string {
  // `::` alone, or a string of colons and digits that is no address (e.g. "1:2"), is left as typed.
  if ((address.match(/:/g) ?? []).length < 2 || !/[0-9A-Fa-f]/.test(address)) return match;
  const bits = prefix ? Number(prefix.slice(1)) : undefined;
  // An IPv6 network is written with a short prefix and a trailing `::` (2001:db8::/48): the plan, not a host.
  if (bits !== undefined && bits <= 64 && address.endsWith('::')) return match;
  return `[ip]${prefix ?? ''}`;
}

export function redactQuery(text: string): string {
  return text
    .replace(EMAIL, '[email]')
    .replace(SLACK_MENTION, '[mention]')
    .replace(IPV4, (match, address: string, prefix: string | undefined) => {
      const value = ipv4Value(address);
      if (value === undefined) return match;
      const bits = prefix ? Number(prefix.slice(1)) : undefined;
      if (bits !== undefined && bits > 32) return match;
      return isIpv4Network(value, bits) ? match : `[ip]${prefix ?? ''}`;
    })
    .replace(IPV6, redactIpv6);
}
