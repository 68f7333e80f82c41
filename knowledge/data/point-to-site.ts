/**
 * Point-to-site (P2S) VPN on Azure VPN Gateway: the facts of topic 'point-to-site' — connection limits,
 * client address pools, route / traffic-selector limits, routing, sessions, client OS support in general,
 * client profiles, the SSTP migration, and what the VPN Gateway remote-work article says about P2S.
 * Elsewhere: tunnel protocols and their ports in protocols-and-ports.ts, authentication methods in
 * authentication.ts, VPN clients and the per-OS matrix in client-compatibility.ts, dated changes (SSTP
 * retirement, Azure VPN Client for Linux, Entra app IDs) in lifecycle.ts.
 *
 * How to add an entry:
 * - A limit or rule about point-to-site: add a fact with topic 'point-to-site'. Numbers are numbers with a
 *   `unit`; rules are short strings in our own words. `source` = source id (data/sources.ts rule) + the
 *   source's heading or the reference table's name. An older value becomes its own fact with
 *   `status: 'superseded'` and `supersededBy`; a value a numbered conflict (conflicts.ts) touches gets `conflict`.
 * - A fact of another topic goes in the file named after that topic (`knowledge/data/<topic>.ts`).
 */
import type { DataModule } from '../model';

type Ref = { sourceId: string; section: string };
const ref =
  (sourceId: string) =>
  (section: string): Ref => ({ sourceId, section });

// Source versions used here (ids follow the README rule).
const p2sAbout2026 = ref('vpn-point-to-site-about-2026-08-17');
const p2sAbout2023 = ref('vpn-point-to-site-about-2023-09-26');
const faq2026 = ref('vpn-vpn-gateway-vpn-faq-2026-06-04');
const sstpMigration2025 = ref('vpn-ikev2-openvpn-from-sstp-2025-09-29');
const radiusGateway2026 = ref('vpn-point-to-site-radius-gateway-2026-06-08');
const whatsNew2026 = ref('vpn-whats-new-2026-05-26');
const p2sFaqInc2024 = ref('inc-vpn-gateway-faq-p2s-all-include-2024-06-19');
const p2sFaqInc2021 = ref('inc-vpn-gateway-faq-p2s-all-include-2021-10-14');
const p2sFaqInc2018 = ref('inc-vpn-gateway-faq-p2s-all-include-2018-07-30');
const gwLimits2024 = ref('inc-azure-virtual-network-gateway-limits-2024-01-04');
const vwanP2sConcepts2022 = ref('vwan-point-to-site-concepts-2022-12-01');
const vwanPools2023 = ref('vwan-about-client-address-pools-2023-02-15');
const routing2023 = ref('vpn-vpn-gateway-about-point-to-site-routing-2023-07-28');
const routing2018 = ref('vpn-vpn-gateway-about-point-to-site-routing-2018-04-16');
const vwanAlwaysOnDevice = ref('vwan-howto-always-on-device-tunnel-undated');
const seed004 = ref('seed-004');
const vpnRemote2024 = ref('vpn-work-remotely-support-2024-07-10');

// Reference table names used as `section` where the reference names no heading of the source.
const S = {
  protocols: 'Protocols',
  olderPlatforms: 'Older platform statements (superseded)',
  winIkev2: 'Windows IKEv2 prerequisites',
  auth: 'Authentication methods',
  clientRules: 'General client rules',
  osList: 'Supported client operating systems list (FAQ)',
  pools: 'Client address pool rules',
  routeLimits: 'Route / traffic-selector limits',
  routing: 'Routing to peered VNets and on-premises',
  otherRouting: 'Other routing facts',
  session: 'Session behaviour',
  migration: 'SSTP → IKEv2/OpenVPN migration facts',
} as const;

