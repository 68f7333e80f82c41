/**
 * Other services remote-work answers draw on, topic 'other-services': partner NVAs (third-party VPN),
 * Azure Firewall, Application Gateway, and the framing facts of the umbrella remote-work article (seed-002).
 * Main sources: the NVA, Azure Firewall and Application Gateway remote-work articles and seed-002 (the
 * versions cited are in `src` below and in sources.ts).
 *
 * How to add an entry:
 * - A fact in `facts` with topic 'other-services': a stable kebab-case id, a short title, the value (number
 *   with `unit`, or a text rule as a string), the source version (`src.*` below, or a new SourceRef following
 *   the README id rule) and a note in our own words.
 * - A value the sources don't give: `value: null` and `unknown: 'why'`.
 * - An older value: its own fact with `status: 'superseded'`, `supersededBy` and its older source;
 *   add `conflict: 'conflict-NN'` when an entry in conflicts.ts covers it.
 */
import type { DataModule } from '../model';
import type { SourceRef } from '../schema';

const ref = (sourceId: string, section: string): SourceRef => ({ sourceId, section });

const src = {
  // NVAs, Azure Firewall, Application Gateway
  nva: ref('vpn-nva-work-remotely-support-2023-05-05', 'Network Virtual Appliances (third-party VPN) for remote work'),
  nva2020: ref('vpn-nva-work-remotely-support-2020-03-21', 'Network Virtual Appliances (third-party VPN) for remote work'),
  firewall: ref('firewall-remote-work-support-2025-12-31', 'Azure Firewall for remote work'),
  appgw: ref('appgw-high-traffic-support-2023-05-19', 'Application Gateway high-traffic guidance'),
  // Umbrella article (seed-002), headings of the seed
  umbrellaIntro: ref('seed-002', 'Enable remote work by using Azure networking services'),
  umbrellaElastic: ref('seed-002', 'Elasticity and high availability in the Microsoft network'),
  umbrellaEmployees: ref('seed-002', 'Enable employees to work remotely'),
  umbrellaGlobal: ref('seed-002', 'Extend employee connections to access globally distributed resources'),
  umbrellaMulticloud: ref('seed-002', 'Microsoft support for multicloud traffic'),
};

