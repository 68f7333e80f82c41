/**
 * Node-only: writes the serialized search index unless the file there loads with this code and was
 * built from the same knowledge model, commands and scenario guides (its fingerprint says so).
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadKnowledge } from '../../../knowledge';
import { commands } from '../../../shared/commands/registry';
import { policy } from '../../../shared/policy';
import { readSearchInputs } from '../../../shared/search/load-node';
import { buildSearchIndex, loadSearchIndex, serializeSearchIndex, SEARCH_INDEX_FORMAT } from '../../../shared/search/search-index';
import type { IndexFingerprint } from '../../../shared/search/search-index';

export interface EnsuredIndex {
  written: boolean;
  /** Changes whenever the index content can change: the format and the fingerprint. */
  version: string;
  bytes: number;
  gzipBytes: number;
}

/** The fingerprint of a file this code can load (as the browser will), else undefined. */
function fingerprintOf(file: string): IndexFingerprint | undefined {
  try {
    return loadSearchIndex(fs.readFileSync(file, 'utf8')).fingerprint;
  } catch {
    return undefined;
  }
}

const same = (a: IndexFingerprint | undefined, b: IndexFingerprint) => a?.knowledge === b.knowledge && a.guides === b.guides;

export function ensureSearchIndexFile(file: string, guidesDir: string): EnsuredIndex {
  const inputs = readSearchInputs(loadKnowledge(), commands, guidesDir);
  const version = `${SEARCH_INDEX_FORMAT}-${inputs.fingerprint.knowledge}-${inputs.fingerprint.guides}`;
  let json: string;
  let written = false;
  if (same(fingerprintOf(file), inputs.fingerprint)) {
    json = fs.readFileSync(file, 'utf8');
  } else {
    json = serializeSearchIndex(buildSearchIndex(inputs.documents(), inputs.fingerprint));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, json);
    written = true;
  }
  const gzipBytes = gzipSync(json).length;
  if (gzipBytes > policy.searchIndexBudgetBytes) {
    throw new Error(
      `search index: ${(gzipBytes / 1024).toFixed(1)} KB gzipped is over the ${policy.searchIndexBudgetBytes / 1024} KB budget (policy.searchIndexBudgetBytes)`,
    );
  }
  return { written, version, bytes: Buffer.byteLength(json), gzipBytes };
}
