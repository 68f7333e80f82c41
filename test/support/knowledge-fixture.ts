/**
 * The knowledge model as tests use it: the project's model (validated once), a pinned evaluation date,
 * and in-memory copies of the data modules that a test may change without touching knowledge/data.
 */
import { checkKnowledge, dataModules, loadKnowledge, loadKnowledgeFrom, referenceConflictNumbers } from '../../knowledge';
import type { CollectionName, DataModule, EntryInput, KnowledgeBase, KnowledgeProblem } from '../../knowledge';
import { runCommand } from '../../shared';
import type { Answer, AnswerOf } from '../../shared';
import type { CommandName } from '../../shared/answer/data';

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

/** Asks, and fails the test unless the answer is `command`'s (not a usage error): its `data` is then typed. */
export function askFor<C extends CommandName>(command: C, text: string, opts: { asOf?: string; kb?: KnowledgeBase } = {}): AnswerOf<C> {
  const a = ask(text, opts);
  if (a.kind !== 'answer' || a.command !== command) {
    throw new Error(`expected a ${command} answer to "${text}", got ${a.kind} ${a.command}: ${a.summary}`);
  }
  return a as AnswerOf<C>;
}

/** The command a literal command text names by its first word: `CommandOf<'sizing 5000 users'>` is 'sizing'. */
export type CommandOf<T extends string> = (T extends `${infer W} ${string}` ? W : T) extends infer W extends CommandName ? W : CommandName;

/** Asks a literal command text and types the answer's `data` by its first word; fails on a usage error or another command. */
export function answerTo<T extends string>(text: T, opts: { asOf?: string; kb?: KnowledgeBase } = {}): AnswerOf<CommandOf<T>> {
  const command = text.split(' ')[0] as CommandOf<T>;
  return askFor(command, text, opts);
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
