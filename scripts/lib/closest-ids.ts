/** Edit distance (insertions, deletions, substitutions) between two strings. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** Share of the typed words (split at '-') that start a word of the id: "cert" counts for "certificate". */
function wordOverlap(typedWords: readonly string[], id: string): number {
  const words = id.split('-');
  return typedWords.filter((t) => words.some((w) => w.startsWith(t))).length / typedWords.length;
}

/**
 * The ids nearest to what was typed: ids that contain it first (shortest first), then ids that share
 * the most of its words, then the smallest edit distance; ties in id order. At most `limit`.
 */
export function closestIds(typed: string, ids: readonly string[], limit: number): string[] {
  const q = typed.toLowerCase();
  const typedWords = q.split('-').filter(Boolean);
  return ids
    .map((id) => ({
      id,
      contains: id.includes(q) ? 0 : 1,
      overlap: typedWords.length ? wordOverlap(typedWords, id) : 0,
      distance: distance(q, id),
    }))
    .sort((a, b) => a.contains - b.contains || b.overlap - a.overlap || a.distance - b.distance || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((x) => x.id);
}
