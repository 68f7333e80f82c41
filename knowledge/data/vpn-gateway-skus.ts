/**
 * VPN Gateway SKUs: one row per SKU and generation (the loader turns every cell into a fact with id
 * `<sku-id>-<field>`) and the facts of topic 'vpn-gateway-skus' that are not table cells (limits, timers,
 * rules, per-tunnel performance, lifecycle dates as facts, history, and the site-to-site / VNet-to-VNet
 * design rules of the VPN Gateway topology and design article). The dated lifecycle events of the non-AZ
 * and legacy SKUs are in lifecycle.ts.
 * Main sources: About VPN Gateway SKUs (azure-docs articles/vpn-gateway/about-gateway-skus.md), the legacy-SKU and
 * SKU-consolidation articles and the VPN Gateway FAQ (every version cited is in sources.ts); the disagreements between
 * their versions are conflict-01 … conflict-16 in conflicts.ts.
 *
 * To add an entry:
 * - a SKU: add a row to `gatewaySkus` with a stable kebab-case id (`vpngw<n>[az]-gen<1|2>`); every limit is a
 *   number, 'not-supported' or `{ unknown: 'why' }`; name the row `source` and put a `fieldSources` entry for
 *   any field that comes from another document version;
 * - a dated change: add a `lifecycle` event in lifecycle.ts whose `subjects` are existing SKU ids; keep an older
 *   announced date here as a superseded fact (status 'superseded', supersededBy the current fact) with its own
 *   older source;
 * - anything else: add a fact with topic 'vpn-gateway-skus', numbers as numbers with a unit, rules as strings.
 */
import type { DataModule, EntryInput } from '../model';

type Fact = EntryInput<'facts'>;
type Sku = EntryInput<'gatewaySkus'>;

const ref = (sourceId: string, section: string) => ({ sourceId, section });

// Document versions this file cites most often.
const SKUS_2026 = 'vpn-about-gateway-skus-2026-06-11';
const FAQ_2026 = 'vpn-vpn-gateway-vpn-faq-2026-06-04';
const P2S_ABOUT_2026 = 'vpn-point-to-site-about-2026-08-17';
const LIMITS_2024 = 'inc-azure-virtual-network-gateway-limits-2024-01-04';
const SETTINGS_2024 = 'vpn-vpn-gateway-about-vpn-gateway-settings-2024-02-29';
const LEGACY_2025 = 'vpn-vpn-gateway-about-skus-legacy-2025-06-23';
const LEGACY_REQ_2024 = 'inc-vpn-gateway-table-requirements-legacy-sku-include-2024-08-06';
const CONSOLIDATION_2026 = 'vpn-gateway-sku-consolidation-2026-02-03';
const CONSOLIDATION_2024 = 'vpn-gateway-sku-consolidation-2024-09-26';
const WHATS_NEW_2026 = 'vpn-whats-new-2026-05-26';
const TABLE_INC = (date: string) => `inc-vpn-gateway-table-gwtype-aggtput-include-${date}`;
const DESIGN_2025 = 'vpn-design-2025-01-15';

const AZ_TABLE = ref(SKUS_2026, 'SKU table (AZ and Basic)');
const NON_AZ_TABLE = ref(SKUS_2026, 'SKU table (non-AZ SKUs)');
const LEGACY_SEC = 'Legacy SKUs';
const LEGACY_TABLE = ref(LEGACY_2025, LEGACY_SEC);
const LEGACY_REQ = ref(LEGACY_REQ_2024, LEGACY_SEC);
const P2S_SEC = 'P2S protocol and authentication support by SKU';
const SKU_NOTES = 'Notes on the SKU tables';
const FEATURES = 'Feature set by SKU';
const LIMITS = 'Gateway-level limits';
const HISTORY = 'How the SKU table changed across versions';
const DESIGN_S2S = ref(DESIGN_2025, 'Site-to-site VPN');
const DESIGN_P2S = ref(DESIGN_2025, 'Point-to-site VPN');
const DESIGN_V2V = ref(DESIGN_2025, 'VNet-to-VNet connections (IPsec/IKE VPN tunnel)');

/** P2S support shared by every VpnGw1–5 and VpnGw1AZ–5AZ row (Gen1 and Gen2). */
const VPNGW_P2S = {
  p2sProtocols: { sstp: true, ikev2: true, openvpn: true },
  p2sAuth: { certificate: true, radius: true, entra: true },
};
const VPNGW_FIELD_SOURCES = {
  'p2sAuth.certificate': ref(P2S_ABOUT_2026, P2S_SEC),
  'p2sAuth.radius': ref(FAQ_2026, P2S_SEC),
  'p2sAuth.entra': ref(P2S_ABOUT_2026, P2S_SEC),
};

type Limits = Pick<Sku, 'name' | 'generation' | 'tier' | 's2sTunnels' | 'p2sIkev2OpenVpn' | 'throughputMbps' | 'supportedVms'>;

function azSku(id: string, l: Limits): Sku {
  return {
    id,
    ...l,
    family: 'az',
    p2sSstp: 128,
    bgp: true,
    zoneRedundant: true,
    ...VPNGW_P2S,
    source: AZ_TABLE,
    fieldSources: VPNGW_FIELD_SOURCES,
  };
}

function nonAzSku(id: string, l: Limits, migratesTo: string): Sku {
  return {
    id,
    ...l,
    family: 'non-az',
    p2sSstp: 128,
    bgp: true,
    zoneRedundant: false,
    ...VPNGW_P2S,
    source: NON_AZ_TABLE,
    fieldSources: VPNGW_FIELD_SOURCES,
    migratesTo,
    note: 'Non-AZ SKU: documented as slated for migration and not to be used for new gateways; it moves to the AZ SKU of the same size and generation.',
  };
}

const LEGACY_UNVERIFIED =
  'UNVERIFIED: no stored version of the legacy SKU documents states IKEv2 or OpenVPN support or limits for this SKU.';