export const otherServices: DataModule = {
  file: 'knowledge/data/other-services.ts',

  facts: [
    // ───────────────────────── Partner NVAs ─────────────────────────
    {
      id: 'nva-one-tunnel-per-user',
      topic: 'other-services',
      title: 'NVA capacity: one tunnel per remote user',
      value:
        'Every point-to-site user holds one encrypted tunnel (IPsec or SSL), so size the appliance for concurrent users and plan the total bandwidth all of them need.',
      source: src.nva,
      tags: ['nva', 'concurrent users', 'throughput', 'sizing'],
    },
    {
      id: 'nva-vm-size',
      topic: 'other-services',
      title: 'NVA VM size',
      value:
        'Follow the vendor sizing; for many point-to-site sessions choose larger sizes such as Dv2/DSv2 (more vCPUs and bandwidth), and ask the vendor when unsure.',
      source: src.nva,
      tags: ['nva', 'vm size', 'dv2'],
    },
    {
      id: 'nva-multiple-instances',
      topic: 'other-services',
      title: 'NVA instance count',
      value: 'Scaling up has limits; deploy several instances for large user counts.',
      source: src.nva,
      tags: ['nva', 'scale out', 'instances'],
    },
    {
      id: 'nva-ipsec-vs-ssl',
      topic: 'other-services',
      title: 'IPsec or SSL VPN on an NVA',
      value: 'IPsec implementations generally perform better than SSL VPN.',
      source: src.nva,
      tags: ['nva', 'ipsec', 'ssl vpn', 'performance'],
    },
    {
      id: 'nva-licensing',
      topic: 'other-services',
      title: 'NVA licensing',
      value: 'Check that licences cover a sudden increase in users; they may cap connections or bandwidth.',
      source: src.nva,
      tags: ['nva', 'license'],
    },
    {
      id: 'nva-accelerated-networking',
      topic: 'other-services',
      title: 'NVA Accelerated Networking',
      value:
        'Prefer appliances that support SR-IOV Accelerated Networking, available on most general-purpose and compute-optimized sizes with 2 or more vCPUs.',
      source: src.nva,
      tags: ['nva', 'accelerated networking', 'sr-iov'],
    },
    {
      id: 'nva-monitoring',
      topic: 'other-services',
      title: 'NVA monitoring',
      value: 'Use the vendor tools plus Azure Monitor Network Insights: CPU, network in/out, inbound/outbound flows.',
      source: src.nva,
      tags: ['nva', 'monitoring', 'azure monitor'],
    },
    {
      id: 'nva-partners',
      topic: 'other-services',
      title: 'Partners with remote-work NVA guidance',
      value: 'Barracuda, Check Point, Cisco AnyConnect, Citrix, F5, Fortinet, Palo Alto, Kemp',
      source: src.nva,
      tags: ['nva', 'partners', 'marketplace'],
    },
    {
      id: 'nva-partners-2020',
      topic: 'other-services',
      title: 'Partners with remote-work NVA guidance (2020 list)',
      value: 'Barracuda, Cisco, Citrix, F5, Fortinet, Palo Alto',
      source: src.nva2020,
      status: 'superseded',
      supersededBy: 'nva-partners',
      note: 'Check Point and Kemp were added in the 2023 version.',
      tags: ['nva', 'partners'],
    },

    // ───────────────────────── Azure Firewall ─────────────────────────
    {
      id: 'firewall-managed-ha',
      topic: 'other-services',
      title: 'Azure Firewall service model',
      value: 'A managed, stateful firewall service with built-in high availability that scales with demand.',
      source: src.firewall,
      tags: ['azure firewall', 'high availability'],
    },
    {
      id: 'firewall-vdi-protection',
      topic: 'other-services',
      title: 'Protecting VDI with Azure Firewall',
      value: 'Control inbound and outbound internet access of VDI deployments with DNAT rules and threat-intelligence-based filtering.',
      source: src.firewall,
      tags: ['azure firewall', 'vdi', 'dnat', 'threat intelligence'],
    },
    {
      id: 'firewall-avd-outbound',
      topic: 'other-services',
      title: 'Azure Virtual Desktop behind Azure Firewall',
      value:
        'Azure Virtual Desktop needs no inbound access to the virtual network, but its VMs need a set of outbound connections that the firewall must allow.',
      source: src.firewall,
      note: 'The 2020 version of the article called the service Windows Virtual Desktop.',
      tags: ['azure firewall', 'avd', 'azure virtual desktop', 'windows virtual desktop', 'wvd', 'outbound'],
    },
    {
      id: 'avd-no-gateway-servers',
      topic: 'other-services',
      title: 'What you run for Azure Virtual Desktop',
      value:
        'Azure Virtual Desktop needs no extra gateway servers; you are responsible only for the session-host VMs in your virtual network.',
      source: src.umbrellaEmployees,
      tags: ['avd', 'vdi', 'session hosts'],
    },

    // ───────────────────────── Application Gateway ─────────────────────────
    {
      id: 'appgw-v1-max-instances',
      topic: 'other-services',
      title: 'Application Gateway v1: maximum instances',
      value: 32,
      unit: 'instances',
      source: src.appgw,
      tags: ['application gateway', 'v1', 'instances'],
    },
    {
      id: 'appgw-v1-buffer',
      topic: 'other-services',
      title: 'Application Gateway sizing headroom',
      value: '10–20%',
      source: src.appgw,
      note: 'v1: size the instance count from peak CPU plus this headroom. Manual v2: peak compute units divided by the compute units per instance, plus the same headroom (the article’s example: 50 instances at peak, provision 55–60).',
      tags: ['application gateway', 'buffer', 'headroom', 'sizing'],
    },
    {
      id: 'appgw-v1-cpu-alert',
      topic: 'other-services',
      title: 'Application Gateway v1: CPU alert threshold',
      value: 80,
      unit: '%',
      source: src.appgw,
      note: 'Alert when average CPU goes above this.',
      tags: ['application gateway', 'v1', 'cpu', 'alert'],
    },
    {
      id: 'appgw-v2-max-instances',
      topic: 'other-services',
      title: 'Application Gateway v2: maximum autoscale instances',
      value: 125,
      unit: 'instances',
      source: src.appgw,
      note: 'Set the autoscale maximum to this, as far as the subnet has room.',
      tags: ['application gateway', 'v2', 'autoscale', 'instances'],
    },
    {
      id: 'appgw-v2-beyond-max',
      topic: 'other-services',
      title: 'Beyond one Application Gateway v2 at maximum scale',
      value: 'Put Traffic Manager or Front Door in front of several gateways.',
      source: src.appgw,
      tags: ['application gateway', 'traffic manager', 'front door'],
    },
    {
      id: 'appgw-autoscale-time',
      topic: 'other-services',
      title: 'Application Gateway v2: time for autoscale to add capacity',
      value: '3–5',
      unit: 'minutes',
      source: src.appgw,
      note: 'Because scaling lags, set a minimum instance count from the average compute units rather than relying on autoscale alone.',
      tags: ['application gateway', 'autoscale'],
    },
    {
      id: 'appgw-instance-compute-units',
      topic: 'other-services',
      title: 'Compute units one Application Gateway v2 instance handles',
      value: 10,
      unit: 'compute units',
      source: src.appgw,
      note: 'At least this many per instance; used to turn average or peak compute units into an instance count.',
      tags: ['application gateway', 'compute units', 'sizing'],
    },
    {
      id: 'appgw-v2-min-instances-example',
      topic: 'other-services',
      title: 'Application Gateway v2: minimum-instance example',
      value:
        'If peak load needs 50 instances, a minimum of 25–30 (rather than under 10) leaves room for short bursts while autoscale catches up.',
      source: src.appgw,
      note: 'The article’s example. The minimum itself comes from average compute units divided by the compute units one instance handles.',
      tags: ['application gateway', 'minimum instances'],
    },
    {
      id: 'appgw-alert-thresholds',
      topic: 'other-services',
      title: 'Application Gateway alerts to set',
      value:
        'Compute units above 75% of average use; capacity units above 75% of peak; unhealthy hosts above 20% of the backend pool; 4xx and 5xx responses; failed requests (e.g. more than 100 in 5 minutes); backend last-byte and total time up by 30%.',
      source: src.appgw,
      tags: ['application gateway', 'alerts', 'monitoring'],
    },
    {
      id: 'appgw-v2-vs-v1',
      topic: 'other-services',
      title: 'Why prefer Application Gateway v2',
      value: 'About five times better TLS offload, zone redundancy and faster deployment than v1.',
      source: src.appgw,
      tags: ['application gateway', 'v2', 'v1', 'tls offload'],
    },
    {
      id: 'appgw-waf-v2',
      topic: 'other-services',
      title: 'WAF_v2 protections for traffic surges',
      value: 'Geo-filtering and bot protection.',
      source: src.appgw,
      tags: ['waf', 'bot protection', 'geo-filtering'],
    },
    {
      id: 'appgw-tls-policy',
      topic: 'other-services',
      title: 'Application Gateway TLS policy',
      value: 'AppGwSslPolicy20220101 or newer (minimum TLS 1.2)',
      source: src.appgw,
      tags: ['tls', 'ssl policy'],
    },

    // ───────────────────────── Umbrella article (seed-002) ─────────────────────────
    {
      id: 'remote-work-bottlenecks',
      topic: 'other-services',
      title: 'Where remote-work congestion shows up',
      value:
        'Mostly in home broadband networks and in the VPN gateways of on-premises corporate networks, not in private WANs or corporate core networks.',
      source: src.umbrellaIntro,
      tags: ['congestion', 'bottleneck', 'broadband'],
    },
    {
      id: 'traffic-priorities',
      topic: 'other-services',
      title: 'Treat traffic types differently',
      value:
        'Give delay- and jitter-sensitive traffic (e.g. telemedicine) the best path and quality of service; delay-tolerant traffic (e.g. storage replication) can take a suboptimal route.',
      source: src.umbrellaIntro,
      tags: ['qos', 'priority', 'latency', 'jitter'],
    },
    {
      id: 'microsoft-network-traffic-attraction',
      topic: 'other-services',
      title: 'Microsoft network takes traffic in close to its origin',
      value:
        'Traffic for or through Microsoft resources enters the Microsoft network as close as possible to where it starts, which takes load off congested first- and last-mile networks.',
      source: src.umbrellaElastic,
      tags: ['microsoft network', 'first mile', 'last mile'],
    },
    {
      id: 'vnet-peering-global-resources',
      topic: 'other-services',
      title: 'Virtual network peering for remote workers',
      value: 'Peering connects virtual networks across regions, so remote workers connected to one network can reach resources in several.',
      source: src.umbrellaGlobal,
      tags: ['peering', 'regions', 'global'],
    },
    {
      id: 'multicloud-options',
      topic: 'other-services',
      title: 'Connecting Azure to other clouds',
      value: 'Site-to-site VPN between the two clouds, or ExpressRoute; Virtual WAN, VPN Gateway and ExpressRoute can all carry it.',
      source: src.umbrellaMulticloud,
      tags: ['multicloud', 'aws', 'gcp', 'other clouds'],
    },
    {
      id: 'multicloud-er-providers',
      topic: 'other-services',
      title: 'ExpressRoute providers that also reach other clouds',
      value: 'Most providers in the ExpressRoute partner ecosystem also offer private connectivity to other public clouds.',
      source: src.umbrellaMulticloud,
      tags: ['multicloud', 'provider'],
    },
    {
      id: 'oracle-interconnect',
      topic: 'other-services',
      title: 'Azure and Oracle Cloud Infrastructure',
      value:
        'Oracle Cloud is in the ExpressRoute partner ecosystem; a direct interconnection between Azure and Oracle Cloud Infrastructure can be set up.',
      source: src.umbrellaMulticloud,
      tags: ['oracle', 'oci', 'multicloud'],
    },
  ],
};
