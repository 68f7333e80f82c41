/**
 * Findable knowledge: a fact's file follows from its topic. Every fact — written, or derived from a table
 * row (knowledge/derive.ts) — comes from knowledge/data/<topic>.ts, each topic has exactly that one file,
 * and every data file says what it holds and how to add an entry. Uses the loader's `origin` map
 * ("collection:id" → file).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TopicSchema } from '../../knowledge/schema';
import { dataModules, loadKnowledge } from '../support/knowledge-fixture';
import { ROOT } from '../support/run-cli';

const kb = loadKnowledge();
const topics: readonly string[] = TopicSchema.options;
const topicFile = (topic: string) => `knowledge/data/${topic}.ts`;
const originOf = (factId: string) => kb.origin.get(`facts:${factId}`);

describe('a fact lives in the file named after its topic', () => {
  it('every fact, written or derived from a table row, comes from knowledge/data/<topic>.ts', () => {
    const misplaced = kb.facts
      .filter((f) => originOf(f.id) !== topicFile(f.topic))
      .map((f) => `${f.id} (topic ${f.topic}) comes from ${originOf(f.id) ?? 'no file'}`);
    expect(misplaced).toEqual([]);
  });

  it('each topic has exactly one file', () => {
    const filesOf = new Map<string, Set<string>>();
    for (const f of kb.facts) {
      const files = filesOf.get(f.topic) ?? new Set<string>();
      files.add(originOf(f.id) ?? 'no file');
      filesOf.set(f.topic, files);
    }
    expect(topics.map((t) => [t, [...(filesOf.get(t) ?? [])]])).toEqual(topics.map((t) => [t, [topicFile(t)]]));
  });

  it('a data file that is not named after a topic holds no facts and no rows that derive facts', () => {
    const factFiles = new Set(kb.facts.map((f) => originOf(f.id)));
    const others = dataModules.filter((m) => !topics.includes(path.basename(m.file, '.ts')));
    expect(others.map((m) => m.file).sort()).toEqual(
      ['conflicts', 'lifecycle', 'out-of-scope', 'scenarios', 'sources'].map((n) => `knowledge/data/${n}.ts`),
    );
    expect(others.filter((m) => m.facts?.length || factFiles.has(m.file)).map((m) => m.file)).toEqual([]);
  });
});

describe('the data files', () => {
  const dir = path.join(ROOT, 'knowledge/data');
  const onDisk = readdirSync(dir)
    .filter((n) => n.endsWith('.ts') && n !== 'index.ts')
    .map((n) => `knowledge/data/${n}`)
    .sort();

  it('are all loaded: every file in knowledge/data is a module of dataModules, once', () => {
    expect(dataModules.map((m) => m.file).sort()).toEqual(onDisk);
  });

  it.each(onDisk)('%s names itself as `file` (the name its problems are reported under)', (file) => {
    expect(readFileSync(path.join(ROOT, file), 'utf8')).toContain(`file: '${file}',`);
  });

  it.each(onDisk)('%s opens with a note on how to add an entry', (file) => {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const opening = /^\/\*\*[\s\S]*?\*\//.exec(text)?.[0] ?? '';
    expect(opening).toMatch(/to add/i);
  });
});
