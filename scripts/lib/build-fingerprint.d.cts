/** Types of build-fingerprint.cjs (plain CommonJS so that start runs without TypeScript). */

type Env = Record<string, string | undefined>;
export type ArtifactName = 'cli' | 'server' | 'search-index' | 'site';

export interface ArtifactDefinition {
  name: ArtifactName;
  /** Root-relative files whose absence means "not built". */
  outputs: string[];
  /** Root-relative files and folders whose content the artifact is made from. */
  inputs: string[];
  /** The command that builds it, as people type it. */
  build: string;
  /** The server needs it at run time: production start refuses without it. */
  servesRequests: boolean;
  env(env: Env): Record<string, string>;
}

export interface Fingerprint {
  hash: string;
  /** Root-relative path → content hash. */
  files: Record<string, string>;
  env: Record<string, string>;
}

export interface ManifestEntry extends Fingerprint {
  builtAt: string;
  outputs: string[];
  build: string;
}

export interface Manifest {
  format: 1;
  artifacts: Partial<Record<ArtifactName, ManifestEntry>>;
}

export interface StaleArtifact {
  name: ArtifactName;
  build: string;
  /** One line: "knowledge/data/x.ts changed", "dist/vpn.js missing", … */
  reason: string;
}

export interface BuiltArtifact {
  name: ArtifactName;
  outputs: string[];
  build: string;
  servesRequests: boolean;
  hash?: string;
  builtAt?: string;
  missingOutputs: string[];
}

export interface BuiltCheck {
  manifest: string;
  found: boolean;
  artifacts: BuiltArtifact[];
  /** Artifacts the server needs that were never built or whose output is gone; each says what to run. */
  missing: string[];
  /** Built for another environment (the site for another SITE_URL); each says what to do. */
  mismatched: string[];
}

export const ARTIFACTS: readonly ArtifactDefinition[];
export const MANIFEST_FILE: string;
export function siteBaseOf(env: Env): string;
export function fingerprints(root: string, env?: Env, names?: readonly ArtifactName[]): Partial<Record<ArtifactName, Fingerprint>>;
export function readManifest(root: string): Manifest | undefined;
export function recordBuilt(root: string, name: ArtifactName, fingerprint: Fingerprint, now?: Date): void;
export function forgetBuilt(root: string, name: ArtifactName): void;
export function staleArtifacts(root: string, current: Partial<Record<ArtifactName, Fingerprint>>, manifest?: Manifest): StaleArtifact[];
export function checkBuilt(root: string, env?: Env, manifest?: Manifest): BuiltCheck;
