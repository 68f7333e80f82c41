/**
 * /healthz (liveness: answers 200 whenever the process serves HTTP) and /readyz (readiness: 200 only when
 * the build is complete and every dependency check passes, else 503 naming what failed). Both report
 * which build and which knowledge the process runs, so a deploy can be checked by its fingerprints.
 *
 * Failure details go to the log, not the response: /readyz is public, and an error can name internals.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { KnowledgeBase } from '../../knowledge';
import { commands } from '../../shared/commands/registry';
import { fingerprintInputs } from '../../shared/search/search-index';
import type { AppLogger } from '../log';
import { sendJson } from './respond';

interface ReadinessCheck {
  /** Shown in /readyz, e.g. "store". */
  name: string;
  /** Resolves when the dependency is usable; rejects (or outlasts the timeout) when it isn't. */
  check: () => Promise<void>;
}

/**
 * How the server learns what it runs and what it depends on (ServerOptions.health). Wire:
 * - `build`: bot/build-info.ts's reader of dist/build-info.json — its fingerprints, and the artifacts missing;
 * - `knowledge`: knowledgeFingerprint(kb) of the loaded KnowledgeBase (server-lifecycle does this);
 * - `checks`: e.g. `{ name: 'store', check: () => redis.ping().then(() => undefined) }`.
 */
export interface HealthOptions {
  build?: () => { fingerprints: Record<string, string>; missing: string[] };
  knowledge?: string;
  checks?: readonly ReadinessCheck[];
  /** A check that takes longer fails; readiness never hangs. Default: 1,000 ms. */
  checkTimeoutMs?: number;
}

const DEFAULT_CHECK_TIMEOUT_MS = 1000;

/** The knowledge model's fingerprint, as the search index records it (see fingerprintInputs). */
export function knowledgeFingerprint(kb: KnowledgeBase): string {
  return fingerprintInputs(kb, commands).knowledge;
}

function fingerprints(opts: HealthOptions, logger: AppLogger): { fingerprints: Record<string, string>; missing: string[] } {
  let build: ReturnType<NonNullable<HealthOptions['build']>> = { fingerprints: {}, missing: [] };
  try {
    if (opts.build) build = opts.build();
  } catch (e) {
    logger.warn('readiness: reading the build info failed:', e);
    build = { fingerprints: {}, missing: ['build-info'] };
  }
  return {
    fingerprints: { ...build.fingerprints, ...(opts.knowledge ? { knowledge: opts.knowledge } : {}) },
    missing: build.missing,
  };
}

export function handleHealthz(
  req: IncomingMessage,
  res: ServerResponse,
  opts: HealthOptions,
  extra: Record<string, unknown>,
  logger: AppLogger,
): void {
  sendJson(req, res, 200, { ok: true, ...extra, fingerprints: fingerprints(opts, logger).fingerprints });
}

type CheckResult = { ok: true; ms: number } | { ok: false; ms: number; error: 'failed' | 'timed_out' };

async function runCheck(c: ReadinessCheck, timeoutMs: number, logger: AppLogger): Promise<CheckResult> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timed_out'>((resolve) => {
    timer = setTimeout(() => resolve('timed_out'), timeoutMs);
  });
  try {
    // A check that throws synchronously is a failed check too.
    const outcome = await Promise.race([Promise.resolve().then(c.check), timedOut]);
    const ms = Math.round(performance.now() - started);
    if (outcome === 'timed_out') {
      logger.warn(`readiness: ${c.name} did not answer within ${timeoutMs} ms`);
      return { ok: false, ms, error: 'timed_out' };
    }
    return { ok: true, ms };
  } catch (e) {
    logger.warn(`readiness: ${c.name} failed:`, e);
    return { ok: false, ms: Math.round(performance.now() - started), error: 'failed' };
  } finally {
    clearTimeout(timer);
  }
}

export async function handleReadyz(req: IncomingMessage, res: ServerResponse, opts: HealthOptions, logger: AppLogger): Promise<void> {
  const timeoutMs = opts.checkTimeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS;
  const { fingerprints: prints, missing } = fingerprints(opts, logger);
  const checks: Record<string, CheckResult | { ok: boolean; missing: string[] }> = {};
  if (opts.build) checks.build = { ok: missing.length === 0, missing };
  const results = await Promise.all((opts.checks ?? []).map((c) => runCheck(c, timeoutMs, logger)));
  (opts.checks ?? []).forEach((c, i) => {
    checks[c.name] = results[i];
  });
  const ready = Object.values(checks).every((c) => c.ok);
  sendJson(req, res, ready ? 200 : 503, { ready, checks, fingerprints: prints });
}
