import type { BastionSku } from '../../knowledge';
import { bastionSkuFactId } from '../../knowledge/derive';
import type { EngineContext, Evidence } from './context';
import { limitNumber } from './gateway-catalog';

export interface BastionRequest {
  rdp: number;
  ssh: number;
}

export interface BastionFit {
  sku: BastionSku;
  /** Instances needed, for SKUs that scale by instance. */
  instances?: number;
  /** Instances the load needs before the SKU's minimum and maximum are applied. */
  needed?: number;
  max?: number;
  /** Sessions a shared (non-dedicated) host takes at a time, when that is its only limit. */
  sharedCap?: number;
  fits: boolean;
}

export interface BastionResult {
  fits: BastionFit[];
  /** The smallest production SKU that carries the sessions. */
  recommended?: BastionFit;
}

/**
 * Bastion SKUs against concurrent RDP and SSH sessions. The sources give a per-instance figure for each
 * protocol but not for a mix; a mixed load is assumed to share an instance in proportion (each RDP session
 * takes 1/rdpPer of it, each SSH session 1/sshPer), and the answer says so.
 */
export function sizeBastion(req: BastionRequest, ctx: EngineContext, ev: Evidence): BastionResult {
  const fits = [...ctx.kb.bastionSkus]
    .sort((a, b) => a.tier - b.tier)
    .map((sku): BastionFit => {
      const rdpPer = limitNumber(sku.rdpPerInstance);
      const sshPer = limitNumber(sku.sshPerInstance);
      if (!sku.dedicated || rdpPer === undefined || sshPer === undefined) {
        const cap = sku.maxSessions !== undefined ? limitNumber(sku.maxSessions) : undefined;
        return { sku, sharedCap: cap, fits: cap !== undefined && req.rdp + req.ssh <= cap };
      }
      const needed = Math.ceil(req.rdp / rdpPer + req.ssh / sshPer - 1e-9);
      const min = limitNumber(sku.instancesMin) ?? 1;
      const max = limitNumber(sku.instancesMax) ?? min;
      const instances = Math.max(min, needed);
      return { sku, instances, needed, max, fits: instances <= max };
    });
  const recommended = fits.find((f) => f.fits && f.sku.production);
  if (recommended) {
    ev.fact(bastionSkuFactId(recommended.sku, 'rdp-per-instance'));
    ev.fact(bastionSkuFactId(recommended.sku, 'ssh-per-instance'));
    ev.fact(bastionSkuFactId(recommended.sku, 'instances-max'));
  }
  return { fits, recommended };
}
