import { dataModules } from './data';
import { loadKnowledgeFrom } from './load';
import type { KnowledgeBase } from './model';

export * from './schema';
export * from './model';
export { checkKnowledge, loadKnowledgeFrom } from './load';
export { eventSummary, skuLabel, poolRequirementId, sourcePageUrl } from './derive';
export { isIsoDate } from './dates';
export { correctionsSince, factCorrections, knowledgeVersion } from './changelog';
export { dataModules, referenceConflictNumbers } from './data';

let cached: KnowledgeBase | undefined;

/** The project's knowledge model, validated once per process. */
export function loadKnowledge(): KnowledgeBase {
  cached ??= loadKnowledgeFrom(dataModules);
  return cached;
}
