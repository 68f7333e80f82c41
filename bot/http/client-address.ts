/**
 * Who is asking, for the rate limit: the socket's address, or — behind proxies we were told about
 * (TRUST_PROXY hops) — the address the outermost of them saw, read from the right of X-Forwarded-For.
 * Entries further left were written by the client or by proxies we don't know, so anyone can forge them.
 */
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/** `::ffff:203.0.113.7` (IPv4 on a dual-stack socket) and `203.0.113.7` are one client. */
function normalize(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

/**
 * @param trustProxyHops how many proxies in front of us each append the address they saw; 0 = none,
 *   X-Forwarded-For is ignored.
 */
export function clientAddress(req: IncomingMessage, trustProxyHops = 0): string {
  const socketAddress = normalize(req.socket.remoteAddress ?? 'unknown');
  if (trustProxyHops <= 0) return socketAddress;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  // The chain as the last proxy sees it: every forwarded address, then the peer that connected to us.
  // Each trusted hop vouches for one step to its left; with fewer entries than hops, the left-most is it.
  const chain = [...forwarded, socketAddress];
  const candidate = chain[Math.max(0, chain.length - 1 - trustProxyHops)];
  // A trusted proxy writes addresses; anything else (a port, a name, garbage) is not one we can key on.
  return isIP(candidate) ? normalize(candidate) : socketAddress;
}
