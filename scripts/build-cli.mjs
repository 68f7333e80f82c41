// Bundles the CLI into one JavaScript file so `vpn` starts without compiling TypeScript.
// Runs on `npm install` (prepare) and in `npm test`; `--if-missing` skips work when dist/vpn.js exists.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'dist/vpn.js');
if (process.argv.includes('--if-missing') && existsSync(outfile)) process.exit(0);

await build({
  entryPoints: [path.join(root, 'bot/cli.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // jsonc-parser's "main" is a UMD build whose requires esbuild can't follow; its "module" build bundles cleanly.
  mainFields: ['module', 'main'],
  banner: { js: '#!/usr/bin/env node' },
  legalComments: 'none',
  logLevel: 'warning',
});
