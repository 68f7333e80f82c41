/**
 * Loaded at boot, before any page fetches the engine chunk. Before building its compiled parsers zod probes
 * `Function('')`, which the site's Content-Security-Policy (no 'unsafe-eval') reports as a violation on
 * every page that loads the engine; jitless skips the probe, and zod's interpreted parsers are fast enough
 * to validate the model once. zod reads its config from this global when it loads (zod/v4/core/core.js),
 * so the setting costs the main bundle no zod code. The browser tests fail on any CSP violation, so a zod
 * release that stops reading it is caught there.
 */
const host = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
host.__zod_globalConfig = { ...host.__zod_globalConfig, jitless: true };

export {};
