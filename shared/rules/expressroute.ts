import type { ErDirectPort, ErGatewaySku } from '../../knowledge';
import { erDirectPortFactId, erGatewayFactId, erScaleCircuitStepFactId } from '../../knowledge/derive';
import type { EngineContext, Evidence } from './context';
import { limitNumber } from './gateway-catalog';

export interface ErRequest {
  /** Bandwidth the gateway must carry; absent when the question is about circuits only. */
  mbps?: number;
  circuits: number;
}

interface FixedErFit {
  gateway: ErGatewaySku;
  mbps: number;
  circuits: number;
  fits: boolean;
  /** What it lacks when it doesn't fit. */
  short?: 'bandwidth' | 'circuits';
}

interface ScalableErFit {
  gateway: ErGatewaySku;
  perUnitMbps: number;
  /** The circuit step the request falls in, and the scale units that step needs. */
  step?: { circuits: number; minUnits: number };
  /** Scale units for the bandwidth and circuits; undefined when no step takes this many circuits. */
  units?: number;
  maxUnits?: number;
  fits: boolean;
}

interface VirtualWanEr {
  unitGbps: number;
  maxUnitsPerHub: number;
  circuitsPerHub: number;
  /** Scale units the bandwidth needs in all; may exceed one hub's maximum. */
  unitsNeeded: number;
  /** Hubs needed: for the bandwidth (units over the per-hub maximum) and for the circuits. */
  hubs: number;
  hubsBinding: 'bandwidth' | 'circuits';
}

export interface ErResult {
  fixed: FixedErFit[];
  recommended?: FixedErFit;
  scalable?: ScalableErFit;
  virtualWan: VirtualWanEr;
  direct: ErDirectPort[];
  /** The GatewaySubnet prefix that the circuit count needs, when the sources tie one to it. */
  gatewaySubnetPrefix?: number;
  /** The most circuits any gateway connects. */
  mostCircuits: number;
}

/** ExpressRoute gateways (fixed and scalable), Virtual WAN hub scale units and Direct ports for a bandwidth and circuits. */
export function sizeExpressRoute(req: ErRequest, ctx: EngineContext, ev: Evidence): ErResult {
  const mbps = req.mbps ?? 0;
  const fixed = ctx.kb.erGateways
    .filter((g) => !g.scaleUnits)
    .sort((a, b) => a.tier - b.tier)
    .map((gateway): FixedErFit => {
      const cap = limitNumber(gateway.mbps) ?? 0;
      const circuits = limitNumber(gateway.maxCircuits) ?? 0;
      const short = cap < mbps ? 'bandwidth' : circuits < req.circuits ? 'circuits' : undefined;
      return { gateway, mbps: cap, circuits, fits: !short, ...(short ? { short } : {}) };
    });
  const recommended = fixed.find((f) => f.fits);
  if (recommended) {
    if (req.mbps !== undefined) ev.fact(erGatewayFactId(recommended.gateway, 'throughput'));
    ev.fact(erGatewayFactId(recommended.gateway, 'max-circuits'));
  }

  const steps = [...ctx.kb.erScaleCircuitSteps].sort((a, b) => a.circuits - b.circuits);
  const band = ctx.kb.erGateways.filter((g) => g.scaleUnits).sort((a, b) => a.tier - b.tier)[0];
  let scalable: ScalableErFit | undefined;
  if (band) {
    const perUnitMbps = limitNumber(band.mbps) ?? 0;
    const step = steps.find((s) => req.circuits <= s.circuits);
    const maxFact = ev.maybe('ergwscale-max-units');
    const maxUnits = typeof maxFact?.value === 'number' ? maxFact.value : undefined;
    if (step) ev.fact(erScaleCircuitStepFactId(step));
    if (req.mbps !== undefined) ev.fact(erGatewayFactId(band, 'throughput'));
    const units = step ? Math.max(step.minUnits, perUnitMbps ? Math.ceil(mbps / perUnitMbps) : 0) : undefined;
    scalable = {
      gateway: band,
      perUnitMbps,
      ...(step ? { step } : {}),
      ...(units !== undefined ? { units } : {}),
      ...(maxUnits !== undefined ? { maxUnits } : {}),
      fits: units !== undefined && (maxUnits === undefined || units <= maxUnits),
    };
  }

  const unitGbps = ev.num('vwan-er-scale-unit-gbps');
  const maxUnitsPerHub = ev.num('vwan-er-scale-units-max');
  const circuitsPerHub = ev.num('vwan-hub-er-circuits');
  const unitsNeeded = Math.max(1, Math.ceil(mbps / (unitGbps * 1000)));
  const hubsForBandwidth = Math.ceil(unitsNeeded / maxUnitsPerHub);
  const hubsForCircuits = Math.ceil(req.circuits / circuitsPerHub);
  const virtualWan: VirtualWanEr = {
    unitGbps,
    maxUnitsPerHub,
    circuitsPerHub,
    unitsNeeded,
    hubs: Math.max(hubsForBandwidth, hubsForCircuits),
    hubsBinding: hubsForCircuits > hubsForBandwidth ? 'circuits' : 'bandwidth',
  };

  const direct = [...ctx.kb.erDirectPorts];
  for (const p of direct) ev.fact(erDirectPortFactId(p, 'circuits'));
  ev.maybe('er-provider-circuit-range');

  const most = Math.max(...fixed.map((f) => f.circuits), ...steps.map((s) => s.circuits));
  // The largest circuit step needs a larger GatewaySubnet than the minimum.
  const inTopStep = steps.length > 1 && req.circuits > steps[steps.length - 2].circuits;
  const connectable = req.circuits <= most;
  const gatewaySubnetPrefix = connectable
    ? ev.num(inTopStep ? 'er-gateway-subnet-16-circuits-prefix' : 'er-gateway-subnet-min-prefix')
    : undefined;
  return { fixed, recommended, scalable, virtualWan, direct, gatewaySubnetPrefix, mostCircuits: most };
}
