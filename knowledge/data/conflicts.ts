import type { DataModule } from '../model';

export const conflicts: DataModule = {
  file: 'knowledge/data/conflicts.ts',
};

/** The numbered rows of the reference's version-conflicts list; kb:check fails if one has no entry. */
export const referenceConflictNumbers: readonly number[] = Array.from({ length: 48 }, (_, i) => i + 1);
