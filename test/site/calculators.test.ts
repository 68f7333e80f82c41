/**
 * The calculators ask the engine the words a person would type to the bot: each form builds command
 * text, the answer is runCommand's, and the form survives its URL (so a shared link reproduces it).
 */
import { loadKnowledge } from '../../knowledge';
import { isAnswerOf, runCommand } from '../../shared';
import type { Answer, AnswerOf } from '../../shared';
import type { CommandName } from '../../shared/answer/data';
import { compatCalculator, poolCalculator, queryString, sizingCalculator, sizingProtocols } from '../../site/src/lib/calculators';
import type { Calculator, CompatForm, PoolForm, SizingForm } from '../../site/src/lib/calculators';
import { sizingCharts } from '../../site/src/lib/sizing-charts';

const kb = loadKnowledge();
const asOf = '2026-11-21';
const ask = (text: string): Answer => runCommand(text, { kb, asOf, base: 'http://localhost:3000' });
const askFor = <C extends CommandName>(command: C, text: string): AnswerOf<C> => {
  const a = ask(text);
  if (!isAnswerOf(a, command)) throw new Error(`"${text}" was answered by ${a.command} (${a.kind})`);
  return a;
};
const sizing = (f: Partial<SizingForm>): SizingForm => ({ ...sizingCalculator.initial, ...f });
const pool = (f: Partial<PoolForm>): PoolForm => ({ ...poolCalculator.initial, ...f });
const compat = (f: Partial<CompatForm>): CompatForm => ({ ...compatCalculator.initial, ...f });

function roundTrip<F>(calc: Calculator<F>, form: F): F {
  return calc.fromQuery(new URLSearchParams(queryString(calc, form)), kb);
}

describe('sizing calculator', () => {
  test('5,000 users at 2 Mbps asks what the bot is asked, and gets VpnGw5AZ', () => {
    const text = sizingCalculator.command(sizing({ users: '5000', mbps: '2' }), kb)!;
    expect(text).toBe('sizing 5000 users 2 mbps each');
    const a = askFor('sizing', text);
    // 10 Gbps is 100% of VpnGw5AZ's benchmark: the minimum, with nothing larger under 80%
    expect(a.data.recommended).toBeNull();
    expect(a.data.minimum).toMatchObject({ name: 'VpnGw5AZ', generation: 'Gen2' });
    expect(a.summary).toBe(ask('sizing 5000 users 2 mbps each').summary);
  });

  test('every input reaches the engine as the bot grammar reads it', () => {
    const form = sizing({ users: '5000', mbps: '2', protocol: 'openvpn', zoneRedundant: true, sites: '10', from: 'vpngw1-gen1' });
    const a = askFor('sizing', sizingCalculator.command(form, kb)!);
    expect(a.data.request).toEqual({
      users: 5000,
      mbpsPerUser: 2,
      protocol: 'openvpn',
      withSstp: false,
      sites: 10,
      zoneRedundant: true,
      from: 'vpngw1-gen1',
    });
    // the declaration's own example answers the same through the form
    const example = ask('sizing 5000 users 2 mbps each openvpn zone-redundant');
    expect(ask(sizingCalculator.command(sizing({ users: '5000', mbps: '2', protocol: 'openvpn', zoneRedundant: true }), kb)!).data).toEqual(
      example.data,
    );
  });

  test('every tunnel choice and every gateway SKU as the current gateway is understood', () => {
    for (const protocol of sizingProtocols)
      expect(ask(sizingCalculator.command(sizing({ users: '800', protocol }), kb)!).kind).toBe('answer');
    for (const sku of kb.gatewaySkus) {
      const a = askFor('sizing', sizingCalculator.command(sizing({ users: '2000', from: sku.id }), kb)!);
      expect(a.data.request.from).toBe(sku.id);
    }
  });

  test('a typed value is one word: it cannot add words of its own', () => {
    const text = sizingCalculator.command(sizing({ users: '5000 from VpnGw1', mbps: '2 sstp' }), kb)!;
    expect(text).toBe('sizing 5000fromVpnGw1 users 2sstp mbps each');
    expect(ask(text).kind).toBe('usage_error');
  });

  test('the form survives its URL; unknown values from a URL are dropped', () => {
    const form = sizing({
      users: '5000',
      mbps: '2.5',
      protocol: 'sstp ikev2',
      zoneRedundant: true,
      sites: '40',
      from: 'vpngw2az-gen2',
      asOf,
    });
    expect(queryString(sizingCalculator, form)).toBe(
      '?users=5000&mbps=2.5&protocol=sstp+ikev2&zr=1&sites=40&from=vpngw2az-gen2&as_of=2026-11-21',
    );
    expect(roundTrip(sizingCalculator, form)).toEqual(form);
    const hostile = sizingCalculator.fromQuery(
      new URLSearchParams('users=5000&protocol=<script>&from=javascript:alert(1)&as_of=2026-02-30'),
      kb,
    );
    expect(hostile).toEqual(sizing({ users: '5000', protocol: '', from: '', asOf: '' }));
  });

  test('the chart shows each checked limit for the SKUs that can be created, against the demand', () => {
    const charts = sizingCharts(ask('sizing 5000 users 2 mbps each'), kb);
    expect(charts.map((c) => c.axis)).toEqual(['concurrent connections', 'Mbps']);
    const [connections, throughput] = charts as [(typeof charts)[0], (typeof charts)[0]];
    expect(connections.markers).toEqual([{ label: 'your demand', value: 5000, display: '5,000' }]);
    expect(throughput.markers[0]).toMatchObject({ value: 10000, display: '10 Gbps' });
    const minimum = throughput.bars.filter((b) => b.group === 'minimum');
    expect(minimum.map((b) => b.label)).toEqual(['VpnGw5AZ (Gen2)']);
    expect(throughput.bars.filter((b) => b.group === 'recommended')).toEqual([]);
    expect(minimum[0]!.href).toBe('/docs/reference/vpn-gateway-skus#vpngw5az-gen2-throughput');
    // SKUs that can no longer be created on the date are not drawn
    expect(connections.bars.some((b) => b.label.startsWith('VpnGw1 '))).toBe(false);
    expect(sizingCharts(ask('sizing lots of users'), kb)).toEqual([]);
  });
});

