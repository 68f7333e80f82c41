/**
 * Azure Virtual WAN: the User VPN (point-to-site) scale-unit table, the client-address-pool table, Basic vs
 * Standard virtual WANs, and the hub facts that are not table cells (per-hub limits, site-to-site and
 * ExpressRoute gateways in a hub, address-pool rules, User VPN server settings, routing infrastructure units,
 * older values kept as history).
 * Reference: /work/shared/reference/virtual-wan.md and rows 32–43 of version-conflicts.md; seeds seed-000
 * (remote-work article, 2025) and seed-001 (overview, 2019).
 * Route limits (IKEv2 255 / OpenVPN 1,000), User VPN authentication per tunnel type and client OS versions live
 * in point-to-site.ts; the seed-000 steps for on-premises access live in services.ts.
 *
 * To add an entry:
 * - a scale-unit row: add `{ units, instances, connections, throughputGbps, source }` to `userVpnScaleUnits`
 *   (the loader derives facts `vwan-user-vpn-su-<units>-connections` / `-throughput`);
 * - a pool row: add `{ unitsFrom, unitsTo, instances, maxClients, minPools, source }` to `poolRequirements`
 *   (derived fact `vwan-pools-su-<from>[-<to>]`);
 * - anything else: add a fact with topic 'virtual-wan' (numbers as numbers with a unit, rules as short strings
 *   in our own words); an older value becomes its own fact with status 'superseded' and its older source.
 */
import type { DataModule, EntryInput } from '../model';

type Fact = EntryInput<'facts'>;

const ref = (sourceId: string, section: string) => ({ sourceId, section });

// Sections: the reference table names (the reference names no headings of these documents).
const LIMITS_SEC = 'Per-hub and per-gateway limits';
const S2S_SEC = 'Site-to-site VPN in a hub';
const SU_SEC = 'User VPN (point-to-site) gateway scale units';
const SU_OLD_SEC = 'Older scale-unit tables';
const SU_CONCEPT_SEC = 'Scale-unit concept';
const POOLS_SEC = 'Client address pools for User VPN';
const SERVER_SEC = 'User VPN server configuration';
const ER_SEC = 'ExpressRoute in Virtual WAN';
const RIU_SEC = 'Hub router capacity (routing infrastructure units)';
const TYPES_SEC = 'Basic vs Standard Virtual WAN';

const LIMITS_2022 = ref('inc-virtual-wan-limits-2022-05-20', LIMITS_SEC);
const LIMITS_2025 = ref('inc-virtual-wan-limits-2025-04-07', LIMITS_SEC);
const LIMITS_2019_A = ref('inc-virtual-wan-limits-2019-09-26-a', LIMITS_SEC);
const FAQ = (section: string) => ref('vwan-virtual-wan-faq-2022-10-13', section);
const GW_SETTINGS = (section: string) => ref('vwan-gateway-settings-2025-03-26', section);
const POOLS_2023 = ref('vwan-about-client-address-pools-2023-02-15', POOLS_SEC);
const P2S_CONCEPTS = (section: string) => ref('vwan-point-to-site-concepts-2022-12-01', section);
const ER_ABOUT = ref('vwan-virtual-wan-expressroute-about-2022-12-13', ER_SEC);
const ER_PERF = ref('inc-virtual-wan-expressroute-performance-2022-03-04', ER_SEC);
const HUB_SETTINGS = ref('vwan-hub-settings-2023-08-24-a', RIU_SEC);
const UPGRADE = ref('vwan-upgrade-virtual-wan-2023-07-28', TYPES_SEC);

function fact(f: Omit<Fact, 'topic'>): Fact {
  return { topic: 'virtual-wan', ...f };
}

// §3a: scale unit → gateway instances (two per HA pair) → concurrent connections → aggregate throughput.
const SU_TABLE: Array<[number, number, number, number]> = [
  [1, 2, 500, 0.5], [2, 2, 500, 1], [3, 2, 500, 1.5],
  [4, 2, 1000, 2], [5, 2, 1000, 2.5], [6, 2, 1000, 3],
  [7, 2, 5000, 3.5], [8, 2, 5000, 4], [9, 2, 5000, 4.5], [10, 2, 5000, 5],
  [11, 2, 10000, 5.5], [12, 2, 10000, 6], [13, 2, 10000, 6.5], [14, 2, 10000, 7], [15, 2, 10000, 7.5],
  [16, 2, 10000, 8], [17, 2, 10000, 8.5], [18, 2, 10000, 9], [19, 2, 10000, 9.5], [20, 2, 10000, 10],
  [40, 4, 20000, 20], [60, 6, 30000, 30], [80, 8, 40000, 40], [100, 10, 50000, 50],
  [120, 12, 60000, 60], [140, 14, 70000, 70], [160, 16, 80000, 80], [180, 18, 90000, 90], [200, 20, 100000, 100],
];
const userVpnScaleUnits: EntryInput<'userVpnScaleUnits'>[] = SU_TABLE.map(([units, instances, connections, throughputGbps]) => ({
  units, instances, connections, throughputGbps, source: FAQ(SU_SEC),
}));

