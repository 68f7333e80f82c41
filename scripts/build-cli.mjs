// Bundles the CLI into one JavaScript file so `vpn` starts without compiling TypeScript.
// Runs on `npm install` (prepare) and in `npm test`; `--if-missing` skips work when dist/vpn.js exists.
//
// The knowledge model is validated here, once, and the bundle carries the validated model (a snapshot,
// knowledge/snapshot.ts) instead of the data modules and their validation: an invalid model fails the
// build, and `vpn` starts without running zod over every entry.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { NODE_BUNDLE_OPTIONS } from './lib/node-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'dist/vpn.js');
if (process.argv.includes('--if-missing') && existsSync(outfile)) process.exit(0);

const common = NODE_BUNDLE_OPTIONS;

/** Validates the model the way the sources load it; returns the snapshot text and its fingerprint, or exits 1. */
async function validatedSnapshot() {
  const { outputFiles } = await build({
    ...common,
    write: false,
    outfile: path.join(root, 'dist/validate-knowledge.js'),
    stdin: {
      contents: [
        "import { loadKnowledge } from './knowledge/index';",
        "import { snapshotFingerprint, snapshotText } from './knowledge/snapshot';",
        'const text = snapshotText(loadKnowledge());',
        'module.exports = { text, fingerprint: snapshotFingerprint(text) };',
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
  });
  const module = { exports: {} };
  try {
    new Function('module', 'exports', 'require', outputFiles[0].text)(module, module.exports, createRequire(outfile));
  } catch (e) {
    console.error(`build-cli: the knowledge model is invalid; dist/vpn.js not built.\n${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
  return module.exports;
}

const snapshot = await validatedSnapshot();

/** knowledge/prevalidated.ts, in the bundle: the snapshot validated above instead of the data modules. */
const prevalidatedKnowledge = {
  name: 'prevalidated-knowledge',
  setup(b) {
    b.onResolve({ filter: /[\\/]knowledge[\\/]prevalidated(\.ts)?$/ }, () => ({ path: 'prevalidated', namespace: 'knowledge-snapshot' }));
    b.onLoad({ filter: /.*/, namespace: 'knowledge-snapshot' }, () => ({
      resolveDir: path.join(root, 'knowledge'),
      loader: 'ts',
      contents: [
        "import { knowledgeFromSnapshot } from './snapshot';",
        "import type { KnowledgeBase } from './model';",
        `const TEXT = ${JSON.stringify(snapshot.text)};`,
        `const FINGERPRINT = ${JSON.stringify(snapshot.fingerprint)};`,
        'let cached: KnowledgeBase | undefined;',
        'export function loadKnowledge(): KnowledgeBase {',
        '  cached ??= knowledgeFromSnapshot(TEXT, FINGERPRINT);',
        '  return cached;',
        '}',
      ].join('\n'),
    }));
  },
};

/**
 * answer.ts re-exports the answer's zod schema for code that validates answers; the CLI only produces them.
 * Declared free of side effects, the schema module (and zod) stays out of the bundle unless something uses it.
 */
const answerSchemaUnlessUsed = {
  name: 'answer-schema-unless-used',
  setup(b) {
    b.onResolve({ filter: /[\\/]answer-schema$/ }, (args) => ({ path: path.join(args.resolveDir, `${args.path}.ts`), sideEffects: false }));
  },
};

await build({
  ...common,
  entryPoints: [path.join(root, 'bot/cli.ts')],
  outfile,
  banner: { js: '#!/usr/bin/env node' },
  plugins: [prevalidatedKnowledge, answerSchemaUnlessUsed],
});
