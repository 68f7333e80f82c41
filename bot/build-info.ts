/**
 * What the running server was built from, for /healthz and /readyz: each artifact's fingerprint and build
 * time from dist/build-info.json, and what is missing or was built for another SITE_URL. Reads only the
 * manifest and checks that outputs exist (no source hashing): a deployed build may ship without sources.
 */
import path from 'node:path';
import { type BuiltArtifact, checkBuilt } from '../scripts/lib/build-fingerprint.cjs';

/** The repository root: one level above bot/ in the sources, above dist/ in the bundle. */
const ROOT = path.resolve(__dirname, '..');

export interface BuildInfo {
  /** The manifest, relative to `root`, and whether it was there. */
  manifest: string;
  found: boolean;
  /** Every artifact: its outputs, fingerprint (`hash`) and `builtAt` when recorded, and which outputs are missing. */
  artifacts: BuiltArtifact[];
  /** Artifacts the server needs that were never built or whose output is gone; each names the command that builds it. */
  missing: string[];
  /** Artifacts built for another environment (the site for another SITE_URL); each says what to do. */
  stale: string[];
}

export function readBuildInfo(root: string = ROOT, env: Record<string, string | undefined> = process.env): BuildInfo {
  const { manifest, found, artifacts, missing, mismatched } = checkBuilt(root, env);
  return { manifest, found, artifacts, missing, stale: mismatched };
}

/** What /healthz and /readyz report: each built artifact's fingerprint, and what keeps the build from serving. */
export function buildHealth(read: () => BuildInfo = readBuildInfo): { fingerprints: Record<string, string>; missing: string[] } {
  const info = read();
  const fingerprints: Record<string, string> = {};
  for (const a of info.artifacts) if (a.hash) fingerprints[a.name] = a.hash;
  return { fingerprints, missing: [...info.missing, ...info.stale] };
}
