import type { DataModule } from '../model';

export const gatewaySkus: DataModule = {
  file: 'knowledge/data/gateway-skus.ts',
};
