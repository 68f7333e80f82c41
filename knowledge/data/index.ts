import type { DataModule } from '../model';
import { sources } from './sources';
import { vpnGatewaySkus } from './vpn-gateway-skus';
import { virtualWan } from './virtual-wan';
import { pointToSite } from './point-to-site';
import { authentication } from './authentication';
import { clientCompatibility } from './client-compatibility';
import { protocolsAndPorts } from './protocols-and-ports';
import { bastion } from './bastion';
import { expressroute } from './expressroute';
import { otherServices } from './other-services';
import { lifecycle } from './lifecycle';
import { scenarios } from './scenarios';
import { conflicts } from './conflicts';
import { outOfScope } from './out-of-scope';

/**
 * Every data file, in the order they are validated. Add a new file here.
 * Facts live in the file named after their topic (`<topic>.ts`), with the table rows that derive facts of that
 * topic; sources, lifecycle events, scenarios and conflicts have files of their own.
 */
export const dataModules: readonly DataModule[] = [
  sources,
  vpnGatewaySkus,
  virtualWan,
  pointToSite,
  authentication,
  clientCompatibility,
  protocolsAndPorts,
  bastion,
  expressroute,
  otherServices,
  lifecycle,
  scenarios,
  conflicts,
  outOfScope,
];

export { referenceConflictNumbers } from './conflicts';
