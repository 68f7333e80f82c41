/**
 * Remote-work scenarios: what to build for a given need, in order, and which limits apply.
 * One entry per scenario described in the seeds (seed-000 Virtual WAN remote work, seed-002 the umbrella
 * remote-work article, seed-003 VPN Gateway topology and design, seed-004 VPN Gateway point-to-site remote
 * work) and in the remote-work articles they point to (see each scenario's `sources`).
 *
 * How to add a scenario:
 * - Pick a stable kebab-case id; write `title`, a one-sentence `summary`, `whenItFits` / `whenNot`
 *   bullets and ordered `steps`, all in our own words.
 * - Never type a number in prose (title, summary, bullets, step text): name the limit ("the SSTP
 *   connection cap") and put its fact id in the step's `facts`, so the number comes from the model
 *   with its source. Dates are lifecycle events: describe them in words ("before SSTP can no longer
 *   be enabled").
 * - `facts` lists every limit that applies; `related` names other scenario ids; `commands` are bot
 *   commands without the /vpn prefix; `sources` cite the newest version of each describing
 *   document plus the seed that carries it.
 */
import type { DataModule } from '../model';
import type { SourceRef } from '../schema';

const ref = (sourceId: string, section: string): SourceRef => ({ sourceId, section });

const umbrella = {
  employees: [
    ref('networking-working-remotely-support-2023-04-09', 'Enable employees to work remotely'),
    ref('seed-002', 'Enable employees to work remotely'),
  ],
  global: [
    ref('networking-working-remotely-support-2023-04-09', 'Extend employee connections to access globally distributed resources'),
    ref('seed-002', 'Extend employee connections to access globally distributed resources'),
  ],
};

