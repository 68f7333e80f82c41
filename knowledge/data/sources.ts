import type { DataModule } from '../model';

export const sources: DataModule = {
  file: 'knowledge/data/sources.ts',
};
