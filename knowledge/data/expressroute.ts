/**
 * ExpressRoute: the gateway SKU table (ErGw1Az–ErGw3Az and the ErGwScale bands), the ExpressRoute Direct port
 * table, and the facts of topic 'expressroute' — scalable-gateway rules, route and prefix limits, gateway
 * subnet, ExpressRoute Direct and circuits, coexistence with site-to-site VPN.
 * Main sources: the ExpressRoute virtual network gateway, gateway performance, ExpressRoute Direct and
 * remote-work articles (the versions cited are in `src` below and in sources.ts); the disagreements between
 * versions are conflict-46 … conflict-48 in conflicts.ts.
 *
 * How to add an entry:
 * - A gateway SKU or port row goes in `erGateways` / `erDirectPorts`; the loader turns each cell into a fact
 *   (see knowledge/derive.ts for the ids it builds, e.g. `ergw2az-throughput`). Don't also write those facts.
 * - Anything else is a fact in `facts` with topic 'expressroute': a stable kebab-case id, a short title, the
 *   value (number with `unit`, or a text rule as a string), the source version (`src.*` below, or a new
 *   SourceRef following the README id rule) and a note in our own words.
 * - A value the sources don't give: `value: null` and `unknown: 'why'`.
 * - An older value: its own fact with `status: 'superseded'`, `supersededBy` and its older source;
 *   add `conflict: 'conflict-NN'` when an entry in conflicts.ts covers it.
 */
import type { DataModule } from '../model';
import type { SourceRef } from '../schema';

const ref = (sourceId: string, section: string): SourceRef => ({ sourceId, section });

const src = {
  // ExpressRoute gateways
  erGwFeatures: ref('er-expressroute-about-virtual-network-gateways-2026-09-05', 'Feature support and circuit connections'),
  erGwPerf: ref('er-expressroute-about-virtual-network-gateways-2026-09-05', 'Performance / scale limits'),
  erGw2023: ref('er-expressroute-about-virtual-network-gateways-2023-11-16', 'Performance / scale limits'),
  erGwPerf2024: ref('inc-expressroute-gateway-performance-include-2024-07-09', 'Performance / scale limits'),
  // ExpressRoute Direct and circuits
  erDirect: ref('er-expressroute-erdirect-about-2024-03-28', 'ExpressRoute Direct and circuits'),
  erRemote: ref('er-work-remotely-support-2020-03-22', 'ExpressRoute Direct and circuits'),
  erIntroOld: ref('er-expressroute-introduction-undated', 'ExpressRoute Direct and circuits'),
  // Umbrella article (seed-002), headings of the seed
  umbrellaGlobal: ref('seed-002', 'Extend employee connections to access globally distributed resources'),
  // VPN Gateway topology and design (seed-003 is an undated copy of this article)
  designCoexist: ref('vpn-design-2025-01-15', 'Site-to-site and ExpressRoute coexisting connections'),
};

const ergwScaleNote =
  'Throughput, packets per second, supported VMs and flows are per scale unit; routes learned is the total for the gateway. ' +
  'Circuit connections step up with scale units (see ergwscale-4-circuits-min-units, ergwscale-8-circuits-min-units, ergwscale-16-circuits-min-units): ' +
  'the row carries the highest step. FastPath needs a minimum number of scale units (ergwscale-fastpath-min-units). ' +
  'Routes learned changed between versions (conflict-46); per-unit bands changed too (conflict-47).';

