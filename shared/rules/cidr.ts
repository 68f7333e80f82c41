import type { IPv4CidrRange } from 'ip-num';

/**
 * IPv4 CIDR helpers on ip-num. Validation uses the non-throwing Validator at the boundary;
 * the throwing factories only ever see validated input.
 */

let ipNumModule: typeof import('ip-num') | undefined;
/** ip-num, loaded by the first command that reads a CIDR: its import costs ~13 ms, a fifth of the CLI's start. */
function ipNum(): typeof import('ip-num') {
  ipNumModule ??= require('ip-num') as typeof import('ip-num');
  return ipNumModule;
}
export type CidrCheck =
  | { ok: true; range: IPv4CidrRange }
  | { ok: false; reason: 'syntax'; message: string }
  | { ok: false; reason: 'misaligned'; aligned: string };

export function checkCidr(text: string): CidrCheck {
  const t = text.trim();
  if (!/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/.test(t)) {
    return { ok: false, reason: 'syntax', message: 'it is not in address/prefix form' };
  }
  const { Validator, IPv4CidrRange } = ipNum();
  const [valid, errors] = Validator.isValidIPv4CidrNotation(t);
  if (!valid) return { ok: false, reason: 'syntax', message: describeIpNumError(errors[0] ?? '') };
  const [aligned] = Validator.isValidIPv4CidrRange(t);
  if (!aligned) return { ok: false, reason: 'misaligned', aligned: alignedBlock(t) };
  return { ok: true, range: IPv4CidrRange.fromCidr(t) };
}

function describeIpNumError(msg: string): string {
  if (/octet/i.test(msg)) return 'each of the four numbers must be between 0 and 255';
  if (/prefix/i.test(msg)) return 'the prefix after the slash must be between 0 and 32';
  return 'it is not a valid IPv4 CIDR block';
}

/** The block that contains the address at that prefix: 172.16.1.0/19 → 172.16.0.0/19. */
function alignedBlock(cidr: string): string {
  const [ip, p] = cidr.split('/');
  const prefix = BigInt(p);
  const { IPv4 } = ipNum();
  const value = new IPv4(ip).getValue();
  const size = 1n << (32n - prefix);
  const network = (value / size) * size;
  return `${new IPv4(network).toString()}/${p}`;
}

/** Smallest prefix length whose block holds at least n addresses (n ≥ 1), never longer than maxPrefix. */
export function prefixForAddresses(n: number, maxPrefix = 32): number {
  let p = 32;
  while (p > 0 && 2 ** (32 - p) < n) p--;
  return Math.min(p, maxPrefix);
}

/** Address classes that matter for a client pool. */
export type AddressClass = 'rfc1918' | 'shared-cgnat' | 'loopback' | 'link-local' | 'multicast-reserved' | 'public';

const CLASSES: Array<[string, AddressClass]> = [
  ['10.0.0.0/8', 'rfc1918'],
  ['172.16.0.0/12', 'rfc1918'],
  ['192.168.0.0/16', 'rfc1918'],
  ['100.64.0.0/10', 'shared-cgnat'],
  ['127.0.0.0/8', 'loopback'],
  ['169.254.0.0/16', 'link-local'],
  ['224.0.0.0/3', 'multicast-reserved'],
  ['0.0.0.0/8', 'multicast-reserved'],
];

/**
 * A validated, aligned block as plain numbers. ip-num validates at the boundary and builds the blocks we
 * print; interval arithmetic on numbers is exact below 2^53 and avoids ip-num's string-based maths on
 * the hot path (classification and overlaps run on every pool answer).
 */
export interface Bounds {
  first: number;
  last: number;
  prefix: number;
}

/** Bounds of a canonical CIDR ("10.8.0.0/19"); the caller has validated it (checkCidr). */
export function boundsOf(cidr: string): Bounds {
  const slash = cidr.indexOf('/');
  const prefix = Number(cidr.slice(slash + 1));
  const first = cidr
    .slice(0, slash)
    .split('.')
    .reduce((n, octet) => n * 256 + Number(octet), 0);
  return { first, last: first + 2 ** (32 - prefix) - 1, prefix };
}

/** 167772160 → "10.0.0.0". */
export function ipString(n: number): string {
  return `${Math.floor(n / 16777216) % 256}.${Math.floor(n / 65536) % 256}.${Math.floor(n / 256) % 256}.${n % 256}`;
}

const CLASS_BOUNDS = CLASSES.map(([cidr, cls]) => ({ cidr, cls, ...boundsOf(cidr) }));

/** Classifies a canonical CIDR; a block that straddles classes is reported by the class of its widest container. */
export function classifyCidr(cidr: string): { cls: AddressClass; container?: string; partial: boolean } {
  const b = boundsOf(cidr);
  for (const c of CLASS_BOUNDS) {
    if (b.first >= c.first && b.last <= c.last) return { cls: c.cls, container: c.cidr, partial: false };
    if (b.first <= c.last && c.first <= b.last) return { cls: c.cls, container: c.cidr, partial: true };
  }
  return { cls: 'public', partial: false };
}

/** The overlapping part of two canonical CIDRs, as first and last address, or undefined. */
export function overlapOfCidrs(a: string, b: string): { first: string; last: string; size: number } | undefined {
  const x = boundsOf(a);
  const y = boundsOf(b);
  const first = Math.max(x.first, y.first);
  const last = Math.min(x.last, y.last);
  if (first > last) return undefined;
  return { first: ipString(first), last: ipString(last), size: last - first + 1 };
}
