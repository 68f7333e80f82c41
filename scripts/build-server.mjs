// Bundles the server (bot/main.ts) into dist/server.js so `npm start` runs JavaScript, not TypeScript via tsx.
// The bundle sits in dist/, one level under the repository root like bot/, so paths the server resolves
// from __dirname (../site/build, the search index beside it or in dist/) find the same files.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { bundleForNode } from './lib/node-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

await bundleForNode(path.join(root, 'bot/main.ts'), path.join(root, 'dist/server.js'));
