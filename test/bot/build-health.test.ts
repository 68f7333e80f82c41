/**
 * What /healthz and /readyz say about the build: the fingerprint of each artifact that was recorded, and
 * every missing or mismatched artifact as a reason not to be ready.
 */
import { buildHealth, type BuildInfo } from '../../bot/build-info';
import { startHarness } from './harness';

const info = (over: Partial<BuildInfo>): BuildInfo => ({
  manifest: 'dist/build-info.json',
  found: true,
  artifacts: [],
  missing: [],
  stale: [],
  ...over,
});

it('reports recorded fingerprints and treats missing and mismatched artifacts alike', () => {
  const health = buildHealth(() =>
    info({
      artifacts: [
        {
          name: 'server',
          outputs: ['dist/server.js'],
          build: 'npm run build:server',
          servesRequests: true,
          hash: 'aaa',
          missingOutputs: [],
        },
        { name: 'site', outputs: ['site/build'], build: 'npm run site:build', servesRequests: true, missingOutputs: ['site/build'] },
      ],
      missing: ['site: site/build is missing (npm run site:build)'],
      stale: ['site: built for SITE_URL https://a.example, now https://b.example'],
    }),
  );
  expect(health.fingerprints).toEqual({ server: 'aaa' });
  expect(health.missing).toHaveLength(2);
});

it('the running server reads the build manifest for /readyz unless told otherwise', async () => {
  const h = await startHarness({
    start: { health: { build: () => buildHealth(() => info({ missing: ['server: dist/server.js is missing (npm run build:server)'] })) } },
  });
  try {
    const ready = await fetch(`${h.advisor.url}/readyz`);
    expect(ready.status).toBe(503);
    const body = (await ready.json()) as { checks: { build: { ok: boolean; missing: string[] } } };
    expect(body.checks.build).toEqual({ ok: false, missing: ['server: dist/server.js is missing (npm run build:server)'] });
  } finally {
    await h.stop();
  }
});
