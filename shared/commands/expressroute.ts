import { fail, ok } from '../errors';
import type { Result } from '../errors';
import { formatMbps, formatNumber, plural } from '../format';
import { meaningful, quote, readAmount, readCount } from '../parse/readers';
import type { Token } from '../parse/tokenize';
import { paths, siteUrl } from '../site-urls';
import type { ErRequest } from '../rules/expressroute';
import { sizeExpressRoute } from '../rules/expressroute';
import { defineCommand } from './command-spec';

/** What `expressroute` answers with, beside its text. */
export interface ExpressRouteData {
  request: ErRequest;
  /** The smallest fixed-size gateway that carries it, by name. */
  recommended: string | null;
  /** ErGwScale scale units, when a circuit step takes this many circuits. */
  scaleUnits: number | null;
  virtualWan: { scaleUnits: number; hubs: number; maxScaleUnitsPerHub: number };
  gatewaySubnetPrefix: number | null;
}

function parseEr(args: Token[]): Result<ErRequest> {
  const words = meaningful(args).filter((t) => !['bandwidth', 'throughput', 'gateway', 'er'].includes(t.norm));
  let mbps: number | undefined;
  let circuits = 1;
  let sawCircuits = false;
  for (let i = 0; i < words.length; i++) {
    const t = words[i];
    const unit = words[i + 1]?.norm;
    if (/^-?\d/.test(t.norm)) {
      if (unit === 'circuits' || unit === 'circuit') {
        const r = readCount(t);
        if (!r.ok) return fail('bad_circuits', `The number of circuits: ${r.why}.`, 'N circuits', 'expressroute 3 circuits 8 gbps');
        circuits = r.value;
        sawCircuits = true;
        i++;
        continue;
      }
      if (unit === 'gbps' || unit === 'mbps' || unit === 'g' || unit === 'm') {
        const r = readAmount(t);
        if (!r.ok) return fail('bad_bandwidth', `The bandwidth: ${r.why}.`, 'N gbps or N mbps', 'expressroute 5 gbps');
        mbps = unit.startsWith('g') ? r.value * 1000 : r.value;
        i++;
        continue;
      }
      return fail(
        'unit_missing',
        `Say what ${quote(t.raw)} counts: gbps, mbps or circuits.`,
        'expressroute N gbps [M circuits]',
        'expressroute 5 gbps',
      );
    }
    return fail(
      'unknown_word',
      `I don't know what ${quote(t.raw)} means for ExpressRoute.`,
      'expressroute N gbps [M circuits]',
      'expressroute 3 circuits 8 gbps',
    );
  }
  if (mbps === undefined && !sawCircuits)
    return fail(
      'bandwidth_missing',
      'Give the bandwidth the gateway must carry, the number of circuits, or both.',
      'expressroute N gbps [M circuits]',
      'expressroute 5 gbps',
    );
  return ok({ ...(mbps !== undefined ? { mbps } : {}), circuits });
}

