/**
 * Every declared rule, with a configuration that triggers it and one that doesn't, each in the `az … show`
 * shape and the ARM-template shape (where the SKU and the pool arrive through a parameter default and a
 * variable). Evaluated on a pinned date with the real knowledge model and the engine's own rules.
 */
import type { RuleId } from '../../shared/check/rules';
import { rules } from '../../shared/check/rules';
import type { GatewaySpec, VirtualWanSpec } from './shapes';
import { armGateway, armVirtualWan, azGateway, azVirtualWan } from './shapes';
import type { CheckOpts } from './support';
import { check, factValue } from './support';

type Case = { rule: RuleId; opts?: CheckOpts; cleanOpts?: CheckOpts } & (
  | { gateway: GatewaySpec; clean: GatewaySpec }
  | { vwan: VirtualWanSpec; clean: VirtualWanSpec }
);

const cert = { protocols: ['IkeV2', 'OpenVPN'], auths: ['Certificate'], roots: 1 };
const manual = String(factValue('entra-audience-manual'));
const registered = String(factValue('entra-audience-microsoft-registered'));
const radiusMax = Number(factValue('radius-servers-max'));
const rootsMax = Number(factValue('p2s-root-certificates-max'));
const entra = { protocols: ['OpenVPN'], auths: ['AAD'], audience: registered };

const cases: Case[] = [
  { rule: 'gateway-sku-legacy', gateway: { sku: 'Standard', p2s: cert }, clean: { sku: 'VpnGw1AZ', generation: 'Generation1', p2s: cert } },
  { rule: 'gateway-sku-non-az', gateway: { sku: 'VpnGw2', p2s: cert }, clean: { sku: 'VpnGw2AZ', p2s: cert } },
  {
    rule: 'gateway-sku-basic',
    gateway: { sku: 'Basic', generation: 'Generation1', p2s: { protocols: ['SSTP'], auths: ['Certificate'], roots: 1 } },
    clean: { sku: 'VpnGw1AZ', generation: 'Generation1', p2s: cert },
  },
  {
    rule: 'gateway-generation-gen1',
    gateway: { sku: 'VpnGw2AZ', generation: 'Generation1', p2s: cert },
    clean: { sku: 'VpnGw2AZ', p2s: cert },
  },
  { rule: 'gateway-not-zone-redundant', gateway: { sku: 'VpnGw3', p2s: cert }, clean: { sku: 'VpnGw3AZ', p2s: cert } },
  {
    rule: 'capacity-exceeded',
    gateway: { sku: 'VpnGw1AZ', generation: 'Generation1', p2s: cert, pools: ['10.20.0.0/20'] },
    clean: { sku: 'VpnGw5AZ', p2s: cert, pools: ['10.20.0.0/20'] },
    opts: { users: 1000 },
  },
  {
    rule: 'capacity-high-utilisation',
    gateway: { sku: 'VpnGw2AZ', p2s: cert },
    clean: { sku: 'VpnGw2AZ', p2s: cert },
    opts: { users: 450 },
    cleanOpts: { users: 300 },
  },
  {
    rule: 'p2s-sstp-retirement',
    gateway: { p2s: { protocols: ['SSTP', 'IkeV2'], auths: ['Certificate'], roots: 1 } },
    clean: { p2s: { protocols: ['IkeV2'], auths: ['Certificate'], roots: 1 } },
  },
  {
    rule: 'p2s-sstp-connection-cap',
    gateway: { p2s: { protocols: ['SSTP'], auths: ['Certificate'], roots: 1 } },
    clean: { p2s: { protocols: ['SSTP', 'IkeV2'], auths: ['Certificate'], roots: 1 } },
  },
  {
    rule: 'p2s-sstp-with-openvpn',
    gateway: { p2s: { protocols: ['SSTP', 'OpenVPN'], auths: ['Certificate'], roots: 1 } },
    clean: { p2s: cert },
  },
  { rule: 'p2s-policy-based-gateway', gateway: { vpnType: 'PolicyBased', p2s: cert }, clean: { vpnType: 'RouteBased', p2s: cert } },
  {
    rule: 'p2s-entra-without-openvpn',
    gateway: { p2s: { protocols: ['IkeV2'], auths: ['AAD'], audience: registered } },
    clean: { p2s: entra },
  },
  {
    rule: 'p2s-entra-alone-with-ikev2',
    gateway: { p2s: { protocols: ['IkeV2', 'OpenVPN'], auths: ['AAD'], audience: registered } },
    clean: { p2s: { protocols: ['IkeV2', 'OpenVPN'], auths: ['AAD', 'Certificate'], roots: 1, audience: registered } },
  },
  {
    rule: 'p2s-multiple-auth-without-openvpn',
    gateway: { p2s: { protocols: ['IkeV2'], auths: ['Certificate', 'Radius'], roots: 1, radiusServers: 1 } },
    clean: { p2s: { protocols: ['IkeV2', 'OpenVPN'], auths: ['Certificate', 'Radius'], roots: 1, radiusServers: 1 } },
  },
  { rule: 'p2s-entra-manual-audience', gateway: { p2s: { ...entra, audience: manual } }, clean: { p2s: entra } },
  {
    rule: 'p2s-radius-on-basic',
    gateway: { sku: 'Basic', generation: 'Generation1', p2s: { protocols: ['SSTP'], auths: ['Radius'], radiusServers: 1 } },
    clean: { sku: 'VpnGw1AZ', generation: 'Generation1', p2s: { protocols: ['IkeV2'], auths: ['Radius'], radiusServers: 1 } },
  },
  {
    rule: 'p2s-radius-servers-max',
    gateway: { p2s: { protocols: ['IkeV2'], auths: ['Radius'], radiusServers: radiusMax + 1 } },
    clean: { p2s: { protocols: ['IkeV2'], auths: ['Radius'], radiusServers: radiusMax } },
  },
  { rule: 'p2s-root-certificates-max', gateway: { p2s: { ...cert, roots: rootsMax + 1 } }, clean: { p2s: { ...cert, roots: rootsMax } } },
  { rule: 'p2s-certificate-without-root', gateway: { p2s: { ...cert, roots: 0 } }, clean: { p2s: cert } },
  {
    rule: 'p2s-client-os-cannot-connect',
    gateway: { p2s: { protocols: ['SSTP'], auths: ['Certificate'], roots: 1 } },
    clean: { p2s: { protocols: ['SSTP'], auths: ['Certificate'], roots: 1 } },
    opts: { clients: ['macos'] },
    cleanOpts: { clients: ['windows'] },
  },
  {
    rule: 'p2s-client-auth-unavailable',
    gateway: { p2s: { protocols: ['IkeV2', 'OpenVPN'], auths: ['AAD', 'Certificate'], roots: 1, audience: registered } },
    clean: { p2s: { protocols: ['IkeV2', 'OpenVPN'], auths: ['AAD', 'Certificate'], roots: 1, audience: registered } },
    opts: { clients: ['linux'] },
    cleanOpts: { clients: ['windows'] },
  },
  { rule: 'p2s-pool-missing', gateway: { p2s: cert, pools: [] }, clean: { p2s: cert } },
  { rule: 'p2s-pool-invalid', gateway: { p2s: cert, pools: ['172.16.1.0/22'] }, clean: { p2s: cert, pools: ['172.16.0.0/22'] } },
  { rule: 'p2s-pool-below-minimum', gateway: { p2s: cert, pools: ['172.16.0.0/30'] }, clean: { p2s: cert, pools: ['172.16.0.0/28'] } },
  { rule: 'p2s-pool-not-private', gateway: { p2s: cert, pools: ['100.64.0.0/22'] }, clean: { p2s: cert, pools: ['172.16.0.0/22'] } },
  { rule: 'p2s-pool-reserved-space', gateway: { p2s: cert, pools: ['169.254.0.0/22'] }, clean: { p2s: cert, pools: ['172.16.0.0/22'] } },
  {
    rule: 'p2s-pool-overlap',
    gateway: { p2s: cert, pools: ['10.1.0.0/24'] },
    clean: { p2s: cert, pools: ['10.1.0.0/24'] },
    opts: { avoid: ['10.1.0.0/16'] },
    cleanOpts: { avoid: ['10.2.0.0/16'] },
  },
  {
    rule: 'p2s-pool-too-small-for-users',
    gateway: { sku: 'VpnGw5AZ', p2s: cert, pools: ['10.20.0.0/22'] },
    clean: { sku: 'VpnGw5AZ', p2s: cert, pools: ['10.20.0.0/20'] },
    opts: { users: 2000 },
  },
  { rule: 'p2s-active-active-requirements', gateway: { activeActive: true, p2s: cert }, clean: { activeActive: false, p2s: cert } },
  {
    rule: 'vwan-pools-per-scale-unit',
    vwan: { scaleUnits: 40, pools: ['10.100.0.0/17'], server: entra },
    clean: { scaleUnits: 40, pools: ['10.100.0.0/18', '10.101.0.0/18'], server: entra },
  },
  {
    rule: 'vwan-small-pools-combined',
    vwan: { scaleUnits: 40, pools: ['10.100.0.0/18', '10.101.0.0/24', '10.102.0.0/24'], server: entra },
    clean: { scaleUnits: 40, pools: ['10.100.0.0/18', '10.101.0.0/18'], server: entra },
  },
  {
    rule: 'vwan-pool-smaller-than-gateway',
    vwan: { scaleUnits: 10, pools: ['10.100.0.0/20'], server: entra },
    clean: { scaleUnits: 10, pools: ['10.100.0.0/18'], server: entra },
  },
];

