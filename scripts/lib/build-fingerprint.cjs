'use strict';
/**
 * What each build artifact is made from, and the manifest (dist/build-info.json) that records it.
 *
 * An artifact's fingerprint hashes the content of every input file (sorted paths, never mtimes: a fresh
 * clone or a checkout touches every file) plus the environment it bakes in. `npm start` rebuilds an
 * artifact when its output is missing or its fingerprint differs from the recorded one; production start
 * only reads the manifest, so an artifact can ship without its sources.
 *
 * CommonJS on purpose: the start script runs it with plain Node (no TypeScript at start), jest loads it
 * without a transform, and the server bundle includes it for /healthz (types: build-fingerprint.d.cts).
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const MANIFEST_FILE = 'dist/build-info.json';
const MANIFEST_FORMAT = 1;

/** Generated or installed, never an input: skipped wherever the walk meets them. */
const NEVER_INPUTS = new Set(['node_modules', 'site/build', 'site/.docusaurus', 'site/static/generated', 'site/docs/generated']);

/** Dependency versions reach every artifact through the lockfile; the compiler options through tsconfig. */
const TOOLCHAIN = ['package-lock.json', 'tsconfig.json'];
const ENGINE = ['knowledge', 'shared'];

/**
 * The site's base URL as the site build computes it (shared/site-urls.ts siteBase: SITE_URL, else
 * http://localhost:<PORT or 3000>, no trailing slash). The site writes it into its pages and sitemap.
 */
function siteBaseOf(env) {
  const base = (env.SITE_URL || '').trim() || `http://localhost:${(env.PORT || '').trim() || '3000'}`;
  return base.replace(/\/+$/, '');
}

/**
 * What the site bakes in besides its sources (site/plugins/knowledge/build-context.ts). Without
 * SITE_AS_OF the site evaluates on the day it was built and says so on its pages, so a new day does
 * not make it stale; a different SITE_AS_OF does.
 */
function siteEnv(env) {
  return { siteBase: siteBaseOf(env), siteAsOf: (env.SITE_AS_OF || '').trim() };
}

/**
 * In build order: the search index before the site (the site copies it), the fast bundles first.
 * `servesRequests`: the server needs it at run time, so production start refuses without it.
 */
const ARTIFACTS = [
  {
    name: 'cli',
    outputs: ['dist/vpn.js'],
    inputs: ['bot', ...ENGINE, 'scripts/build-cli.mjs', 'scripts/lib/node-bundle.mjs', ...TOOLCHAIN],
    build: 'npm run build:cli',
    servesRequests: false,
    env: () => ({}),
  },
  {
    name: 'server',
    outputs: ['dist/server.js'],
    inputs: [
      'bot',
      ...ENGINE,
      'scripts/build-server.mjs',
      'scripts/lib/node-bundle.mjs',
      'scripts/lib/build-fingerprint.cjs',
      ...TOOLCHAIN,
    ],
    build: 'npm run build:server',
    servesRequests: true,
    env: () => ({}),
  },
  {
    name: 'search-index',
    outputs: ['dist/search-index.json'],
    inputs: [...ENGINE, 'site/docs/scenarios', 'site/docs/guides', 'scripts/build-search-index.ts', ...TOOLCHAIN],
    build: 'npm run build:search',
    servesRequests: true,
    env: () => ({}),
  },
  {
    name: 'site',
    outputs: ['site/build/index.html'],
    inputs: ['site', ...ENGINE, ...TOOLCHAIN],
    build: 'npm run site:build',
    servesRequests: true,
    env: siteEnv,
  },
];

const sha256 = (data) => crypto.createHash('sha256').update(data).digest('hex');

/** Every file under `rel` (a file or a folder), as sorted root-relative paths with forward slashes. */
function listFiles(root, rel, out) {
  if (NEVER_INPUTS.has(rel) || path.basename(rel) === 'node_modules') return;
  let stat;
  try {
    stat = fs.statSync(path.join(root, rel));
  } catch {
    return; // an input that does not exist (yet) hashes as absent
  }
  if (stat.isFile()) out.push(rel);
  else if (stat.isDirectory()) for (const entry of fs.readdirSync(path.join(root, rel)).sort()) listFiles(root, `${rel}/${entry}`, out);
}

/**
 * The current fingerprint of every artifact (or of `names` only): its hash, the per-file hashes it was
 * computed from (to say which file changed) and the environment it bakes in. Each file is read once.
 */
function fingerprints(root, env = process.env, names) {
  const fileHashes = new Map();
  const hashOf = (rel) => {
    let h = fileHashes.get(rel);
    if (h === undefined) {
      h = sha256(fs.readFileSync(path.join(root, rel))).slice(0, 16);
      fileHashes.set(rel, h);
    }
    return h;
  };
  const result = {};
  for (const a of ARTIFACTS) {
    if (names && !names.includes(a.name)) continue;
    const paths = [];
    for (const input of a.inputs) listFiles(root, input, paths);
    const files = {};
    for (const p of [...new Set(paths)].sort()) files[p] = hashOf(p);
    const artifactEnv = a.env(env);
    const hash = sha256(JSON.stringify([a.name, Object.entries(files), artifactEnv])).slice(0, 32);
    result[a.name] = { hash, files, env: artifactEnv };
  }
  return result;
}

/** The manifest, or undefined when there is none; a file that is not a manifest counts as none. */
function readManifest(root) {
  try {
    const m = JSON.parse(fs.readFileSync(path.join(root, MANIFEST_FILE), 'utf8'));
    return m && m.format === MANIFEST_FORMAT && m.artifacts && typeof m.artifacts === 'object' ? m : undefined;
  } catch {
    return undefined;
  }
}

