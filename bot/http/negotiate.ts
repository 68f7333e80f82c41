/**
 * What a request asks of a static file, read strictly: which content coding it accepts (RFC 9110 §12.5.3,
 * with q-values, so `br;q=0` refuses Brotli) and which single byte range it wants (RFC 9110 §14).
 */

/** The codings the site build writes beside a file, best first (Brotli is the smaller). */
export const SITE_ENCODINGS = [
  { coding: 'br', suffix: '.br' },
  { coding: 'gzip', suffix: '.gz' },
] as const;
export type SiteEncoding = (typeof SITE_ENCODINGS)[number];

function acceptedQualities(header: string): Map<string, number> {
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (!name) continue;
    const qParam = params.find((p) => p.startsWith('q='));
    const value = qParam === undefined ? 1 : Number(qParam.slice(2));
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  return q;
}

/** The best of `available` the client accepts, or undefined for the file as it is. */
export function preferredEncoding<E extends SiteEncoding>(acceptEncoding: string | undefined, available: readonly E[]): E | undefined {
  if (!acceptEncoding || available.length === 0) return undefined;
  const q = acceptedQualities(acceptEncoding);
  let best: E | undefined;
  let bestQ = 0;
  for (const enc of available) {
    const quality = q.get(enc.coding) ?? q.get('*') ?? 0;
    if (quality > bestQ) {
      best = enc;
      bestQ = quality;
    }
  }
  return best;
}

export type RangeRequest = { kind: 'whole' } | { kind: 'partial'; start: number; end: number } | { kind: 'unsatisfiable' };

/**
 * The one byte range to send of a `size`-byte representation. Anything this server does not do — several
 * ranges, other units, a malformed header, or an If-Range it would have to evaluate — is answered with the
 * whole file, which RFC 9110 §14.2 allows.
 */
export function requestedRange(range: string | undefined, ifRange: string | undefined, size: number): RangeRequest {
  if (range === undefined || ifRange !== undefined) return { kind: 'whole' };
  const m = /^bytes=[ \t]*(\d*)[ \t]*-[ \t]*(\d*)[ \t]*$/i.exec(range);
  if (!m || (m[1] === '' && m[2] === '')) return { kind: 'whole' };
  const first = m[1] === '' ? undefined : Number(m[1]);
  const last = m[2] === '' ? undefined : Number(m[2]);
  if (first === undefined) {
    // bytes=-N: the last N bytes
    if (last === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'partial', start: Math.max(0, size - last!), end: size - 1 };
  }
  if (last !== undefined && last < first) return { kind: 'whole' };
  if (first >= size) return { kind: 'unsatisfiable' };
  return { kind: 'partial', start: first, end: Math.min(last ?? size - 1, size - 1) };
}
