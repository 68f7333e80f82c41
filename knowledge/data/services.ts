import type { DataModule } from '../model';

export const services: DataModule = {
  file: 'knowledge/data/services.ts',
};
