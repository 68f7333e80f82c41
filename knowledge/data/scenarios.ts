import type { DataModule } from '../model';

export const scenarios: DataModule = {
  file: 'knowledge/data/scenarios.ts',
};
