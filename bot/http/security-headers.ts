/**
 * The headers every docs-site response carries. The Content-Security-Policy is the one the built site
 * satisfies: everything from this origin, inline scripts only by the hashes the build computed.
 */

/** `sha256-<base64>`, as scripts/precompress-site.mjs writes them. */
const SCRIPT_HASH = /^sha256-[A-Za-z0-9+/]{43}=$/;

export function isScriptHash(s: unknown): s is string {
  return typeof s === 'string' && SCRIPT_HASH.test(s);
}

function siteContentSecurityPolicy(scriptHashes: readonly string[]): string {
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    // Bundles from /assets/, plus the inline <head> scripts Docusaurus writes (colour mode, base-URL banner).
    ['script-src', ["'self'", ...scriptHashes.map((h) => `'${h}'`)]],
    // The pre-rendered HTML has style="" attributes and Mermaid writes <style> into its SVGs.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    // The theme's CSS draws icons (external link, menu caret) as data: SVGs.
    ['img-src', ["'self'", 'data:']],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

export function siteSecurityHeaders(scriptHashes: readonly string[]): Record<string, string> {
  return {
    'content-security-policy': siteContentSecurityPolicy(scriptHashes),
    'x-content-type-options': 'nosniff',
    // frame-ancestors is the modern form; X-Frame-Options covers browsers that predate it.
    'x-frame-options': 'DENY',
    'referrer-policy': 'strict-origin-when-cross-origin',
  };
}
