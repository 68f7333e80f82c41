/**
 * Groups questions that ask the same thing in different words. Each question becomes the set of its
 * search terms (the search index's analyser: stemmed, synonyms folded, question words dropped), and a
 * question joins the first cluster whose terms it shares enough of (Jaccard similarity). Greedy and
 * order-stable: the same log always gives the same clusters.
 */
import { analyzeTerms } from '../search/analyze';

/** Product policy: two questions are "the same" when at least this share of their combined terms is common. */
const CLUSTER_SIMILARITY = 0.5;

export interface Cluster {
  /** The terms most of its questions share, most frequent first. */
  terms: string[];
  count: number;
  /** The first question of the cluster, as asked (redacted). */
  example: string;
  /** Positions of its questions in the input. */
  members: number[];
}

/** Words and their synonyms; the split parts of names (point-to-site → point, site) would outweigh the rest. */
function termsOf(text: string): Set<string> {
  return new Set(
    analyzeTerms(text)
      .filter((t) => t.origin !== 'part')
      .map((t) => t.term),
  );
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let common = 0;
  for (const t of a) if (b.has(t)) common++;
  return common / (a.size + b.size - common);
}

interface Building {
  seed: Set<string>;
  counts: Map<string, number>;
  count: number;
  example: string;
  members: number[];
}

/** Largest clusters first; ties keep the order their first question was asked in. */
export function clusterQuestions(questions: readonly string[]): Cluster[] {
  const clusters: Building[] = [];
  questions.forEach((q, i) => {
    const terms = termsOf(q);
    const home = clusters.find((c) => jaccard(c.seed, terms) >= CLUSTER_SIMILARITY);
    const c = home ?? { seed: terms, counts: new Map<string, number>(), count: 0, example: q, members: [] };
    if (!home) clusters.push(c);
    c.count++;
    c.members.push(i);
    for (const t of terms) c.counts.set(t, (c.counts.get(t) ?? 0) + 1);
  });
  return clusters
    .map((c, order) => ({ c, order }))
    .sort((x, y) => y.c.count - x.c.count || x.order - y.order)
    .map(({ c }) => ({
      terms: [...c.counts.entries()]
        .filter(([, n]) => n * 2 >= c.count)
        .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
        .map(([t]) => t),
      count: c.count,
      example: c.example,
      members: c.members,
    }));
}