export const pointToSite: DataModule = {
  file: 'knowledge/data/point-to-site.ts',

  facts: [
    // ───────────── point-to-site: connection limits ─────────────
    {
      id: 'sstp-max-connections',
      topic: 'point-to-site',
      title: 'Maximum concurrent SSTP connections per gateway',
      value: 128,
      unit: 'connections',
      source: sstpMigration2025(S.migration),
      note: 'Regardless of SKU. This cap is the main reason the docs give for moving from SSTP to IKEv2 or OpenVPN; IKEv2/OpenVPN limits depend on the SKU.',
      tags: ['sstp', '128', 'concurrent', 'limit', 'connections'],
    },
    {
      id: 'p2s-client-count-depends-on-sku',
      topic: 'point-to-site',
      title: 'How many P2S clients a gateway accepts',
      value: 'Depends on the gateway SKU (see the SKU tables)',
      source: faq2026(S.auth),
      conflict: 'conflict-17',
      note: 'SSTP is 128 on every SKU; the IKEv2/OpenVPN maximum grows with the SKU.',
      tags: ['clients', 'users', 'concurrent', 'sku'],
    },
    {
      id: 'p2s-client-count-128-2018',
      topic: 'point-to-site',
      title: 'How many P2S clients a gateway accepts (2018 FAQ)',
      value: 128,
      unit: 'connections',
      source: p2sFaqInc2018(S.osList),
      status: 'superseded',
      supersededBy: 'p2s-client-count-depends-on-sku',
      conflict: 'conflict-17',
      note: 'The 2018 FAQ gave one fixed ceiling of 128 simultaneous clients; from 2021 the FAQ says it depends on the SKU.',
      tags: ['128', 'clients'],
    },

    // ───────────── point-to-site: client address pool ─────────────
    {
      id: 'p2s-pool-private-non-overlapping',
      topic: 'point-to-site',
      title: 'Which range to use for the P2S client address pool',
      value: 'A private range that overlaps neither the network the clients connect from nor the VNet they connect to',
      source: radiusGateway2026(S.pools),
      tags: ['address pool', 'overlap', 'private', 'cidr'],
    },
    {
      id: 'p2s-pool-min-prefix-active-passive',
      topic: 'point-to-site',
      title: 'Smallest P2S client address pool, active-passive gateway',
      value: 29,
      unit: 'prefix length',
      source: radiusGateway2026(S.pools),
      note: 'A /29 or larger range.',
      tags: ['address pool', '/29', 'active-passive', 'minimum'],
    },
    {
      id: 'p2s-pool-min-prefix-active-active',
      topic: 'point-to-site',
      title: 'Smallest P2S client address pool, active-active gateway',
      value: 28,
      unit: 'prefix length',
      source: radiusGateway2026(S.pools),
      note: 'A /28 or larger range.',
      tags: ['address pool', '/28', 'active-active', 'minimum'],
    },
    {
      id: 'p2s-active-active-third-public-ip',
      topic: 'point-to-site',
      title: 'Public IP addresses an active-active gateway needs for P2S',
      value: 3,
      unit: 'public IP addresses',
      source: radiusGateway2026(S.pools),
      note: 'An active-active gateway already has two; P2S on it needs a third.',
      tags: ['active-active', 'public ip', 'third'],
    },
    {
      id: 'p2s-pool-sstp-ikev2-split',
      topic: 'point-to-site',
      title: 'Address pool when SSTP and IKEv2 are both enabled',
      value:
        'The pool is split statically into two sub-ranges, one per protocol. SSTP never gets more than 128 addresses, even when the pool is larger than /24 (the rest goes to IKEv2); smaller pools are cut in half. The gateway traffic selectors may list the two sub-range CIDRs instead of the whole pool.',
      source: faq2026(S.pools),
      conflict: 'conflict-24',
      note: 'Also in the SSTP-migration article (ms.date 2025-09-29). The more specific of the two wordings (see p2s-pool-split-equally-config-articles).',
      tags: ['sstp', 'ikev2', 'address pool', 'split', '128', 'traffic selector'],
    },
    {
      id: 'p2s-pool-split-equally-config-articles',
      topic: 'point-to-site',
      title: 'Address pool with several protocols (configuration articles)',
      value: 'When SSTP is one of several protocols, the pool is divided equally between the protocols',
      source: radiusGateway2026(S.pools),
      conflict: 'conflict-24',
      note: 'The P2S configuration articles state this simpler rule; the FAQ rule (p2s-pool-sstp-ikev2-split) is more specific: SSTP keeps at most 128 addresses above a /24. Both are current wordings of the same period.',
      tags: ['address pool', 'split', 'sstp'],
    },
    {
      id: 'p2s-pool-one-address-per-client',
      topic: 'point-to-site',
      title: 'Client address pool size caps concurrent users',
      value:
        'Each connected client takes one address from the pool; when a gateway instance runs out of addresses, new connections are refused',
      source: vwanPools2023('Client address pool rules'),
      note: 'Stated explicitly for Virtual WAN User VPN. The VPN Gateway docs do not say it in so many words.',
      tags: ['address pool', 'users', 'capacity', 'one address per client'],
    },
    {
      id: 'p2s-user-groups-announced',
      topic: 'point-to-site',
      title: 'User groups and per-group address pools for VPN Gateway P2S',
      value: 'Announced May 2026',
      source: whatsNew2026(S.pools),
      note: 'Lets different user groups get addresses from different client pools. The source gives the month only.',
      tags: ['user groups', 'address pool', 'multi-pool'],
    },

    // ───────────── point-to-site: route / traffic-selector limits ─────────────
    {
      id: 'route-limit-windows-ikev2-before-2004',
      topic: 'point-to-site',
      title: 'IKEv2 traffic selectors on Windows earlier than Windows 10 version 2004',
      value: 25,
      unit: 'routes',
      source: faq2026(S.routeLimits),
      conflict: 'conflict-18',
      note: 'Above the limit, Windows IKEv2 clients fail to connect. What counts: see route-limit-scope.',
      tags: ['ikev2', 'windows', 'traffic selector', 'routes', 'address spaces', '25'],
    },
    {
      id: 'route-limit-windows-ikev2',
      topic: 'point-to-site',
      title: 'IKEv2 traffic selectors on Windows 10 version 2004 and later',
      value: 255,
      unit: 'routes',
      source: faq2026(S.routeLimits),
      conflict: 'conflict-18',
      note: 'From Windows 10 version 2004; the docs date that release September 2021 (as written, not checked). Same text in the FAQ include of 2022-06-10 and 2024-06-19.',
      tags: ['ikev2', 'windows', 'traffic selector', 'routes', '255', '2004'],
    },
    {
      id: 'route-limit-ikev2-limits-table-windows',
      topic: 'point-to-site',
      title: 'P2S IKEv2 route limit for Windows (subscription limits table)',
      value: 25,
      unit: 'routes',
      source: gwLimits2024('Gateway-level limits (subscription limits include)'),
      conflict: 'conflict-18',
      note: 'The limits table gives 25 for Windows without mentioning the Windows 10 version 2004 increase that the FAQ describes.',
      tags: ['ikev2', 'windows', 'routes', 'limits table'],
    },
    {
      id: 'route-limit-ikev2-limits-table-non-windows',
      topic: 'point-to-site',
      title: 'P2S IKEv2 route limit for non-Windows clients (subscription limits table)',
      value: 256,
      unit: 'routes',
      source: gwLimits2024('Gateway-level limits (subscription limits include)'),
      conflict: 'conflict-18',
      note: 'Virtual WAN gives 255 as the IKEv2 protocol limit (route-limit-vwan-ikev2).',
      tags: ['ikev2', 'routes', 'macos', 'linux', 'ios', 'limits table'],
    },
    {
      id: 'route-limit-openvpn',
      topic: 'point-to-site',
      title: 'OpenVPN routes / traffic selectors per P2S client',
      value: 1000,
      unit: 'routes',
      source: faq2026(S.routeLimits),
      note: 'Same value in the subscription limits table (ms.date 2024-01-04).',
      tags: ['openvpn', 'routes', '1000', 'traffic selector'],
    },
    {
      id: 'route-limit-vwan-ikev2',
      topic: 'point-to-site',
      title: 'Virtual WAN User VPN: IKEv2 route limit',
      value: 255,
      unit: 'routes',
      source: vwanP2sConcepts2022(S.routeLimits),
      conflict: 'conflict-18',
      note: 'Described as a limit of the IKEv2 protocol.',
      tags: ['virtual wan', 'ikev2', 'routes', '255'],
    },
    {
      id: 'route-limit-vwan-openvpn',
      topic: 'point-to-site',
      title: 'Virtual WAN User VPN: OpenVPN route limit',
      value: 1000,
      unit: 'routes',
      source: vwanP2sConcepts2022(S.routeLimits),
      tags: ['virtual wan', 'openvpn', 'routes', '1000'],
    },
    {
      id: 'route-limit-scope',
      topic: 'point-to-site',
      title: 'What counts toward the Windows IKEv2 traffic-selector limit',
      value:
        'The address spaces of the gateway VNet plus the sum of local network gateways, VNet-to-VNet connections and peered VNets connected to the gateway; Windows IKEv2 clients cannot connect when the total exceeds the limit',
      source: faq2026(S.routeLimits),
      tags: ['traffic selector', 'address spaces', 'peering', 'local network', 'ikev2', 'windows'],
    },

    // ───────────── point-to-site: routing ─────────────
    {
      id: 'p2s-peered-vnet-access',
      topic: 'point-to-site',
      title: 'Reaching peered VNets over P2S',
      value: 'Works when the peered VNets use "Use remote gateways" and the gateway VNet uses "Allow gateway transit"',
      source: faq2026(S.otherRouting),
      tags: ['peering', 'use remote gateways', 'allow gateway transit', 'hub', 'spoke'],
    },
    {
      id: 'p2s-routing-scope',
      topic: 'point-to-site',
      title: 'Which tunnels the P2S routing table applies to',
      value: 'IKEv2 and OpenVPN',
      source: routing2023(S.routing),
      conflict: 'conflict-30',
      tags: ['routing', 'ikev2', 'openvpn'],
    },
    {
      id: 'p2s-routing-scope-2018',
      topic: 'point-to-site',
      title: 'Which tunnels the P2S routing table applies to (2018)',
      value: 'IKEv2 only',
      source: routing2018(S.routing),
      status: 'superseded',
      supersededBy: 'p2s-routing-scope',
      conflict: 'conflict-30',
      tags: ['routing', 'ikev2'],
    },
    {
      id: 'p2s-routing-isolated-vnet',
      topic: 'point-to-site',
      title: 'P2S reach: one isolated VNet',
      value: 'Windows and non-Windows clients: the gateway VNet',
      source: routing2023(S.routing),
      tags: ['routing', 'isolated'],
    },
    {
      id: 'p2s-routing-peered',
      topic: 'point-to-site',
      title: 'P2S reach: peered VNets (gateway transit)',
      value: 'Windows and non-Windows clients: the gateway VNet and directly peered VNets only (not transitive)',
      source: routing2023(S.routing),
      note: 'Gateway VNet set to "Allow gateway transit", spokes to "Use remote gateways". Windows clients must download the client package again after peering or other topology changes.',
      tags: ['routing', 'peering', 'transitive'],
    },
    {
      id: 'p2s-routing-s2s-no-bgp',
      topic: 'point-to-site',
      title: 'P2S reach: VNets chained by S2S VPN without BGP',
      value: 'Windows and non-Windows clients: the gateway VNet only',
      source: routing2023(S.routing),
      tags: ['routing', 's2s', 'bgp', 'vnet-to-vnet'],
    },
    {
      id: 'p2s-routing-s2s-bgp',
      topic: 'point-to-site',
      title: 'P2S reach: VNets chained by S2S VPN with BGP',
      value: 'Windows clients: all VNets, but the routes must be added manually on Windows; non-Windows clients: all VNets',
      source: routing2023(S.routing),
      tags: ['routing', 's2s', 'bgp', 'manual routes'],
    },
    {
      id: 'p2s-routing-branch-no-bgp',
      topic: 'point-to-site',
      title: 'P2S reach: VNet plus branch office over S2S without BGP',
      value: 'Windows and non-Windows clients: the VNet only; no branch route is pushed',
      source: routing2023(S.routing),
      conflict: 'conflict-29',
      tags: ['routing', 'branch', 'on-premises', 's2s', 'bgp'],
    },
    {
      id: 'p2s-routing-branch-no-bgp-2018',
      topic: 'point-to-site',
      title: 'P2S reach: VNet plus branch office over S2S without BGP (2018)',
      value: 'Windows: VNet and branch with manual routes; non-Windows: receive the branch route but reach the VNet only',
      source: routing2018(S.routing),
      status: 'superseded',
      supersededBy: 'p2s-routing-branch-no-bgp',
      conflict: 'conflict-29',
      note: 'The 2018 text contradicted itself for non-Windows clients.',
      tags: ['routing', 'branch'],
    },
    {
      id: 'p2s-routing-branch-bgp',
      topic: 'point-to-site',
      title: 'P2S reach: VNet plus branch office over S2S with BGP',
      value: 'Windows clients: the VNet and the branch, with the branch route added manually; non-Windows clients: the VNet and the branch',
      source: routing2023(S.routing),
      tags: ['routing', 'branch', 'on-premises', 'bgp'],
    },
    {
      id: 'p2s-routing-multi-vnet-bgp',
      topic: 'point-to-site',
      title: 'P2S reach: several VNets and a branch over S2S, BGP everywhere',
      value:
        'Windows clients: everything, with routes to the remote VNets and site added manually; non-Windows clients: everything (transitive)',
      source: routing2023(S.routing),
      tags: ['routing', 'bgp', 'transitive', 'multi-vnet'],
    },
    {
      id: 'p2s-routing-topology-change-redownload',
      topic: 'point-to-site',
      title: 'After a topology change, Windows clients need a new client package',
      value: 'Download and install the VPN client package again on Windows when peerings or connected networks change',
      source: routing2023(S.otherRouting),
      tags: ['routing', 'profile', 'windows', 'peering'],
    },
    {
      id: 'p2s-custom-routes',
      topic: 'point-to-site',
      title: 'Advertising extra routes to P2S clients',
      value: 'Supported: the gateway can advertise additional custom routes to P2S clients',
      source: radiusGateway2026(S.otherRouting),
      tags: ['custom routes', 'routes', 'advertise'],
    },
    {
      id: 'p2s-clients-talk-to-each-other',
      topic: 'point-to-site',
      title: 'P2S clients on one gateway can reach each other',
      value: true,
      source: faq2026(S.otherRouting),
      tags: ['client to client', 'routing'],
    },
    {
      id: 'p2s-ikev2-same-ip-as-s2s',
      topic: 'point-to-site',
      title: 'IKEv2 P2S from the public IP of an S2S device on the same gateway',
      value: 'Not possible: a P2S client cannot start IKEv2 from the public IP that a site-to-site device on that gateway uses',
      source: faq2026(S.otherRouting),
      tags: ['ikev2', 's2s', 'public ip', 'nat'],
    },

    // ───────────── point-to-site: sessions ─────────────
    {
      id: 'p2s-auto-reconnect',
      topic: 'point-to-site',
      title: 'Automatic reconnection of P2S clients',
      value: 'Up to the VPN client; on Windows use the Always On VPN feature',
      source: faq2026(S.session),
      conflict: 'conflict-19',
      note: 'The Azure VPN Client has its own settings: on Windows a per-profile "Connect automatically" option; on macOS auto-reconnect from 2.7.101 and Always On from 3.0.100.',
      tags: ['auto-reconnect', 'always on', 'reboot', 'reconnect'],
    },
    {
      id: 'p2s-auto-reconnect-2021',
      topic: 'point-to-site',
      title: 'Automatic reconnection of P2S clients (2021 FAQ)',
      value: 'Not supported: clients do not reconnect by default',
      source: p2sFaqInc2021(S.session),
      status: 'superseded',
      supersededBy: 'p2s-auto-reconnect',
      conflict: 'conflict-19',
      note: 'The classic-model P2S FAQ include (2023) still carried this wording.',
      tags: ['auto-reconnect'],
    },
    {
      id: 'p2s-ddns-not-supported',
      topic: 'point-to-site',
      title: 'Dynamic DNS (DDNS) on P2S VPN clients',
      value: false,
      source: faq2026(S.session),
      note: 'Not supported in any version read (2021 and 2026).',
      tags: ['ddns', 'dns'],
    },
    {
      id: 'p2s-tunnel-vision',
      topic: 'point-to-site',
      title: '"TunnelVision" (DHCP option 121, CVE-2024-3661) and P2S',
      value:
        'Affects P2S on any client OS that implements DHCP option 121; one mitigation is to run the VPN client inside a VM whose DHCP is virtualized',
      source: faq2026(S.session),
      tags: ['cve-2024-3661', 'tunnelvision', 'dhcp', 'option 121', 'security'],
    },
    {
      id: 'p2s-remove-configuration',
      topic: 'point-to-site',
      title: 'Removing the P2S configuration from a gateway',
      value:
        'PowerShell: set VPNClientConfiguration to $null and update the gateway; Azure CLI: az network vnet-gateway update --remove "vpnClientConfiguration"',
      source: faq2026(S.session),
      tags: ['remove', 'powershell', 'cli', 'vpnClientConfiguration'],
    },
    {
      id: 'vwan-always-on-articles',
      topic: 'point-to-site',
      title: 'Virtual WAN Always On device and user tunnels',
      value: 'Virtual WAN has separate how-to articles for Always On device tunnels and user tunnels',
      source: vwanAlwaysOnDevice(S.session),
      note: 'Only the existence of the articles is known (howto-always-on-device-tunnel, howto-always-on-user-tunnel); their contents and dates were not read.',
      tags: ['always on', 'device tunnel', 'user tunnel', 'virtual wan'],
    },

    // ───────────── point-to-site: client OS support (general) ─────────────
    {
      id: 'p2s-supported-os-2026',
      topic: 'point-to-site',
      title: 'Client operating systems the FAQ lists for P2S',
      value: 'Windows 11; macOS 13.0 or later; Linux (strongSwan); iOS',
      source: faq2026(S.osList),
      conflict: 'conflict-20',
      note: 'The P2S article of 2026 also lists Android for OpenVPN. Older lists named Windows Server versions, Windows 8.1/10 and macOS 10.11.',
      tags: ['os', 'supported', 'windows 11', 'macos', 'linux', 'ios'],
    },
    {
      id: 'p2s-supported-os-2024',
      topic: 'point-to-site',
      title: 'Client operating systems the FAQ listed for P2S (2024)',
      value:
        'Windows Server 2008 R2, 2012, 2012 R2, 2016, 2019, 2022 (64-bit); Windows 8.1; Windows 10; Windows 11; macOS 10.11 or later; Linux (strongSwan); iOS',
      source: p2sFaqInc2024(S.osList),
      status: 'superseded',
      supersededBy: 'p2s-supported-os-2026',
      conflict: 'conflict-20',
      note: 'The same list appears in seed-004 (certificate and RADIUS FAQ sections).',
      tags: ['os', 'windows server'],
    },
    {
      id: 'p2s-supported-os-2021',
      topic: 'point-to-site',
      title: 'Client operating systems the FAQ listed for P2S (2021)',
      value:
        'Windows Server 2008 R2, 2012, 2012 R2, 2016, 2019 (64-bit); Windows 8.1; Windows 10; Windows 11; macOS 10.11 or later; Linux (strongSwan); iOS',
      source: p2sFaqInc2021(S.osList),
      status: 'superseded',
      supersededBy: 'p2s-supported-os-2026',
      conflict: 'conflict-20',
      tags: ['os'],
    },
    {
      id: 'p2s-supported-os-2018',
      topic: 'point-to-site',
      title: 'Client operating systems the FAQ listed for P2S (2018)',
      value: 'Windows 7, 8.1, 10; Windows Server 2008 R2, 2012, 2012 R2, 2016; Mac OS X 10.11 or later; Linux (strongSwan); iOS',
      source: p2sFaqInc2018(S.osList),
      status: 'superseded',
      supersededBy: 'p2s-supported-os-2026',
      conflict: 'conflict-20',
      tags: ['os', 'windows 7'],
    },
    {
      id: 'windows-10-end-of-support',
      topic: 'point-to-site',
      title: 'Windows 10 end of support',
      value: 'October 2025',
      source: faq2026(S.osList),
      note: 'The FAQ recommends Windows 11 for P2S clients. The source gives the month only, so this is kept as a fact rather than a dated lifecycle event.',
      tags: ['windows 10', 'end of support', 'windows 11'],
    },
    {
      id: 'windows-ikev2-min-os',
      topic: 'point-to-site',
      title: 'Windows versions that support IKEv2 P2S',
      value: 'Windows 10 and Windows Server 2016 or later',
      source: faq2026(S.winIkev2),
      note: 'Windows versions before Windows 10 can use only SSTP or OpenVPN. The same FAQ lists only Windows 11 among supported client OSes (p2s-supported-os-2026).',
      tags: ['ikev2', 'windows 10', 'server 2016', 'minimum'],
    },
    {
      id: 'windows-ikev2-prerequisites',
      topic: 'point-to-site',
      title: 'Preparing older Windows 10 / Server 2016 builds for IKEv2',
      value:
        'Builds newer than Windows 10 1709 and Server 2016 1607 need nothing. Older builds need KB4057142 (Windows 10 1607 / Server 2016), KB4057144 (1703) or KB4089848 (1709), plus the registry DWORD HKLM\\SYSTEM\\CurrentControlSet\\Services\\RasMan\\IKEv2\\DisableCertReqPayload = 1',
      source: faq2026(S.winIkev2),
      tags: ['ikev2', 'windows', 'kb4057142', 'kb4057144', 'kb4089848', 'registry', 'DisableCertReqPayload'],
    },
    {
      id: 'sstp-windows-versions',
      topic: 'point-to-site',
      title: 'Windows versions that can use SSTP',
      value: 'All Windows versions that include SSTP (Windows 7 and later)',
      source: sstpMigration2025(S.olderPlatforms),
      conflict: 'conflict-22',
      note: 'The 2026 P2S article says only "Windows devices"; the 2021/2023 P2S article said Windows 8.1 and later (SSTP with TLS 1.2). The sources disagree across documents.',
      tags: ['sstp', 'windows', 'windows 7', 'windows 8.1'],
    },
    {
      id: 'sstp-windows-versions-2023',
      topic: 'point-to-site',
      title: 'Windows versions that can use SSTP (2021/2023 P2S article)',
      value: 'Windows 8.1 and later (versions with SSTP and TLS 1.2)',
      source: p2sAbout2023(S.olderPlatforms),
      status: 'superseded',
      supersededBy: 'sstp-windows-versions',
      conflict: 'conflict-22',
      note: 'Same statement in the 2021-07-28 version; dropped from the 2026 version.',
      tags: ['sstp', 'windows 8.1', 'tls 1.2'],
    },
    {
      id: 'p2s-ikev2-openvpn-resource-manager-only',
      topic: 'point-to-site',
      title: 'Deployment model for IKEv2 and OpenVPN P2S (2023 article)',
      value: 'Resource Manager only, not the classic model',
      source: p2sAbout2023(S.olderPlatforms),
      note: 'Dropped from the 2026 text; classic VPN gateways have since been retired.',
      tags: ['classic', 'resource manager'],
    },
    {
      id: 'openvpn-sstp-cannot-coexist',
      topic: 'point-to-site',
      title: 'OpenVPN and SSTP on the same gateway',
      value: 'Not possible; OpenVPN can be combined with IKEv2 and SSTP with IKEv2',
      source: p2sAbout2026(S.protocols),
      tags: ['openvpn', 'sstp', 'coexist', 'tunnel type'],
    },
    {
      id: 'windows-tries-ikev2-first',
      topic: 'point-to-site',
      title: 'Windows client with SSTP and IKEv2 both enabled',
      value: 'The Windows client tries IKEv2 first and falls back to SSTP if IKEv2 fails',
      source: faq2026(S.protocols),
      tags: ['windows', 'ikev2', 'sstp', 'fallback'],
    },
    {
      id: 'macos-ikev2-only',
      topic: 'point-to-site',
      title: 'macOS with SSTP and IKEv2 both enabled',
      value: 'macOS connects only over IKEv2 (its native client has no SSTP)',
      source: faq2026(S.protocols),
      tags: ['macos', 'ikev2', 'sstp', 'mac'],
    },
    {
      id: 'p2s-enable-on-existing-gateway',
      topic: 'point-to-site',
      title: 'Enabling RADIUS or IKEv2 on an existing gateway',
      value: 'Possible with PowerShell or the portal when the SKU supports them (not Basic)',
      source: seed004('I already have an Azure VPN Gateway deployed. Can I enable RADIUS and/or IKEv2 VPN on it?'),
      tags: ['radius', 'ikev2', 'existing gateway', 'basic'],
    },

    // ───────────── point-to-site: client profile ─────────────
    {
      id: 'p2s-profile-regenerate-after-change',
      topic: 'point-to-site',
      title: 'Client profile after changing the tunnel or authentication type',
      value: 'Generate, download and redistribute a new VPN client profile; existing clients may fail to connect until they get it',
      source: faq2026(S.clientRules),
      tags: ['profile', 'client configuration', 'authentication type', 'tunnel type'],
    },
    {
      id: 'p2s-profile-package-contents',
      topic: 'point-to-site',
      title: 'What the P2S client profile download contains',
      value:
        'An installer package for Windows, a mobileconfig file for Mac, and the gateway address, tunnel types, routes and root certificate',
      source: sstpMigration2025(S.clientRules),
      tags: ['profile', 'mobileconfig', 'zip', 'client configuration'],
    },
    {
      id: 'p2s-root-cert-migration-new-profile',
      topic: 'point-to-site',
      title: 'Gateway root-certificate migrations (Azure side)',
      value: 'Every P2S client needs a newly downloaded and redistributed client profile',
      source: p2sAbout2026(S.clientRules),
      tags: ['root certificate', 'profile', 'migration'],
    },

    // ───────────── point-to-site: SSTP migration ─────────────
    {
      id: 'sstp-migration-add-ikev2-no-downtime',
      topic: 'point-to-site',
      title: 'Moving off SSTP, option 1: add IKEv2 next to SSTP',
      value:
        'Setting the tunnel type to "IKEv2 and SSTP (SSL)" causes no downtime and leaves existing clients working; switching to IKEv2 only causes downtime until clients get the new configuration',
      source: sstpMigration2025(S.migration),
      tags: ['sstp', 'ikev2', 'migration', 'downtime'],
    },
    {
      id: 'sstp-migration-openvpn-clients-reconfigure',
      topic: 'point-to-site',
      title: 'Moving off SSTP, option 2: replace SSTP with OpenVPN',
      value: 'Switching to OpenVPN (or IKEv2 and OpenVPN) drops SSTP clients until they are reconfigured',
      source: sstpMigration2025(S.migration),
      tags: ['sstp', 'openvpn', 'migration', 'downtime'],
    },
    {
      id: 'sstp-migration-new-client-package',
      topic: 'point-to-site',
      title: 'Client configuration after an SSTP migration',
      value: 'Distribute a new client configuration package after changing the tunnel type',
      source: sstpMigration2025(S.migration),
      tags: ['sstp', 'migration', 'profile'],
    },
    {
      id: 'basic-ikev2-from-nov-2025',
      topic: 'point-to-site',
      title: 'Basic SKU and IKEv2 from November 2025 (SSTP-migration article)',
      value: 'Basic supports IKEv2 from November 2025 and new Basic gateways default to IKEv2; before that Basic supported SSTP only',
      source: sstpMigration2025(S.migration),
      conflict: 'conflict-09',
      note: 'Only this article says so (versions 2025-01-23 and 2025-09-29). The 2026 SKU tables and the 2026 P2S article still list IKEv2 as not supported on Basic, so treat this as unconfirmed.',
      tags: ['basic', 'ikev2', 'november 2025'],
    },

    // ───────────── point-to-site: remote work (VPN Gateway remote-work article) ─────────────
    {
      id: 'p2s-elastic-provisioning',
      topic: 'point-to-site',
      title: 'Point-to-site for sudden remote-work demand',
      value:
        'Point-to-site is provisioned in the cloud: it can be set up quickly, scaled up for work-from-home demand and turned off when no longer needed.',
      source: vpnRemote2024('Remote work using Azure VPN Gateway point-to-site'),
      tags: ['p2s', 'work from home', 'scale'],
    },
    {
      id: 'p2s-mixed-os-openvpn-certificate',
      topic: 'point-to-site',
      title: 'Authentication for a mix of client operating systems',
      value:
        'Choose the authentication method from the client OSes in use; for a mix of OSes the article suggests OpenVPN with certificate authentication.',
      source: vpnRemote2024('Remote work using Azure VPN Gateway point-to-site'),
      tags: ['openvpn', 'certificate', 'mixed', 'os'],
    },
    // ───────────── issue 12, topic 7: transit for VPN clients (on-premises over S2S or ExpressRoute, BGP, Azure Route Server) ─────────────
    {
      id: 'route-server-no-p2s-er-transit',
      topic: 'point-to-site',
      title: 'Azure Route Server and transit between ExpressRoute and point-to-site',
      value:
        'Not supported: with branch-to-branch on, Route Server passes routes between ExpressRoute and site-to-site VPN connections only, so P2S users do not reach ExpressRoute-connected on-premises networks this way',
      source: ref('routeserver-route-server-faq-2025-09-17')(
        'Can Azure Route Server provide transit between ExpressRoute and a Point-to-Site (P2S) VPN gateway connection when enabling the branch-to-branch setting?',
      ),
      note: 'Earlier FAQ versions (2022 onward) say the same. In Virtual WAN, User VPN users and ExpressRoute sites reach each other by default (vwan-branch-to-branch-default).',
      tags: ['route server', 'expressroute', 'on-premises', 'on-prem', 'transit', 'branch-to-branch', 'p2s', 'not supported'],
    },
    {
      id: 'route-server-vpn-gateway-requirements',
      topic: 'point-to-site',
      title: 'What a VPN gateway needs to work with Azure Route Server',
      value: 'Active-active mode and ASN 65515; BGP does not have to be enabled on the VPN gateway',
      source: ref('routeserver-route-server-faq-2025-09-17')(
        'What are the requirements for an Azure VPN gateway to work with Azure Route Server?',
      ),
      tags: ['route server', 'active-active', 'asn', '65515', 'bgp', 'requirements'],
    },
    {
      id: 'route-server-gateway-downtime',
      topic: 'point-to-site',
      title: 'Gateway downtime when Azure Route Server is created or deleted',
      value: 10,
      unit: 'minutes',
      source: ref('routeserver-route-server-faq-2025-09-17')(
        'Does creating a Route Server affect the operation of existing virtual network gateways (VPN or ExpressRoute)?',
      ),
      note: 'Expect about 10 minutes of downtime on the VPN and ExpressRoute gateways of that virtual network (P2S users included); the deployment itself takes 30–60 minutes, so plan a 60-minute window.',
      tags: ['route server', 'downtime', 'maintenance window', 'vpn gateway'],
    },
    {
      id: 'route-server-branch-to-branch-default-off',
      topic: 'point-to-site',
      title: 'Route exchange between gateways through Azure Route Server',
      value: 'Off by default; routes between the gateways and NVAs are exchanged only after branch-to-branch is enabled',
      source: ref('routeserver-route-server-faq-2025-09-17')(
        'Does Azure Route Server exchange routes by default between NVAs and the virtual network gateways (VPN or ExpressRoute)?',
      ),
      tags: ['route server', 'branch-to-branch', 'route exchange', 'default'],
    },
    {
      id: 'route-server-prefers-expressroute',
      topic: 'point-to-site',
      title: 'Same route learned over ExpressRoute and VPN (Route Server)',
      value: 'ExpressRoute wins by default; routing preference can change the choice',
      source: ref('routeserver-route-server-faq-2025-09-17')(
        'When the same route is learned over ExpressRoute, VPN, or SD-WAN, which network is preferred?',
      ),
      tags: ['route server', 'expressroute', 'vpn', 'route preference', 'routing preference'],
    },
    {
      id: 'er-vpn-transit-route-server',
      topic: 'point-to-site',
      title: 'Transit between an ExpressRoute-connected site and a site-to-site VPN site',
      value: 'Possible through Azure Route Server; the VPN gateway must keep ASN 65515',
      source: ref('er-how-to-configure-coexisting-gateway-portal-2023-06-30')(
        'To enable transit routing between ExpressRoute and Azure VPN',
      ),
      note: 'This is site-to-site and ExpressRoute; point-to-site is left out (route-server-no-p2s-er-transit).',
      tags: ['expressroute', 's2s', 'transit', 'route server', 'coexistence', '65515'],
    },
    {
      id: 'er-vpn-transit-not-supported-2018',
      topic: 'point-to-site',
      title: 'Transit between ExpressRoute and site-to-site VPN sites (2018)',
      value: 'Not supported: Azure did not route between a site on ExpressRoute and a site on site-to-site VPN',
      source: ref('er-expressroute-howto-coexist-resource-manager-2018-06-05')('Limits and limitations'),
      status: 'superseded',
      supersededBy: 'er-vpn-transit-route-server',
      tags: ['expressroute', 's2s', 'transit'],
    },
    {
      id: 'p2s-on-er-coexistence-gateway',
      topic: 'point-to-site',
      title: 'Point-to-site on a VPN gateway that coexists with ExpressRoute',
      value: 'Supported: add the P2S configuration to the VPN gateway of the coexisting pair',
      source: ref('er-how-to-configure-coexisting-gateway-portal-2023-06-30')('To add point-to-site configuration to the VPN gateway'),
      note: 'Coexistence needs a route-based VPN gateway, not Basic, a gateway subnet of /27 or larger, and BGP between the two gateways. P2S users still do not transit to ExpressRoute sites through Route Server.',
      tags: ['expressroute', 'coexistence', 'coexist', 'p2s', 'same vnet', '/27'],
    },
    {
      id: 'p2s-with-multi-site-gateway',
      topic: 'point-to-site',
      title: 'Point-to-site on a gateway that also has site-to-site tunnels',
      value:
        'Supported: P2S works on a VPN gateway that connects several on-premises sites and other VNets; with BGP the gateway transits routes between its connections',
      source: faq2026('Can I use point-to-site VPNs with my virtual network with multiple VPN tunnels?'),
      note: 'Which networks P2S clients then reach, with and without BGP and per OS: see p2s-routing-branch-bgp and p2s-routing-multi-vnet-bgp. The gateway does not pass a default route on to other BGP peers.',
      tags: ['s2s', 'multi-site', 'on-premises', 'on-prem', 'bgp', 'transit', 'branch'],
    },
    {
      id: 'p2s-custom-routes-how',
      topic: 'point-to-site',
      title: 'How to push extra routes to P2S clients',
      value:
        'PowerShell: Set-AzVirtualNetworkGateway -CustomRoute with the prefixes (comma-separated); read them back from $gw.CustomRoutes; remove them all with -CustomRoute @0',
      source: ref('vpn-vpn-gateway-p2s-advertise-custom-routes-2021-04-29')('To advertise custom routes'),
      note: 'The article’s example sends the address of a storage endpoint through the tunnel instead of over the internet.',
      tags: ['custom routes', 'routes', 'powershell', 'advertise', 'CustomRoute', 'split tunnel'],
    },
  ],
};
