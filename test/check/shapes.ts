/**
 * Builds one gateway configuration in the two shapes `check` reads: the JSON `az … show` prints (settings at
 * the top level) and the same resource in an ARM template (settings under `properties`, the SKU and pool fed
 * through a parameter default and a variable, as templates do). The shapes follow the public Azure REST/ARM
 * reference for Microsoft.Network/virtualNetworkGateways, p2sVpnGateways and vpnServerConfigurations.
 */
export interface GatewaySpec {
  sku?: string;
  generation?: 'Generation1' | 'Generation2';
  activeActive?: boolean;
  vpnType?: 'RouteBased' | 'PolicyBased';
  /** Leave out to build a gateway without point-to-site. */
  p2s?: P2sSpec;
  pools?: string[];
}

interface P2sSpec {
  protocols: string[];
  auths?: string[];
  roots?: number;
  revoked?: number;
  radiusServers?: number;
  audience?: string;
}

export interface VirtualWanSpec {
  scaleUnits: number;
  pools: string[];
  server: P2sSpec;
}

const TENANT = '11111111-2222-3333-4444-555555555555';

function clientConfig(p: P2sSpec, pools: string[] | undefined, arm: boolean): Record<string, unknown> {
  const cert = (i: number) =>
    arm ? { name: `root${i}`, properties: { publicCertData: 'MIIC' } } : { name: `root${i}`, publicCertData: 'MIIC' };
  return {
    ...(pools ? { vpnClientAddressPool: { addressPrefixes: arm && pools.length === 1 ? ["[variables('clientPool')]"] : pools } } : {}),
    vpnClientProtocols: p.protocols,
    ...(p.auths ? { vpnAuthenticationTypes: p.auths } : {}),
    vpnClientRootCertificates: Array.from({ length: p.roots ?? 0 }, (_, i) => cert(i)),
    vpnClientRevokedCertificates: Array.from({ length: p.revoked ?? 0 }, (_, i) => ({ name: `revoked${i}`, thumbprint: `AB${i}` })),
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

export function azGateway(g: GatewaySpec): string {
  const sku = g.sku ?? 'VpnGw2AZ';
  return JSON.stringify(
    {
      activeActive: g.activeActive ?? false,
      enableBgp: false,
      gatewayType: 'Vpn',
      id: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworkGateways/vng-test',
      location: 'westeurope',
      name: 'vng-test',
      resourceGroup: 'rg',
      sku: { capacity: 2, name: sku, tier: sku },
      type: 'Microsoft.Network/virtualNetworkGateways',
      ...(g.p2s ? { vpnClientConfiguration: clientConfig(g.p2s, g.pools ?? ['172.16.0.0/22'], false) } : {}),
      vpnGatewayGeneration: g.generation ?? 'Generation2',
      vpnType: g.vpnType ?? 'RouteBased',
    },
    null,
    2,
  );
}

export function armGateway(g: GatewaySpec): string {
  const pools = g.pools ?? ['172.16.0.0/22'];
  return JSON.stringify(
    {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      parameters: {
        gatewaySku: { type: 'string', defaultValue: g.sku ?? 'VpnGw2AZ' },
        location: { type: 'string', defaultValue: '[resourceGroup().location]' },
      },
      variables: { clientPool: pools[0] },
      resources: [
        {
          type: 'Microsoft.Network/virtualNetworkGateways',
          apiVersion: '2023-09-01',
          name: 'vng-test',
          location: "[parameters('location')]",
          properties: {
            gatewayType: 'Vpn',
            vpnType: g.vpnType ?? 'RouteBased',
            vpnGatewayGeneration: g.generation ?? 'Generation2',
            activeActive: g.activeActive ?? false,
            sku: { name: "[parameters('gatewaySku')]", tier: "[parameters('gatewaySku')]" },
            ...(g.p2s ? { vpnClientConfiguration: clientConfig(g.p2s, pools, true) } : {}),
          },
        },
      ],
    },
    null,
    2,
  );
}

function serverConfig(p: P2sSpec, arm: boolean): Record<string, unknown> {
  const settings = {
    vpnProtocols: p.protocols,
    vpnAuthenticationTypes: p.auths ?? ['Certificate'],
    vpnClientRootCertificates: Array.from({ length: p.roots ?? 0 }, (_, i) => ({ name: `root${i}`, publicCertData: 'MIIC' })),
    radiusServers: Array.from({ length: p.radiusServers ?? 0 }, (_, i) => ({
      radiusServerAddress: `10.9.0.${i + 4}`,
      radiusServerScore: 1,
    })),
    ...(p.audience
      ? {
          aadAuthenticationParameters: {
            aadAudience: p.audience,
            aadTenant: `https://login.microsoftonline.com/${TENANT}`,
            aadIssuer: `https://sts.windows.net/${TENANT}/`,
          },
        }
      : {}),
  };
  return arm
    ? {
        type: 'Microsoft.Network/vpnServerConfigurations',
        apiVersion: '2023-09-01',
        name: 'vpncfg',
        location: 'westeurope',
        properties: settings,
      }
    : {
        id: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/vpnServerConfigurations/vpncfg',
        name: 'vpncfg',
        type: 'Microsoft.Network/vpnServerConfigurations',
        ...settings,
      };
}

function p2sGateway(v: VirtualWanSpec, arm: boolean): Record<string, unknown> {
  const conn = arm
    ? { name: 'P2SConnectionConfigDefault', properties: { vpnClientAddressPool: { addressPrefixes: v.pools } } }
    : { name: 'P2SConnectionConfigDefault', vpnClientAddressPool: { addressPrefixes: v.pools } };
  const settings = {
    vpnGatewayScaleUnit: v.scaleUnits,
    p2SConnectionConfigurations: [conn],
    virtualHub: { id: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualHubs/hub' },
  };
  return arm
    ? { type: 'Microsoft.Network/p2sVpnGateways', apiVersion: '2023-09-01', name: 'p2sgw', location: 'westeurope', properties: settings }
    : {
        id: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/p2sVpnGateways/p2sgw',
        name: 'p2sgw',
        type: 'Microsoft.Network/p2sVpnGateways',
        ...settings,
      };
}

/** `az network p2s-vpn-gateway show` and `az network vpn-server-config show` concatenated the way `az … list` would print them. */
export function azVirtualWan(v: VirtualWanSpec): string {
  return JSON.stringify([p2sGateway(v, false), serverConfig(v.server, false)], null, 2);
}

export function armVirtualWan(v: VirtualWanSpec): string {
  return JSON.stringify(
    {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      resources: [serverConfig(v.server, true), p2sGateway(v, true)],
    },
    null,
    2,
  );
}