/** Records that `name` was just built from `fingerprint` (written whole, then renamed: a crash never leaves half a manifest). */
function recordBuilt(root, name, fingerprint, now = new Date()) {
  const artifact = ARTIFACTS.find((a) => a.name === name);
  if (!artifact) throw new Error(`unknown artifact "${name}"`);
  const manifest = readManifest(root) || { format: MANIFEST_FORMAT, artifacts: {} };
  manifest.artifacts[name] = {
    hash: fingerprint.hash,
    builtAt: now.toISOString(),
    outputs: artifact.outputs,
    build: artifact.build,
    env: fingerprint.env,
    files: fingerprint.files,
  };
  const file = path.join(root, MANIFEST_FILE);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(`${file}.tmp`, `${JSON.stringify(manifest, null, 1)}\n`);
  fs.renameSync(`${file}.tmp`, file);
}

/** Forgets `name` (its build failed or started over): the next start rebuilds it. */
function forgetBuilt(root, name) {
  const manifest = readManifest(root);
  if (!manifest || !(name in manifest.artifacts)) return;
  delete manifest.artifacts[name];
  const file = path.join(root, MANIFEST_FILE);
  fs.writeFileSync(`${file}.tmp`, `${JSON.stringify(manifest, null, 1)}\n`);
  fs.renameSync(`${file}.tmp`, file);
}

/** "knowledge/data/x.ts changed", "+2 more": the first difference between two file maps, for a one-line reason. */
function describeFileChanges(before, now) {
  const changes = [];
  for (const [p, h] of Object.entries(now)) {
    if (!(p in before)) changes.push(`${p} added`);
    else if (before[p] !== h) changes.push(`${p} changed`);
  }
  for (const p of Object.keys(before)) if (!(p in now)) changes.push(`${p} removed`);
  if (changes.length === 0) return undefined;
  return changes.length === 1 ? changes[0] : `${changes[0]} (and ${changes.length - 1} more file${changes.length > 2 ? 's' : ''})`;
}

function describeEnvChange(name, before = {}, now) {
  if (name === 'site' && before.siteBase !== now.siteBase)
    return `built with links to ${before.siteBase ?? '(unknown)'}, now ${now.siteBase} (SITE_URL, or http://localhost:<PORT> when it is unset)`;
  if (name === 'site' && before.siteAsOf !== now.siteAsOf)
    return `SITE_AS_OF was "${before.siteAsOf ?? ''}" at build time, now "${now.siteAsOf}"`;
  return undefined;
}

/**
 * Which artifacts must be (re)built, each with why, in build order. `current` is what `fingerprints`
 * returned for the same root and environment.
 */
function staleArtifacts(root, current, manifest = readManifest(root)) {
  const stale = [];
  for (const a of ARTIFACTS) {
    const now = current[a.name];
    if (!now) continue;
    const missing = a.outputs.filter((o) => !fs.existsSync(path.join(root, o)));
    const recorded = manifest?.artifacts[a.name];
    let reason;
    if (missing.length) reason = `${missing.join(', ')} missing`;
    else if (!recorded) reason = `no record in ${MANIFEST_FILE} of what it was built from (built by hand, or its last build stopped)`;
    else if (recorded.hash !== now.hash)
      reason =
        describeFileChanges(recorded.files || {}, now.files) ??
        describeEnvChange(a.name, recorded.env, now.env) ??
        'built by another version of the build scripts';
    if (reason) stale.push({ name: a.name, build: a.build, reason });
  }
  return stale;
}

/**
 * What production start (and /healthz) can tell without sources: per artifact, whether the manifest
 * records it and its outputs exist; the problems that stop the server from serving what was built
 * (`missing`: never built or output gone; `mismatched`: built for another SITE_URL), each saying what
 * to run.
 */
function checkBuilt(root, env = process.env, manifest = readManifest(root)) {
  const artifacts = [];
  const missing = [];
  const mismatched = [];
  for (const a of ARTIFACTS) {
    const recorded = manifest?.artifacts[a.name];
    const absent = a.outputs.filter((o) => !fs.existsSync(path.join(root, o)));
    artifacts.push({
      name: a.name,
      outputs: a.outputs,
      build: a.build,
      servesRequests: a.servesRequests,
      hash: recorded?.hash,
      builtAt: recorded?.builtAt,
      missingOutputs: absent,
    });
    if (!a.servesRequests) continue;
    if (absent.length) missing.push(`${a.name}: ${absent.join(', ')} missing (${a.build} builds it)`);
    else if (!recorded) missing.push(`${a.name}: not recorded in ${MANIFEST_FILE} (npm run build records it)`);
    else if (a.name === 'site') {
      const built = recorded.env?.siteBase;
      const now = siteBaseOf(env);
      if (built !== now)
        mismatched.push(
          `site: built with SITE_URL=${built ?? '(unknown)'}, now ${now}: its links would point elsewhere. Start with SITE_URL=${built}, or rebuild: SITE_URL=${now} npm run build`,
        );
    }
  }
  return { manifest: MANIFEST_FILE, found: manifest !== undefined, artifacts, missing, mismatched };
}

module.exports = {
  ARTIFACTS,
  MANIFEST_FILE,
  checkBuilt,
  fingerprints,
  forgetBuilt,
  readManifest,
  recordBuilt,
  siteBaseOf,
  staleArtifacts,
};
