/**
 * The knowledge model as validated at build time, for the CLI bundle: validating every entry with zod at
 * each start cost more than the answer itself. scripts/build-cli.mjs validates the data modules (the build
 * fails on an invalid model), writes the result with `snapshotText`, and the bundle reads it back with
 * `knowledgeFromSnapshot`, which checks the text's fingerprint (a SHA-256, about a millisecond) and format
 * instead of revalidating. Node-only (node:crypto): browser code never imports this module.
 */
import { createHash } from 'node:crypto';
import type { KnowledgeBase } from './model';
import type { Fact, Source } from './schema';

/** Bump when the snapshot's shape changes: a bundle never reads a snapshot written for another shape. */
const SNAPSHOT_FORMAT = 1;

type Collections = Omit<KnowledgeBase, 'sourceById' | 'factById' | 'origin'>;

interface KnowledgeSnapshot {
  format: number;
  collections: Collections;
  origin: Array<[string, string]>;
}

/** The fingerprint recorded beside a snapshot text: what the runtime recomputes to trust it. */
export const snapshotFingerprint = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A validated model as snapshot text (JSON). Only a model that passed loadKnowledgeFrom belongs here. */
export function snapshotText(kb: KnowledgeBase): string {
  const { sourceById: _s, factById: _f, origin, ...collections } = kb;
  const snapshot: KnowledgeSnapshot = { format: SNAPSHOT_FORMAT, collections, origin: [...origin] };
  return JSON.stringify(snapshot);
}

/**
 * The model from a snapshot text, if its fingerprint is `fingerprint` (the build's) and its format this
 * code's; throws otherwise, so an altered or foreign snapshot never answers.
 */
export function knowledgeFromSnapshot(text: string, fingerprint: string): KnowledgeBase {
  if (snapshotFingerprint(text) !== fingerprint)
    throw new Error('vpn-advisor: the knowledge snapshot does not match its fingerprint; rebuild with npm run build:cli');
  const snapshot = JSON.parse(text) as KnowledgeSnapshot;
  if (snapshot.format !== SNAPSHOT_FORMAT)
    throw new Error(
      `vpn-advisor: the knowledge snapshot has format ${snapshot.format}, this build reads ${SNAPSHOT_FORMAT}; rebuild with npm run build:cli`,
    );
  const { collections } = snapshot;
  return Object.freeze({
    ...collections,
    sourceById: new Map<string, Source>(collections.sources.map((s) => [s.id, s])),
    factById: new Map<string, Fact>(collections.facts.map((f) => [f.id, f])),
    origin: new Map(snapshot.origin),
  }) as KnowledgeBase;
}
