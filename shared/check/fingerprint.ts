/**
 * A short, stable digest for SARIF's partialFingerprints: two FNV-1a 32-bit hashes with different offset
 * bases, 16 hex digits. Not cryptographic (nothing here needs to be); it runs the same in Node and the browser.
 */
function fnv1a(text: string, basis: number): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function fingerprintOf(text: string): string {
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return hex(fnv1a(text, 0x811c9dc5)) + hex(fnv1a(text, 0x050c5d1f));
}
