import { fail, ok } from '../errors';
import { erDirectPortFactId, erGatewayFactId } from '../../knowledge/derive';
import type { Result } from '../errors';
import { formatMbps, formatNumber } from '../format';
import { meaningful, quote, readAmount, readCount } from '../parse/readers';
import type { Token } from '../parse/tokenize';
import { paths, siteUrl } from '../site-urls';
import { limitNumber } from '../rules/gateway-catalog';
import { defineCommand } from './command-spec';

interface ErRequest {
  mbps: number;
  circuits: number;
}

function parseEr(args: Token[]): Result<ErRequest> {
  const words = meaningful(args).filter((t) => !['bandwidth', 'throughput', 'gateway', 'er'].includes(t.norm));
  let mbps: number | undefined;
  let circuits = 1;
  for (let i = 0; i < words.length; i++) {
    const t = words[i];
    const unit = words[i + 1]?.norm;
    if (/^-?\d/.test(t.norm)) {
      if (unit === 'circuits' || unit === 'circuit') {
        const r = readCount(t);
        if (!r.ok) return fail('bad_circuits', `The number of circuits: ${r.why}.`, 'N circuits', 'expressroute 3 circuits 8 gbps');
        circuits = r.value;
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
  if (mbps === undefined)
    return fail(
      'bandwidth_missing',
      'Give the bandwidth the gateway must carry.',
      'expressroute N gbps [M circuits]',
      'expressroute 5 gbps',
    );
  return ok({ mbps, circuits });
}

export const expressrouteCommand = defineCommand<ErRequest>({
  name: 'expressroute',
  aliases: ['er', 'express-route'],
  summary:
    'ExpressRoute gateway SKU (and Virtual WAN ExpressRoute scale units) for a bandwidth and a number of circuits; ExpressRoute Direct port rates.',
  usage: 'expressroute <N> gbps [<M> circuits]',
  examples: ['expressroute 5 gbps', 'expressroute 3 circuits 8 gbps', 'expressroute 500 mbps'],
  parse: (args) => parseEr(args),
  answer(req, ctx, ev) {
    const fixed = ctx.kb.erGateways.filter((g) => !g.scaleUnits).sort((a, b) => a.tier - b.tier);
    const scalable = ctx.kb.erGateways.filter((g) => g.scaleUnits).sort((a, b) => a.tier - b.tier);
    const rows: string[][] = [];
    let rec: string | undefined;
    for (const g of fixed) {
      const mbps = limitNumber(g.mbps) ?? 0;
      const circ = limitNumber(g.maxCircuits) ?? 0;
      const fits = mbps >= req.mbps && circ >= req.circuits;
      if (fits && !rec) {
        rec = g.name;
        ev.fact(erGatewayFactId(g, 'throughput'));
        ev.fact(erGatewayFactId(g, 'max-circuits'));
      }
      rows.push([
        g.name,
        formatMbps(mbps),
        formatNumber(circ),
        fits ? 'fits' : mbps < req.mbps ? 'too little bandwidth' : 'too few circuits',
      ]);
    }
    // The scalable gateway: one scale unit per band's Mbps, at least the units its circuit count requires.
    let scaleUnits: number | undefined;
    let scaleTop: number | undefined;
    let scalePerUnit = 0;
    const circuitSteps: Array<[number, string]> = [
      [4, 'ergwscale-4-circuits-min-units'],
      [8, 'ergwscale-8-circuits-min-units'],
      [16, 'ergwscale-16-circuits-min-units'],
    ];
    const step = circuitSteps.find(([n]) => req.circuits <= n);
    const band = scalable[0];
    const maxUnits = ev.maybe('ergwscale-max-units');
    if (band && step) {
      const perUnit = limitNumber(band.mbps) ?? 0;
      const minUnits = ev.num(step[1]);
      scaleUnits = Math.max(minUnits, perUnit ? Math.ceil(req.mbps / perUnit) : Infinity);
      ev.fact(erGatewayFactId(band, 'throughput'));
      const top = typeof maxUnits?.value === 'number' ? maxUnits.value : undefined;
      scaleTop = top;
      scalePerUnit = perUnit;
      rows.push([
        `ErGwScale`,
        `${formatMbps(perUnit)} per scale unit`,
        `${formatNumber(step[0])} from ${minUnits} unit(s)`,
        top !== undefined && scaleUnits > top
          ? `needs ${scaleUnits} units, max ${top}`
          : `${scaleUnits} scale unit${scaleUnits === 1 ? '' : 's'}`,
      ]);
    }
    const vwanUnitGbps = ev.num('vwan-er-scale-unit-gbps');
    const vwanMax = ev.num('vwan-er-scale-units-max');
    const vwanUnits = Math.ceil(req.mbps / (vwanUnitGbps * 1000));
    const vwanCircuits = ev.num('vwan-hub-er-circuits');
    const direct = ctx.kb.erDirectPorts.map((p) => {
      ev.fact(erDirectPortFactId(p, 'circuits'));
      return `${formatNumber(p.portGbps)} Gbps port pair: circuits of ${p.circuitGbps.join(', ')} Gbps, ${formatNumber(p.subscribedGbps)} Gbps subscribable`;
    });
    ev.maybe('er-provider-circuit-range');
    const findings = [];
    const scaleOver = scaleUnits !== undefined && scaleTop !== undefined && scaleUnits > scaleTop;
    if (!rec) {
      if (scaleUnits === undefined) {
        const most = Math.max(...fixed.map((g) => limitNumber(g.maxCircuits) ?? 0), ...circuitSteps.map(([n]) => n));
        findings.push({
          code: 'er_too_many_circuits',
          severity: 'critical' as const,
          message: `No ExpressRoute gateway connects ${formatNumber(req.circuits)} circuits; the largest connect ${formatNumber(most)}.`,
        });
      } else if (scaleOver) {
        findings.push({
          code: 'er_exceeds_one_gateway',
          severity: 'critical' as const,
          message: `No ExpressRoute gateway carries ${formatMbps(req.mbps)}: ErGwScale stops at ${scaleTop} scale units (${formatMbps(scaleTop! * scalePerUnit)}).`,
        });
      } else {
        findings.push({
          code: 'no_fixed_er_gateway',
          severity: 'warning' as const,
          message: 'No fixed-size ExpressRoute gateway carries this; use the scalable gateway (ErGwScale).',
        });
      }
    }
    if (vwanUnits > vwanMax)
      findings.push({
        code: 'vwan_er_over_limit',
        severity: 'warning' as const,
        message: `A Virtual WAN hub's ExpressRoute gateway stops at ${vwanMax} scale units (${formatNumber(vwanMax * vwanUnitGbps)} Gbps).`,
      });
    if (req.circuits > vwanCircuits)
      findings.push({
        code: 'vwan_er_circuits',
        severity: 'warning' as const,
        message: `A Virtual WAN hub connects at most ${vwanCircuits} ExpressRoute circuits.`,
      });
    const same = ev.maybe('er-same-peering-location-circuits-max');
    if (same && typeof same.value === 'number' && req.circuits > same.value)
      findings.push({
        code: 'er_same_location',
        severity: 'info' as const,
        message: `At most ${same.value} circuits from the same peering location can connect to one virtual network.`,
      });
    return {
      title: `ExpressRoute for ${formatMbps(req.mbps)}${req.circuits > 1 ? ` over ${req.circuits} circuits` : ''}`,
      summary: `${rec ? `${rec} carries it` : 'No fixed-size gateway carries it'}${scaleUnits === undefined ? '' : scaleOver ? `; ErGwScale would need ${scaleUnits} scale units, more than its maximum of ${scaleTop}` : `; ErGwScale needs ${scaleUnits} scale unit${scaleUnits === 1 ? '' : 's'}`}; in Virtual WAN, ${Math.min(vwanUnits, vwanMax)} ExpressRoute scale unit${vwanUnits === 1 ? '' : 's'}${vwanUnits > vwanMax ? ' (at its maximum, not enough)' : ''}.`,
      sections: [
        { type: 'table', title: 'ExpressRoute gateways', columns: ['Gateway', 'Throughput', 'Circuits', 'Verdict'], rows },
        {
          type: 'list',
          title: 'Virtual WAN',
          items: [
            `${vwanUnits} ExpressRoute scale unit(s) of ${formatNumber(vwanUnitGbps)} Gbps (max ${vwanMax} per hub), up to ${vwanCircuits} circuits per hub.`,
          ],
        },
        { type: 'list', title: 'ExpressRoute Direct', items: direct },
      ],
      findings,
      links: [
        { title: 'ExpressRoute reference', url: siteUrl(paths.reference('expressroute'), ctx.base) },
        { title: 'Scenario: ExpressRoute', url: siteUrl(paths.scenario('expressroute-hybrid'), ctx.base) },
      ],
      data: { request: req, recommended: rec ?? null, scaleUnits: scaleUnits ?? null, virtualWanScaleUnits: vwanUnits },
    };
  },
});