export const expressrouteCommand = defineCommand<ErRequest, 'expressroute'>({
  name: 'expressroute',
  aliases: ['er', 'express-route'],
  summary:
    'ExpressRoute gateway SKU (and Virtual WAN ExpressRoute scale units) for a bandwidth and a number of circuits; ExpressRoute Direct port rates.',
  usage: 'expressroute <N> gbps [<M> circuits] | expressroute <M> circuits',
  examples: ['expressroute 5 gbps', 'expressroute 3 circuits 8 gbps', 'expressroute 500 mbps', 'expressroute 16 circuits'],
  parse: (args) => parseEr(args),
  answer(req, ctx, ev) {
    const r = sizeExpressRoute(req, ctx, ev);
    const { scalable: scale, virtualWan: vw } = r;
    const rows: string[][] = r.fixed.map((f) => [
      f.gateway.name,
      formatMbps(f.mbps),
      formatNumber(f.circuits),
      f.fits ? (f === r.recommended ? 'recommended' : 'fits') : f.short === 'bandwidth' ? 'too little bandwidth' : 'too few circuits',
    ]);
    if (scale?.step) {
      rows.push([
        'ErGwScale',
        `${formatMbps(scale.perUnitMbps)} per scale unit`,
        `${formatNumber(scale.step.circuits)} from ${plural(scale.step.minUnits, 'scale unit')}`,
        scale.fits
          ? plural(scale.units ?? 0, 'scale unit')
          : `needs ${formatNumber(scale.units ?? 0)} scale units, at most ${formatNumber(scale.maxUnits ?? 0)}`,
      ]);
    }
    const findings = [];
    if (!r.recommended) {
      if (!scale?.step) {
        findings.push({
          code: 'er_too_many_circuits',
          severity: 'critical' as const,
          message: `No ExpressRoute gateway connects ${formatNumber(req.circuits)} circuits; the largest connect ${formatNumber(r.mostCircuits)}.`,
        });
      } else if (!scale.fits) {
        findings.push({
          code: 'er_exceeds_one_gateway',
          severity: 'critical' as const,
          message: `No ExpressRoute gateway carries ${formatMbps(req.mbps ?? 0)}: ErGwScale stops at ${plural(scale.maxUnits ?? 0, 'scale unit')} (${formatMbps((scale.maxUnits ?? 0) * scale.perUnitMbps)}).`,
        });
      } else {
        findings.push({
          code: 'no_fixed_er_gateway',
          severity: 'warning' as const,
          message: 'No fixed-size ExpressRoute gateway carries this; use the scalable gateway (ErGwScale).',
        });
      }
    }
    if (vw.hubs > 1) {
      findings.push({
        code: 'vwan_er_several_hubs',
        severity: 'warning' as const,
        message:
          vw.hubsBinding === 'bandwidth'
            ? `One Virtual WAN hub's ExpressRoute gateway stops at ${plural(vw.maxUnitsPerHub, 'scale unit')} (${formatNumber(vw.maxUnitsPerHub * vw.unitGbps)} Gbps); ${formatNumber(vw.unitsNeeded)} are needed, so the traffic must be spread over ${formatNumber(vw.hubs)} hubs.`
            : `A Virtual WAN hub connects at most ${plural(vw.circuitsPerHub, 'ExpressRoute circuit')}; ${formatNumber(req.circuits)} circuits need ${formatNumber(vw.hubs)} hubs.`,
      });
    }
    const same = ev.maybe('er-same-peering-location-circuits-max');
    if (same && typeof same.value === 'number' && req.circuits > same.value)
      findings.push({
        code: 'er_same_location',
        severity: 'info' as const,
        message: `At most ${same.value} circuits from the same peering location can connect to one virtual network.`,
      });
    const what = [req.mbps !== undefined ? formatMbps(req.mbps) : undefined, plural(req.circuits, 'circuit')]
      .filter(Boolean)
      .join(' over ');
    const hubUnits = Math.min(vw.unitsNeeded, vw.maxUnitsPerHub);
    const vwanText =
      vw.hubs > 1
        ? `in Virtual WAN, ${formatNumber(vw.hubs)} hubs (${plural(Math.ceil(vw.unitsNeeded / vw.hubs), 'ExpressRoute scale unit')} each)`
        : `in Virtual WAN, ${plural(hubUnits, 'ExpressRoute scale unit')}`;
    const scaleText = !scale?.step
      ? ''
      : scale.fits
        ? `; ErGwScale needs ${plural(scale.units ?? 0, 'scale unit')}`
        : `; ErGwScale would need ${formatNumber(scale.units ?? 0)} scale units, more than its maximum of ${formatNumber(scale.maxUnits ?? 0)}`;
    return {
      title: `ExpressRoute for ${what}`,
      summary:
        `${
          r.recommended
            ? `${r.recommended.gateway.name} carries it`
            : scale?.step
              ? 'No fixed-size gateway carries it'
              : `No ExpressRoute gateway connects ${plural(req.circuits, 'circuit')}: the largest connect ${formatNumber(r.mostCircuits)}`
        }${scaleText}; ${vwanText}.` +
        (r.gatewaySubnetPrefix !== undefined ? ` GatewaySubnet: a /${r.gatewaySubnetPrefix} or larger.` : ''),
      sections: [
        { type: 'table', title: 'ExpressRoute gateways', columns: ['Gateway', 'Throughput', 'Circuits', 'Verdict'], rows },
        {
          type: 'list',
          title: 'Virtual WAN',
          items: [
            `${plural(vw.unitsNeeded, 'ExpressRoute scale unit')} of ${formatNumber(vw.unitGbps)} Gbps needed; a hub takes at most ${formatNumber(vw.maxUnitsPerHub)} and ${plural(vw.circuitsPerHub, 'circuit')}.`,
            ...(vw.hubs > 1
              ? [`${formatNumber(vw.hubs)} hubs, bound by ${vw.hubsBinding === 'bandwidth' ? 'the bandwidth' : 'the circuits'}.`]
              : []),
          ],
        },
        {
          type: 'list',
          title: 'ExpressRoute Direct',
          items: r.direct.map(
            (p) =>
              `${formatNumber(p.portGbps)} Gbps port pair: circuits of ${p.circuitGbps.join(', ')} Gbps, ${formatNumber(p.subscribedGbps)} Gbps subscribable`,
          ),
        },
      ],
      findings,
      links: [
        { title: 'ExpressRoute reference', url: siteUrl(paths.reference('expressroute'), ctx.base) },
        { title: 'Scenario: ExpressRoute', url: siteUrl(paths.scenario('expressroute-hybrid'), ctx.base) },
      ],
      data: {
        request: req,
        recommended: r.recommended?.gateway.name ?? null,
        scaleUnits: scale?.units ?? null,
        virtualWan: { scaleUnits: vw.unitsNeeded, hubs: vw.hubs, maxScaleUnitsPerHub: vw.maxUnitsPerHub },
        gatewaySubnetPrefix: r.gatewaySubnetPrefix ?? null,
      },
    };
  },
});
