import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Os } from '../../knowledge';
import { loadKnowledge } from '../../knowledge';
import type { AnswerOf } from '../../shared/answer/answer';
import type { InputFile } from '../../shared/check/input';
import { runCheck } from '../../shared/check/run';

export const AS_OF = '2026-11-21';
export const BASE = 'https://vpn.example.test';
export const FIXTURES = path.resolve(__dirname, '../fixtures/check');
export const kb = loadKnowledge();

export const fixture = (name: string): InputFile => ({ name, text: readFileSync(path.join(FIXTURES, name), 'utf8') });

export interface CheckOpts {
  asOf?: string;
  users?: number;
  avoid?: string[];
  clients?: Os[];
}

/** Checks the files and insists on an answer (not a usage error). */
export function check(files: InputFile[], opts: CheckOpts = {}): AnswerOf<'check'> {
  const a = runCheck(files, { kb, base: BASE, asOf: opts.asOf ?? AS_OF, users: opts.users, avoid: opts.avoid, clients: opts.clients });
  if (a.kind !== 'answer' || a.command !== 'check') throw new Error(`expected a check answer, got ${a.kind}: ${a.summary}`);
  return a as AnswerOf<'check'>;
}

export const factValue = (id: string) => {
  const f = kb.factById.get(id);
  if (!f) throw new Error(`no fact ${id}`);
  return f.value;
};

/** The 1-based line of the first occurrence of `needle` in the text. */
export const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
