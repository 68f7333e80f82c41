/**
 * The fact changelog read as data: the knowledge version an answer was given with, and which facts were
 * corrected after it. The site's Changelog page shows the same history (superseded facts and the facts
 * that replaced them).
 */
import type { KnowledgeBase } from './model';

const versions = new WeakMap<object, string>();

/**
 * The knowledge model's version: the newest date among its sources. A permalink carries it (`kv`), so that
 * a later reader can tell which corrections the answer predates. A date rather than a hash: it orders,
 * and a person can read it.
 */
export function knowledgeVersion(kb: Pick<KnowledgeBase, 'sources'>): string {
  // Every permalink asks; a loaded model's sources don't change, so the scan is done once per list.
  let version = versions.get(kb.sources);
  if (version === undefined) {
    let newest = '';
    for (const s of kb.sources) if (s.date && s.date > newest) newest = s.date;
    version = newest || 'undated';
    if (Object.isFrozen(kb)) versions.set(kb.sources, version);
  }
  return version;
}

/** A value that a newer source replaced: the fact answers use now, what it said before, and when it changed. */
export interface FactCorrection {
  /** The current fact (the one answers read). */
  factId: string;
  title: string;
  /** The superseded fact that held the earlier value. */
  previousId: string;
  previousValue: string | number | boolean | null;
  value: string | number | boolean | null;
  unit?: string;
  /** The date of the source that gave the current value: the day the correction entered the record. */
  date: string;
}

/** Every correction in the model, oldest first: each superseded fact against the fact that replaced it. */
export function factCorrections(kb: Pick<KnowledgeBase, 'facts' | 'factById' | 'sourceById'>): FactCorrection[] {
  const out: FactCorrection[] = [];
  for (const old of kb.facts) {
    if (old.status !== 'superseded' || !old.supersededBy) continue;
    const now = kb.factById.get(old.supersededBy);
    const date = now && kb.sourceById.get(now.source.sourceId)?.date;
    if (!now || !date) continue;
    out.push({
      factId: now.id,
      title: now.title,
      previousId: old.id,
      previousValue: old.value,
      value: now.value,
      ...(now.unit ? { unit: now.unit } : {}),
      date,
    });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.factId.localeCompare(b.factId));
}

/**
 * Corrections recorded after knowledge version `since` to the facts named: what an answer given with that
 * version could not know. A version that is not a date (a permalink from before versions existed) says
 * nothing about what the reader saw, so it claims no correction.
 */
export function correctionsSince(
  kb: Pick<KnowledgeBase, 'facts' | 'factById' | 'sourceById'>,
  since: string,
  factIds: Iterable<string>,
): FactCorrection[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(since)) return [];
  const used = new Set(factIds);
  return factCorrections(kb).filter((c) => used.has(c.factId) && c.date > since);
}
