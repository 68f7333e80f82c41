// `npm start`: rebuilds exactly the artifacts whose inputs changed (one line each says why), then runs
// the server bundle in this very process, so Ctrl-C or SIGTERM to `npm start` reaches the server and no
// child is left holding the port. package.json runs it as `exec node scripts/start.mjs`: npm passes
// SIGINT/SIGTERM to its child only, and without `exec` that child is the `sh -c` npm runs scripts with,
// which dies and leaves the server running, orphaned, on its port.
// `npm run start:prod` (`--production`): builds nothing. It checks dist/build-info.json and the artifacts
// the server needs, refuses (exit 1) saying what is missing and which command builds it, then serves.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { buildArtifacts, fingerprint } from './lib/build-artifacts.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function refuseUnlessBuilt() {
  const { missing, mismatched, found, manifest } = fingerprint.checkBuilt(root, process.env);
  const problems = [...missing, ...mismatched];
  if (problems.length === 0) return;
  const lines = [
    `vpn-advisor: not started. Production start builds nothing${found ? '' : `, and ${manifest} is missing (npm run build writes it)`}:`,
    ...problems.map((p) => `  - ${p}`),
    'Build once with `npm run build` (same SITE_URL as at run time), then `npm run start:prod` as often as needed.',
  ];
  process.stderr.write(`${lines.join('\n')}\n`);
  process.exit(1);
}

async function buildStale() {
  const started = performance.now();
  const current = fingerprint.fingerprints(root, process.env);
  const stale = fingerprint.staleArtifacts(root, current);
  const ms = Math.round(performance.now() - started);
  if (stale.length === 0) {
    console.log(`build: everything is up to date (checked in ${ms} ms)`);
    return;
  }
  for (const s of stale) console.log(`build: ${s.name}: ${s.reason}; rebuilding (${s.build})`);
  try {
    await buildArtifacts(
      root,
      stale.map((s) => s.name),
      { current },
    );
  } catch (e) {
    console.error(`vpn-advisor: not started, a build failed: ${e.message}`);
    process.exit(1);
  }
}

if (process.argv.includes('--production')) refuseUnlessBuilt();
else await buildStale();
createRequire(import.meta.url)(path.join(root, 'dist/server.js'));
