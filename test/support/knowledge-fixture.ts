/**
 * The knowledge model as tests use it: the project's model (validated once), a pinned evaluation date,
 * and in-memory copies of the data modules that a test may change without touching knowledge/data.
 */
import { checkKnowledge, dataModules, loadKnowledge, loadKnowledgeFrom, referenceConflictNumbers } from '../../knowledge';
import type { CollectionName, DataModule, EntryInput, KnowledgeBase, KnowledgeProblem } from '../../knowledge';
import { runCommand } from '../../shared';
import type { Answer } from '../../shared';

/** Every test answers as of this date, so answers don't drift with the calendar. */
export const AS_OF = '2026-11-21';
/** Links and permalinks in test answers point here; nothing listens on it. */
export const BASE = 'http://vpn-advisor.test';

export { dataModules, loadKnowledge, loadKnowledgeFrom, checkKnowledge, referenceConflictNumbers };
export type { KnowledgeBase, KnowledgeProblem, DataModule };

/** The engine's one entry point, with the date and base URL pinned. */
export function ask(text: string, opts: { asOf?: string; kb?: KnowledgeBase } = {}): Answer {
  return runCommand(text, { kb: opts.kb ?? loadKnowledge(), asOf: opts.asOf ?? AS_OF, base: BASE });
}

/** A deep copy of the project's data modules: change it freely, then `checkKnowledge` or `loadKnowledgeFrom` it. */
export function copyModules(): DataModule[] {
  return structuredClone(dataModules) as DataModule[];
}

/** The module that declares `file` (e.g. 'knowledge/data/gateway-skus.ts') in a copy. */
export function moduleOf(modules: DataModule[], file: string): DataModule {
  const m = modules.find((x) => x.file === file);
  if (!m) throw new Error(`test fixture: no data module named ${file}`);
  return m;
}

/** The entries of one collection in one module of a copy (created when missing). */
export function entriesOf<K extends CollectionName>(modules: DataModule[], file: string, collection: K): EntryInput<K>[] {
  const m = moduleOf(modules, file) as Record<string, unknown>;
  m[collection] ??= [];
  return m[collection] as EntryInput<K>[];
}

/** Finds the entry with this id in any module of a copy, with the module it lives in. */
export function findEntry<K extends CollectionName>(
  modules: DataModule[],
  collection: K,
  id: string,
): { module: DataModule; entry: EntryInput<K> & { id: string } } {
  for (const m of modules) {
    const list = (m[collection] ?? []) as unknown as Array<EntryInput<K> & { id?: string }>;
    const entry = list.find((e) => e.id === id);
    if (entry) return { module: m, entry: entry as EntryInput<K> & { id: string } };
  }
  throw new Error(`test fixture: no ${collection} entry with id ${id}`);
}

/** The problems `checkKnowledge` reports for a copy, with the reference's conflict list required as in kb:check. */
export function problemsOf(modules: DataModule[]): KnowledgeProblem[] {
  return checkKnowledge(modules, { referenceConflicts: referenceConflictNumbers }).problems;
}
