/**
 * `npx tsx scripts/build-search-index.ts` — builds the one search index from the knowledge model, the
 * command declarations and the scenario guides (site/docs/scenarios/*.mdx), and writes it where each
 * face loads it:
 *   dist/search-index.json                   — beside the CLI bundle (dist/vpn.js) and for the bot
 *   site/static/generated/search-index.json  — fetched lazily by the site (git-ignored)
 * Fails (exit 1) when the gzipped index is over policy.searchIndexBudgetBytes.
 * `--quiet` prints nothing on success.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadKnowledge } from '../knowledge';
import { commands } from '../shared/commands/registry';
import { policy } from '../shared/policy';
import { defaultGuidesDir, readSearchInputs, SEARCH_INDEX_FILE } from '../shared/search/load-node';
import { buildSearchIndex, serializeSearchIndex } from '../shared/search/search-index';

const root = path.resolve(__dirname, '..');
const targets = [path.join(root, 'dist', SEARCH_INDEX_FILE), path.join(root, 'site/static/generated', SEARCH_INDEX_FILE)];

function main(): number {
  const quiet = process.argv.includes('--quiet');
  const started = performance.now();
  const kb = loadKnowledge();
  const inputs = readSearchInputs(kb, commands);
  const documents = inputs.documents();
  const json = serializeSearchIndex(buildSearchIndex(documents, inputs.fingerprint));
  const gzipped = gzipSync(json).length;
  for (const file of targets) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, json);
  }
  const kb1 = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  if (gzipped > policy.searchIndexBudgetBytes) {
    console.error(
      `search index: ${kb1(gzipped)} gzipped is over the ${kb1(policy.searchIndexBudgetBytes)} budget (policy.searchIndexBudgetBytes)`,
    );
    return 1;
  }
  if (!quiet) {
    const byKind = new Map<string, number>();
    for (const d of documents) byKind.set(d.kind, (byKind.get(d.kind) ?? 0) + 1);
    console.log(
      [
        `search index: ${documents.length} documents (${[...byKind].map(([k, n]) => `${n} ${k}`).join(', ')})`,
        `  guides: ${inputs.sources.length} pages from ${path.relative(root, defaultGuidesDir())}${inputs.sources.length ? '' : ' (none found)'}`,
        `  size: ${kb1(json.length)} raw, ${kb1(gzipped)} gzipped (budget ${kb1(policy.searchIndexBudgetBytes)})`,
        ...targets.map((t) => `  wrote ${path.relative(root, t)}`),
        `  in ${Math.round(performance.now() - started)} ms`,
      ].join('\n'),
    );
  }
  return 0;
}

process.exitCode = main();
