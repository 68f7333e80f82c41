import type { DataModule } from '../model';

export const clientMatrix: DataModule = {
  file: 'knowledge/data/client-matrix.ts',
};