const shapes = [
  ['az', (c: Case, clean: boolean) => ('gateway' in c ? azGateway(clean ? c.clean : c.gateway) : azVirtualWan(clean ? c.clean : c.vwan))],
  [
    'ARM',
    (c: Case, clean: boolean) => ('gateway' in c ? armGateway(clean ? c.clean : c.gateway) : armVirtualWan(clean ? c.clean : c.vwan)),
  ],
] as const;

const run = (c: Case, shape: (typeof shapes)[number], clean: boolean) =>
  check([{ name: `${c.rule}.${shape[0]}.json`, text: shape[1](c, clean) }], clean ? (c.cleanOpts ?? c.opts) : c.opts);

it('every declared rule has a case', () => {
  expect(cases.map((c) => c.rule).sort()).toEqual(rules.map((r) => r.id).sort());
});

describe.each(shapes)('%s shape', (_name, build) => {
  it.each(cases.map((c) => [c.rule, c] as const))('%s triggers', (_rule, c) => {
    const a = run(c, [_name, build], false);
    const hits = a.data.results.filter((r) => r.ruleId === c.rule);
    expect(hits.length).toBeGreaterThan(0);
    const text = build(c, false);
    for (const h of hits) {
      // The location is a real property of the file: the line holds a key at that column.
      const line = text.split('\n')[h.line - 1];
      expect(line.slice(h.column - 1)).toMatch(/^"[^"]+":|^"/);
    }
  });

  it.each(cases.map((c) => [c.rule, c] as const))('%s stays quiet on the clean configuration', (_rule, c) => {
    const a = run(c, [_name, build], true);
    expect(a.data.results.filter((r) => r.ruleId === c.rule)).toEqual([]);
  });
});