export const scenarios: DataModule = {
  file: 'knowledge/data/scenarios.ts',

  scenarios: [
    {
      id: 'azure-only',
      title: 'Point-to-site VPN for users who need Azure resources only',
      summary:
        'Remote users connect from their own devices to a VPN gateway in the Azure virtual network and reach the workloads there, with no on-premises equipment involved.',
      whenItFits: [
        'Remote users only need applications and VMs hosted in Azure.',
        'You want capacity quickly for a surge of home workers and may turn it off later.',
        'There is no on-premises VPN device or public IP address to work with.',
      ],
      whenNot: [
        'Users also need on-premises resources: add a site-to-site tunnel (azure-and-on-premises).',
        'The user count is beyond what one gateway carries, or users span many regions: use Virtual WAN User VPN (virtual-wan-remote-users).',
        'Only administrators need RDP or SSH to VMs: Azure Bastion avoids a VPN altogether (bastion-admin-access).',
      ],
      steps: [
        {
          text: 'If the virtual network has no VPN gateway yet, create one. It must be route-based, needs a GatewaySubnet of the minimum size and a Standard public IP, and creation takes a while, so start early.',
          facts: ['p2s-requires-route-based', 'gateway-subnet-min-prefix', 'gateway-public-ip-sku', 'gateway-creation-time'],
        },
        {
          text: 'Pick the gateway SKU from the peak number of concurrent users: IKEv2/OpenVPN connections scale with the SKU, SSTP stays at a fixed cap on every SKU, and the throughput figure is shared by all tunnels.',
          facts: [
            'vpngw1az-gen1-p2s-ikev2-openvpn',
            'vpngw4az-gen2-p2s-ikev2-openvpn',
            'vpngw5az-gen2-p2s-ikev2-openvpn',
            'sstp-max-connections',
            'throughput-benchmark-shared',
          ],
        },
        {
          text: 'Configure point-to-site on the gateway: a client address pool that overlaps nothing you route to, the tunnel types, and an authentication method chosen from the client operating systems in use (for a mix, OpenVPN with certificates).',
          facts: ['p2s-pool-min-prefix-active-passive', 'p2s-pool-min-prefix-active-active', 'p2s-mixed-os-openvpn-certificate'],
        },
        {
          text: 'With certificate authentication, upload the root certificate (a limited number can be uploaded) and issue a client certificate to every user.',
          facts: ['p2s-root-certificates-max'],
        },
        {
          text: 'Download the VPN client profile package and hand it out; generate and distribute it again whenever the point-to-site configuration changes.',
          facts: ['p2s-profile-regenerate-after-change'],
        },
        {
          text: 'Users connect. Make sure home and hotel firewalls let the chosen protocol out; IKEv2 needs non-web ports that are sometimes blocked.',
          facts: ['ikev2-ports', 'openvpn-ports'],
        },
        {
          text: 'To reach peered virtual networks, enable gateway transit on the peerings, and keep the number of routes within what the clients accept.',
          facts: ['p2s-peered-vnet-access', 'route-limit-windows-ikev2', 'route-limit-openvpn'],
        },
      ],
      services: ['VPN Gateway'],
      facts: [
        'p2s-requires-route-based',
        'gateway-subnet-min-prefix',
        'gateway-public-ip-sku',
        'gateway-creation-time',
        'vpngw1az-gen1-p2s-ikev2-openvpn',
        'vpngw4az-gen2-p2s-ikev2-openvpn',
        'vpngw5az-gen2-p2s-ikev2-openvpn',
        'sstp-max-connections',
        'throughput-benchmark-shared',
        'p2s-pool-min-prefix-active-passive',
        'p2s-pool-min-prefix-active-active',
        'p2s-root-certificates-max',
        'p2s-peered-vnet-access',
        'route-limit-windows-ikev2',
        'route-limit-openvpn',
        'p2s-elastic-provisioning',
        'p2s-mixed-os-openvpn-certificate',
      ],
      related: ['azure-and-on-premises', 'virtual-wan-remote-users', 'sstp-migration', 'bastion-admin-access'],
      commands: ['sizing 5000 users', 'compat macos certificate', 'compat windows entra', 'pool 172.16.0.0/22', 'scenario azure-only'],
      sources: [
        ref('vpn-work-remotely-support-2024-07-10', 'Scenario 1 — users need Azure resources only'),
        ref('seed-004', 'Scenario 1 - Users need access to resources in Azure only'),
      ],
    },
    {
      id: 'azure-and-on-premises',
      title: 'Point-to-site plus site-to-site with BGP for Azure and on-premises access',
      summary:
        'Remote users connect to the Azure VPN gateway, which also holds a BGP-enabled site-to-site tunnel to the corporate network, so one connection reaches both Azure and on-premises resources.',
      whenItFits: [
        'Remote users need resources in Azure and in on-premises datacenters.',
        'The on-premises VPN gateway is congested and you want to move remote users to Azure.',
        'An on-premises VPN device with a public IP address is available.',
      ],
      whenNot: [
        'Users need Azure only: the plain point-to-site setup is enough (azure-only).',
        'Many branches and very many users across regions: a Virtual WAN hub connects users and sites automatically (virtual-wan-on-premises).',
      ],
      steps: [
        {
          text: 'Create a route-based VPN gateway if there is none; point-to-site and site-to-site share it when their settings are compatible.',
          facts: ['p2s-requires-route-based', 'design-p2s-with-s2s', 'gateway-subnet-min-prefix', 'gateway-creation-time'],
        },
        {
          text: 'Configure point-to-site exactly as for Azure-only access (address pool, tunnel type, authentication).',
          facts: ['p2s-pool-min-prefix-active-passive', 'sstp-max-connections'],
        },
        {
          text: 'Add a site-to-site connection on the Azure gateway with BGP enabled. Without BGP, point-to-site clients are not given routes to the on-premises site. Site-to-site tunnels have their own per-SKU limit, separate from point-to-site connections.',
          facts: ['vpngw4az-gen2-s2s-tunnels', 'sku-limits-separate-additive', 's2s-tunnels-use-virtual-wan-above'],
        },
        {
          text: 'Configure the on-premises VPN device (it needs a public IP address) to connect to the Azure gateway; active-active tunnels give better availability and throughput.',
          facts: ['design-s2s-on-prem-device', 'design-s2s-active-active'],
        },
        {
          text: 'Once the site-to-site connection is up, download the point-to-site profile from the portal and distribute it to clients.',
          facts: ['p2s-profile-regenerate-after-change'],
        },
        {
          text: 'Check route counts: on-premises prefixes count toward the client route limits, and a RADIUS server on-premises can only be reached through the site-to-site tunnel.',
          facts: ['route-limit-windows-ikev2', 'route-limit-openvpn', 'radius-on-prem-requires-s2s'],
        },
      ],
      services: ['VPN Gateway'],
      facts: [
        'p2s-requires-route-based',
        'design-p2s-with-s2s',
        'gateway-subnet-min-prefix',
        'gateway-creation-time',
        'p2s-pool-min-prefix-active-passive',
        'sstp-max-connections',
        'vpngw4az-gen2-s2s-tunnels',
        'sku-limits-separate-additive',
        's2s-tunnels-use-virtual-wan-above',
        'design-s2s-on-prem-device',
        'design-s2s-active-active',
        'design-multi-site-route-based',
        'route-limit-windows-ikev2',
        'route-limit-openvpn',
        'radius-on-prem-requires-s2s',
        'radius-request-timeout',
        'remote-work-bottlenecks',
      ],
      related: ['azure-only', 'virtual-wan-on-premises', 'expressroute-hybrid', 's2s-expressroute-coexistence', 'site-to-site-multi-site'],
      commands: ['sizing 2000 users', 'compat windows radius', 'pool 172.16.0.0/22', 'scenario azure-and-on-premises'],
      sources: [
        ref('vpn-work-remotely-support-2024-07-10', 'Scenario 2 — users need Azure and/or on-premises resources'),
        ref('seed-004', 'Scenario 2 - Users need access to resources in Azure and/or on-premises resources'),
        ...umbrella.global,
      ],
    },
    {
      id: 'virtual-wan-remote-users',
      title: 'User VPN in a Virtual WAN hub',
      summary:
        'Remote users connect with point-to-site VPN to a Virtual WAN hub, which scales by scale units well beyond a single VPN gateway and routes them to every connected virtual network.',
      whenItFits: [
        'Large or fast-growing numbers of remote users, possibly in several regions.',
        'You want any-to-any connectivity between users, branches and hub-and-spoke networks.',
        'You already run, or plan, a Standard virtual WAN.',
      ],
      whenNot: [
        'A small group of users reaching one virtual network: a VPN gateway is simpler (azure-only).',
        'Your virtual WAN is Basic: upgrade it first (virtual-wan-basic-upgrade).',
        'Users need SSTP: User VPN supports IKEv2 and OpenVPN only.',
      ],
      steps: [
        {
          text: 'Make sure the virtual WAN is Standard (Basic has no point-to-site) and create or pick a hub in the region closest to the users; creating a hub with a gateway takes time.',
          facts: ['vwan-basic-no-p2s', 'vwan-hub-creation-time-with-gateway'],
        },
        {
          text: 'Create a User VPN configuration with the tunnel type (IKEv2 or OpenVPN) and the authentication method.',
          facts: ['vwan-p2s-tunnel-types'],
        },
        {
          text: 'Add the point-to-site gateway to the hub with enough scale units for peak concurrent users, within the per-hub user limit; changing scale units later causes downtime.',
          facts: ['vwan-hub-p2s-users', 'vwan-user-vpn-su-7-connections', 'vwan-scale-unit-change-downtime'],
        },
        {
          text: 'Give it client address pools large enough for the scale units chosen.',
          facts: ['vwan-pool-min-addresses'],
        },
        {
          text: 'Connect the virtual networks that hold the workloads to the hub.',
          facts: ['vwan-hub-vnet-connections'],
        },
        {
          text: 'Download the profile and configure each user: Azure VPN Client, an OpenVPN client, or any IKEv2-capable client.',
          facts: [],
        },
      ],
      services: ['Virtual WAN'],
      facts: [
        'vwan-basic-no-p2s',
        'vwan-hub-creation-time-with-gateway',
        'vwan-p2s-tunnel-types',
        'vwan-hub-p2s-users',
        'vwan-user-vpn-su-7-connections',
        'vwan-scale-unit-change-downtime',
        'vwan-pool-min-addresses',
        'vwan-hub-vnet-connections',
        'vwan-remote-work-uses',
        'vwan-help-contact',
      ],
      related: ['virtual-wan-on-premises', 'virtual-wan-basic-upgrade', 'azure-only'],
      commands: ['sizing 50000 users', 'pool 10.20.0.0/16', 'compat macos entra', 'scenario virtual-wan-remote-users'],
      sources: [
        ref('vwan-work-remotely-support-2023-02-03', 'Scenario A — set up remote-user connectivity'),
        ref('seed-000', 'Set up remote user connectivity'),
        ...umbrella.employees,
      ],
    },
    {
      id: 'virtual-wan-on-premises',
      title: 'Virtual WAN remote users reaching on-premises',
      summary:
        'Remote users on a Virtual WAN hub reach on-premises networks through the same hub, either via a site-to-site VPN device or via an ExpressRoute circuit connected to the hub.',
      whenItFits: [
        'Remote users in a Virtual WAN hub also need on-premises resources or resources behind a private WAN.',
        'You have an IPsec VPN device on-premises, or an ExpressRoute circuit you can reuse.',
      ],
      whenNot: ['You use a standalone VPN gateway rather than Virtual WAN: add a BGP site-to-site tunnel there (azure-and-on-premises).'],
      steps: [
        {
          text: 'Set up User VPN in the hub first (virtual-wan-remote-users).',
          facts: ['vwan-hub-p2s-users'],
        },
        {
          text: 'Option one: connect the existing on-premises IPsec VPN device to the hub with site-to-site VPN. Remote users and the site can then reach each other automatically.',
          facts: ['vwan-p2s-s2s-interconnect-automatic', 'vwan-hub-branch-connections'],
        },
        {
          text: 'Option two: deploy an ExpressRoute gateway in the hub and connect the ExpressRoute circuit (an existing one can be reused). Remote users and ExpressRoute sites can then reach each other automatically.',
          facts: ['vwan-er-needs-hub-gateway', 'vwan-hub-er-circuits'],
        },
        {
          text: 'Check that the on-premises side advertises the prefixes remote users need, and that they don’t overlap the client address pools.',
          facts: ['vwan-pool-min-addresses'],
        },
      ],
      services: ['Virtual WAN', 'ExpressRoute'],
      facts: [
        'vwan-hub-p2s-users',
        'vwan-p2s-s2s-interconnect-automatic',
        'vwan-hub-branch-connections',
        'vwan-er-needs-hub-gateway',
        'vwan-hub-er-circuits',
        'vwan-pool-min-addresses',
        'vwan-remote-work-uses',
      ],
      related: ['virtual-wan-remote-users', 'expressroute-hybrid', 'azure-and-on-premises'],
      commands: ['sizing 20000 users', 'scenario virtual-wan-on-premises'],
      sources: [
        ref('vwan-work-remotely-support-2023-02-03', 'Scenario B — remote users also need on-premises (two options)'),
        ref('seed-000', 'Connectivity from the remote user to on-premises'),
      ],
    },
    {
      id: 'virtual-wan-basic-upgrade',
      title: 'Upgrade a Basic virtual WAN before adding remote users',
      summary: 'A Basic virtual WAN only does site-to-site VPN, so it is upgraded to Standard before User VPN can be added.',
      whenItFits: ['You are an existing Basic Virtual WAN customer and need point-to-site users.'],
      whenNot: ['The virtual WAN is already Standard: go straight to User VPN (virtual-wan-remote-users).'],
      steps: [
        {
          text: 'Check the virtual WAN type: Basic offers site-to-site only, no point-to-site.',
          facts: ['vwan-basic-no-p2s'],
        },
        {
          text: 'Upgrade the virtual WAN from Basic to Standard; every hub becomes Standard, and there is no way back to Basic.',
          facts: ['vwan-upgrade-one-way'],
        },
        {
          text: 'Add the User VPN configuration and point-to-site gateway to the hub.',
          facts: ['vwan-p2s-tunnel-types'],
        },
      ],
      services: ['Virtual WAN'],
      facts: ['vwan-basic-no-p2s', 'vwan-upgrade-one-way', 'vwan-p2s-tunnel-types'],
      related: ['virtual-wan-remote-users'],
      commands: ['scenario virtual-wan-basic-upgrade'],
      sources: [
        ref('vwan-work-remotely-support-2023-02-03', 'Scenario C — existing Basic Virtual WAN customer'),
        ref('seed-000', 'Existing basic Virtual WAN customer'),
        ref('vwan-upgrade-virtual-wan-2023-07-28', 'Basic vs Standard Virtual WAN'),
      ],
    },
    {
      id: 'expressroute-hybrid',
      title: 'ExpressRoute for hybrid connectivity and large bandwidth',
      summary:
        'A private ExpressRoute circuit, through a provider or ExpressRoute Direct, links on-premises or colocation networks with Azure so remote users reaching Azure can get to on-premises resources without crossing the internet.',
      whenItFits: [
        'Traffic between Azure and on-premises needs more bandwidth or steadier latency than internet VPN gives.',
        'You already work with a provider in the ExpressRoute partner ecosystem, which shortens setup.',
        'Very large bandwidth: ExpressRoute Direct connects straight to the Microsoft backbone.',
      ],
      whenNot: [
        'A quick, internet-based link is enough: site-to-site VPN (azure-and-on-premises).',
        'You only need a modest link quickly and internet VPN is acceptable: site-to-site VPN is faster to set up (site-to-site-multi-site).',
      ],
      steps: [
        {
          text: 'Learn the connectivity models, circuits and routing domains: private peering for Azure workloads, Microsoft peering for Microsoft public endpoints.',
          facts: ['er-peering-types', 'er-not-over-internet'],
        },
        {
          text: 'Choose a provider and peering location for a provider circuit, or ExpressRoute Direct ports for the largest bandwidths (the subscription must be enrolled first).',
          facts: [
            'er-provider-circuit-range',
            'er-direct-line-rates',
            'er-direct-10g-circuits',
            'er-direct-100g-circuits',
            'er-direct-10g-subscribed',
            'er-direct-100g-subscribed',
            'er-direct-enrolment',
            'er-partner-ecosystem',
          ],
        },
        {
          text: 'Check the prerequisites, then create the circuit and its peering.',
          facts: ['er-routes-max'],
        },
        {
          text: 'Create an ExpressRoute gateway in the virtual network, sized for throughput, flows and the number of circuits; the GatewaySubnet must be large enough, and bigger for the highest circuit count.',
          facts: [
            'ergw1az-throughput',
            'ergw2az-throughput',
            'ergw3az-throughput',
            'ergwscale-max-units',
            'ergwscale-scale-time',
            'er-gateway-subnet-min-prefix',
            'er-gateway-subnet-16-circuits-prefix',
          ],
        },
        {
          text: 'Link the virtual network to the circuit, keeping within the circuit connections of the gateway SKU and the per-peering-location cap.',
          facts: [
            'ergw1az-max-circuits',
            'ergw3az-max-circuits',
            'er-same-peering-location-circuits-max',
            'ergwscale-16-circuits-min-units',
          ],
        },
        {
          text: 'Watch the gateway connection metrics and raise the circuit bandwidth in place when remote-work load grows; keep packet sizes within what the gateway forwards.',
          facts: ['er-circuit-bandwidth-increase', 'er-max-packet-size'],
        },
      ],
      services: ['ExpressRoute', 'ExpressRoute Direct'],
      facts: [
        'er-peering-types',
        'er-not-over-internet',
        'er-provider-circuit-range',
        'er-direct-line-rates',
        'er-direct-10g-circuits',
        'er-direct-100g-circuits',
        'er-direct-10g-subscribed',
        'er-direct-100g-subscribed',
        'er-direct-enrolment',
        'er-partner-ecosystem',
        'er-routes-max',
        'er-gateway-advertised-routes-max',
        'ergw1az-throughput',
        'ergw2az-throughput',
        'ergw3az-throughput',
        'ergwscale-max-units',
        'ergwscale-scale-time',
        'er-gateway-subnet-min-prefix',
        'er-gateway-subnet-16-circuits-prefix',
        'ergw1az-max-circuits',
        'ergw3az-max-circuits',
        'er-same-peering-location-circuits-max',
        'ergwscale-16-circuits-min-units',
        'er-circuit-bandwidth-increase',
        'er-max-packet-size',
        'er-vnet-peerings-max',
      ],
      related: ['s2s-expressroute-coexistence', 'virtual-wan-on-premises', 'azure-and-on-premises', 'multicloud'],
      commands: ['expressroute 5 gbps', 'expressroute 40 gbps', 'scenario expressroute-hybrid'],
      sources: [
        ref('er-work-remotely-support-2020-03-22', 'Next steps'),
        ref('er-expressroute-erdirect-about-2024-03-28', 'ExpressRoute Direct and circuits'),
        ...umbrella.global,
      ],
    },
    {
      id: 'bastion-admin-access',
      title: 'Azure Bastion for administrators and developers instead of VPN',
      summary:
        'Admins and developers open RDP or SSH sessions to Azure VMs from the Azure portal through Azure Bastion, without a VPN and without public IPs on the VMs.',
      whenItFits: [
        'The people who need access are admins or developers working on Azure VMs.',
        'You don’t want public IPs on VMs or a VPN client on admin laptops.',
      ],
      whenNot: [
        'Users need network-level access to applications or on-premises resources: use point-to-site VPN (azure-only).',
        'Concurrent sessions exceed what one host at maximum scale carries: the sources don’t say whether a second host per virtual network helps.',
        'Production use on the Developer SKU: it is for dev/test.',
      ],
      steps: [
        {
          text: 'Deploy one Bastion in the virtual network that holds the VMs (Bastion is per virtual network; dedicated SKUs also reach peered networks).',
          facts: ['bastion-per-vnet'],
        },
        {
          text: 'Create AzureBastionSubnet of at least the minimum size and, unless it is a private-only Premium deployment, a Standard static public IP.',
          facts: ['bastion-subnet-min-prefix', 'bastion-public-ip', 'bastion-public-ip-required'],
        },
        {
          text: 'Pick the SKU: Developer connects one VM at a time and is not for production; Basic has a fixed instance count; Standard and Premium scale out.',
          facts: [
            'bastion-skus',
            'bastion-developer-max-sessions',
            'bastion-developer-production',
            'bastion-basic-instances-max',
            'bastion-host-scaling-requires-standard',
          ],
        },
        {
          text: 'Size the instance count from peak concurrent RDP and SSH sessions at a medium workload; heavy file transfer lowers what each instance carries.',
          facts: [
            'bastion-standard-rdp-per-instance',
            'bastion-standard-ssh-per-instance',
            'bastion-standard-instances-min',
            'bastion-standard-instances-max',
            'bastion-medium-workload',
            'bastion-standard-max-rdp-sessions',
          ],
        },
        {
          text: 'Change scale units outside busy hours, since scaling drops active sessions. SKU upgrades take a few minutes; downgrades mean recreating the host.',
          facts: ['bastion-scaling-disrupts-sessions', 'bastion-sku-upgrade-time', 'bastion-no-downgrade'],
        },
        {
          text: 'Admins connect to VMs over RDP or SSH from the Azure portal (or the native client on Standard and above).',
          facts: ['bastion-standard-features'],
        },
      ],
      services: ['Azure Bastion'],
      facts: [
        'bastion-per-vnet',
        'bastion-subnet-min-prefix',
        'bastion-public-ip',
        'bastion-public-ip-required',
        'bastion-skus',
        'bastion-developer-max-sessions',
        'bastion-developer-production',
        'bastion-basic-instances-max',
        'bastion-basic-rdp-per-instance',
        'bastion-host-scaling-requires-standard',
        'bastion-standard-rdp-per-instance',
        'bastion-standard-ssh-per-instance',
        'bastion-standard-instances-min',
        'bastion-standard-instances-max',
        'bastion-premium-instances-max',
        'bastion-medium-workload',
        'bastion-standard-max-rdp-sessions',
        'bastion-standard-max-ssh-sessions',
        'bastion-scaling-disrupts-sessions',
        'bastion-sku-upgrade-time',
        'bastion-no-downgrade',
        'bastion-multiple-hosts-per-vnet',
        'bastion-standard-features',
      ],
      related: ['azure-only', 'vdi-azure-firewall'],
      commands: ['bastion 500 rdp', 'bastion 1200 ssh', 'scenario bastion-admin-access'],
      sources: [
        ref('bastion-work-remotely-support-2025-03-31', 'Scenario — securely access virtual machines'),
        ref('bastion-bastion-sku-comparison-2025-11-24', 'SKUs and capacity'),
        ...umbrella.employees,
      ],
    },
    {
      id: 'sstp-migration',
      title: 'Move point-to-site users off SSTP to IKEv2 or OpenVPN',
      summary:
        'Gateways that use SSTP add IKEv2 alongside it or replace it with OpenVPN, to get past the SSTP connection cap and before SSTP is retired.',
      whenItFits: [
        'Point-to-site uses SSTP and more users need to connect than the SSTP connection cap allows.',
        'You need to be off SSTP before it can no longer be enabled and before existing SSTP connections stop working.',
        'Clients include macOS or Linux devices, which don’t use SSTP.',
      ],
      whenNot: [
        'The gateway is Basic: the SSTP article announces IKEv2 for Basic gateways, but the newer SKU documents still list it as unsupported, so check before relying on it.',
      ],
      steps: [
        {
          text: 'Count concurrent SSTP users against the SSTP cap, which is the same on every SKU; IKEv2 and OpenVPN limits grow with the SKU.',
          facts: ['sstp-max-connections', 'basic-p2s-sstp', 'vpngw1az-gen1-p2s-ikev2-openvpn'],
        },
        {
          text: 'Option one (simplest): on the gateway’s point-to-site configuration change the tunnel type from SSTP to IKEv2 and SSTP, and save. Existing SSTP clients keep working, so there is no downtime; the address pool is split between the two protocols.',
          facts: ['sstp-migration-add-ikev2-no-downtime', 'p2s-pool-sstp-ikev2-split'],
        },
        {
          text: 'Download the updated client profile package, distribute it to all point-to-site users (in batches if you like) and verify they connect. Windows tries IKEv2 first and falls back to SSTP; IKEv2 needs its UDP ports open on the user’s network.',
          facts: ['p2s-profile-regenerate-after-change', 'windows-tries-ikev2-first', 'ikev2-ports'],
        },
        {
          text: 'Option two: set the tunnel type to OpenVPN, or IKEv2 and OpenVPN. OpenVPN and SSTP cannot be enabled together, so SSTP clients stop connecting until they are set up with an OpenVPN client or the Azure VPN Client.',
          facts: ['openvpn-sstp-cannot-coexist', 'sstp-migration-openvpn-clients-reconfigure', 'openvpn-ports'],
        },
        {
          text: 'Switching straight to IKEv2 only also causes downtime until every client is reconfigured, so prefer the side-by-side option when continuity matters.',
          facts: ['sstp-migration-add-ikev2-no-downtime'],
        },
        {
          text: 'Finish before SSTP can no longer be enabled on gateways, and remove SSTP from the configuration before existing SSTP connections are suspended.',
          facts: [],
        },
      ],
      services: ['VPN Gateway'],
      facts: [
        'sstp-max-connections',
        'basic-p2s-sstp',
        'vpngw1az-gen1-p2s-ikev2-openvpn',
        'sstp-migration-add-ikev2-no-downtime',
        'p2s-pool-sstp-ikev2-split',
        'p2s-profile-regenerate-after-change',
        'windows-tries-ikev2-first',
        'ikev2-ports',
        'openvpn-sstp-cannot-coexist',
        'sstp-migration-openvpn-clients-reconfigure',
        'openvpn-ports',
        'sstp-ports',
      ],
      related: ['azure-only', 'azure-and-on-premises'],
      commands: ['scenario sstp-migration', 'compat windows certificate', 'compat macos certificate', 'sizing 500 users'],
      sources: [
        ref('vpn-ikev2-openvpn-from-sstp-2025-09-29', 'Option 1 — add IKEv2 next to SSTP'),
        ref('vpn-ikev2-openvpn-from-sstp-2025-09-29', 'Option 2 — replace SSTP with OpenVPN'),
        ...umbrella.employees,
      ],
    },
    {
      id: 'vdi-azure-firewall',
      title: 'Virtual desktops in Azure protected by Azure Firewall',
      summary:
        'Remote workers use Azure Virtual Desktop or another VDI hosted in an Azure virtual network, with Azure Firewall controlling the desktops’ internet access.',
      whenItFits: [
        'Users can work from a hosted desktop instead of a VPN to the network.',
        'You want to run only the session-host VMs, without extra gateway servers.',
        'Desktop traffic to the internet needs central filtering.',
      ],
      whenNot: ['Users need their own devices on the corporate network: use a VPN scenario (azure-only, azure-and-on-premises).'],
      steps: [
        {
          text: 'Deploy Azure Virtual Desktop session hosts (or another VDI) in the virtual network; with Azure Virtual Desktop there are no gateway servers to run.',
          facts: ['avd-no-gateway-servers'],
        },
        {
          text: 'Deploy Azure Firewall and send the desktops’ outbound traffic through it.',
          facts: ['firewall-managed-ha'],
        },
        {
          text: 'For Azure Virtual Desktop, allow the outbound connections its VMs need; no inbound access to the virtual network is required.',
          facts: ['firewall-avd-outbound'],
        },
        {
          text: 'For other VDI deployments, control inbound access with DNAT rules and filter traffic with threat intelligence.',
          facts: ['firewall-vdi-protection'],
        },
      ],
      services: ['Azure Virtual Desktop', 'Azure Firewall'],
      facts: ['avd-no-gateway-servers', 'firewall-managed-ha', 'firewall-avd-outbound', 'firewall-vdi-protection'],
      related: ['bastion-admin-access', 'azure-only'],
      commands: ['scenario vdi-azure-firewall'],
      sources: [ref('firewall-remote-work-support-2025-12-31', 'Azure Firewall for remote work'), ...umbrella.employees],
    },
    {
      id: 'nva-remote-access',
      title: 'Remote access through partner network virtual appliances',
      summary:
        'A third-party VPN appliance from the Azure Marketplace, running on Azure VMs, terminates remote users’ VPN tunnels and scales with VM size and instance count.',
      whenItFits: [
        'You already use a VPN vendor on-premises and want the same client and policies in Azure.',
        'You need vendor features the Azure VPN gateway doesn’t offer.',
      ],
      whenNot: [
        'A managed service without VM sizing and licence management fits better: VPN Gateway or Virtual WAN (azure-only, virtual-wan-remote-users).',
      ],
      steps: [
        {
          text: 'Estimate concurrent users (one tunnel each) and the total bandwidth they need.',
          facts: ['nva-one-tunnel-per-user'],
        },
        {
          text: 'Follow the vendor’s VM sizing, choosing larger sizes with more vCPUs and bandwidth for many sessions, and prefer images that support Accelerated Networking.',
          facts: ['nva-vm-size', 'nva-accelerated-networking'],
        },
        {
          text: 'Scale out to several appliance instances when one VM is not enough.',
          facts: ['nva-multiple-instances'],
        },
        {
          text: 'Prefer IPsec over SSL VPN where the vendor offers both, for better performance.',
          facts: ['nva-ipsec-vs-ssl'],
        },
        {
          text: 'Check that licences allow a sudden increase in connections and bandwidth.',
          facts: ['nva-licensing'],
        },
        {
          text: 'Monitor with the vendor tools and Azure Monitor Network Insights (CPU, network in and out, flows), and follow the partner’s own remote-work guidance.',
          facts: ['nva-monitoring', 'nva-partners'],
        },
      ],
      services: ['Network virtual appliances (Azure Marketplace)'],
      facts: [
        'nva-one-tunnel-per-user',
        'nva-vm-size',
        'nva-accelerated-networking',
        'nva-multiple-instances',
        'nva-ipsec-vs-ssl',
        'nva-licensing',
        'nva-monitoring',
        'nva-partners',
      ],
      related: ['azure-only', 'virtual-wan-remote-users'],
      commands: ['scenario nva-remote-access'],
      sources: [
        ref('vpn-nva-work-remotely-support-2023-05-05', 'Network Virtual Appliances (third-party VPN) for remote work'),
        ...umbrella.employees,
      ],
    },
    {
      id: 'multicloud',
      title: 'Connecting Azure to other public clouds',
      summary:
        'Workloads in another public cloud are linked to Azure by site-to-site VPN or by ExpressRoute through providers that reach both clouds, so remote users connected to Azure can reach them.',
      whenItFits: [
        'Remote users need resources in another public or private cloud as well as Azure.',
        'You use Oracle Cloud Infrastructure, which has a direct interconnection with Azure.',
      ],
      whenNot: ['Everything is in Azure and on-premises: see azure-and-on-premises or expressroute-hybrid.'],
      steps: [
        {
          text: 'For a quick link, set up site-to-site VPN between the Azure VPN gateway (or a Virtual WAN hub) and the other cloud’s VPN endpoint.',
          facts: ['multicloud-options', 'vpngw4az-gen2-s2s-tunnels'],
        },
        {
          text: 'For private connectivity, use an ExpressRoute provider that also offers private links to the other cloud.',
          facts: ['multicloud-er-providers', 'er-not-over-internet'],
        },
        {
          text: 'For Oracle Cloud Infrastructure, set up the direct Azure–OCI interconnection.',
          facts: ['oracle-interconnect'],
        },
        {
          text: 'Use Virtual WAN when you want any-to-any routing across clouds, on-premises sites and regions.',
          facts: ['vwan-remote-work-uses'],
        },
      ],
      services: ['VPN Gateway', 'ExpressRoute', 'Virtual WAN'],
      facts: [
        'multicloud-options',
        'multicloud-er-providers',
        'oracle-interconnect',
        'vpngw4az-gen2-s2s-tunnels',
        'er-not-over-internet',
        'vwan-remote-work-uses',
      ],
      related: ['expressroute-hybrid', 'site-to-site-multi-site', 'virtual-wan-on-premises'],
      commands: ['scenario multicloud', 'expressroute 1 gbps'],
      sources: [
        ref('networking-working-remotely-support-2023-04-09', 'Microsoft support for multicloud traffic'),
        ref('seed-002', 'Microsoft support for multicloud traffic'),
      ],
    },
    {
      id: 'front-end-scale',
      title: 'Application Gateway for surges of customer traffic',
      summary:
        'Customer-facing web front ends absorb traffic surges with Application Gateway and its web application firewall, sized and alerted so that autoscale keeps up.',
      whenItFits: [
        'More customers are online and corporate websites see sudden traffic increases.',
        'You want web application firewall protection (geo-filtering, bot protection) during the surge.',
      ],
      whenNot: ['The problem is employees’ VPN access rather than public web traffic: see the VPN scenarios.'],
      steps: [
        {
          text: 'Prefer the v2 SKU over v1: it autoscales and performs better.',
          facts: ['appgw-v2-vs-v1'],
        },
        {
          text: 'On v2 with autoscale, set the maximum instance count to the highest allowed, within the subnet’s free addresses; beyond that, put Traffic Manager or Front Door in front.',
          facts: ['appgw-v2-max-instances', 'appgw-v2-beyond-max'],
        },
        {
          text: 'Because autoscale needs a few minutes to add capacity, set the minimum instance count from average compute-unit use, counting the compute units one instance handles.',
          facts: ['appgw-autoscale-time', 'appgw-instance-compute-units', 'appgw-v2-min-instances-example'],
        },
        {
          text: 'On v1, or on v2 with manual scaling, size the instance count for peak use plus headroom, within the v1 instance maximum.',
          facts: ['appgw-v1-buffer', 'appgw-v1-max-instances'],
        },
        {
          text: 'Add alerts on CPU or compute units, capacity units, unhealthy backends, error responses, failed requests and latency.',
          facts: ['appgw-alert-thresholds', 'appgw-v1-cpu-alert'],
        },
        {
          text: 'Use WAF_v2 with geo-filtering and bot protection, turn on diagnostics logs, and apply a current TLS policy.',
          facts: ['appgw-waf-v2', 'appgw-tls-policy'],
        },
      ],
      services: ['Application Gateway', 'Web Application Firewall'],
      facts: [
        'appgw-v2-vs-v1',
        'appgw-v2-max-instances',
        'appgw-v2-beyond-max',
        'appgw-autoscale-time',
        'appgw-instance-compute-units',
        'appgw-v2-min-instances-example',
        'appgw-v1-buffer',
        'appgw-v1-max-instances',
        'appgw-alert-thresholds',
        'appgw-v1-cpu-alert',
        'appgw-waf-v2',
        'appgw-tls-policy',
      ],
      related: [],
      commands: ['scenario front-end-scale'],
      sources: [
        ref('appgw-high-traffic-support-2023-05-19', 'Application Gateway high-traffic guidance'),
        ref('networking-working-remotely-support-2023-04-09', 'Scale customer connectivity to front-end resources'),
        ref('seed-002', 'Scale customer connectivity to front-end resources'),
      ],
    },
    {
      id: 's2s-expressroute-coexistence',
      title: 'Site-to-site VPN alongside ExpressRoute',
      summary:
        'A virtual network carries both an ExpressRoute gateway and a VPN gateway, so site-to-site VPN serves as a secure failover path for ExpressRoute or reaches sites that are not on ExpressRoute.',
      whenItFits: [
        'You rely on ExpressRoute and want a backup path over the internet.',
        'Some sites are not connected through ExpressRoute but must reach the same virtual network.',
        'Remote users on point-to-site should keep reaching on-premises if the circuit fails.',
      ],
      whenNot: ['You don’t have ExpressRoute: a site-to-site VPN alone is enough (azure-and-on-premises).'],
      steps: [
        {
          text: 'Plan a GatewaySubnet large enough for two gateways in the same virtual network.',
          facts: ['gateway-subnet-min-prefix', 'er-gateway-subnet-min-prefix'],
        },
        {
          text: 'Create the ExpressRoute gateway (gateway type ExpressRoute) and connect the circuit.',
          facts: ['design-s2s-er-coexistence', 'ergw1az-max-circuits'],
        },
        {
          text: 'Create the VPN gateway (gateway type Vpn) on a SKU that supports coexistence, route-based.',
          facts: ['p2s-requires-route-based', 'ergw1az-throughput'],
        },
        {
          text: 'Add the site-to-site connections: to the same sites as a failover path, or to sites that are not on ExpressRoute. Remember that VPN traffic is encrypted over the internet while ExpressRoute stays private.',
          facts: ['design-s2s-er-coexistence', 'er-not-over-internet', 'vpngw4az-gen2-s2s-tunnels'],
        },
      ],
      services: ['VPN Gateway', 'ExpressRoute'],
      facts: [
        'design-s2s-er-coexistence',
        'gateway-subnet-min-prefix',
        'er-gateway-subnet-min-prefix',
        'ergw1az-max-circuits',
        'p2s-requires-route-based',
        'er-not-over-internet',
        'vpngw4az-gen2-s2s-tunnels',
      ],
      related: ['expressroute-hybrid', 'azure-and-on-premises', 'site-to-site-multi-site'],
      commands: ['scenario s2s-expressroute-coexistence', 'expressroute 2 gbps'],
      sources: [
        ref('vpn-design-2025-01-15', 'Site-to-site and ExpressRoute coexisting connections'),
        ref('seed-003', 'Site-to-site and ExpressRoute coexisting connections'),
      ],
    },
    {
      id: 'site-to-site-multi-site',
      title: 'Site-to-site VPN to one or more on-premises sites',
      summary:
        'One route-based VPN gateway holds IPsec tunnels to one or several on-premises sites, preferably active-active, so that remote users connected to Azure can reach those sites.',
      whenItFits: [
        'On-premises sites have VPN devices with public IP addresses.',
        'Remote users connected to Azure must reach several offices or datacenters.',
      ],
      whenNot: [
        'The number of sites is beyond the gateway’s tunnel limit: use Virtual WAN.',
        'Traffic needs private, high-bandwidth links: ExpressRoute (expressroute-hybrid).',
      ],
      steps: [
        {
          text: 'Create a route-based VPN gateway; multi-site connections require it, and every connection shares its bandwidth.',
          facts: ['design-multi-site-route-based', 'throughput-benchmark-shared'],
        },
        {
          text: 'Prefer active-active: two public IPs with both tunnels carrying traffic, for availability and throughput.',
          facts: ['design-s2s-active-active'],
        },
        {
          text: 'Configure each on-premises VPN device (public IP required) and add one connection per site, within the SKU’s tunnel limit.',
          facts: ['design-s2s-on-prem-device', 'vpngw4az-gen2-s2s-tunnels', 's2s-tunnels-use-virtual-wan-above'],
        },
      ],
      services: ['VPN Gateway'],
      facts: [
        'design-multi-site-route-based',
        'throughput-benchmark-shared',
        'design-s2s-active-active',
        'design-s2s-on-prem-device',
        'vpngw4az-gen2-s2s-tunnels',
        's2s-tunnels-use-virtual-wan-above',
      ],
      related: ['azure-and-on-premises', 's2s-expressroute-coexistence', 'vnet-to-vnet'],
      commands: ['scenario site-to-site-multi-site'],
      sources: [ref('vpn-design-2025-01-15', 'Site-to-site VPN'), ref('seed-003', 'Site-to-site VPN'), ...umbrella.global],
    },
    {
      id: 'vnet-to-vnet',
      title: 'Connecting virtual networks for globally distributed resources',
      summary:
        'Remote users connected to one virtual network reach resources in other regions through virtual network peering or VNet-to-VNet VPN tunnels.',
      whenItFits: [
        'Resources are spread over several Azure regions or virtual networks.',
        'Users connect to one gateway but need the other networks too.',
      ],
      whenNot: ['All resources sit in one virtual network: nothing to connect.'],
      steps: [
        {
          text: 'Prefer virtual network peering, which needs no gateway and connects networks across regions.',
          facts: ['vnet-peering-global-resources', 'design-vnet-to-vnet'],
        },
        {
          text: 'For point-to-site users to reach peered networks through the gateway, enable gateway transit on the peerings.',
          facts: ['p2s-peered-vnet-access', 'route-limit-windows-ikev2'],
        },
        {
          text: 'Where an encrypted gateway-to-gateway tunnel is required, use VNet-to-VNet connections; they work across regions, subscriptions and deployment models and combine with multi-site.',
          facts: ['design-vnet-to-vnet'],
        },
      ],
      services: ['Virtual network peering', 'VPN Gateway'],
      facts: ['vnet-peering-global-resources', 'design-vnet-to-vnet', 'p2s-peered-vnet-access', 'route-limit-windows-ikev2'],
      related: ['azure-only', 'site-to-site-multi-site', 'virtual-wan-remote-users'],
      commands: ['scenario vnet-to-vnet'],
      sources: [
        ref('vpn-design-2025-01-15', 'VNet-to-VNet connections (IPsec/IKE VPN tunnel)'),
        ref('seed-003', 'VNet-to-VNet connections (IPsec/IKE VPN tunnel)'),
        ...umbrella.global,
      ],
    },
  ],
};