export const expressroute: DataModule = {
  file: 'knowledge/data/expressroute.ts',

  // The steps in which ErGwScale's circuit connections grow with its scale units (derived facts
  // `ergwscale-<circuits>-circuits-min-units`); the rules read the steps from here, never a list of their own.
  erScaleCircuitSteps: [
    { circuits: 4, minUnits: 1, source: src.erGwFeatures },
    { circuits: 8, minUnits: 2, source: src.erGwFeatures },
    { circuits: 16, minUnits: 10, source: src.erGwFeatures },
  ],

  erGateways: [
    {
      id: 'ergw1az',
      name: 'Standard / ErGw1Az',
      tier: 1,
      mbps: 1000,
      packetsPerSecond: 100000,
      supportedVms: 2000,
      flows: 200000,
      routesLearned: 4000,
      maxCircuits: 4,
      fastPath: false,
      vpnCoexistence: true,
      source: src.erGwPerf,
      note: 'Feature columns (coexistence, FastPath, circuit connections) come from the feature table of the same article version.',
    },
    {
      id: 'ergw2az',
      name: 'High Performance / ErGw2Az',
      tier: 2,
      mbps: 2000,
      packetsPerSecond: 200000,
      supportedVms: 4500,
      flows: 400000,
      routesLearned: 9500,
      maxCircuits: 8,
      fastPath: false,
      vpnCoexistence: true,
      source: src.erGwPerf,
      note: 'Feature columns (coexistence, FastPath, circuit connections) come from the feature table of the same article version.',
    },
    {
      id: 'ergw3az',
      name: 'Ultra Performance / ErGw3Az',
      tier: 3,
      mbps: 10000,
      packetsPerSecond: 1000000,
      supportedVms: 11000,
      flows: 1000000,
      routesLearned: 9500,
      maxCircuits: 16,
      fastPath: true,
      vpnCoexistence: true,
      source: src.erGwPerf,
      note: 'Feature columns (coexistence, FastPath, circuit connections) come from the feature table of the same article version.',
    },
    {
      id: 'ergwscale-1-10',
      name: 'ErGwScale (scale units 1–10)',
      tier: 4,
      mbps: 1000,
      packetsPerSecond: 100000,
      supportedVms: 2000,
      flows: 100000,
      routesLearned: 9500,
      maxCircuits: 16,
      fastPath: true,
      vpnCoexistence: true,
      scaleUnits: { min: 1, max: 10 },
      source: src.erGwPerf,
      note: `${ergwScaleNote} In this band FastPath is only reached at the top unit count.`,
    },
    {
      id: 'ergwscale-11-40',
      name: 'ErGwScale (scale units 11–40)',
      tier: 5,
      mbps: 1000,
      packetsPerSecond: 200000,
      supportedVms: 1000,
      flows: 100000,
      routesLearned: 9500,
      maxCircuits: 16,
      fastPath: true,
      vpnCoexistence: true,
      scaleUnits: { min: 11, max: 40 },
      source: src.erGwPerf,
      note: ergwScaleNote,
    },
  ],

  erDirectPorts: [
    { id: 'er-direct-10g', portGbps: 10, circuitGbps: [1, 2, 5, 10], subscribedGbps: 20, source: src.erDirect },
    { id: 'er-direct-100g', portGbps: 100, circuitGbps: [5, 10, 40, 100], subscribedGbps: 200, source: src.erDirect },
  ],

  facts: [
    // ───────────────────────── ExpressRoute gateways ─────────────────────────
    {
      id: 'er-same-peering-location-circuits-max',
      topic: 'expressroute',
      title: 'Circuits from the same peering location to one virtual network',
      value: 4,
      unit: 'circuits',
      source: src.erGwFeatures,
      note: 'Applies to every gateway SKU; the 2023-11-16 version says the same.',
      tags: ['circuits', 'peering location'],
    },
    {
      id: 'ergwscale-fastpath-min-units',
      topic: 'expressroute',
      title: 'ErGwScale: scale units needed for FastPath',
      value: 10,
      unit: 'scale units',
      source: src.erGwFeatures,
      tags: ['ergwscale', 'fastpath'],
    },
    {
      id: 'ergwscale-max-units',
      topic: 'expressroute',
      title: 'ErGwScale: maximum scale units',
      value: 40,
      unit: 'scale units',
      source: src.erGw2023,
      note: 'Scale units run from one up to this maximum.',
      tags: ['ergwscale', 'scale units'],
    },
    {
      id: 'ergwscale-max-throughput',
      topic: 'expressroute',
      title: 'ErGwScale: throughput at maximum scale',
      value: 40,
      unit: 'Gbps',
      source: src.erGw2023,
      tags: ['ergwscale', 'throughput'],
    },
    {
      id: 'ergwscale-scaling-modes',
      topic: 'expressroute',
      title: 'ErGwScale: how it scales',
      value: 'Autoscale between a minimum and a maximum number of scale units, or a fixed number of units.',
      source: src.erGw2023,
      tags: ['ergwscale', 'autoscale'],
    },
    {
      id: 'ergwscale-scale-time',
      topic: 'expressroute',
      title: 'ErGwScale: duration of a scale operation',
      value: 30,
      unit: 'minutes',
      source: src.erGw2023,
      note: 'Up to this long.',
      tags: ['ergwscale', 'scale time'],
    },
    {
      id: 'ergwscale-public-ip',
      topic: 'expressroute',
      title: 'ErGwScale: public IP SKU',
      value: 'Standard public IP only; Basic public IP is not supported.',
      source: src.erGw2023,
      tags: ['ergwscale', 'public ip'],
    },
    {
      id: 'ergwscale-cps-per-unit',
      topic: 'expressroute',
      title: 'ErGwScale: connections per second per scale unit (2023 preview sample)',
      value: 7000,
      unit: 'connections/s',
      source: src.erGw2023,
      note: 'From the preview sample table; later versions read do not restate a connections-per-second figure.',
      tags: ['ergwscale', 'cps'],
    },
    {
      id: 'ergwscale-preview-sample-2023',
      topic: 'expressroute',
      title: 'ErGwScale sample capacities (2023 preview)',
      value:
        '10 scale units: 10 Gbps, 1,000,000 packets/s, 70,000 connections/s, 20,000 VM connections; 40 scale units: 40 Gbps, 4,000,000 packets/s, 280,000 connections/s, 80,000 VMs',
      source: src.erGw2023,
      status: 'superseded',
      supersededBy: 'ergwscale-11-40-pps',
      note: 'The 40-unit figures assume the same per-unit capacity across all units; the newest version splits units into two bands with different per-unit values.',
      tags: ['ergwscale', 'preview'],
    },
    {
      id: 'ergwscale-routes-2024',
      topic: 'expressroute',
      title: 'ErGwScale: routes learned by the gateway (2024 include)',
      value: 60000,
      unit: 'routes',
      source: src.erGwPerf2024,
      status: 'superseded',
      supersededBy: 'ergwscale-1-10-routes',
      conflict: 'conflict-46',
      note: 'The newest gateway article gives a much lower total per gateway.',
      tags: ['ergwscale', 'routes'],
    },
    {
      id: 'ergwscale-pps-per-unit-2024',
      topic: 'expressroute',
      title: 'ErGwScale: packets per second per scale unit, all units (2024 include)',
      value: 100000,
      unit: 'packets/s',
      source: src.erGwPerf2024,
      status: 'superseded',
      supersededBy: 'ergwscale-11-40-pps',
      conflict: 'conflict-47',
      note: 'The 2024 include used one band for every scale unit; the newest article gives units above ten a different value.',
      tags: ['ergwscale', 'pps'],
    },
    {
      id: 'ergwscale-supported-vms-per-unit-2024',
      topic: 'expressroute',
      title: 'ErGwScale: supported VMs per scale unit, all units (2024 include)',
      value: 2000,
      unit: 'VMs',
      source: src.erGwPerf2024,
      status: 'superseded',
      supersededBy: 'ergwscale-11-40-supported-vms',
      conflict: 'conflict-47',
      tags: ['ergwscale', 'vms'],
    },
    {
      id: 'er-routes-max',
      topic: 'expressroute',
      title: 'Routes ExpressRoute supports in total',
      value: 11000,
      unit: 'routes',
      source: src.erGwPerf,
      note: 'Counts virtual network address spaces, on-premises prefixes and peerings together.',
      tags: ['routes', 'limit'],
    },
    {
      id: 'er-gateway-advertised-routes-max',
      topic: 'expressroute',
      title: 'Routes an ExpressRoute gateway advertises',
      value: 1000,
      unit: 'routes',
      source: src.erGwPerf,
      tags: ['routes', 'advertise'],
    },
    {
      id: 'er-private-peering-ipv4-prefixes-advertised',
      topic: 'expressroute',
      title: 'Private peering: IPv4 prefixes advertised from the virtual network to on-premises',
      value: 1000,
      unit: 'prefixes',
      source: src.erGwPerf,
      tags: ['private peering', 'ipv4', 'prefixes'],
    },
    {
      id: 'er-private-peering-ipv6-prefixes-advertised',
      topic: 'expressroute',
      title: 'Private peering: IPv6 prefixes advertised from the virtual network to on-premises',
      value: 100,
      unit: 'prefixes',
      source: src.erGwPerf,
      tags: ['private peering', 'ipv6', 'prefixes'],
    },
    {
      id: 'er-max-packet-size',
      topic: 'expressroute',
      title: 'Largest TCP/UDP packet through an ExpressRoute gateway',
      value: 1400,
      unit: 'bytes',
      source: src.erGwPerf,
      note: 'ExpressRoute gateways do not handle fragmented packets; FastPath traffic bypasses the gateway.',
      tags: ['mtu', 'packet size', 'fragmentation'],
    },
    {
      id: 'er-private-endpoint-note',
      topic: 'expressroute',
      title: 'Private endpoint traffic through an ExpressRoute gateway',
      value:
        'Throughput and control-plane capacity may be about half; expect intermittent issues during maintenance and set the TCP timeout to 15–30 seconds.',
      source: src.erGwPerf,
      tags: ['private endpoint', 'private link', 'timeout'],
    },
    {
      id: 'er-route-server-vms',
      topic: 'expressroute',
      title: 'VMs Azure Route Server supports',
      value: 4000,
      unit: 'VMs',
      source: src.erGwPerf,
      note: 'Includes VMs in peered virtual networks.',
      tags: ['route server', 'vms'],
    },
    {
      id: 'er-gateway-subnet-min-prefix',
      topic: 'expressroute',
      title: 'GatewaySubnet size for an ExpressRoute gateway',
      value: 27,
      unit: 'prefix length',
      source: src.erGwPerf,
      note: 'A /27 or larger; connecting the highest number of circuits needs more (er-gateway-subnet-16-circuits-prefix).',
      tags: ['gateway subnet', '/27'],
    },
    {
      id: 'er-gateway-subnet-16-circuits-prefix',
      topic: 'expressroute',
      title: 'GatewaySubnet size needed to connect 16 circuits',
      value: 26,
      unit: 'prefix length',
      source: src.erGwPerf,
      tags: ['gateway subnet', '/26', 'circuits'],
    },
    {
      id: 'er-gateway-subnet-ipv6-prefix',
      topic: 'expressroute',
      title: 'GatewaySubnet IPv6 range for dual stack',
      value: 64,
      unit: 'prefix length',
      source: src.erGwPerf,
      note: 'A /64 or larger IPv6 range.',
      tags: ['gateway subnet', 'ipv6', 'dual stack'],
    },
    {
      id: 'er-vnet-peerings-max',
      topic: 'expressroute',
      title: 'Virtual network peerings of a network that has an ExpressRoute gateway',
      value: 500,
      unit: 'peerings',
      source: src.erGw2023,
      tags: ['peering', 'vnet'],
    },
    {
      id: 'er-gateway-upgrade-rules',
      topic: 'expressroute',
      title: 'Changing an ExpressRoute gateway SKU',
      value:
        'Upgrades stay within a family (non-AZ to non-AZ, AZ to AZ); non-AZ to AZ goes through the ExpressRoute gateway migration experience; any other change means deleting and recreating the gateway, with downtime.',
      source: src.erGwPerf,
      tags: ['upgrade', 'migration', 'sku'],
    },
    {
      id: 'er-gateway-public-ip',
      topic: 'expressroute',
      title: 'ExpressRoute gateway public IP',
      value: 'The public IP can be auto-assigned (not for Virtual WAN); a gateway with an auto-assigned IP is always zone-redundant.',
      source: src.erGwPerf,
      tags: ['public ip', 'zone-redundant'],
    },
    {
      id: 'er-vnet-to-vnet-transit-disabled',
      topic: 'expressroute',
      title: 'VNet-to-VNet traffic over an ExpressRoute circuit',
      value: 'VNet-to-VNet and VNet-to-Virtual-WAN traffic through an ExpressRoute circuit is disabled by default on all gateway SKUs.',
      source: src.erGwPerf,
      tags: ['transit', 'vnet-to-vnet'],
    },

    // ───────────────────────── ExpressRoute Direct and circuits ─────────────────────────
    {
      id: 'er-direct-line-rates',
      topic: 'expressroute',
      title: 'ExpressRoute Direct port pair speeds',
      value: 'dual 10 Gbps or dual 100 Gbps',
      source: src.erDirect,
      conflict: 'conflict-48',
      note: 'Ports come as active/active pairs. The umbrella remote-work article states the same two options.',
      tags: ['expressroute direct', 'port', '10 gbps', '100 gbps'],
    },
    {
      id: 'er-direct-line-rates-older',
      topic: 'expressroute',
      title: 'ExpressRoute Direct port speeds (older overview)',
      value: '100 Gbps only',
      source: src.erIntroOld,
      status: 'superseded',
      supersededBy: 'er-direct-line-rates',
      conflict: 'conflict-48',
      note: 'An older ExpressRoute overview mentioned only dual 100 Gbps ports.',
      tags: ['expressroute direct', 'port'],
    },
    {
      id: 'er-direct-oversubscription',
      topic: 'expressroute',
      title: 'ExpressRoute Direct over-subscription',
      value:
        'Provisioning circuits beyond the port speed, up to the subscribed bandwidth, is configured only through PowerShell or the Azure CLI.',
      source: src.erDirect,
      tags: ['expressroute direct', 'oversubscription'],
    },
    {
      id: 'er-direct-physical',
      topic: 'expressroute',
      title: 'ExpressRoute Direct physical requirements',
      value:
        'Dual 10 or 100 GbE across a router pair; single-mode LR fibre (QSFP-100G-LR-4 for 100G); IPv4 and IPv6; IP MTU 1500; Dot1Q or QinQ tagging; BFD optional (on by default for private peering).',
      source: src.erDirect,
      tags: ['expressroute direct', 'fiber', 'mtu', 'bfd', 'qinq'],
    },
    {
      id: 'er-direct-enrolment',
      topic: 'expressroute',
      title: 'Enrolling for ExpressRoute Direct',
      value: 'Register the AllowExpressRoutePorts feature on the subscription.',
      source: src.erDirect,
      tags: ['expressroute direct', 'feature registration', 'AllowExpressRoutePorts'],
    },
    {
      id: 'er-provider-circuit-range',
      topic: 'expressroute',
      title: 'Provider-based circuit bandwidths',
      value: '50 Mbps – 10 Gbps',
      source: src.erDirect,
      note: 'Circuits ordered through a connectivity provider; larger circuits need ExpressRoute Direct.',
      tags: ['circuit', 'bandwidth', 'provider'],
    },
    {
      id: 'er-circuit-bandwidth-increase',
      topic: 'expressroute',
      title: 'Raising the bandwidth of an existing circuit',
      value: 'The bandwidth of an existing circuit can be increased in place.',
      source: src.erRemote,
      tags: ['circuit', 'bandwidth', 'upgrade'],
    },
    {
      id: 'er-not-over-internet',
      topic: 'expressroute',
      title: 'ExpressRoute does not cross the public internet',
      value:
        'ExpressRoute is private connectivity between Microsoft datacenters and your premises or colocation; it does not traverse the public internet and gives lower, more consistent latency.',
      source: src.erRemote,
      tags: ['private', 'internet', 'latency'],
    },
    {
      id: 'er-peering-types',
      topic: 'expressroute',
      title: 'ExpressRoute peerings used for remote work',
      value:
        'Private peering connects Azure deployments with on-premises or colocation networks; Microsoft peering reaches Microsoft public endpoints from on-premises.',
      source: src.umbrellaGlobal,
      tags: ['private peering', 'microsoft peering'],
    },
    {
      id: 'er-partner-ecosystem',
      topic: 'expressroute',
      title: 'Faster large-bandwidth setup through existing providers',
      value:
        'Using a network provider already in the ExpressRoute partner ecosystem can shorten the time to get large-bandwidth connections to Microsoft.',
      source: src.umbrellaGlobal,
      tags: ['provider', 'partner'],
    },

    // ───────────────────────── VPN Gateway topology and design ─────────────────────────
    {
      id: 'design-s2s-er-coexistence',
      topic: 'expressroute',
      title: 'Site-to-site VPN and ExpressRoute in one virtual network',
      value:
        'Needs two gateways in the same virtual network, one of type Vpn and one of type ExpressRoute. Site-to-site can then be a secure failover path for ExpressRoute or reach sites that are not on ExpressRoute.',
      source: src.designCoexist,
      note: 'Site-to-site traffic is encrypted over the internet; ExpressRoute is private and does not cross the internet.',
      tags: ['coexistence', 'failover', 'backup', 'expressroute', 's2s'],
    },
  ],
};