// §4a: pools per connection configuration; instances counted one per 10,000 users.
const poolRequirements: EntryInput<'poolRequirements'>[] = [
  { unitsFrom: 1, unitsTo: 20, instances: 1, maxClients: 10000, minPools: 1, source: POOLS_2023 },
  ...[40, 60, 80, 100, 120, 140, 160, 180, 200].map((u) => ({
    unitsFrom: u, unitsTo: u, instances: u / 20, maxClients: u * 500, minPools: u / 20, source: POOLS_2023,
  })),
];

const wanTypes: EntryInput<'wanTypes'>[] = [
  { id: 'vwan-basic', name: 'Basic', hubType: 'Basic', configurations: ['Site-to-site VPN'], source: ref('inc-virtual-wan-standard-basic-include-2019-10-20', TYPES_SEC) },
  {
    id: 'vwan-standard', name: 'Standard', hubType: 'Standard',
    configurations: ['ExpressRoute', 'User VPN (point-to-site)', 'Site-to-site VPN', 'Inter-hub and VNet-to-VNet transit through the hub', 'Azure Firewall', 'NVA in a virtual WAN'],
    source: UPGRADE,
  },
];

const facts: Fact[] = [
  // §1: per-hub and per-gateway limits
  fact({ id: 'vwan-hub-p2s-users', title: 'Point-to-site (User VPN) users per Virtual WAN hub', value: 100000, unit: 'users', source: LIMITS_2022, conflict: 'conflict-33', note: 'Also in the newer 2019 limits variant, the 2023 remote-work article and its 2025 version (seed-000). Reached at 200 scale units.', tags: ['p2s', 'remote users', 'concurrent', '100000', 'hub'] }),
  fact({ id: 'vwan-hub-p2s-users-2019', title: 'Point-to-site users per Virtual WAN hub (2019 limits)', value: 10000, unit: 'users', source: LIMITS_2019_A, status: 'superseded', supersededBy: 'vwan-hub-p2s-users', conflict: 'conflict-33', note: 'The 2020 remote-work article also said 10,000.' }),
  fact({ id: 'vwan-hub-branch-connections', title: 'VPN (branch) connections per Virtual WAN hub', value: 1000, unit: 'connections', source: LIMITS_2022, note: 'seed-000 (2025) gives the same number.', tags: ['branches', 's2s', 'sites'] }),
  fact({ id: 'vwan-s2s-throughput-per-hub', title: 'Aggregate throughput of a hub site-to-site VPN gateway', value: 20, unit: 'Gbps', source: LIMITS_2022, tags: ['s2s', 'throughput'] }),
  fact({ id: 'vwan-s2s-connection-throughput', title: 'Throughput per Virtual WAN VPN connection (two tunnels)', value: 2, unit: 'Gbps', source: LIMITS_2022, note: '1 Gbps per IPsec tunnel (vwan-s2s-tunnel-throughput).', tags: ['s2s', 'connection', 'throughput'] }),
  fact({ id: 'vwan-s2s-tunnel-throughput', title: 'Throughput per IPsec tunnel of a Virtual WAN VPN connection', value: 1, unit: 'Gbps', source: LIMITS_2022, tags: ['s2s', 'tunnel', 'throughput'] }),
  fact({ id: 'vwan-user-vpn-throughput-per-hub', title: 'Aggregate throughput of a hub User VPN (point-to-site) gateway', value: 200, unit: 'Gbps', source: LIMITS_2022, conflict: 'conflict-34', note: 'The FAQ scale-unit table tops out at 100 Gbps (200 scale units), so the two current documents do not match. The 2025 limits include and the 2022 FAQ text keep 200 Gbps.', tags: ['p2s', 'user vpn', 'throughput'] }),
  fact({ id: 'vwan-user-vpn-throughput-per-hub-2019', title: 'Aggregate User VPN throughput per hub (2019 limits)', value: 20, unit: 'Gbps', source: LIMITS_2019_A, status: 'superseded', supersededBy: 'vwan-user-vpn-throughput-per-hub', conflict: 'conflict-34' }),
  fact({ id: 'vwan-er-throughput-per-hub', title: 'Aggregate throughput of a hub ExpressRoute gateway', value: 20, unit: 'Gbps', source: LIMITS_2022, note: '10 scale units of 2 Gbps.', tags: ['expressroute', 'throughput'] }),
  fact({ id: 'vwan-hub-er-circuits', title: 'ExpressRoute circuit connections per Virtual WAN hub', value: 8, unit: 'circuits', source: LIMITS_2025, conflict: 'conflict-35', note: 'At most 4 of them from one peering location (vwan-er-circuits-same-peering-location). The 2022 limits include also says 8.', tags: ['expressroute', 'circuits'] }),
  fact({ id: 'vwan-hub-er-circuits-2019', title: 'ExpressRoute circuits per Virtual WAN hub (2019 limits)', value: 4, unit: 'circuits', source: LIMITS_2019_A, status: 'superseded', supersededBy: 'vwan-hub-er-circuits', conflict: 'conflict-35' }),
  fact({ id: 'vwan-hub-er-circuits-work-remotely', title: 'ExpressRoute circuits per hub as the remote-work article states it', value: 4, unit: 'circuits', source: ref('seed-000', 'Additional information'), status: 'superseded', supersededBy: 'vwan-hub-er-circuits', conflict: 'conflict-35', note: 'The remote-work article (2020, 2023 and the 2025 seed) still says four; the limits include has said 8 since 2022. Four remains the cap per peering location.' }),
  fact({ id: 'vwan-hub-vnet-connections', title: 'VNet connections per Virtual WAN hub', value: '500 minus the number of hubs in the virtual WAN (without Routing Intent)', source: LIMITS_2025, conflict: 'conflict-43', note: 'The 2022 limits include gave "500 minus the total number of hubs" without the Routing Intent qualifier; the remote-work article (seed-000) says up to 500. With Routing Intent private routing policies the limit is on address spaces instead (vwan-routing-intent-address-spaces-max).', tags: ['vnet connections', 'spokes', '500'] }),
  fact({ id: 'vwan-routing-intent-address-spaces-max', title: 'Address spaces across VNets connected to one hub with Routing Intent private routing policies', value: 600, unit: 'address spaces', source: LIMITS_2025, conflict: 'conflict-43', tags: ['routing intent', 'address space'] }),
  fact({ id: 'vwan-hub-router-throughput', title: 'Aggregate throughput of the hub router (VNet-to-VNet transit)', value: 50, unit: 'Gbps', source: LIMITS_2022, tags: ['hub router', 'transit', 'throughput'] }),
  fact({ id: 'vwan-hub-routes-max', title: 'Routes a hub accepts from connected resources', value: 10000, unit: 'routes', source: LIMITS_2022, note: 'Regardless of hub capacity (routing infrastructure units); the 2023 hub settings article says the same.', tags: ['routes', 'hub'] }),
  fact({ id: 'vwan-hubs-per-region', title: 'Virtual WAN hubs per region', value: 'multiple', source: FAQ(LIMITS_SEC), conflict: 'conflict-32', note: 'The 2023 remote-work article and its 2025 version (seed-000) also say several hubs per region are allowed.', tags: ['hubs', 'region'] }),
  fact({ id: 'vwan-hubs-per-region-2019', title: 'Virtual WAN hubs per region (2019)', value: 1, unit: 'hubs', source: ref('seed-001', 'Virtual WAN resources'), status: 'superseded', supersededBy: 'vwan-hubs-per-region', conflict: 'conflict-32', note: 'The 2019 overview says one hub per Azure region; the older 2019 limits variant and the 2020 remote-work article say the same.' }),
  fact({ id: 'vwan-hubs-per-wan-2019', title: 'Virtual WAN hubs per virtual WAN (2019 limits)', value: 'One per Azure region', source: LIMITS_2019_A, status: 'superseded', supersededBy: 'vwan-hubs-per-region', conflict: 'conflict-32' }),

  // §2: site-to-site VPN in a hub
  fact({ id: 'vwan-s2s-scale-unit-mbps', title: 'Site-to-site VPN scale unit', value: 500, unit: 'Mbps', source: GW_SETTINGS(S2S_SEC), note: 'One scale unit creates two instances for redundancy, each carrying up to 500 Mbps. The 2022 FAQ: 10 scale units = 5 Gbps.', tags: ['s2s', 'scale unit'] }),
  fact({ id: 'vwan-s2s-tunnels-per-hub', title: 'IPsec tunnels per hub (1,000 connections)', value: 2000, unit: 'tunnels', source: FAQ(S2S_SEC), tags: ['s2s', 'tunnels'] }),
  fact({ id: 'vwan-s2s-links-per-connection', title: 'Links per Virtual WAN VPN connection', value: 4, unit: 'links', source: FAQ(S2S_SEC), tags: ['s2s', 'links'] }),
  fact({ id: 'vwan-s2s-tunnels-per-link', title: 'Tunnels per link (active-active)', value: 2, unit: 'tunnels', source: FAQ(S2S_SEC), note: 'The 2019 overview (seed-001) also describes a site-to-site connection as two active tunnels.', tags: ['s2s', 'active-active'] }),
  fact({ id: 'vwan-s2s-tunnels-per-instance-max', title: 'Tunnels terminating on one active gateway instance', value: 1000, unit: 'tunnels', source: FAQ(S2S_SEC), tags: ['s2s', 'tunnels', 'instance'] }),
  fact({ id: 'vwan-s2s-gcm-tunnel-throughput-max', title: 'Maximum throughput of one GCM tunnel', value: 1.25, unit: 'Gbps', source: FAQ(S2S_SEC), tags: ['s2s', 'gcm', 'tunnel'] }),
  fact({ id: 'vwan-s2s-recommended-algorithm', title: 'Recommended IPsec algorithm for Virtual WAN site-to-site', value: 'GCMAES256', source: FAQ(S2S_SEC), tags: ['s2s', 'gcmaes256', 'ipsec'] }),
  fact({ id: 'vwan-s2s-pps-per-scale-unit', title: 'Packets per second of one site-to-site scale unit (1,400-byte packets, minimum per instance)', value: 47000, unit: 'packets/s', source: FAQ(S2S_SEC), note: 'The FAQ gives it as an example for 1 scale unit (500 Mbps).', tags: ['s2s', 'pps'] }),
  fact({ id: 'vwan-s2s-sizing-example', title: 'Sizing example: hub throughput needed for 5 branches at 10 Mbps each', value: 50, unit: 'Mbps', source: GW_SETTINGS(S2S_SEC), tags: ['s2s', 'sizing'] }),
  fact({ id: 'vwan-s2s-ike-versions', title: 'IKE versions for Virtual WAN site-to-site', value: 'IKEv1 and IKEv2', source: ref('seed-001', 'Virtual WAN partner workflow'), note: 'BGP is optional (vwan-s2s-bgp-optional).', tags: ['s2s', 'ikev1', 'ikev2'] }),
  fact({ id: 'vwan-s2s-bgp-optional', title: 'BGP on Virtual WAN site-to-site connections', value: 'optional', source: ref('seed-001', 'Virtual WAN partner workflow'), tags: ['s2s', 'bgp'] }),
  fact({ id: 'vwan-faq-vpn-gateway-30-tunnels', title: 'VPN Gateway tunnel limit as the Virtual WAN FAQ cites it', value: 30, unit: 'tunnels', source: FAQ(S2S_SEC), status: 'superseded', supersededBy: 'vpngw4az-gen2-s2s-tunnels', conflict: 'conflict-41', note: 'The FAQ advises Virtual WAN for large-scale VPN because a VPN gateway is limited to 30 tunnels; VpnGw4/5 (and AZ) allow 100 since the 06/04/2022 SKU table.' }),

  // §3: User VPN scale units (the table itself is in userVpnScaleUnits)
  fact({ id: 'vwan-user-vpn-scale-unit-pair', title: 'What one User VPN scale unit deploys', value: 'An active-active pair of gateway instances; plan for the stated connection count, since one instance can be taken out for servicing', source: FAQ(SU_SEC), note: 'Two instances could in theory carry twice the stated connections at 1 scale unit, but the FAQ says to plan for the table value.', tags: ['scale unit', 'active-active', 'instances'] }),
  fact({ id: 'vwan-user-vpn-users-per-added-pair', title: 'Users each added highly available pair supports above 20 scale units', value: 10000, unit: 'users', source: FAQ(SU_SEC), note: 'Example from the FAQ: 100 scale units = 5 pairs = 10 instances = 50,000 users.', tags: ['scale unit', 'pairs', '10000'] }),
  fact({ id: 'vwan-user-vpn-instance-counting', title: 'How the documents count User VPN gateway instances', value: 'The FAQ counts instances (2 for 1–20 scale units, 4 for 40, … 20 for 200); the address-pool article counts one per 10,000 users (1 for 1–20, 2 for 40, … 10 for 200)', source: POOLS_2023, conflict: 'conflict-38', note: 'The capacity per 10,000 users is the same in both; only the counting differs. The 2021 address-pool article also gave 5 instances for 100 scale units. For address pools use the address-pool count.', tags: ['instances', 'pairs', 'address pool'] }),
  fact({ id: 'vwan-scale-unit-change-downtime', title: 'Changing User VPN scale units or the point-to-site configuration', value: 'Plan for downtime when changing scale units or the P2S configuration', source: FAQ(SU_SEC), tags: ['scale unit', 'downtime', 'change'] }),
  fact({ id: 'vwan-user-vpn-throughput-per-scale-unit', title: 'User VPN throughput per scale unit', value: 500, unit: 'Mbps', source: ref('vwan-virtual-wan-point-to-site-portal-2020-04-16', SU_OLD_SEC), note: '20 scale units = 10 Gbps; the 2022 FAQ table gives the same 0.5 Gbps per unit.', tags: ['scale unit', 'throughput'] }),
  fact({ id: 'vwan-user-vpn-su-11-12-connections-2020', title: 'User VPN connections for scale units 11–12 (older tables)', value: 5000, unit: 'connections', source: ref('vwan-virtual-wan-point-to-site-portal-2020-04-16', SU_OLD_SEC), status: 'superseded', supersededBy: 'vwan-user-vpn-su-11-connections', conflict: 'conflict-36', note: 'The 2020 portal tutorial and older FAQ versions grouped 7–12 at 5,000; the 2022 FAQ gives 10,000 from 11.' }),
  fact({ id: 'vwan-user-vpn-10000-band-13-18', title: 'Scale units supporting up to 10,000 users (older FAQ wording "13–18")', value: '13–18', source: ref('vwan-virtual-wan-faq-undated-a', SU_OLD_SEC), status: 'superseded', supersededBy: 'vwan-user-vpn-su-11-connections', conflict: 'conflict-37', note: 'The 2022 FAQ table gives 10,000 for 11–20.' }),
  fact({ id: 'vwan-user-vpn-10000-band-13-20', title: 'Scale units supporting up to 10,000 users (older FAQ wording "13–20")', value: '13–20', source: ref('vwan-virtual-wan-faq-undated-b', SU_OLD_SEC), status: 'superseded', supersededBy: 'vwan-user-vpn-su-11-connections', conflict: 'conflict-37', note: 'The 2020 portal tutorial also put 13–20 at 10,000. The 2022 FAQ table gives 10,000 for 11–20.' }),
  fact({ id: 'vwan-user-vpn-max-scale-units', title: 'Maximum User VPN gateway scale units', value: 200, unit: 'scale units', source: P2S_CONCEPTS(SU_CONCEPT_SEC), note: 'Scale units range from 1 to 200.', tags: ['scale unit', 'maximum'] }),
  fact({ id: 'vwan-user-vpn-users-range', title: 'Users one User VPN gateway supports, from 1 to 200 scale units', value: '500–100,000', unit: 'users', source: P2S_CONCEPTS(SU_CONCEPT_SEC), tags: ['scale unit', 'users'] }),
  fact({ id: 'vwan-user-vpn-40-plus-pool-planning', title: 'Choosing 40 or more User VPN scale units', value: 'Plan the client address pools for the extra gateway instances', source: GW_SETTINGS(SU_CONCEPT_SEC), note: 'Scale units are set on the hub\'s point-to-site page.', tags: ['scale unit', 'address pool', '40'] }),
  fact({ id: 'vwan-p2s-s2s-gateways-separate', title: 'Point-to-site and site-to-site gateways in a hub', value: 'Separate gateways, deployed separately', source: FAQ(SU_CONCEPT_SEC), tags: ['p2s', 's2s', 'gateway'] }),

  // §4: client address pools (the per-scale-unit table is in poolRequirements)
  fact({ id: 'vwan-instance-max-connections', title: 'Concurrent connections one User VPN gateway instance serves', value: 10000, unit: 'connections', source: POOLS_2023, tags: ['instance', 'concurrent', '10000'] }),
  fact({ id: 'vwan-pool-min-addresses', title: 'Addresses each client address pool should hold', value: 10000, unit: 'addresses', source: POOLS_2023, conflict: 'conflict-40', note: 'At least 10,000 unique IPv4 addresses, one pool per instance; an instance that gets fewer addresses rejects new connections once they run out.', tags: ['address pool', 'ipv4', '10000'] }),
  fact({ id: 'vwan-pool-min-addresses-2021', title: 'Addresses each client address pool should hold (2021 wording: RFC1918)', value: 10000, unit: 'addresses', source: ref('inc-virtual-wan-allocating-p2s-pools-2021-01-12-b', POOLS_SEC), status: 'superseded', supersededBy: 'vwan-pool-min-addresses', conflict: 'conflict-40', note: 'The 2021 versions asked for 10,000 unique RFC1918 addresses; the 2023 article says IPv4 addresses.' }),
  fact({ id: 'vwan-pool-per-instance', title: 'Pools needed above 10,000 users', value: 'Virtual WAN adds a gateway instance per extra 10,000 users and load-balances connections across instances, so every instance needs at least one pool of its own', source: POOLS_2023, tags: ['address pool', 'instances'] }),
  fact({ id: 'vwan-pools-combined-round-robin', title: 'Pools smaller than 10,000 addresses', value: 'Combined round-robin onto one instance until it has 10,000 addresses (for example 5,000 + 8,000)', source: POOLS_2023, conflict: 'conflict-39', tags: ['address pool', 'combine', 'round-robin'] }),
  fact({ id: 'vwan-pools-not-combined-2021', title: 'Pools smaller than 10,000 addresses (2021 variant: not combined)', value: 'Pools cannot be shared; a small pool caps its instance (a /27 gives 32 addresses)', source: ref('inc-virtual-wan-allocating-p2s-pools-2021-01-12-a', POOLS_SEC), status: 'superseded', supersededBy: 'vwan-pools-combined-round-robin', conflict: 'conflict-39', note: 'Its example reached 20,032 users in total. The other 2021 variant and the 2021 and 2023 address-pool articles combine pools instead.' }),
  fact({ id: 'vwan-pool-never-split', title: 'Splitting one pool across instances', value: 'Never: a single pool always stays on one instance', source: POOLS_2023, tags: ['address pool', 'split'] }),
  fact({ id: 'vwan-pool-oversized-example', title: 'Worked example: concurrent users with 60 scale units and pools of 10,000 + 8,192 + 10,000 addresses', value: 28192, unit: 'concurrent users', source: POOLS_2023, note: 'The /19 pool (8,192) caps its instance below 10,000. Fix: enlarge that pool or add a small pool (for example a /21 of 2,048) that is combined with it.', tags: ['address pool', 'example', '60 scale units'] }),
  fact({ id: 'vwan-pool-maintenance-no-move', title: 'Pool of an instance under maintenance', value: 'Cannot move to another instance', source: POOLS_2023, tags: ['address pool', 'maintenance'] }),
  fact({ id: 'vwan-pools-per-instance-per-config', title: 'Pools with several connection configurations (user groups)', value: 'Each connection configuration needs at least one pool per gateway instance', source: POOLS_2023, note: 'No minimum scale unit for multiple pools; users re-download the VPN profile to use it.', tags: ['address pool', 'user groups', 'multi-pool'] }),
  fact({ id: 'vwan-multipool-example', title: 'Pools for 100 scale units (5 instances) and 3 connection configurations', value: 15, unit: 'pools', source: POOLS_2023, tags: ['address pool', 'user groups', 'example'] }),
  fact({ id: 'vwan-pool-no-overlap', title: 'Which ranges a client address pool may use', value: 'Any CIDR that does not overlap the hub address space, connected VNets or prefixes advertised from on-premises', source: P2S_CONCEPTS(POOLS_SEC), note: 'Pools must not overlap each other either; larger scale units may need several CIDR blocks.', tags: ['address pool', 'overlap', 'cidr'] }),
  fact({ id: 'vwan-pool-two-routes', title: 'Why a User VPN pool appears as two routes', value: 'Each gateway instance assigns client addresses on its own, so return traffic reaches the right instance', source: FAQ(POOLS_SEC), tags: ['address pool', 'routes'] }),
  fact({ id: 'vwan-user-groups-max', title: 'User groups referenced per point-to-site gateway', value: 90, unit: 'groups', source: ref('inc-virtual-wan-user-groups-considerations-2023-07-31', POOLS_SEC), note: 'A group assigned to several connection configurations counts once per configuration.', tags: ['user groups'] }),
  fact({ id: 'vwan-user-group-members-max', title: 'Policy/group members per point-to-site gateway', value: 390, unit: 'members', source: ref('inc-virtual-wan-user-groups-considerations-2023-07-31', POOLS_SEC), tags: ['user groups', 'members'] }),

  // §5: User VPN server configuration
  fact({ id: 'vwan-p2s-tunnel-types', title: 'Tunnel types of a Virtual WAN User VPN configuration', value: 'IKEv2, OpenVPN (no SSTP)', source: P2S_CONCEPTS(SERVER_SEC), note: 'IKEv2, OpenVPN or both. SSTP is not offered for Virtual WAN.', tags: ['ikev2', 'openvpn', 'sstp', 'user vpn'] }),
  fact({ id: 'vwan-cert-revocation', title: 'Revoking User VPN client certificates', value: 'Revoke each user certificate on its own; revoking a root or intermediate does not revoke the certificates under it', source: P2S_CONCEPTS(SERVER_SEC), tags: ['certificate', 'revocation'] }),
  fact({ id: 'vwan-radius-proxy', title: 'How a Virtual WAN User VPN gateway uses RADIUS', value: 'It acts as a proxy to the RADIUS (NPS) servers', source: P2S_CONCEPTS(SERVER_SEC), note: 'The "use remote/on-premises RADIUS server" setting decides where the proxy addresses come from: client pools when set, hub address space when not.', tags: ['radius', 'nps', 'proxy'] }),
  fact({ id: 'vwan-radius-servers-max', title: 'RADIUS servers per User VPN configuration (load-balanced)', value: 2, unit: 'servers', source: P2S_CONCEPTS(SERVER_SEC), tags: ['radius'] }),
  fact({ id: 'vwan-p2s-routing-preference', title: 'User VPN routing preference (Microsoft network or ISP)', value: 'Chosen at creation; cannot be changed afterwards', source: P2S_CONCEPTS(SERVER_SEC), tags: ['routing preference', 'internet'] }),
  fact({ id: 'vwan-p2s-default-route', title: 'Sending a default route (0.0.0.0/0) to User VPN clients', value: 'Supported (gateway option)', source: P2S_CONCEPTS(SERVER_SEC), tags: ['default route', 'force tunnel', '0.0.0.0/0'] }),
  fact({ id: 'vwan-p2s-custom-dns', title: 'Custom DNS servers for User VPN clients', value: 'Set them on the point-to-site gateway (preferred) or in the Azure VPN Client profile XML', source: FAQ(SERVER_SEC), note: 'The P2S concepts article (2022) also lists custom DNS as a gateway option.', tags: ['dns', 'profile'] }),
  fact({ id: 'vwan-p2s-clients', title: 'VPN clients for Virtual WAN User VPN', value: 'Azure VPN Client, OpenVPN client, or any IKEv2 client', source: FAQ(SERVER_SEC), note: 'Entra ID authentication only with the Azure VPN Client; the OpenVPN client uses certificates; IKEv2 clients use certificates or RADIUS. seed-000 (2025) names the same three clients.', tags: ['azure vpn client', 'openvpn client', 'ikev2 client'] }),

  // §6: ExpressRoute in Virtual WAN
  fact({ id: 'vwan-er-scale-unit-gbps', title: 'ExpressRoute scale unit in a hub', value: 2, unit: 'Gbps', source: FAQ(ER_SEC), tags: ['expressroute', 'scale unit'] }),
  fact({ id: 'vwan-er-scale-units-max', title: 'Maximum ExpressRoute scale units in a hub', value: 10, unit: 'scale units', source: ER_ABOUT, note: '10 × 2 Gbps = 20 Gbps per hub.', tags: ['expressroute', 'scale unit'] }),
  fact({ id: 'vwan-er-su-connections-per-second', title: 'ExpressRoute hub gateway: connections per second per scale unit', value: 14000, unit: 'connections/s', source: ER_PERF, tags: ['expressroute', 'cps'] }),
  fact({ id: 'vwan-er-su-mbps', title: 'ExpressRoute hub gateway: throughput per scale unit', value: 2000, unit: 'Mbps', source: ER_PERF, tags: ['expressroute', 'throughput'] }),
  fact({ id: 'vwan-er-su-pps', title: 'ExpressRoute hub gateway: packets per second per scale unit', value: 200000, unit: 'packets/s', source: ER_PERF, tags: ['expressroute', 'pps'] }),
  fact({ id: 'vwan-er-su-instances', title: 'ExpressRoute hub gateway: instances per scale unit', value: 2, unit: 'instances', source: ER_PERF, tags: ['expressroute', 'instances'] }),
  fact({ id: 'vwan-er-su-10-connections-per-second', title: 'ExpressRoute hub gateway at 10 scale units: connections per second', value: 140000, unit: 'connections/s', source: ER_PERF, tags: ['expressroute', 'cps'] }),
  fact({ id: 'vwan-er-su-10-mbps', title: 'ExpressRoute hub gateway at 10 scale units: throughput', value: 20000, unit: 'Mbps', source: ER_PERF, tags: ['expressroute', 'throughput'] }),
  fact({ id: 'vwan-er-su-10-pps', title: 'ExpressRoute hub gateway at 10 scale units: packets per second', value: 2000000, unit: 'packets/s', source: ER_PERF, tags: ['expressroute', 'pps'] }),
  fact({ id: 'vwan-er-su-10-instances', title: 'ExpressRoute hub gateway at 10 scale units: instances', value: 20, unit: 'instances', source: ER_PERF, tags: ['expressroute', 'instances'] }),
  fact({ id: 'vwan-er-su-maintenance', title: 'ExpressRoute hub gateway throughput during maintenance', value: 'Kept at 2–10 scale units; may vary at 1 scale unit', source: ER_PERF, tags: ['expressroute', 'maintenance'] }),
  fact({ id: 'vwan-er-circuits-same-peering-location', title: 'ExpressRoute circuits on one hub gateway from the same peering location', value: 4, unit: 'circuits', source: ER_ABOUT, conflict: 'conflict-35', note: 'Regardless of scale units.', tags: ['expressroute', 'circuits', 'peering location'] }),
  fact({ id: 'vwan-er-circuits-different-peering-locations', title: 'ExpressRoute circuits on one hub gateway from different peering locations', value: 8, unit: 'circuits', source: ER_ABOUT, conflict: 'conflict-35', note: 'Regardless of scale units.', tags: ['expressroute', 'circuits', 'peering location'] }),
  fact({ id: 'vwan-er-circuit-skus', title: 'ExpressRoute circuits that can connect to a hub', value: 'Local, Standard and Premium circuits, and ExpressRoute Direct circuits', source: ER_ABOUT, note: 'Local circuits only to hub gateways in the same region (vwan-er-local-circuit-same-region).', tags: ['expressroute', 'local', 'premium', 'direct'] }),
  fact({ id: 'vwan-er-local-circuit-same-region', title: 'ExpressRoute Local circuits and hubs', value: 'Connect only to hub gateways in the same region', source: ER_ABOUT, tags: ['expressroute', 'local'] }),
  fact({ id: 'vwan-er-routing-weight-range', title: 'Routing weight on a hub ExpressRoute connection', value: '0–32000 (higher is preferred)', source: ER_ABOUT, tags: ['expressroute', 'routing weight'] }),
  fact({ id: 'vwan-er-gateway-asn-fixed', title: 'ASN of a hub ExpressRoute gateway', value: 'Fixed (not configurable)', source: ER_ABOUT, tags: ['expressroute', 'asn'] }),
  fact({ id: 'vwan-er-preferred-over-vpn', title: 'Path a hub prefers when ExpressRoute and VPN both reach a prefix', value: 'ExpressRoute by default; hub routing preference can be set to ExpressRoute, VPN or AS Path', source: FAQ(ER_SEC), tags: ['expressroute', 'vpn', 'routing preference'] }),

  // §7: routing infrastructure units
  fact({ id: 'vwan-riu-default', title: 'Default hub capacity', value: 2, unit: 'routing infrastructure units', source: HUB_SETTINGS, tags: ['riu', 'hub capacity'] }),
  fact({ id: 'vwan-riu-default-gbps', title: 'Aggregate throughput at the default hub capacity (minimum)', value: 3, unit: 'Gbps', source: HUB_SETTINGS, tags: ['riu', 'throughput'] }),
  fact({ id: 'vwan-riu-default-vms', title: 'VMs across connected VNets at the default hub capacity', value: 2000, unit: 'VMs', source: HUB_SETTINGS, note: 'The limits include also gives 2,000 VMs per hub by default, raised through hub capacity.', tags: ['riu', 'vms'] }),
  fact({ id: 'vwan-riu-extra-gbps', title: 'Throughput each additional routing infrastructure unit adds', value: 1, unit: 'Gbps', source: HUB_SETTINGS, note: 'The table keeps 3 Gbps at 3 units (vwan-riu-3-gbps); from 4 units, n units give n Gbps.', tags: ['riu', 'throughput'] }),
  fact({ id: 'vwan-riu-extra-vms', title: 'VMs each additional routing infrastructure unit adds', value: 1000, unit: 'VMs', source: HUB_SETTINGS, tags: ['riu', 'vms'] }),
  fact({ id: 'vwan-riu-3-gbps', title: 'Aggregate throughput at 3 routing infrastructure units', value: 3, unit: 'Gbps', source: HUB_SETTINGS, note: '3,000 VMs at 3 units.', tags: ['riu'] }),
  fact({ id: 'vwan-riu-max', title: 'Maximum routing infrastructure units', value: 50, unit: 'routing infrastructure units', source: HUB_SETTINGS, tags: ['riu', 'maximum'] }),
  fact({ id: 'vwan-riu-max-gbps', title: 'Aggregate throughput at 50 routing infrastructure units', value: 50, unit: 'Gbps', source: HUB_SETTINGS, tags: ['riu', 'throughput'] }),
  fact({ id: 'vwan-riu-max-vms', title: 'VMs at 50 routing infrastructure units', value: 50000, unit: 'VMs', source: HUB_SETTINGS, tags: ['riu', 'vms'] }),
  fact({ id: 'vwan-riu-scale-out-time', title: 'Time to scale out to more routing infrastructure units (up to)', value: 25, unit: 'minutes', source: HUB_SETTINGS, note: 'Traffic keeps the current capacity meanwhile.', tags: ['riu', 'scale out'] }),
  fact({ id: 'vwan-single-tcp-flow', title: 'Single TCP flow rate above which performance may degrade', value: 1.5, unit: 'Gbps', source: HUB_SETTINGS, note: 'Regardless of routing infrastructure units.', tags: ['tcp flow', 'single flow'] }),
  fact({ id: 'vwan-hub-creation-time', title: 'Time to create a hub without gateways (about)', value: '5–7', unit: 'minutes', source: HUB_SETTINGS, tags: ['hub', 'deploy', 'how long'] }),
  fact({ id: 'vwan-hub-creation-time-with-gateway', title: 'Time to create a hub with a gateway (about)', value: 30, unit: 'minutes', source: HUB_SETTINGS, tags: ['hub', 'deploy', 'gateway'] }),
  fact({ id: 'vwan-hub-billing-starts-on-creation', title: 'When hub charges start', value: 'When the hub exists, even without gateways', source: HUB_SETTINGS, tags: ['pricing', 'hub'] }),
  fact({ id: 'vwan-hub-router-autoscaling', title: 'Hub router autoscaling', value: 'Scales on spoke VM use and data processed; never below the minimum units you set; not instantaneous; can affect private endpoint connectivity', source: ref('vwan-hub-settings-2023-08-24-b', RIU_SEC), tags: ['riu', 'autoscaling'] }),
  fact({ id: 'vwan-gateway-scale-units-separate-from-riu', title: 'Gateway scale units and routing infrastructure units', value: 'Separate: gateway scale units size the S2S/P2S/ExpressRoute gateways; routing infrastructure units size the hub router (throughput and VM count)', source: GW_SETTINGS(RIU_SEC), tags: ['scale unit', 'riu'] }),

  // §8: Basic vs Standard (the types are in wanTypes)
  fact({ id: 'vwan-standard-configurations', title: 'What a Standard virtual WAN offers', value: 'ExpressRoute, User VPN (point-to-site), site-to-site VPN, inter-hub and VNet-to-VNet transit, Azure Firewall, NVA in a virtual WAN', source: UPGRADE, conflict: 'conflict-42', tags: ['standard', 'features'] }),
  fact({ id: 'vwan-standard-configurations-2019', title: 'What a Standard virtual WAN offers (2019 list)', value: 'ExpressRoute, User VPN (point-to-site), site-to-site VPN, inter-hub and VNet-to-VNet transit', source: ref('inc-virtual-wan-standard-basic-include-2019-10-20', TYPES_SEC), status: 'superseded', supersededBy: 'vwan-standard-configurations', conflict: 'conflict-42' }),
  fact({ id: 'vwan-p2s-er-preview-2019', title: 'User VPN and ExpressRoute in Virtual WAN (2019 status)', value: 'Preview', source: ref('seed-001', 'Connectivity'), status: 'superseded', supersededBy: 'vwan-standard-configurations', note: 'The 2019 overview listed site-to-site as the only generally available connection type.' }),
  fact({ id: 'vwan-basic-no-p2s', title: 'Remote users (point-to-site) on a Basic virtual WAN', value: 'Not possible: Basic is site-to-site only; upgrade the virtual WAN to Standard', source: ref('seed-000', 'Existing basic Virtual WAN customer'), note: 'The 2023 version of the same article says the same.', tags: ['basic', 'p2s', 'upgrade'] }),
  fact({ id: 'vwan-upgrade-one-way', title: 'Changing the virtual WAN type', value: 'Basic to Standard only; Standard cannot go back to Basic', source: UPGRADE, note: 'The upgrade makes every hub in the virtual WAN Standard.', tags: ['upgrade', 'basic', 'standard'] }),
  fact({ id: 'vwan-basic-hubs-not-meshed', title: 'Hub-to-hub connectivity by type', value: 'Basic hubs are not meshed; Standard hubs are full mesh automatically', source: FAQ(TYPES_SEC), tags: ['mesh', 'basic', 'standard'] }),
  fact({ id: 'vwan-gateways-active-active-zones', title: 'How hub gateways are deployed', value: 'Active-active, across availability zones where the region has them (Azure Firewall excepted)', source: FAQ(TYPES_SEC), tags: ['active-active', 'zones'] }),
  fact({ id: 'vwan-branch-to-branch-default', title: 'Branch-to-branch traffic (VPN, ExpressRoute, User VPN)', value: 'Enabled by default; ExpressRoute-to-ExpressRoute transit only through Global Reach', source: FAQ(TYPES_SEC), tags: ['branch to branch', 'global reach'] }),
];

export const virtualWan: DataModule = {
  file: 'knowledge/data/virtual-wan.ts',
  userVpnScaleUnits,
  poolRequirements,
  wanTypes,
  facts,
};
