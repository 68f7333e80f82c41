// `npm run build`: builds every artifact (or those named: `node scripts/build.mjs cli search-index`) and
// records what each was built from in dist/build-info.json, which `npm start` and `npm run start:prod` read.
// `--stale` builds only what changed since it was recorded (what `npm start` does before it serves).
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { buildArtifacts, fingerprint } from './lib/build-artifacts.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const known = fingerprint.ARTIFACTS.map((a) => a.name);
const unknown = args.filter((a) => a !== '--stale' && !known.includes(a));
if (unknown.length) {
  console.error(`build: unknown artifact ${unknown.join(', ')}; known: ${known.join(', ')} (and --stale)`);
  process.exit(2);
}
let names = args.filter((a) => known.includes(a));
if (names.length === 0) names = known;
if (args.includes('--stale')) {
  const stale = fingerprint.staleArtifacts(root, fingerprint.fingerprints(root, process.env, names));
  for (const s of stale) console.log(`build: ${s.name}: ${s.reason}`);
  names = stale.map((s) => s.name);
}
try {
  await buildArtifacts(root, names);
} catch (e) {
  console.error(`build: ${e.message}`);
  process.exit(1);
}
