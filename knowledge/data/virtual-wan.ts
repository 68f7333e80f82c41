import type { DataModule } from '../model';

export const virtualWan: DataModule = {
  file: 'knowledge/data/virtual-wan.ts',
};