describe('address pool calculator', () => {
  test('ranges to avoid, users and tunnel types become the pool command; an overlap is flagged', () => {
    const form = pool({ cidr: '10.8.0.0/19', users: '5000', avoid: '10.0.0.0/8\n192.168.0.0/24; ', protocols: ['ikev2', 'sstp'] });
    const text = poolCalculator.command(form, kb)!;
    expect(text).toBe('pool 10.8.0.0/19 sstp ikev2 users 5000 avoid 10.0.0.0/8,192.168.0.0/24');
    const a = ask(text);
    expect(a.findings.map((f) => f.code)).toContain('pool_overlaps_range');
    expect(roundTrip(poolCalculator, form)).toEqual({ ...form, avoid: '10.0.0.0/8,192.168.0.0/24', protocols: ['sstp', 'ikev2'] });
  });

  test('Virtual WAN scale units; no pool, no command', () => {
    expect(poolCalculator.command(pool({ cidr: '100.64.0.0/16', virtualWan: true, scaleUnits: '40' }), kb)).toBe(
      'pool 100.64.0.0/16 virtual-wan 40 scale units',
    );
    expect(ask('pool 100.64.0.0/16 virtual-wan 40 scale units').kind).toBe('answer');
    expect(poolCalculator.command(pool({ cidr: ' ' }), kb)).toBeUndefined();
  });

  test('a misaligned block is the engine’s usage error, with the aligned block suggested', () => {
    const a = ask(poolCalculator.command(pool({ cidr: '10.8.1.0/19' }), kb)!);
    expect(a.kind).toBe('usage_error');
    expect(a.summary).toContain('10.8.0.0/19');
  });
});

describe('compatibility calculator', () => {
  test('every OS and authentication choice is a compat answer', () => {
    for (const os of ['', 'windows', 'macos', 'linux', 'ios', 'android'] as const) {
      for (const auth of ['', 'certificate', 'entra', 'radius'] as const) {
        const text = compatCalculator.command(compat({ os, auth }), kb);
        if (!os && !auth) expect(text).toBeUndefined();
        else expect([text, ask(text!).kind]).toEqual([text, 'answer']);
      }
    }
    expect(compatCalculator.command(compat({ os: 'macos', auth: 'certificate' }), kb)).toBe('compat macos certificate');
  });

  test('the form survives its URL', () => {
    const form = compat({ os: 'linux', auth: 'entra', tunnel: 'openvpn', asOf });
    expect(roundTrip(compatCalculator, form)).toEqual(form);
    expect(compatCalculator.fromQuery(new URLSearchParams('os=beos&auth=entra'), kb)).toEqual(compat({ os: '', auth: 'entra' }));
  });
});
