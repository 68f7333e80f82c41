import type { SearchHit } from '@shared/search/query';

/** How each kind of search result is labelled. */
export const KIND_LABEL: Record<SearchHit['kind'], string> = {
  fact: 'Fact',
  lifecycle: 'Date',
  'client-matrix': 'Client',
  conflict: 'Conflict',
  scenario: 'Scenario',
  guide: 'Guide',
  reference: 'Reference',
  command: 'Command',
};
