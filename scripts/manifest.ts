/**
 * `npm run manifest`: writes bot/manifest.json (Socket Mode) and bot/manifest.http.json (HTTP mode) from
 * bot/manifest/declaration.ts, with the unfurl domain and HTTP request URLs from SITE_URL (unset: the
 * placeholder host the committed files carry). `--out DIR` writes elsewhere (tests); notes go to stderr.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MANIFEST_FILES, slackManifest } from '../bot/manifest/declaration';
import type { ManifestMode } from '../bot/manifest/declaration';

const ROOT = path.resolve(__dirname, '..');

function main(argv: string[]): number {
  const at = argv.indexOf('--out');
  const outDir = at >= 0 ? path.resolve(argv[at + 1] ?? '') : ROOT;
  const siteUrl = process.env.SITE_URL;
  const written: string[] = [];
  const notes = new Set<string>();
  for (const mode of Object.keys(MANIFEST_FILES) as ManifestMode[]) {
    let generated: ReturnType<typeof slackManifest>;
    try {
      generated = slackManifest(mode, siteUrl);
    } catch {
      process.stderr.write(`manifest: SITE_URL "${siteUrl}" is not a URL (example: https://vpn-advisor.example.com).\n`);
      return 2;
    }
    for (const n of generated.notes) notes.add(n);
    const file = path.join(outDir, MANIFEST_FILES[mode]);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(generated.manifest, null, 2)}\n`);
    written.push(file);
  }
  // The repository's formatter, so the files are committed as `biome ci` expects them.
  spawnSync(process.execPath, [require.resolve('@biomejs/biome/bin/biome'), 'format', '--write', ...written], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  for (const n of notes) process.stderr.write(`manifest: ${n}\n`);
  process.stdout.write(`manifest: wrote ${written.map((f) => path.relative(process.cwd(), f)).join(', ')}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
