import type { KnowledgeBase, OutOfScope } from '../../knowledge';
import { tokenize } from '../parse/tokenize';

/** The out-of-scope topic a question is about, if any: its words (or a phrase, in order) match a declared term. */
export function outOfScopeTopic(kb: KnowledgeBase, text: string): OutOfScope | undefined {
  // The command tokenizer already lowercases and drops the punctuation around words ("azure?" → "azure").
  const words = tokenize(text).map((t) => t.norm);
  const has = (term: string) => {
    const parts = term.split(' ');
    for (let i = 0; i + parts.length <= words.length; i++) if (parts.every((p, j) => words[i + j] === p)) return true;
    return false;
  };
  return kb.outOfScope.find((s) => s.terms.some(has));
}
