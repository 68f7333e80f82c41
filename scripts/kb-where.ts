/**
 * `npm run kb:where <fact-id>`: where a fact is defined, as `file:line` (e.g. `knowledge/data/point-to-site.ts:63`).
 * A fact derived from a table row (knowledge/derive.ts builds its id from the row id, e.g.
 * `vpngw2az-gen2-p2s-ikev2-openvpn`) is defined by that row: the row's file and line are printed, and which row it is.
 * Ids of other entries (SKUs, matrix rows, lifecycle events, sources, scenarios, conflicts) work too.
 * Exit 0 found; 2 unknown id or usage error (the closest ids are named); 1 internal failure.
 */
import path from 'node:path';
import { loadKnowledge } from '../knowledge';
import { derivedFrom } from '../knowledge/load';
import { closestIds } from './lib/closest-ids';
import { entryLines } from './lib/entry-lines';

const root = path.resolve(__dirname, '..');
const USAGE = 'usage: npm run kb:where <fact-id>   e.g. npm run kb:where sstp-max-connections';

/** An `origin` key ("collection:name") split into collection and name. */
function splitKey(key: string): [string, string] {
  const i = key.indexOf(':');
  return [key.slice(0, i), key.slice(i + 1)];
}

function where(key: string, file: string): string {
  const line = entryLines(root, file).get(key);
  return line === undefined ? file : `${file}:${line}`;
}

function main(args: string[]): number {
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
    console.log(USAGE);
    return 0;
  }
  if (args.length !== 1 || !args[0].trim()) {
    console.error(USAGE);
    return 2;
  }
  const id = args[0].trim();
  const kb = loadKnowledge();

  const fact = kb.factById.get(id);
  if (fact) {
    const file = kb.origin.get(`facts:${id}`)!;
    const row = derivedFrom(kb).get(id);
    if (row) {
      const [collection, name] = splitKey(row);
      console.log(where(row, file));
      console.log(`  fact ${id} (topic ${fact.topic}) is derived from the ${collection} row ${name} (knowledge/derive.ts builds it)`);
    } else {
      console.log(where(`facts:${id}`, file));
      console.log(`  fact ${id} (topic ${fact.topic}): ${fact.title}`);
    }
    return 0;
  }

  const others = [...kb.origin.keys()].filter((key) => !key.startsWith('facts:') && splitKey(key)[1] === id);
  if (others.length) {
    const rows = derivedFrom(kb);
    for (const key of others) {
      const derived = [...rows].filter(([, row]) => row === key).map(([factId]) => factId);
      console.log(where(key, kb.origin.get(key)!));
      console.log(`  ${splitKey(key)[0]} entry ${id}, not a fact${derived.length ? `; its facts: ${derived.join(', ')}` : ''}`);
    }
    return 0;
  }

  const names = [...new Set([...kb.origin.keys()].map((key) => splitKey(key)[1]))];
  const closest = closestIds(id, names, 5);
  console.error(`kb:where: no fact or other entry has the id "${id}".`);
  if (closest.length) console.error(`Closest ids: ${closest.join(', ')}`);
  return 2;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  console.error(`kb:where: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
