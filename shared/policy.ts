/**
 * Product policy: numbers that are our decisions, not Azure facts. They live here once;
 * Azure's own limits live in knowledge/.
 */
export const policy = {
  /** Above this utilisation of the binding limit, sizing also names the next size up. */
  highUtilisation: 0.8,
  /** Slack Block Kit limits we render within. */
  slack: { maxBlocks: 50, maxSectionText: 3000, maxTotalText: 12000, maxButtonValue: 2000, maxButtonText: 75 },
  /** The search index the browser downloads must stay under this, gzipped. */
  searchIndexBudgetBytes: 200 * 1024,
  /** Longest command text any face accepts. */
  maxQueryLength: 500,
  /**
   * Below this share of the question answered by the best hit (terms weighted by rarity), search says it is
   * not sure and shows its results as guesses. Chosen from the question set: every well-answered question
   * scores above it.
   */
  searchConfidentShare: 0.35,
  /** How many search results an answer lists. */
  searchResults: 5,
} as const;
