/**
 * /healthz (liveness) and /readyz (readiness) on a real server: readiness fails, naming the check, when the
 * build is incomplete or a dependency check fails or hangs (within the check's bound); both report the
 * build's and the knowledge's fingerprints.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadKnowledge } from '../../knowledge';
import { makeAnswerer } from '../../bot/answerer';
import { knowledgeFingerprint, type HealthOptions } from '../../bot/http/health';
import { createLogger, memorySink } from '../../bot/log';
import { createHttpServer } from '../../bot/server';
import { startHarness } from './harness';

jest.setTimeout(20_000);

const kb = loadKnowledge();
const answer = makeAnswerer(kb, () => 'https://vpn.example.test', '2026-11-21');
const logs = memorySink();
const logger = createLogger({ sink: logs.sink });
const servers: Server[] = [];

async function serve(health: HealthOptions): Promise<string> {
  const s = createHttpServer({ answer, logger, siteDir: '/nonexistent', slackMode: 'off', health });
  servers.push(s);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
}
afterAll(async () => {
  for (const s of servers) s.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});

const BUILD = { fingerprints: { build: 'b-123', site: 's-456' }, missing: [] as string[] };
const ok = { name: 'store', check: async () => undefined };

it('/healthz: 200 with the Slack mode and the fingerprints, even when not ready', async () => {
  const url = await serve({
    build: () => ({ ...BUILD, missing: ['site'] }),
    knowledge: 'k-789',
    checks: [{ name: 'store', check: () => Promise.reject(new Error('down')) }],
  });
  const res = await fetch(`${url}/healthz`);
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ ok: true, slack: 'off', fingerprints: { build: 'b-123', site: 's-456', knowledge: 'k-789' } });
});

it('/readyz: 200 when the build is complete and every check passes', async () => {
  const url = await serve({ build: () => BUILD, knowledge: 'k-789', checks: [ok] });
  const res = await fetch(`${url}/readyz`);
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({
    ready: true,
    checks: { build: { ok: true, missing: [] }, store: { ok: true, ms: expect.any(Number) } },
    fingerprints: { build: 'b-123', site: 's-456', knowledge: 'k-789' },
  });
});

it('/readyz: 503 naming the missing build artifacts', async () => {
  const url = await serve({ build: () => ({ fingerprints: {}, missing: ['dist/vpn.js', 'site/build'] }), checks: [ok] });
  const res = await fetch(`${url}/readyz`);
  expect(res.status).toBe(503);
  const body = (await res.json()) as { ready: boolean; checks: Record<string, unknown> };
  expect(body.ready).toBe(false);
  expect(body.checks.build).toEqual({ ok: false, missing: ['dist/vpn.js', 'site/build'] });
  expect(body.checks.store).toMatchObject({ ok: true });
});

it('/readyz: a build reader that throws is a missing build, not a crash', async () => {
  const url = await serve({
    build: () => {
      throw new Error('no build-info.json');
    },
  });
  const res = await fetch(`${url}/readyz`);
  expect(res.status).toBe(503);
  expect(((await res.json()) as { checks: Record<string, unknown> }).checks.build).toEqual({ ok: false, missing: ['build-info'] });
});

it('/readyz: 503 naming a failing check (also one that throws before returning a promise); the detail is logged, not shown', async () => {
  const url = await serve({
    checks: [
      ok,
      { name: 'redis', check: () => Promise.reject(new Error('ECONNREFUSED redis://:hunter2@10.0.0.5')) },
      {
        name: 'sync',
        check: () => {
          throw new Error('thrown synchronously');
        },
      },
    ],
  });
  const res = await fetch(`${url}/readyz`);
  expect(res.status).toBe(503);
  const text = await res.text();
  expect(text).not.toContain('hunter2');
  const body = JSON.parse(text) as { checks: Record<string, unknown> };
  expect(body.checks.redis).toEqual({ ok: false, ms: expect.any(Number), error: 'failed' });
  expect(body.checks.sync).toEqual({ ok: false, ms: expect.any(Number), error: 'failed' });
  expect(body.checks.store).toMatchObject({ ok: true });
  expect(logs.lines.some((l) => /readiness: redis failed:.*ECONNREFUSED redis:\/\/:\[redacted\]@10\.0\.0\.5/.test(l))).toBe(true);
  expect(logs.lines.join('\n')).not.toContain('hunter2');
});

it('/readyz: a hanging check fails once its timeout passes instead of hanging readiness', async () => {
  const url = await serve({ checkTimeoutMs: 200, checks: [ok, { name: 'store-hangs', check: () => new Promise<void>(() => undefined) }] });
  const started = Date.now();
  const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(10_000) });
  expect(res.status).toBe(503);
  // Bounded generously for a loaded machine: the point is that it answers at all.
  expect(Date.now() - started).toBeLessThan(5_000);
  expect(((await res.json()) as { checks: Record<string, unknown> }).checks['store-hangs']).toMatchObject({
    ok: false,
    error: 'timed_out',
  });
  expect(logs.lines.some((l) => /readiness: store-hangs did not answer within 200 ms/.test(l))).toBe(true);
});

it('/readyz and /healthz answer GET and HEAD only', async () => {
  const url = await serve({});
  expect((await fetch(`${url}/readyz`, { method: 'POST' })).status).toBe(405);
  expect((await fetch(`${url}/readyz`, { method: 'HEAD' })).status).toBe(200);
});

it('the running server reports the fingerprint of the knowledge it loaded, and takes the build info and checks it is given', async () => {
  const h = await startHarness({
    start: { kb, health: { build: () => BUILD, checks: [{ name: 'upstream', check: () => Promise.reject(new Error('down')) }] } },
  });
  try {
    const fingerprint = knowledgeFingerprint(kb);
    expect(fingerprint).toMatch(/^[0-9a-f]{16}$/);
    const health = (await (await fetch(`${h.advisor.url}/healthz`)).json()) as { fingerprints: Record<string, string> };
    expect(health.fingerprints).toEqual({ build: 'b-123', site: 's-456', knowledge: fingerprint });
    const ready = await fetch(`${h.advisor.url}/readyz`);
    expect(ready.status).toBe(503);
    const { checks } = (await ready.json()) as { checks: Record<string, { ok: boolean }> };
    expect(checks.upstream.ok).toBe(false);
    // The server adds its own store's check beside the ones it is given.
    expect(checks.store.ok).toBe(true);
  } finally {
    await h.stop();
  }
});
