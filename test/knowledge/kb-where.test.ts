/**
 * `npm run kb:where <id>`: the file and line where a fact, or the table row that derives it, is written.
 * As a process for a written fact, a derived fact and an unknown id; in process for every entry.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { derivedFrom } from '../../knowledge/load';
import { closestIds } from '../../scripts/lib/closest-ids';
import { entryLines } from '../../scripts/lib/entry-lines';
import { loadKnowledge } from '../support/knowledge-fixture';
import { ROOT } from '../support/run-cli';

const kb = loadKnowledge();

function kbWhere(...args: string[]) {
  const run = spawnSync('npm', ['run', '--silent', 'kb:where', '--', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  expect(run.error).toBeUndefined();
  return run;
}

/** The text of `file:line`, from the first line of kb:where's output. */
function lineAt(location: string): string {
  const m = /^(knowledge\/data\/[a-z0-9-]+\.ts):(\d+)$/.exec(location);
  if (!m) throw new Error(`not file:line: ${location}`);
  return readFileSync(path.join(ROOT, m[1]), 'utf8').split('\n')[Number(m[2]) - 1];
}

describe('npm run kb:where as a process', () => {
  it('a written fact: its file and the line of its id', () => {
    const run = kbWhere('sstp-max-connections');
    expect(run.status).toBe(0);
    const [location, detail] = run.stdout.trim().split('\n');
    expect(location).toMatch(/^knowledge\/data\/point-to-site\.ts:\d+$/);
    expect(lineAt(location)).toContain("id: 'sstp-max-connections'");
    expect(detail).toContain('topic point-to-site');
  });

  it('a derived fact: the file and line of the table row, and which row it derives from', () => {
    const run = kbWhere('vpngw2az-gen2-p2s-ikev2-openvpn');
    expect(run.status).toBe(0);
    const [location, detail] = run.stdout.trim().split('\n');
    expect(location).toMatch(/^knowledge\/data\/vpn-gateway-skus\.ts:\d+$/);
    expect(lineAt(location)).toContain("'vpngw2az-gen2'");
    expect(detail).toMatch(/derived from the gatewaySkus row vpngw2az-gen2/);
  });

  it('an unknown id: exit 2, a friendly message naming the closest ids', () => {
    const run = kbWhere('sstp-max-conections');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('no fact or other entry has the id "sstp-max-conections"');
    expect(run.stderr).toMatch(/Closest ids: sstp-max-connections\b/);
  });

  it('no id: exit 2 with the usage', () => {
    const run = kbWhere();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: npm run kb:where <fact-id>');
  });
});

describe('every entry has a line', () => {
  const rows = derivedFrom(kb);
  const linesOf = new Map<string, Map<string, number>>();
  const lines = (file: string) => {
    if (!linesOf.has(file)) linesOf.set(file, entryLines(ROOT, file));
    return linesOf.get(file)!;
  };
  const text = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

  it('every entry of every collection (derived facts have their row), in the file the loader says it came from', () => {
    const derivedFact = (key: string) => key.startsWith('facts:') && rows.has(key.slice('facts:'.length));
    const missing = [...kb.origin]
      .filter(([key, file]) => !derivedFact(key) && lines(file).get(key) === undefined)
      .map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('every fact: the line names its id, or the id of the row that derives it, when the file spells that id out', () => {
    const wrong: string[] = [];
    for (const f of kb.facts) {
      const file = kb.origin.get(`facts:${f.id}`)!;
      const key = rows.get(f.id) ?? `facts:${f.id}`;
      const id = key.slice(key.indexOf(':') + 1);
      const line = lines(file).get(key);
      if (line === undefined) {
        wrong.push(`${f.id}: no line`);
        continue;
      }
      const lineText = text(file).split('\n')[line - 1];
      if (text(file).includes(`'${id}'`) && !lineText.includes(`'${id}'`)) wrong.push(`${f.id}: ${file}:${line} is "${lineText.trim()}"`);
    }
    expect(wrong).toEqual([]);
  });

  it('a fact written by a helper points at the helper call; a scale-unit row at its table line', () => {
    const at = (file: string, key: string) => text(file).split('\n')[lines(file).get(key)! - 1].trim();
    expect(at('knowledge/data/vpn-gateway-skus.ts', 'facts:perf-2019-gen1-vpngw2-des3-sha256-pps')).toMatch(
      /^\.\.\.perf2019Facts\('gen1-vpngw2',/,
    );
    expect(at('knowledge/data/vpn-gateway-skus.ts', 'facts:perf-gen1-vpngw2-des3-sha256-pps')).toMatch(/^\.\.\.perfFacts\('gen1-vpngw2',/);
    expect(at('knowledge/data/virtual-wan.ts', 'userVpnScaleUnits:scale unit 12')).toMatch(/^\[12, /);
    expect(at('knowledge/data/virtual-wan.ts', 'poolRequirements:scale units 60-60')).toMatch(/^\.\.\.\[40, 60, /);
  });
});

describe('closest ids', () => {
  const ids = ['sstp-max-connections', 'sstp-migration', 'sstp', 'macos-entra-ikev2', 'macos-certificate-ikev2', 'radius-request-timeout'];
  it.each([
    ['sstp-max-conections', 'sstp-max-connections'],
    ['macos-cert-ikev2', 'macos-certificate-ikev2'],
    ['radius-timeout', 'radius-request-timeout'],
    ['SSTP-MAX', 'sstp-max-connections'],
  ])('%s → %s first', (typed, first) => {
    expect(closestIds(typed, ids, 3)[0]).toBe(first);
  });
  it('names at most the limit', () => {
    expect(closestIds('x', ids, 2)).toHaveLength(2);
  });
});
