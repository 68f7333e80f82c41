import type { DataModule } from '../model';

export const pointToSite: DataModule = {
  file: 'knowledge/data/point-to-site.ts',
};
