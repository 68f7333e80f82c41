/**
 * One small configuration per rule that makes it fire, in the shape `az … show` prints: the rule pages show
 * the finding it produces (computed by runCheck when the site is built, so the words and numbers are the
 * engine's), and the /check page offers them as examples. Values that are limits come from the model.
 */
import type { KnowledgeBase } from '../../knowledge';
import type { InputFile } from './input';
import type { CheckContext } from './options';
import type { RuleId } from './rules';

interface P2s {
  protocols: string[];
  auths: string[];
  roots?: number;
  radiusServers?: number;
  audience?: string;
}

interface GatewayExample {
  sku?: string;
  generation?: 'Generation1' | 'Generation2';
  activeActive?: boolean;
  vpnType?: 'RouteBased' | 'PolicyBased';
  pools?: string[];
  p2s: P2s;
}

interface VirtualWanExample {
  scaleUnits: number;
  pools: string[];
  server: P2s;
}

interface RuleExample {
  gateway?: GatewayExample;
  vwan?: VirtualWanExample;
  context?: Partial<CheckContext>;
}

// Documentation placeholders: the zero subscription and an example tenant.
const SUBSCRIPTION = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-vpn/providers/Microsoft.Network';
const TENANT = '00000000-0000-0000-0000-000000000001';

function p2sSettings(p: P2s): Record<string, unknown> {
  return {
    vpnAuthenticationTypes: p.auths,
    vpnClientRootCertificates: Array.from({ length: p.roots ?? 0 }, (_, i) => ({ name: `root-ca-${i + 1}`, publicCertData: 'MIIC…' })),
    radiusServers: Array.from({ length: p.radiusServers ?? 0 }, (_, i) => ({
      radiusServerAddress: `10.9.0.${i + 4}`,
      radiusServerScore: 1,
    })),
    ...(p.audience
      ? {
          aadAudience: p.audience,
          aadTenant: `https://login.microsoftonline.com/${TENANT}/`,
          aadIssuer: `https://sts.windows.net/${TENANT}/`,
        }
      : {}),
  };
}

function gatewayJson(g: GatewayExample): string {
  const sku = g.sku ?? 'VpnGw2AZ';
  return JSON.stringify(
    {
      name: 'vng-remote',
      id: `${SUBSCRIPTION}/virtualNetworkGateways/vng-remote`,
      type: 'Microsoft.Network/virtualNetworkGateways',
      gatewayType: 'Vpn',
      vpnType: g.vpnType ?? 'RouteBased',
      vpnGatewayGeneration: g.generation ?? 'Generation2',
      activeActive: g.activeActive ?? false,
      sku: { name: sku, tier: sku },
      vpnClientConfiguration: {
        vpnClientAddressPool: { addressPrefixes: g.pools ?? ['172.16.0.0/22'] },
        vpnClientProtocols: g.p2s.protocols,
        ...p2sSettings(g.p2s),
      },
    },
    null,
    2,
  );
}

/** A Virtual WAN point-to-site gateway and its VPN server configuration, as `az … list` prints two resources. */
function virtualWanJson(v: VirtualWanExample): string {
  const { aadAudience, aadTenant, aadIssuer, ...rest } = p2sSettings(v.server);
  return JSON.stringify(
    [
      {
        name: 'p2sgw-hub',
        id: `${SUBSCRIPTION}/p2sVpnGateways/p2sgw-hub`,
        type: 'Microsoft.Network/p2sVpnGateways',
        vpnGatewayScaleUnit: v.scaleUnits,
        p2SConnectionConfigurations: [{ name: 'P2SConnectionConfigDefault', vpnClientAddressPool: { addressPrefixes: v.pools } }],
      },
      {
        name: 'vpncfg',
        id: `${SUBSCRIPTION}/vpnServerConfigurations/vpncfg`,
        type: 'Microsoft.Network/vpnServerConfigurations',
        vpnProtocols: v.server.protocols,
        ...rest,
        ...(aadAudience ? { aadAuthenticationParameters: { aadAudience, aadTenant, aadIssuer } } : {}),
      },
    ],
    null,
    2,
  );
}

const factNumber = (kb: KnowledgeBase, id: string) => Number(kb.factById.get(id)?.value);
const factText = (kb: KnowledgeBase, id: string) => String(kb.factById.get(id)?.value);

