// Bundles the CLI into one JavaScript file so `vpn` starts without compiling TypeScript.
// Runs on `npm install` (prepare) and in `npm test`; `--if-missing` skips work when dist/vpn.js exists.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { bundleForNode } from './lib/node-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'dist/vpn.js');
if (process.argv.includes('--if-missing') && existsSync(outfile)) process.exit(0);

await bundleForNode(path.join(root, 'bot/cli.ts'), outfile, '#!/usr/bin/env node');
