/**
 * What each reference page is about, in words people search with. Search documents for the pages
 * themselves come from here; the numbers on the pages come from knowledge/ and are indexed as facts.
 *
 * How to add a page: add it to `referencePages` in shared/site-urls.ts first (the type below then
 * requires an entry here), with a title and a sentence of search words. No numbers.
 */
import type { ReferencePage } from '../site-urls';

export const referencePageInfo: Readonly<Record<ReferencePage, { title: string; about: string }>> = {
  'vpn-gateway-skus': {
    title: 'VPN Gateway SKUs',
    about:
      'Gateway SKU table: VpnGw1AZ to VpnGw5AZ, non-AZ VpnGw1 to VpnGw5, Basic, legacy Standard and HighPerformance; Gen1 and Gen2; site-to-site tunnels, point-to-site SSTP and IKEv2/OpenVPN connections, aggregate throughput, per-tunnel performance, gateway subnet, resize and migration, retirement of non-AZ and legacy SKUs.',
  },
  'virtual-wan': {
    title: 'Virtual WAN',
    about:
      'Virtual WAN hubs, User VPN (point-to-site) scale units, connections and throughput per scale unit, client address pools per gateway instance, site-to-site branches, ExpressRoute scale units, hub routing infrastructure units, Basic and Standard virtual WAN.',
  },
  'point-to-site': {
    title: 'Point-to-site',
    about:
      'Point-to-site VPN for remote users: client address pool size and overlap, SSTP connection cap, route limits and traffic selectors, reaching peered VNets and on-premises, client profiles, supported client operating systems, moving off SSTP.',
  },
  'protocols-and-ports': {
    title: 'Protocols and ports',
    about:
      'Tunnel types OpenVPN, IKEv2 and SSTP: which ports a firewall must allow outbound (UDP, TCP, ESP), which pass hotel and guest networks, TLS versions, IPsec proposals.',
  },
  authentication: {
    title: 'Authentication',
    about:
      'Point-to-site authentication: Azure certificates (root and client certificates), Microsoft Entra ID (Azure AD) with Conditional Access and MFA, RADIUS and NPS; which tunnel types carry which method.',
  },
  'client-compatibility': {
    title: 'Client compatibility',
    about:
      'Which VPN client works on Windows, macOS, Linux, iOS and Android for each authentication method and tunnel type: Azure VPN Client, OpenVPN client, native clients, strongSwan; minimum OS versions; retired clients.',
  },
  bastion: {
    title: 'Azure Bastion',
    about:
      'Azure Bastion SKUs (Developer, Basic, Standard, Premium), concurrent RDP and SSH sessions per instance, host scaling, AzureBastionSubnet, admin access without a VPN.',
  },
  expressroute: {
    title: 'ExpressRoute',
    about:
      'ExpressRoute gateway SKUs (ErGw1AZ, ErGw2AZ, ErGw3AZ, ErGwScale), throughput, circuits per gateway, routes, ExpressRoute Direct ports, provider circuits, coexistence with site-to-site VPN.',
  },
  'other-services': {
    title: 'Other services',
    about:
      'Network virtual appliances (NVA) for remote access, Azure Firewall, Azure Virtual Desktop, Application Gateway autoscaling for traffic surges, multicloud connectivity.',
  },
  limits: {
    title: 'All limits',
    about: 'Every limit and fact with its value, source document, section and date.',
  },
  conflicts: {
    title: 'Conflicts between sources',
    about: 'Where document versions disagree on a limit or a date, every value with its sources and the verdict on which one answers use.',
  },
  changelog: {
    title: 'Changelog of facts',
    about: 'Lifecycle dates (creation ends, retirements, deprecations) and how limits changed between document versions.',
  },
};