function examples(kb: KnowledgeBase): Record<RuleId, RuleExample> {
  const cert: P2s = { protocols: ['IkeV2', 'OpenVPN'], auths: ['Certificate'], roots: 1 };
  const registered = factText(kb, 'entra-audience-microsoft-registered');
  const entra: P2s = { protocols: ['OpenVPN'], auths: ['AAD'], audience: registered };
  const sstp: P2s = { protocols: ['SSTP'], auths: ['Certificate'], roots: 1 };
  return {
    'gateway-sku-legacy': { gateway: { sku: 'Standard', generation: 'Generation1', p2s: cert } },
    'gateway-sku-non-az': { gateway: { sku: 'VpnGw2', p2s: cert } },
    'gateway-sku-basic': { gateway: { sku: 'Basic', generation: 'Generation1', p2s: sstp } },
    'gateway-generation-gen1': { gateway: { sku: 'VpnGw2AZ', generation: 'Generation1', p2s: cert } },
    'gateway-not-zone-redundant': { gateway: { sku: 'VpnGw3', p2s: cert } },
    'capacity-exceeded': {
      gateway: { sku: 'VpnGw1AZ', generation: 'Generation1', p2s: cert, pools: ['10.20.0.0/20'] },
      context: { users: 1000 },
    },
    'capacity-high-utilisation': { gateway: { sku: 'VpnGw2AZ', p2s: cert }, context: { users: 450 } },
    'p2s-sstp-retirement': { gateway: { p2s: { ...sstp, protocols: ['SSTP', 'IkeV2'] } } },
    'p2s-sstp-connection-cap': { gateway: { p2s: sstp } },
    'p2s-sstp-with-openvpn': { gateway: { p2s: { ...sstp, protocols: ['SSTP', 'OpenVPN'] } } },
    'p2s-policy-based-gateway': { gateway: { vpnType: 'PolicyBased', p2s: cert } },
    'p2s-entra-without-openvpn': { gateway: { p2s: { ...entra, protocols: ['IkeV2'] } } },
    'p2s-entra-alone-with-ikev2': { gateway: { p2s: { ...entra, protocols: ['IkeV2', 'OpenVPN'] } } },
    'p2s-multiple-auth-without-openvpn': {
      gateway: { p2s: { protocols: ['IkeV2'], auths: ['Certificate', 'Radius'], roots: 1, radiusServers: 1 } },
    },
    'p2s-entra-manual-audience': { gateway: { p2s: { ...entra, audience: factText(kb, 'entra-audience-manual') } } },
    'p2s-radius-on-basic': {
      gateway: { sku: 'Basic', generation: 'Generation1', p2s: { protocols: ['SSTP'], auths: ['Radius'], radiusServers: 1 } },
    },
    'p2s-radius-servers-max': {
      gateway: { p2s: { protocols: ['IkeV2'], auths: ['Radius'], radiusServers: factNumber(kb, 'radius-servers-max') + 1 } },
    },
    'p2s-root-certificates-max': { gateway: { p2s: { ...cert, roots: factNumber(kb, 'p2s-root-certificates-max') + 1 } } },
    'p2s-certificate-without-root': { gateway: { p2s: { ...cert, roots: 0 } } },
    'p2s-client-os-cannot-connect': { gateway: { p2s: sstp }, context: { clients: ['macos'] } },
    'p2s-client-auth-unavailable': {
      gateway: { p2s: { protocols: ['IkeV2', 'OpenVPN'], auths: ['AAD', 'Certificate'], roots: 1, audience: registered } },
      context: { clients: ['linux'] },
    },
    'p2s-pool-missing': { gateway: { p2s: cert, pools: [] } },
    'p2s-pool-invalid': { gateway: { p2s: cert, pools: ['172.16.1.0/22'] } },
    'p2s-pool-below-minimum': { gateway: { p2s: cert, pools: ['172.16.0.0/30'] } },
    'p2s-pool-not-private': { gateway: { p2s: cert, pools: ['100.64.0.0/22'] } },
    'p2s-pool-reserved-space': { gateway: { p2s: cert, pools: ['169.254.0.0/22'] } },
    'p2s-pool-overlap': { gateway: { p2s: cert, pools: ['10.1.0.0/24'] }, context: { avoid: ['10.1.0.0/16'] } },
    'p2s-pool-too-small-for-users': { gateway: { sku: 'VpnGw5AZ', p2s: cert, pools: ['10.20.0.0/22'] }, context: { users: 2000 } },
    'p2s-active-active-requirements': { gateway: { activeActive: true, p2s: cert } },
    'vwan-pools-per-scale-unit': { vwan: { scaleUnits: 40, pools: ['10.100.0.0/17'], server: entra } },
    'vwan-small-pools-combined': { vwan: { scaleUnits: 40, pools: ['10.100.0.0/18', '10.101.0.0/24', '10.102.0.0/24'], server: entra } },
    'vwan-pool-smaller-than-gateway': { vwan: { scaleUnits: 10, pools: ['10.100.0.0/20'], server: entra } },
  };
}

/** The input and the options that make the rule fire. */
export function ruleExample(kb: KnowledgeBase, id: RuleId): { file: InputFile; context: Partial<CheckContext> } {
  const e = examples(kb)[id];
  const text = e.vwan ? virtualWanJson(e.vwan) : gatewayJson(e.gateway as GatewayExample);
  return { file: { name: e.vwan ? 'virtual-wan.json' : 'gateway.json', text }, context: e.context ?? {} };
}