const gatewaySkuRows: Sku[] = [
  {
    id: 'basic',
    name: 'Basic',
    generation: 'Gen1',
    family: 'basic',
    tier: 0,
    s2sTunnels: 10,
    p2sSstp: 128,
    p2sIkev2OpenVpn: 'not-supported',
    throughputMbps: 100,
    bgp: false,
    zoneRedundant: false,
    supportedVms: 200,
    p2sProtocols: { sstp: true, ikev2: false, openvpn: false },
    p2sAuth: {
      certificate: true,
      radius: false,
      entra: {
        unknown:
          'No SKU table states it. Entra ID authentication works only over OpenVPN, and Basic has no OpenVPN, so it is not available in practice (an inference, not a doc statement).',
      },
    },
    source: AZ_TABLE,
    fieldSources: {
      'p2sProtocols.ikev2': ref(SKUS_2026, 'Feature set by SKU'),
      'p2sAuth.radius': ref(SKUS_2026, 'Feature set by SKU'),
      'p2sAuth.certificate': LEGACY_REQ,
    },
    note: 'IKEv2 is recorded as not supported because the 2026 SKU and feature tables say so; the SSTP transition article claims Basic supports IKEv2 from November 2025 (conflict-09; fact basic-ikev2-from-nov-2025). Basic has no RADIUS, no IPv6 and no BGP, is configured only with PowerShell or Azure CLI, and is meant for dev/test, not production.',
  },
  azSku('vpngw1az-gen1', {
    name: 'VpnGw1AZ',
    generation: 'Gen1',
    tier: 1,
    s2sTunnels: 30,
    p2sIkev2OpenVpn: 250,
    throughputMbps: 650,
    supportedVms: 1000,
  }),
  azSku('vpngw2az-gen1', {
    name: 'VpnGw2AZ',
    generation: 'Gen1',
    tier: 2,
    s2sTunnels: 30,
    p2sIkev2OpenVpn: 500,
    throughputMbps: 1000,
    supportedVms: 2000,
  }),
  azSku('vpngw3az-gen1', {
    name: 'VpnGw3AZ',
    generation: 'Gen1',
    tier: 3,
    s2sTunnels: 30,
    p2sIkev2OpenVpn: 1000,
    throughputMbps: 1250,
    supportedVms: 5000,
  }),
  azSku('vpngw2az-gen2', {
    name: 'VpnGw2AZ',
    generation: 'Gen2',
    tier: 2,
    s2sTunnels: 30,
    p2sIkev2OpenVpn: 500,
    throughputMbps: 1250,
    supportedVms: 2000,
  }),
  azSku('vpngw3az-gen2', {
    name: 'VpnGw3AZ',
    generation: 'Gen2',
    tier: 3,
    s2sTunnels: 30,
    p2sIkev2OpenVpn: 1000,
    throughputMbps: 2500,
    supportedVms: 3300,
  }),
  azSku('vpngw4az-gen2', {
    name: 'VpnGw4AZ',
    generation: 'Gen2',
    tier: 4,
    s2sTunnels: 100,
    p2sIkev2OpenVpn: 5000,
    throughputMbps: 5000,
    supportedVms: 4400,
  }),
  azSku('vpngw5az-gen2', {
    name: 'VpnGw5AZ',
    generation: 'Gen2',
    tier: 5,
    s2sTunnels: 100,
    p2sIkev2OpenVpn: 10000,
    throughputMbps: 10000,
    supportedVms: 9000,
  }),
  nonAzSku(
    'vpngw1-gen1',
    { name: 'VpnGw1', generation: 'Gen1', tier: 1, s2sTunnels: 30, p2sIkev2OpenVpn: 250, throughputMbps: 650, supportedVms: 450 },
    'vpngw1az-gen1',
  ),
  nonAzSku(
    'vpngw2-gen1',
    { name: 'VpnGw2', generation: 'Gen1', tier: 2, s2sTunnels: 30, p2sIkev2OpenVpn: 500, throughputMbps: 1000, supportedVms: 1300 },
    'vpngw2az-gen1',
  ),
  nonAzSku(
    'vpngw3-gen1',
    { name: 'VpnGw3', generation: 'Gen1', tier: 3, s2sTunnels: 30, p2sIkev2OpenVpn: 1000, throughputMbps: 1250, supportedVms: 4000 },
    'vpngw3az-gen1',
  ),
  nonAzSku(
    'vpngw2-gen2',
    { name: 'VpnGw2', generation: 'Gen2', tier: 2, s2sTunnels: 30, p2sIkev2OpenVpn: 500, throughputMbps: 1250, supportedVms: 685 },
    'vpngw2az-gen2',
  ),
  nonAzSku(
    'vpngw3-gen2',
    { name: 'VpnGw3', generation: 'Gen2', tier: 3, s2sTunnels: 30, p2sIkev2OpenVpn: 1000, throughputMbps: 2500, supportedVms: 2240 },
    'vpngw3az-gen2',
  ),
  nonAzSku(
    'vpngw4-gen2',
    { name: 'VpnGw4', generation: 'Gen2', tier: 4, s2sTunnels: 100, p2sIkev2OpenVpn: 5000, throughputMbps: 5000, supportedVms: 5300 },
    'vpngw4az-gen2',
  ),
  nonAzSku(
    'vpngw5-gen2',
    { name: 'VpnGw5', generation: 'Gen2', tier: 5, s2sTunnels: 100, p2sIkev2OpenVpn: 10000, throughputMbps: 10000, supportedVms: 6700 },
    'vpngw5az-gen2',
  ),
  {
    id: 'standard',
    name: 'Standard',
    generation: null,
    family: 'legacy',
    tier: 1,
    s2sTunnels: 10,
    p2sSstp: 128,
    p2sIkev2OpenVpn: { unknown: LEGACY_UNVERIFIED },
    throughputMbps: 100,
    bgp: true,
    zoneRedundant: { unknown: 'The legacy SKU tables have no zone-redundancy column; no stored version states it.' },
    supportedVms: { unknown: 'The legacy SKU tables have no supported-VM column; no stored version states it.' },
    p2sProtocols: { sstp: true, ikev2: { unknown: LEGACY_UNVERIFIED }, openvpn: { unknown: LEGACY_UNVERIFIED } },
    p2sAuth: {
      certificate: true,
      radius: true,
      entra: { unknown: 'UNVERIFIED: no stored version states Entra ID authentication support for the legacy SKUs.' },
    },
    source: LEGACY_TABLE,
    fieldSources: {
      p2sSstp: LEGACY_REQ,
      bgp: LEGACY_REQ,
      'p2sProtocols.sstp': LEGACY_REQ,
      'p2sAuth.certificate': LEGACY_REQ,
      'p2sAuth.radius': ref(FAQ_2026, P2S_SEC),
    },
    migratesTo: 'vpngw1az-gen1',
    note: 'Legacy SKU (predates generations). The legacy table gives one "P2S connections" column (128, SSTP era), stored here as the SSTP limit. Migration target: the 2026 FAQ names VpnGw1AZ without a generation; VpnGw1AZ exists only as Gen1. The 2025 legacy article names VpnGw1 first, then VpnGw1AZ.',
  },
  {
    id: 'high-performance',
    name: 'HighPerformance',
    generation: null,
    family: 'legacy',
    tier: 2,
    s2sTunnels: 30,
    p2sSstp: 128,
    p2sIkev2OpenVpn: { unknown: LEGACY_UNVERIFIED },
    throughputMbps: 200,
    bgp: true,
    zoneRedundant: { unknown: 'The legacy SKU tables have no zone-redundancy column; no stored version states it.' },
    supportedVms: { unknown: 'The legacy SKU tables have no supported-VM column; no stored version states it.' },
    p2sProtocols: { sstp: true, ikev2: { unknown: LEGACY_UNVERIFIED }, openvpn: { unknown: LEGACY_UNVERIFIED } },
    p2sAuth: {
      certificate: true,
      radius: true,
      entra: { unknown: 'UNVERIFIED: no stored version states Entra ID authentication support for the legacy SKUs.' },
    },
    source: LEGACY_TABLE,
    fieldSources: {
      p2sSstp: LEGACY_REQ,
      bgp: LEGACY_REQ,
      'p2sProtocols.sstp': LEGACY_REQ,
      'p2sAuth.certificate': LEGACY_REQ,
      'p2sAuth.radius': ref(FAQ_2026, P2S_SEC),
    },
    migratesTo: 'vpngw2az-gen1',
    note: 'Legacy SKU (predates generations); the only legacy SKU with active-active. The legacy table gives one "P2S connections" column (128, SSTP era), stored here as the SSTP limit. Migration target: the 2026 FAQ names VpnGw2AZ without a generation; Gen1 is assumed here (the 2025 legacy article names VpnGw2, then VpnGw2AZ).',
  },
];

const LIFECYCLE = 'Lifecycle and retirement dates';

// What facts are `about` (the things lifecycle events name), so an answer that uses one carries their dates.
const NON_AZ = ['vpngw1-gen1', 'vpngw2-gen1', 'vpngw3-gen1', 'vpngw2-gen2', 'vpngw3-gen2', 'vpngw4-gen2', 'vpngw5-gen2'];
const LEGACY = ['standard', 'high-performance'];
/** Gateways that can have a Basic public IP: Basic (conflict-10) and the legacy SKUs. */
const BASIC_PUBLIC_IP = ['basic', ...LEGACY];

function fact(f: Omit<Fact, 'topic'> & { topic?: Fact['topic'] }): Fact {
  return { topic: 'vpn-gateway-skus', ...f };
}

// Per-tunnel performance (2026) and the older "throughput observed" table (2019), per algorithm.
const ALGS = [
  { slug: 'gcmaes256', label: 'GCMAES256' },
  { slug: 'aes256-sha256', label: 'AES256 + SHA256' },
  { slug: 'des3-sha256', label: 'DES3 + SHA256' },
] as const;
const PERF_2026 = ref(SKUS_2026, 'Observed per-tunnel performance');
const PERF_2019 = ref(TABLE_INC('2019-11-12'), 'Performance table (throughput observed)');

function perfFacts(slug: string, label: string, about: string[], mbps: number[], pps: number[]): Fact[] {
  return ALGS.flatMap((a, i) => [
    fact({
      id: `perf-${slug}-${a.slug}`,
      title: `${label}: observed throughput per tunnel with ${a.label}`,
      value: mbps[i],
      unit: 'Mbps',
      about,
      source: PERF_2026,
      tags: ['per tunnel', 'performance', a.slug],
    }),
    fact({
      id: `perf-${slug}-${a.slug}-pps`,
      title: `${label}: observed packets per second per tunnel with ${a.label}`,
      value: pps[i],
      unit: 'packets/s',
      about,
      source: PERF_2026,
      tags: ['pps', 'per tunnel', a.slug],
    }),
  ]);
}

