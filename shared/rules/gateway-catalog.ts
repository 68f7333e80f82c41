import type { GatewaySku, LifecycleEvent, Limit } from '../../knowledge/schema';
import { skuLabel } from '../../knowledge/derive';
import type { EngineContext } from './context';
import { inEffect } from './context';

export const limitNumber = (l: Limit): number | undefined => (typeof l === 'number' ? l : undefined);

const familyRank: Record<GatewaySku['family'], number> = { basic: 0, az: 0, 'non-az': 1, legacy: 2 };

/** Catalogue order: tier, then AZ before non-AZ before legacy, then Gen2 before Gen1 within a tier. */
function compareSkus(a: GatewaySku, b: GatewaySku): number {
  return (
    a.tier - b.tier || familyRank[a.family] - familyRank[b.family] || (b.generation === 'Gen2' ? 1 : 0) - (a.generation === 'Gen2' ? 1 : 0)
  );
}

/** The model is frozen, so its catalogue order is computed once per model. */
const catalogueCache = new WeakMap<object, readonly GatewaySku[]>();

export function catalogue(ctx: EngineContext): GatewaySku[] {
  let sorted = catalogueCache.get(ctx.kb);
  if (!sorted) {
    sorted = [...ctx.kb.gatewaySkus].sort(compareSkus);
    catalogueCache.set(ctx.kb, sorted);
  }
  return [...sorted];
}

/** Why a SKU can't be created on the evaluation date, or undefined when it can. */
export function creationBlocked(
  ctx: EngineContext,
  sku: GatewaySku,
): { reason: string; date: string; eventId: string; event: LifecycleEvent } | undefined {
  // A retirement says more than the end of creation that came before it.
  const e = inEffect(ctx, sku.id, 'retired') ?? inEffect(ctx, sku.id, 'creation-ends');
  return e ? { reason: e.title, date: e.date, eventId: e.id, event: e } : undefined;
}

/** Finds a SKU by what a user types: "VpnGw2AZ", "vpngw2az gen2", "VpnGw1", "Standard", "HighPerformance". */
export function findSkus(ctx: EngineContext, text: string): GatewaySku[] {
  const norm = text.toLowerCase().replace(/[\s_-]+/g, '');
  const gen = /gen([12])$/.exec(norm);
  const name = gen ? norm.slice(0, -4) : norm;
  return catalogue(ctx).filter((s) => {
    const sName = s.name.toLowerCase().replace(/[\s_-]+/g, '');
    const nameOk = sName === name || s.id.replace(/-/g, '') === norm;
    const genOk = !gen || s.generation === `Gen${gen[1]}` || s.id.replace(/-/g, '') === norm;
    return nameOk && genOk;
  });
}

export { skuLabel };
