import type { DataModule } from '../model';
import { sources } from './sources';
import { gatewaySkus } from './gateway-skus';
import { virtualWan } from './virtual-wan';
import { pointToSite } from './point-to-site';
import { clientMatrix } from './client-matrix';
import { services } from './services';
import { scenarios } from './scenarios';
import { conflicts } from './conflicts';

/** Every data file, in the order they are validated. Add a new file here. */
export const dataModules: readonly DataModule[] = [
  sources,
  gatewaySkus,
  virtualWan,
  pointToSite,
  clientMatrix,
  services,
  scenarios,
  conflicts,
];

export { referenceConflictNumbers } from './conflicts';
