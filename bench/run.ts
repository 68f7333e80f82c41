/**
 * `npm run bench` — every benchmark in one run: the engine, search and the Slack path.
 * Prints a table per area; `--json` prints all figures as one object.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

type Bench = () => Promise<Record<string, number>>;
const parts: Array<[area: string, file: string, exportName: string]> = [
  ['engine', 'engine.ts', 'benchEngine'],
  ['search', 'search.ts', 'benchSearch'],
  ['slack', 'slack.ts', 'benchSlack'],
];

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const all: Record<string, Record<string, number>> = {};
  for (const [area, file, name] of parts) {
    const full = path.join(__dirname, file);
    if (!existsSync(full)) continue;
    const mod = (await import(full)) as Record<string, Bench>;
    const figures = await mod[name]();
    all[area] = figures;
    if (!json) {
      console.log(`\n${area}`);
      const width = Math.max(...Object.keys(figures).map((k) => k.length));
      for (const [k, v] of Object.entries(figures)) console.log(`  ${k.padEnd(width)}  ${Number.isInteger(v) ? v : v.toFixed(3)}`);
    }
  }
  if (json) console.log(JSON.stringify(all, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