function perf2019Facts(slug: string, label: string, about: string[], mbps: number[], pps: number[]): Fact[] {
  return ALGS.flatMap((a, i) => [
    fact({
      id: `perf-2019-${slug}-${a.slug}`,
      title: `${label}: throughput observed with ${a.label} (2019 table)`,
      value: mbps[i],
      unit: 'Mbps',
      about,
      source: PERF_2019,
      status: 'superseded',
      supersededBy: `perf-${slug}-${a.slug}`,
      conflict: 'conflict-06',
      note: 'The 2019 table (also in the 05/22/2019 version) gave throughput observed per gateway, not per tunnel; the 2022 and later tables give per-tunnel figures from a 100-connection test.',
    }),
    fact({
      id: `perf-2019-${slug}-${a.slug}-pps`,
      title: `${label}: packets per second observed with ${a.label} (2019 table)`,
      value: pps[i],
      unit: 'packets/s',
      about,
      source: PERF_2019,
      status: 'superseded',
      supersededBy: `perf-${slug}-${a.slug}-pps`,
      conflict: 'conflict-06',
    }),
  ]);
}

const facts: Fact[] = [
  // Qualifiers of the SKU tables
  fact({
    id: 's2s-tunnels-use-virtual-wan-above',
    title: 'Site-to-site tunnels above which Virtual WAN is the documented choice',
    value: 100,
    unit: 'tunnels',
    source: AZ_TABLE,
    note: 'The VpnGw4/5 (and AZ) tunnel limit; for more tunnels the SKU table points to Virtual WAN instead of VPN Gateway.',
    tags: ['s2s', 'tunnels', 'virtual wan', 'branches'],
  }),
  fact({
    id: 's2s-tunnels-use-virtual-wan-above-2018',
    title: 'Site-to-site tunnels above which Virtual WAN was suggested (2018 table)',
    value: 30,
    unit: 'tunnels',
    source: ref(TABLE_INC('2018-08-02'), HISTORY),
    status: 'superseded',
    supersededBy: 's2s-tunnels-use-virtual-wan-above',
    conflict: 'conflict-03',
  }),
  fact({
    id: 'sku-limits-separate-additive',
    title: 'SSTP and IKEv2/OpenVPN connection limits are separate and add up',
    value: true,
    about: ['sstp', 'ikev2', 'openvpn'],
    source: ref(SKUS_2026, SKU_NOTES),
    note: 'Example from the source: a VpnGw1AZ takes 128 SSTP plus 250 IKEv2 connections (older versions used VpnGw1). The statement first appears in the 10/29/2018 table.',
    tags: ['sstp', 'ikev2', 'openvpn', 'additive', 'concurrent', '128'],
  }),
  fact({
    id: 'throughput-benchmark-shared',
    title: 'What the aggregate throughput benchmark means',
    value: 'Site-to-site and point-to-site share it; it is a benchmark, not a guarantee',
    source: ref(SKUS_2026, SKU_NOTES),
    note: 'The benchmark covers S2S and P2S together, so many P2S connections lower what S2S gets. A single connection can get much less; Internet conditions and application behaviour affect results.',
    tags: ['throughput', 'bandwidth', 'benchmark'],
  }),
  fact({
    id: 'gateway-bandwidth-shared-by-tunnels',
    title: 'Adding site-to-site connections does not add gateway bandwidth',
    value: 'All tunnels, including point-to-site, share the gateway bandwidth',
    source: ref(FAQ_2026, SKU_NOTES),
    tags: ['bandwidth', 'tunnels'],
  }),
  fact({
    id: 'supported-vms-what-counts',
    title: 'What "supported number of VMs in the virtual network" counts',
    value:
      'Every resource that talks through the gateway: VMs in the hub and peered spokes, private endpoints, NVAs (for example Application Gateway, Azure Firewall) and PaaS back-end instances (for example SQL Managed Instance, App Service Environment)',
    source: ref(SKUS_2026, SKU_NOTES),
    tags: ['vms', 'private endpoints', 'spokes'],
  }),
  fact({
    id: 'gateway-public-ip-sku',
    title: 'Public IP SKU a new VPN gateway must use',
    value: 'Standard',
    source: ref(SKUS_2026, SKU_NOTES),
    conflict: 'conflict-10',
    note: 'For Basic gateways the 2026 FAQ still says only a Basic public IP works, while the 2026 consolidation article says to use a Standard one (see basic-gateway-public-ip).',
    tags: ['public ip', 'standard'],
  }),
  fact({
    id: 'basic-not-for-production',
    title: 'Basic SKU intended use',
    value: 'Dev/test and proof of concept only; limited support, not for production',
    about: ['basic'],
    source: ref(SKUS_2026, SKU_NOTES),
    tags: ['basic', 'production', 'dev test'],
  }),
  fact({
    id: 'basic-no-radius',
    title: 'Basic SKU: RADIUS authentication',
    value: 'not supported',
    about: ['basic', 'radius'],
    source: ref(SKUS_2026, SKU_NOTES),
    note: 'The 2026 P2S article also lists RADIUS, IKEv2 and IPv6 as missing on Basic.',
    tags: ['basic', 'radius'],
  }),
  fact({
    id: 'basic-no-ipv6',
    title: 'Basic SKU: IPv6',
    value: 'not supported',
    about: ['basic'],
    source: ref(SKUS_2026, SKU_NOTES),
    tags: ['basic', 'ipv6'],
  }),
  fact({
    id: 'basic-powershell-cli-only',
    title: 'Basic SKU: how it can be configured',
    value: 'PowerShell or Azure CLI only (not the portal)',
    about: ['basic'],
    source: ref(SKUS_2026, SKU_NOTES),
    tags: ['basic', 'portal', 'powershell', 'cli'],
  }),
  fact({
    id: 'sku-recommendation-production',
    title: 'SKUs recommended for production',
    value: 'All Gen1 and Gen2 SKUs except Basic (legacy-SKU customers: Standard, HighPerformance)',
    source: ref(SKUS_2026, SKU_NOTES),
    tags: ['production', 'recommended'],
  }),
  fact({
    id: 'sku-recommendation-dev-test',
    title: 'SKU recommended for dev/test and proof of concept',
    value: 'Basic',
    about: ['basic'],
    source: ref(SKUS_2026, SKU_NOTES),
    tags: ['dev test', 'poc'],
  }),
  fact({
    id: 'gateway-active-active-same-cost',
    title: 'Cost of active-active compared with active-passive',
    value: 'Same gateway compute cost; the extra public IP addresses are charged',
    source: ref('vpn-vpn-gateway-about-vpngateways-2026-06-08', SKU_NOTES),
    note: 'The 2026 FAQ says the same.',
    tags: ['active-active', 'pricing', 'cost'],
  }),
  fact({
    id: 'gateway-creation-time',
    title: 'Time to create a VPN gateway (at least)',
    value: 45,
    unit: 'minutes',
    source: ref(SETTINGS_2024, SKU_NOTES),
    note: 'A lower bound that depends on the SKU; creation can take longer.',
    tags: ['deploy', 'provisioning', 'how long'],
  }),

  // Features by SKU
  fact({
    id: 'basic-policy-based-tunnels',
    title: 'Basic SKU, policy-based (IKEv1): site-to-site tunnels',
    value: 1,
    unit: 'tunnels',
    about: ['basic'],
    source: ref(SKUS_2026, FEATURES),
    note: 'A policy-based Basic gateway has no point-to-site; a route-based Basic gateway allows 10 tunnels.',
    tags: ['policy-based', 'basic', 'ikev1'],
  }),
  fact({
    id: 'non-basic-sku-features',
    title: 'Features of all Gen1 and Gen2 SKUs except Basic',
    value: 'Route-based VPN with point-to-site, BGP, active-active, custom IPsec/IKE policy, ExpressRoute/VPN coexistence',
    source: ref(SKUS_2026, FEATURES),
    tags: ['features', 'active-active', 'bgp', 'coexistence'],
  }),
  fact({
    id: 'route-based-tunnels-feature-table',
    title: 'Route-based tunnels for all SKUs except Basic, as the feature table states',
    value: 100,
    unit: 'tunnels',
    source: ref(SKUS_2026, FEATURES),
    conflict: 'conflict-04',
    note: '"Up to 100" is the upper bound across SKUs; the per-SKU table of the same article gives 30 for VpnGw1–3 (and AZ) and 100 only for VpnGw4–5 (and AZ). Use the per-SKU values.',
    tags: ['tunnels', 's2s'],
  }),
  fact({
    id: 'ike-versions-by-sku',
    title: 'IKE versions by SKU and VPN type',
    value: 'Policy-based Basic: IKEv1; route-based Basic: IKEv2; route-based VpnGw1AZ–5AZ: IKEv1 and IKEv2',
    source: ref(FAQ_2026, FEATURES),
    tags: ['ikev1', 'ikev2', 's2s'],
  }),
  fact({
    id: 'custom-ipsec-policy-skus',
    title: 'SKUs that support custom IPsec/IKE policy',
    value: 'All SKUs except Basic',
    source: ref(FAQ_2026, FEATURES),
    tags: ['ipsec', 'ike', 'policy'],
  }),
  fact({
    id: 'bgp-skus',
    title: 'SKUs that support BGP',
    value: 'All SKUs except Basic; route-based gateways only',
    source: ref(FAQ_2026, FEATURES),
    tags: ['bgp'],
  }),
  fact({
    id: 'nat-skus',
    title: 'SKUs that support NAT',
    value: 'VpnGw2–VpnGw5 and VpnGw2AZ–VpnGw5AZ',
    source: ref(FAQ_2026, FEATURES),
    note: 'NAT does not apply to VNet-to-VNet or point-to-site connections.',
    tags: ['nat'],
  }),
  fact({
    id: 'gateway-nat-rules-max',
    title: 'NAT rules per VPN gateway',
    value: 500,
    unit: 'rules',
    source: ref(FAQ_2026, FEATURES),
    tags: ['nat'],
  }),
  fact({
    id: 'customer-controlled-maintenance-skus',
    title: 'SKUs that support customer-controlled maintenance',
    value: 'All SKUs except Basic',
    source: ref(FAQ_2026, FEATURES),
    tags: ['maintenance'],
  }),
  fact({
    id: 'customer-controlled-maintenance-window-min',
    title: 'Customer-controlled maintenance: minimum daily window',
    value: 5,
    unit: 'hours',
    source: ref(FAQ_2026, FEATURES),
    tags: ['maintenance', 'window'],
  }),
  fact({
    id: 'policy-based-portal-creation-ended',
    title: 'Creating policy-based gateways in the portal',
    value: 'Not possible since October 1, 2023; use PowerShell or Azure CLI',
    effective: '2023-10-01',
    source: ref(FAQ_2026, FEATURES),
    tags: ['policy-based', 'portal'],
  }),
  fact({
    id: 'policy-based-change-requires-recreate',
    title: 'Changing between policy-based and route-based: delete and re-create (about 60 minutes)',
    value: 60,
    unit: 'minutes',
    source: ref(FAQ_2026, FEATURES),
    note: 'The gateway type cannot be changed in place; the re-created gateway gets a new public IP address.',
    tags: ['policy-based', 'route-based', 'recreate'],
  }),

  // P2S-related SKU facts
  fact({
    id: 'p2s-requires-route-based',
    title: 'Gateway type point-to-site needs',
    value: 'Route-based VPN gateway (not policy-based / static routing)',
    source: ref(P2S_ABOUT_2026, P2S_SEC),
    note: 'The 2026 FAQ says the same.',
    tags: ['p2s', 'route-based', 'policy-based'],
  }),
  fact({
    id: 'basic-gateway-public-ip',
    title: 'Public IP SKU for a Basic SKU VPN gateway',
    value: null,
    unknown:
      'The 2026 consolidation article says to use a Standard public IP, while the 2026 FAQ says Basic supports only a Basic public IP; the documents disagree (conflict-10).',
    about: ['basic'],
    source: ref(CONSOLIDATION_2026, LIFECYCLE),
    conflict: 'conflict-10',
    note: "The 2026 what's-new page lists March 2026 for removing the Basic public IP reference from Basic gateways.",
    tags: ['basic', 'public ip'],
  }),
  fact({
    id: 'basic-gateway-public-ip-2024',
    title: 'Public IP SKU for a Basic SKU VPN gateway (2024 consolidation article)',
    value: 'Basic public IP only (Standard IP support in progress)',
    about: ['basic'],
    source: ref(CONSOLIDATION_2024, LIFECYCLE),
    status: 'superseded',
    supersededBy: 'basic-gateway-public-ip',
    conflict: 'conflict-10',
  }),
  fact({
    id: 'basic-gateway-public-ip-2025',
    title: 'Public IP SKU for a Basic SKU VPN gateway (2025 SKU article)',
    value: 'A Basic public IP can still be used',
    about: ['basic'],
    source: ref('vpn-about-gateway-skus-2025-06-23', SKU_NOTES),
    status: 'superseded',
    supersededBy: 'basic-gateway-public-ip',
    conflict: 'conflict-10',
  }),

  // Per-tunnel performance
  ...perfFacts('gen1-vpngw1', 'Gen1 VpnGw1 / VpnGw1AZ', ['vpngw1-gen1', 'vpngw1az-gen1'], [650, 500, 130], [62000, 47000, 12000]),
  ...perfFacts('gen1-vpngw2', 'Gen1 VpnGw2', ['vpngw2-gen1'], [1200, 650, 140], [100000, 61000, 13000]),
  ...perfFacts('gen1-vpngw2az', 'Gen1 VpnGw2AZ', ['vpngw2az-gen1'], [1200, 650, 140], [110000, 61000, 13000]),
  ...perfFacts('gen1-vpngw3', 'Gen1 VpnGw3 / VpnGw3AZ', ['vpngw3-gen1', 'vpngw3az-gen1'], [1250, 700, 140], [120000, 66000, 13000]),
  ...perfFacts('gen2-vpngw2', 'Gen2 VpnGw2 / VpnGw2AZ', ['vpngw2-gen2', 'vpngw2az-gen2'], [1250, 550, 130], [120000, 52000, 12000]),
  ...perfFacts('gen2-vpngw3', 'Gen2 VpnGw3 / VpnGw3AZ', ['vpngw3-gen2', 'vpngw3az-gen2'], [1500, 700, 140], [140000, 66000, 13000]),
  ...perfFacts(
    'gen2-vpngw4-5',
    'Gen2 VpnGw4 / VpnGw4AZ / VpnGw5 / VpnGw5AZ',
    ['vpngw4-gen2', 'vpngw4az-gen2', 'vpngw5-gen2', 'vpngw5az-gen2'],
    [2300, 700, 140],
    [220000, 66000, 13000],
  ),
  fact({
    id: 'perf-test-method',
    title: 'How the per-tunnel performance figures were measured',
    value: 'Site-to-site tests with 100 connections, Azure to Azure across regions, using iPerf and CTSTraffic',
    source: PERF_2026,
    note: 'GCMAES256 for both IPsec encryption and integrity gave the best results, DES3 + SHA256 the worst.',
    tags: ['performance', 'iperf', 'benchmark'],
  }),
  fact({
    id: 'perf-recommended-algorithm',
    title: 'Algorithm with the best observed per-tunnel performance',
    value: 'GCMAES256 (encryption and integrity)',
    source: PERF_2026,
    tags: ['gcmaes256', 'performance'],
  }),
  fact({
    id: 'gateway-per-tunnel-throughput-max',
    title: 'Highest observed throughput of a single tunnel',
    value: 2.3,
    unit: 'Gbps',
    source: PERF_2026,
    conflict: 'conflict-07',
    note: 'Gen2 VpnGw4/5 (and AZ) with GCMAES256. It is an observed test result, not a guaranteed cap.',
    tags: ['single tunnel', 'per tunnel', 'throughput'],
  }),
  fact({
    id: 'gateway-single-tunnel-1gbps-2019',
    title: 'Maximum throughput on a single tunnel (2019 note)',
    value: 1,
    unit: 'Gbps',
    source: ref(TABLE_INC('2019-11-12'), HISTORY),
    status: 'superseded',
    supersededBy: 'gateway-per-tunnel-throughput-max',
    conflict: 'conflict-07',
    note: 'The note was later removed from the table.',
    tags: ['single tunnel'],
  }),
  ...perf2019Facts('gen1-vpngw1', 'Gen1 VpnGw1', ['vpngw1-gen1'], [650, 500, 120], [58000, 50000, 50000]),
  ...perf2019Facts('gen1-vpngw2', 'Gen1 VpnGw2', ['vpngw2-gen1'], [1000, 500, 120], [90000, 80000, 55000]),
  ...perf2019Facts('gen1-vpngw3', 'Gen1 VpnGw3', ['vpngw3-gen1'], [1250, 550, 120], [105000, 90000, 60000]),

  // Gateway-level limits, settings, timers, ASNs
  fact({
    id: 'gateway-vnet-address-prefixes-max',
    title: 'Virtual network address prefixes per VPN gateway',
    value: 600,
    unit: 'prefixes',
    source: ref(LIMITS_2024, LIMITS),
    tags: ['address space', 'prefixes'],
  }),
  fact({
    id: 'gateway-bgp-routes-max',
    title: 'Aggregate BGP routes per VPN gateway',
    value: 4000,
    unit: 'routes',
    source: ref(LIMITS_2024, LIMITS),
    note: 'The 2026 FAQ says the BGP session is dropped when more routes are advertised.',
    tags: ['bgp', 'routes'],
  }),
  fact({
    id: 'gateway-local-network-prefixes-max',
    title: 'Address prefixes per local network gateway',
    value: 1000,
    unit: 'prefixes',
    source: ref(LIMITS_2024, LIMITS),
    tags: ['local network gateway', 'prefixes'],
  }),
  fact({
    id: 'gateway-max-flows',
    title: 'Maximum flows per VPN gateway (VpnGw1–5 and AZ), each direction',
    value: 500000,
    unit: 'flows',
    source: ref(LIMITS_2024, LIMITS),
    conflict: 'conflict-08',
    note: '500,000 inbound and 500,000 outbound.',
    tags: ['flows', 'connections'],
  }),
  fact({
    id: 'gateway-max-flows-2020-vpngw1',
    title: 'Maximum flows, VpnGw1 / VpnGw1AZ (2020 limits)',
    value: 100000,
    unit: 'flows',
    source: ref('inc-azure-virtual-network-gateway-limits-2020-08-25', LIMITS),
    status: 'superseded',
    supersededBy: 'gateway-max-flows',
    conflict: 'conflict-08',
  }),
  fact({
    id: 'gateway-max-flows-2020-vpngw2-4',
    title: 'Maximum flows, VpnGw2–4 / VpnGw2AZ–4AZ (2020 limits)',
    value: 512000,
    unit: 'flows',
    source: ref('inc-azure-virtual-network-gateway-limits-2020-08-25', LIMITS),
    status: 'superseded',
    supersededBy: 'gateway-max-flows',
    conflict: 'conflict-08',
  }),
  fact({
    id: 'gateway-traffic-selector-policies-max',
    title: 'Traffic selector policies per VPN gateway',
    value: 100,
    unit: 'policies',
    source: ref(LIMITS_2024, LIMITS),
    tags: ['traffic selectors', 'policy-based'],
  }),
  fact({
    id: 'gateway-custom-apipa-bgp-addresses-max',
    title: 'Custom APIPA BGP addresses per VPN gateway',
    value: 32,
    unit: 'addresses',
    source: ref(LIMITS_2024, LIMITS),
    tags: ['apipa', 'bgp'],
  }),
  fact({
    id: 'gateway-subnet-min-prefix',
    title: 'Gateway subnet size required for all SKUs except Basic',
    value: 27,
    unit: 'prefix length',
    source: ref(SETTINGS_2024, LIMITS),
    conflict: 'conflict-15',
    note: '/27 or larger. The 2026 FAQ words it more loosely: a subnet as small as /29 can be created, /27 or larger is recommended.',
    tags: ['gatewaysubnet', 'subnet', '/27'],
  }),
  fact({
    id: 'gateway-subnet-basic-min-prefix',
    title: 'Smallest gateway subnet, Basic SKU only',
    value: 29,
    unit: 'prefix length',
    about: ['basic'],
    source: ref(SETTINGS_2024, LIMITS),
    conflict: 'conflict-15',
    tags: ['gatewaysubnet', 'subnet', '/29', 'basic'],
  }),
  fact({
    id: 'gateway-subnet-min-prefix-2020',
    title: 'Smallest gateway subnet (2020 settings article)',
    value: 29,
    unit: 'prefix length',
    source: ref('vpn-vpn-gateway-about-vpn-gateway-settings-2020-09-16', LIMITS),
    status: 'superseded',
    supersededBy: 'gateway-subnet-min-prefix',
    conflict: 'conflict-15',
    note: '/29 was possible for any SKU, /27 or larger recommended.',
  }),
  fact({
    id: 'one-vpn-gateway-per-vnet',
    title: 'Gateways per virtual network',
    value: 'At most one VPN gateway and one ExpressRoute gateway',
    source: ref(SETTINGS_2024, LIMITS),
    tags: ['vnet', 'coexistence'],
  }),
  fact({
    id: 'bgp-keepalive-timer',
    title: 'BGP keepalive timer (fixed)',
    value: 60,
    unit: 'seconds',
    source: ref(FAQ_2026, LIMITS),
    tags: ['bgp', 'timers'],
  }),
  fact({
    id: 'bgp-hold-timer',
    title: 'BGP hold timer (fixed)',
    value: 180,
    unit: 'seconds',
    source: ref(FAQ_2026, LIMITS),
    tags: ['bgp', 'timers'],
  }),
  fact({
    id: 'bfd-s2s-not-supported',
    title: 'BFD on site-to-site VPN',
    value: 'not supported',
    source: ref(FAQ_2026, LIMITS),
    tags: ['bfd', 'bgp'],
  }),
  fact({
    id: 'dpd-timeout-default',
    title: 'Dead peer detection timeout, default',
    value: 45,
    unit: 'seconds',
    source: ref(FAQ_2026, LIMITS),
    tags: ['dpd'],
  }),
  fact({
    id: 'dpd-timeout-range',
    title: 'Dead peer detection timeout, configurable range',
    value: '9–3,600',
    unit: 'seconds',
    source: ref(FAQ_2026, LIMITS),
    tags: ['dpd'],
  }),
  fact({
    id: 'ike-main-mode-sa-lifetime',
    title: 'IKE main mode SA lifetime (fixed)',
    value: 28800,
    unit: 'seconds',
    source: ref(FAQ_2026, LIMITS),
    tags: ['ike', 'sa lifetime'],
  }),
  fact({
    id: 'ipsec-quick-mode-sa-lifetime-seconds',
    title: 'IPsec quick mode SA lifetime, default (time)',
    value: 27000,
    unit: 'seconds',
    source: ref(FAQ_2026, LIMITS),
    tags: ['ipsec', 'sa lifetime'],
  }),
  fact({
    id: 'ipsec-quick-mode-sa-lifetime-kb',
    title: 'IPsec quick mode SA lifetime, default (data)',
    value: 102400000,
    unit: 'KB',
    source: ref(FAQ_2026, LIMITS),
    tags: ['ipsec', 'sa lifetime'],
  }),
  fact({
    id: 'azure-reserved-asns-public',
    title: 'ASNs reserved by Azure (public)',
    value: '8074, 8075, 12076',
    source: ref(FAQ_2026, LIMITS),
    tags: ['asn', 'bgp'],
  }),
  fact({
    id: 'azure-reserved-asns-private',
    title: 'ASNs reserved by Azure (private)',
    value: '65515, 65517–65520',
    source: ref(FAQ_2026, LIMITS),
    tags: ['asn', 'bgp'],
  }),
  fact({
    id: 'gateway-default-asn',
    title: 'Default ASN of an Azure VPN gateway',
    value: 65515,
    source: ref(FAQ_2026, LIMITS),
    tags: ['asn', 'bgp'],
  }),

  // Legacy SKUs
  fact({
    id: 'legacy-basic-er-throughput',
    title: 'Legacy table: Basic SKU as an ExpressRoute gateway, throughput',
    value: 500,
    unit: 'Mbps',
    about: ['basic'],
    source: ref('inc-vpn-gateway-table-gwtype-legacy-aggtput-include-undated', LEGACY_SEC),
    note: 'The legacy table marks Basic as deprecated for ExpressRoute and without VPN/ExpressRoute coexistence.',
    tags: ['legacy', 'expressroute'],
  }),
  fact({
    id: 'legacy-standard-er-throughput',
    title: 'Legacy Standard SKU as an ExpressRoute gateway, throughput',
    value: 1000,
    unit: 'Mbps',
    about: ['standard'],
    source: LEGACY_TABLE,
    tags: ['legacy', 'expressroute'],
  }),
  fact({
    id: 'legacy-high-performance-er-throughput',
    title: 'Legacy HighPerformance SKU as an ExpressRoute gateway, throughput',
    value: 2000,
    unit: 'Mbps',
    about: ['high-performance'],
    source: LEGACY_TABLE,
    tags: ['legacy', 'expressroute'],
  }),
  fact({
    id: 'legacy-vpn-er-coexistence',
    title: 'Legacy SKUs: VPN and ExpressRoute gateway coexistence',
    value: 'Standard and HighPerformance: yes; Basic: no',
    about: [...LEGACY, 'basic'],
    source: LEGACY_TABLE,
    tags: ['legacy', 'coexistence'],
  }),
  fact({
    id: 'legacy-authentication',
    title: 'Legacy SKUs: authentication',
    value: 'Pre-shared key for site-to-site, certificates for point-to-site',
    about: LEGACY,
    source: LEGACY_REQ,
    tags: ['legacy', 'psk', 'certificate'],
  }),
  fact({
    id: 'legacy-policy-based-basic-only',
    title: 'Legacy SKUs: policy-based VPN',
    value: 'Only on Basic',
    about: [...LEGACY, 'basic'],
    source: ref(LEGACY_2025, LEGACY_SEC),
    tags: ['legacy', 'policy-based'],
  }),
  fact({
    id: 'legacy-active-active-high-performance-only',
    title: 'Legacy SKUs: active-active',
    value: 'Only on HighPerformance',
    about: LEGACY,
    source: ref(LEGACY_2025, LEGACY_SEC),
    tags: ['legacy', 'active-active'],
  }),
  fact({
    id: 'legacy-migration-not-resize',
    title: 'Moving from a legacy SKU to a current SKU',
    value: 'Not a resize: delete and re-create (or migrate), with downtime and a new public IP address',
    about: LEGACY,
    source: ref(LEGACY_2025, LEGACY_SEC),
    tags: ['legacy', 'migration', 'resize'],
  }),
  fact({
    id: 'legacy-migration-path',
    title: 'Legacy SKU migration targets (2025 legacy article)',
    value: 'Standard → VpnGw1, then VpnGw1AZ; HighPerformance → VpnGw2, then VpnGw2AZ',
    about: LEGACY,
    source: ref(LEGACY_2025, LEGACY_SEC),
    tags: ['legacy', 'migration'],
  }),
  fact({
    id: 'legacy-standard-migration-perf-gain',
    title: 'Claimed performance gain, Standard → VpnGw1',
    value: 6.5,
    unit: 'times',
    about: ['standard'],
    source: ref(LEGACY_2025, LEGACY_SEC),
    tags: ['legacy', 'migration'],
  }),
  fact({
    id: 'legacy-high-performance-migration-perf-gain',
    title: 'Claimed performance gain, HighPerformance → VpnGw2',
    value: 5,
    unit: 'times',
    about: ['high-performance'],
    source: ref(LEGACY_2025, LEGACY_SEC),
    tags: ['legacy', 'migration'],
  }),
  fact({
    id: 'legacy-migration-no-price-change',
    title: 'Price change for the legacy SKU migration',
    value: 'None',
    about: LEGACY,
    source: ref(LEGACY_2025, LEGACY_SEC),
    tags: ['legacy', 'pricing'],
  }),
  fact({
    id: 'legacy-auto-migration-after-retirement',
    title: 'What happens to legacy gateways after June 2026',
    value:
      'Azure attempts an automatic migration (Standard → VpnGw1AZ, HighPerformance → VpnGw2AZ); it can fail, for example when the gateway subnet is too small',
    about: LEGACY,
    source: ref(FAQ_2026, LEGACY_SEC),
    conflict: 'conflict-14',
    tags: ['legacy', 'migration', 'retirement'],
  }),

  // Lifecycle dates as facts (current and superseded); the dated events are in lifecycle.ts
  fact({
    id: 'non-az-creation-ends-date',
    title: 'Non-AZ VpnGw1–5: date new gateways can no longer be created',
    value: '2025-11-01',
    effective: '2025-11-01',
    about: NON_AZ,
    source: ref(CONSOLIDATION_2026, LIFECYCLE),
    conflict: 'conflict-11',
    tags: ['non-az', 'creation'],
  }),
  fact({
    id: 'non-az-creation-ends-2024-plan',
    title: 'Non-AZ VpnGw1–5: end of creation (2024 plan)',
    value: '2025-01-01',
    effective: '2025-01-01',
    about: NON_AZ,
    source: ref(CONSOLIDATION_2024, LIFECYCLE),
    status: 'superseded',
    supersededBy: 'non-az-creation-ends-date',
    conflict: 'conflict-11',
  }),
  fact({
    id: 'non-az-migration-window-dates',
    title: 'Non-AZ VpnGw1–5: migration window (manual upgrade recommended)',
    value: 'September 2025 – September 2026',
    about: NON_AZ,
    source: ref(CONSOLIDATION_2026, LIFECYCLE),
    conflict: 'conflict-12',
    tags: ['non-az', 'migration'],
  }),
  fact({
    id: 'non-az-migration-window-whats-new',
    title: "Non-AZ VpnGw1–5: migration window as the 2026 what's-new page gives it",
    value: 'May 2025 – September 2026',
    about: NON_AZ,
    source: ref(WHATS_NEW_2026, LIFECYCLE),
    conflict: 'conflict-12',
    tags: ['non-az', 'migration'],
  }),
  fact({
    id: 'non-az-migration-2024-plan',
    title: 'Non-AZ VpnGw1–5: migration (2024 plan)',
    value: 'Automatic migration April 2025 – October 2026, no action needed',
    about: NON_AZ,
    source: ref(CONSOLIDATION_2024, LIFECYCLE),
    status: 'superseded',
    supersededBy: 'non-az-migration-window-dates',
    conflict: 'conflict-12',
  }),
  fact({
    id: 'non-az-deprecation-date',
    title: 'Non-AZ VpnGw1–5: targeted deprecation date',
    value: '2026-09-16',
    effective: '2026-09-16',
    about: NON_AZ,
    source: ref(CONSOLIDATION_2026, LIFECYCLE),
    conflict: 'conflict-13',
    note: 'The announcement the article links to names 30 September 2026 (see non-az-retirement-announcement-date).',
    tags: ['non-az', 'deprecation', 'retirement'],
  }),
  fact({
    id: 'non-az-retirement-announcement-date',
    title: 'Non-AZ VpnGw1–5: retirement date in the linked announcement',
    value: '2026-09-30',
    effective: '2026-09-30',
    about: NON_AZ,
    source: ref(CONSOLIDATION_2026, LIFECYCLE),
    conflict: 'conflict-13',
    tags: ['non-az', 'retirement'],
  }),
  fact({
    id: 'non-az-config-changes-rejected',
    title: 'Non-AZ gateways after the migration rollout',
    value: 'Configuration changes are rejected; the gateway must first move to an AZ SKU',
    about: NON_AZ,
    source: ref(CONSOLIDATION_2026, LIFECYCLE),
    tags: ['non-az', 'migration'],
  }),
  fact({
    id: 'non-az-upgrade-in-portal',
    title: 'How to move a non-AZ gateway to an AZ SKU',
    value: 'Upgrade the gateway SKU from the Azure portal',
    about: NON_AZ,
    source: ref(WHATS_NEW_2026, LIFECYCLE),
    tags: ['non-az', 'upgrade', 'portal'],
  }),
  fact({
    id: 'az-sku-in-regions-without-zones',
    title: 'AZ SKUs in regions without availability zones',
    value: 'Can be created; they stay regional until the region gets zones',
    source: ref(CONSOLIDATION_2026, LIFECYCLE),
    tags: ['az', 'zones', 'region'],
  }),
  fact({
    id: 'gen1-retirement',
    title: 'Gen1 SKU retirement',
    value: 'None announced; gateways with a Standard public IP are upgraded to Gen2 automatically before September 2026',
    source: ref(CONSOLIDATION_2026, LIFECYCLE),
    tags: ['gen1', 'gen2'],
  }),
  fact({
    id: 'basic-sku-not-retiring',
    title: 'Basic gateway SKU retirement',
    value: 'Not retiring',
    about: ['basic'],
    source: ref(CONSOLIDATION_2026, LIFECYCLE),
    note: 'The 2026 FAQ says the same. The Basic public IP resource is a separate deprecation (lifecycle event basic-public-ip-deprecated).',
    tags: ['basic', 'retirement'],
  }),
  fact({
    id: 'basic-public-ip-deprecation-date',
    title: 'Basic public IP deprecation for VPN gateways',
    value: 'End of June 2026',
    effective: '2026-06-30',
    about: BASIC_PUBLIC_IP,
    source: ref(WHATS_NEW_2026, LIFECYCLE),
    tags: ['basic public ip', 'deprecation'],
  }),
  fact({
    id: 'basic-ip-migration-active-passive',
    title: 'Basic-IP gateway migration tool generally available, active-passive',
    value: 'January 2026',
    about: BASIC_PUBLIC_IP,
    source: ref(WHATS_NEW_2026, LIFECYCLE),
    tags: ['basic public ip', 'migration'],
  }),
  fact({
    id: 'basic-ip-migration-active-active',
    title: 'Basic-IP gateway migration tool generally available, active-active',
    value: 'April 2026',
    about: BASIC_PUBLIC_IP,
    source: ref(WHATS_NEW_2026, LIFECYCLE),
    tags: ['basic public ip', 'migration'],
  }),
  fact({
    id: 'basic-ip-migration-downtime',
    title: 'Downtime during Basic public IP migration',
    value: 10,
    unit: 'minutes',
    about: BASIC_PUBLIC_IP,
    source: ref(WHATS_NEW_2026, LIFECYCLE),
    note: 'Up to this long.',
    tags: ['basic public ip', 'migration', 'downtime'],
  }),
  fact({
    id: 'legacy-retirement-date',
    title: 'Legacy Standard/HighPerformance: retirement date',
    value: '2026-06-30',
    effective: '2026-06-30',
    about: LEGACY,
    source: ref('vpn-vpn-gateway-about-skus-legacy-2026-02-27-b', LIFECYCLE),
    conflict: 'conflict-14',
    note: "The 2026 what's-new pages (05/06 and 05/26) say June 2026 with a migration period from May 2025.",
    tags: ['legacy', 'retirement'],
  }),
  fact({
    id: 'legacy-retirement-2025-plan',
    title: 'Legacy Standard/HighPerformance: retirement date (2025 plan)',
    value: '2025-09-30',
    effective: '2025-09-30',
    about: LEGACY,
    source: ref(LEGACY_2025, LIFECYCLE),
    status: 'superseded',
    supersededBy: 'legacy-retirement-date',
    conflict: 'conflict-14',
    note: "With a back-end migration from June 2025 described as without connectivity impact; the 05/30/2025 what's-new page gave May–September 2025.",
  }),
  fact({
    id: 'legacy-retirement-mar-2026-plan',
    title: 'Legacy Standard/HighPerformance: retirement date (extended to March 2026)',
    value: '2026-03-31',
    effective: '2026-03-31',
    about: LEGACY,
    source: ref('vpn-vpn-gateway-about-skus-legacy-2026-02-27-a', LIFECYCLE),
    status: 'superseded',
    supersededBy: 'legacy-retirement-date',
    conflict: 'conflict-14',
    note: "The 11/25/2025 what's-new page gave March 2026, extended from September 2025.",
  }),
  fact({
    id: 'classic-vpn-gateways-retired',
    title: 'Classic (Azure Service Manager) VPN gateways',
    value: 'Retired August 2024; decommissioned by August 2025',
    source: ref(WHATS_NEW_2026, LIFECYCLE),
    note: 'Classic gateways are not SKU rows in this model, so this is a fact rather than a lifecycle event.',
    tags: ['classic', 'asm', 'retirement'],
  }),

  // How the SKU table changed
  fact({
    id: 'p2s-connections-single-column-2018',
    title: 'Point-to-site connections per SKU when the table had one column (2018)',
    value: 128,
    unit: 'connections',
    source: ref(TABLE_INC('2018-08-02'), HISTORY),
    status: 'superseded',
    supersededBy: 'sku-limits-separate-additive',
    conflict: 'conflict-01',
    note: 'One "P2S connections" column with 128 for VpnGw1–3 (and Basic); undated copies without front matter show 128 for every SKU too. An early copy whose path could not be confirmed showed VpnGw1 256 and VpnGw2/VpnGw3 512; it has no source entry, so those values are not stored as facts.',
  }),
  fact({
    id: 'p2s-raise-via-support-2018',
    title: 'Raising point-to-site connections above 128 (2018)',
    value: 'Contact support; IKEv2 only, SSTP cannot be raised',
    about: ['sstp', 'ikev2'],
    source: ref(TABLE_INC('2018-08-02'), HISTORY),
    status: 'superseded',
    supersededBy: 'sku-limits-separate-additive',
    conflict: 'conflict-02',
    note: 'From 10/29/2018 the table gives fixed IKEv2 maxima per SKU instead.',
  }),
  fact({
    id: 'vpngw1-throughput-early',
    title: 'VpnGw1 aggregate throughput in an early undated table',
    value: 500,
    unit: 'Mbps',
    about: ['vpngw1-gen1'],
    source: ref(TABLE_INC('undated-a'), HISTORY),
    status: 'superseded',
    supersededBy: 'vpngw1-gen1-throughput',
    conflict: 'conflict-05',
  }),
  fact({
    id: 's2s-tunnels-vpngw4-5-2019',
    title: 'VpnGw4/VpnGw5 (and AZ) site-to-site tunnels when Gen2 SKUs were added (2019)',
    value: 30,
    unit: 'tunnels',
    about: ['vpngw4-gen2', 'vpngw5-gen2', 'vpngw4az-gen2', 'vpngw5az-gen2'],
    source: ref(TABLE_INC('2019-11-12'), HISTORY),
    status: 'superseded',
    supersededBy: 'vpngw4az-gen2-s2s-tunnels',
    conflict: 'conflict-03',
    note: 'Raised to 100 in the 06/04/2022 version of the table.',
  }),
  fact({
    id: 'sku-table-split-p2s-columns',
    title: 'SKU table: SSTP and IKEv2 limits first given separately',
    value: '2018-10-29',
    effective: '2018-10-29',
    about: ['sstp', 'ikev2', 'basic'],
    source: ref(TABLE_INC('2018-10-29'), HISTORY),
    conflict: 'conflict-01',
    note: 'SSTP 128 for every SKU; IKEv2 250 / 500 / 1,000 for VpnGw1 / 2 / 3; Basic without IKEv2.',
  }),
  fact({
    id: 'az-skus-first-listed',
    title: 'SKU table: VpnGw1AZ–3AZ first listed, column renamed IKEv2/OpenVPN',
    value: '2019-05-22',
    effective: '2019-05-22',
    source: ref(TABLE_INC('2019-05-22'), HISTORY),
    note: 'BGP and zone-redundant columns were added in the same version.',
  }),
  fact({
    id: 'gen2-skus-first-listed',
    title: 'SKU table: generation column and Gen2 VpnGw2–5 (and AZ) first listed',
    value: '2019-11-12',
    effective: '2019-11-12',
    source: ref(TABLE_INC('2019-11-12'), HISTORY),
    note: 'VpnGw4 with 5,000 and VpnGw5 with 10,000 IKEv2/OpenVPN connections; Gen2 throughput 1.25 / 2.5 / 5 / 10 Gbps.',
  }),
  fact({
    id: 'vpngw4-5-s2s-raised-to-100',
    title: 'SKU table: VpnGw4/5 (and AZ) site-to-site tunnels raised to 100',
    value: '2022-06-04',
    effective: '2022-06-04',
    about: ['vpngw4-gen2', 'vpngw5-gen2', 'vpngw4az-gen2', 'vpngw5az-gen2'],
    source: ref(TABLE_INC('2022-06-04'), HISTORY),
    conflict: 'conflict-03',
  }),
  fact({
    id: 'supported-vms-column-added',
    title: 'SKU table: "supported number of VMs" column added',
    value: '2023-10-19',
    effective: '2023-10-19',
    source: ref(TABLE_INC('2023-10-19'), HISTORY),
  }),
  fact({
    id: 'sku-table-split-az-non-az',
    title: 'SKU table split into recommended (AZ and Basic) and non-AZ (slated for migration)',
    value: '2026-06-08',
    effective: '2026-06-08',
    about: NON_AZ,
    source: ref(TABLE_INC('2026-06-08'), HISTORY),
  }),

  // Site-to-site and VNet-to-VNet design (VPN Gateway topology and design; seed-003 is an undated copy)
  fact({
    id: 'design-s2s-on-prem-device',
    title: 'Site-to-site needs an on-premises VPN device',
    value: 'A site-to-site connection (IPsec/IKE, IKEv1 or IKEv2) needs an on-premises VPN device with a public IP address.',
    source: DESIGN_S2S,
    tags: ['s2s', 'vpn device', 'public ip'],
  }),
  fact({
    id: 'design-s2s-active-active',
    title: 'Active-active recommended for site-to-site',
    value:
      'Active-standby uses one public IP and one active tunnel; active-active uses two public IPs with both tunnels carrying traffic, and is recommended for availability and higher throughput.',
    source: DESIGN_S2S,
    tags: ['active-active', 'active-standby', 'high availability'],
  }),
  fact({
    id: 'design-multi-site-route-based',
    title: 'Multi-site connections need a route-based gateway',
    value:
      'Several connections from one gateway (multi-site) require a route-based VPN type; a virtual network has only one VPN gateway, so all its connections share that gateway’s bandwidth.',
    source: DESIGN_S2S,
    tags: ['multi-site', 'route-based', 'bandwidth'],
  }),
  fact({
    id: 'design-p2s-with-s2s',
    title: 'Point-to-site and site-to-site on one gateway',
    value:
      'Point-to-site needs no on-premises device or public IP and can share a gateway with site-to-site connections when the configuration requirements of both are compatible.',
    source: DESIGN_P2S,
    tags: ['p2s', 's2s', 'same gateway'],
  }),
  fact({
    id: 'design-vnet-to-vnet',
    title: 'VNet-to-VNet connections',
    value:
      'IPsec/IKE tunnels between VPN gateways of virtual networks in the same or different regions, subscriptions or deployment models; can be combined with multi-site. Virtual network peering, which needs no gateway, may fit better.',
    source: DESIGN_V2V,
    tags: ['vnet-to-vnet', 'peering'],
  }),
  // ───────────── issue 12, topic 6: what one client tunnel gets vs the SKU's aggregate; Gen1 vs Gen2; sizing ─────────────
  fact({
    id: 'p2s-throughput-per-connection',
    title: 'Throughput of one point-to-site connection (one user)',
    value:
      'Not published per client. One user gets far less than the SKU aggregate: the encryption cost of the tunnel and the latency and bandwidth of the user’s own internet link set the ceiling',
    source: ref(FAQ_2026, 'How much throughput can I expect through site-to-site or point-to-site connections?'),
    note: 'The aggregate benchmark is for all S2S and P2S traffic together, and the per-tunnel table (best case 2.3 Gbps, gateway-per-tunnel-throughput-max) comes from site-to-site tests. For sizing: pick the SKU for the number of concurrent users and their combined traffic; a bigger SKU raises the total and the connection limit, not what one home connection can carry.',
    tags: [
      'per user',
      'per client',
      'one user',
      'single user',
      'single connection',
      'per connection',
      'speed',
      'slow',
      'throughput',
      'bandwidth',
      'sizing',
    ],
  }),
  fact({
    id: 'p2s-only-gateway-throughput-follows-sku',
    title: 'Total throughput of a gateway that carries only IKEv2 P2S connections',
    value: 'Follows the aggregate throughput of the gateway SKU',
    source: ref(FAQ_2026, 'How much throughput can I expect through site-to-site or point-to-site connections?'),
    note: 'With S2S tunnels on the same gateway, all tunnels share that aggregate (gateway-bandwidth-shared-by-tunnels).',
    tags: ['aggregate', 'total', 'ikev2', 'p2s', 'throughput', 'whole gateway'],
  }),
  fact({
    id: 'gateway-p2s-bandwidth-metric',
    title: 'Azure Monitor metrics for point-to-site traffic',
    value:
      'Gateway P2S Bandwidth (bytes/s, 1-minute average of all P2S connections together) and P2S Connection Count (1 minute); the metric list has no per-user throughput metric',
    source: ref('vpn-vpn-gateway-howto-setup-alerts-virtual-network-gateway-metric-2020-09-03', 'Set up alerts on VPN Gateway metrics'),
    note: 'Dividing the first by the second gives an average per connected user, not what any one user gets. Both metrics can drive alerts.',
    tags: ['azure monitor', 'metric', 'p2s bandwidth', 'connection count', 'per user', 'monitoring', 'alert'],
  }),
  fact({
    id: 'gen2-vs-gen1-same-tier',
    title: 'Gen2 vs Gen1 at the same tier',
    value:
      'Same connection limits, more aggregate throughput: VpnGw2(AZ) 1 Gbps Gen1 vs 1.25 Gbps Gen2, VpnGw3(AZ) 1.25 Gbps Gen1 vs 2.5 Gbps Gen2; VpnGw4 and VpnGw5 exist only as Gen2',
    source: AZ_TABLE,
    note: 'Per tunnel the gap is smaller (VpnGw3: 1.25 Gbps Gen1, 1.5 Gbps Gen2 with GCMAES256). VpnGw1(AZ) is Gen1 only. Gen1 gateways with a Standard public IP are moved to Gen2 by Azure (gen1-retirement).',
    tags: ['gen1', 'gen2', 'generation', 'generation1', 'generation2', 'throughput', 'vpngw2', 'vpngw3'],
  }),
  fact({
    id: 'sku-upgrade-keeps-ip-and-profiles',
    title: 'Upgrading a gateway SKU (including Gen1 to a Gen2 AZ SKU)',
    value:
      'About 45 minutes with little downtime; the public IP stays, so VPN devices and P2S clients need no new configuration. Gen1 to Gen2 AZ is offered as a migration; Gen1 to Gen1 AZ and Gen2 to Gen2 AZ as an upgrade',
    source: ref('vpn-gateway-sku-upgrade-2026-03-03', 'Considerations'),
    note: 'Moving to the AZ SKU of the same tier (for example VpnGw1 to VpnGw1AZ) has no downtime. Basic cannot be upgraded: delete and re-create, with a new IP and new client profiles.',
    tags: ['upgrade', 'resize', 'gen1', 'gen2', 'migration', 'profile', 'public ip', 'downtime'],
  }),
  fact({
    id: 'sku-generation-change-2024',
    title: 'Moving between SKU generations (2024 resize table)',
    value:
      'Resizing worked only within a generation; Gen1 AZ to Gen2 AZ was a "change": delete the gateway and create a new one, with a new public IP and new P2S client packages',
    source: ref('inc-vpn-gateway-sku-resize-methods-table-2024-01-24', 'Table: starting SKU, target SKU, resize or change'),
    status: 'superseded',
    supersededBy: 'sku-upgrade-keeps-ip-and-profiles',
    note: 'The 2026 upgrade article offers Gen1 to Gen2 AZ as an in-place migration that keeps the IP and the client profiles.',
    tags: ['resize', 'change', 'gen1', 'gen2'],
  }),
  fact({
    id: 'sku-downgrade-requires-recreate',
    title: 'Downgrading a gateway SKU',
    value: 'Not possible in place: delete the gateway and create a smaller one (new public IP, new P2S client profiles)',
    source: ref('vpn-gateway-sku-upgrade-2026-03-03', 'Limitations and restrictions'),
    note: 'Size with headroom for growth rather than planning to step down later.',
    tags: ['downgrade', 'smaller sku', 'resize', 'recreate'],
  }),
];

export const vpnGatewaySkus: DataModule = {
  file: 'knowledge/data/vpn-gateway-skus.ts',
  gatewaySkus: gatewaySkuRows,
  facts,
};
