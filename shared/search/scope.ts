import type { KnowledgeBase, OutOfScope } from '../../knowledge';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'+-]*/gu;

/** The out-of-scope topic a question is about, if any: its words (or a phrase, in order) match a declared term. */
export function outOfScopeTopic(kb: KnowledgeBase, text: string): OutOfScope | undefined {
  const words = (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/[.'+-]+$/, ''));
  const has = (term: string) => {
    const parts = term.split(' ');
    for (let i = 0; i + parts.length <= words.length; i++) if (parts.every((p, j) => words[i + j] === p)) return true;
    return false;
  };
  return kb.outOfScope.find((s) => s.terms.some(has));
}
