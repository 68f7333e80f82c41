/**
 * What each reference page is about, in words people search with. Search documents for the pages
 * themselves come from here; the numbers on the pages come from knowledge/ and are indexed as facts.
 * Titles are not typed here: they come from `referencePageTitles` in shared/site-urls.ts, which the
 * site's page builders read too.
 *
 * How to add a page: add it to `referencePages` and `referencePageTitles` in shared/site-urls.ts
 * first (the type below then requires an entry here), with a sentence of search words. No numbers.
 */
import { referencePages, referencePageTitles } from '../site-urls';
import type { ReferencePage } from '../site-urls';

const about: Readonly<Record<ReferencePage, string>> = {
  'vpn-gateway-skus':
    'Gateway SKU table: VpnGw1AZ to VpnGw5AZ, non-AZ VpnGw1 to VpnGw5, Basic, legacy Standard and HighPerformance; Gen1 and Gen2; site-to-site tunnels, point-to-site SSTP and IKEv2/OpenVPN connections, aggregate throughput, per-tunnel performance, gateway subnet, resize and migration, retirement of non-AZ and legacy SKUs.',
  'virtual-wan':
    'Virtual WAN hubs, User VPN (point-to-site) scale units, connections and throughput per scale unit, client address pools per gateway instance, site-to-site branches, ExpressRoute scale units, hub routing infrastructure units, Basic and Standard virtual WAN.',
  'point-to-site':
    'Point-to-site VPN for remote users: client address pool size and overlap, SSTP connection cap, route limits and traffic selectors, reaching peered VNets and on-premises, client profiles, supported client operating systems, moving off SSTP.',
  'protocols-and-ports':
    'Tunnel types OpenVPN, IKEv2 and SSTP: which ports a firewall must allow outbound (UDP, TCP, ESP), which pass hotel and guest networks, TLS versions, IPsec proposals.',
  authentication:
    'Point-to-site authentication: Azure certificates (root and client certificates), Microsoft Entra ID (Azure AD) with Conditional Access and MFA, RADIUS and NPS; which tunnel types carry which method.',
  'client-compatibility':
    'Which VPN client works on Windows, macOS, Linux, iOS and Android for each authentication method and tunnel type: Azure VPN Client, OpenVPN client, native clients, strongSwan; minimum OS versions; retired clients.',
  bastion:
    'Azure Bastion SKUs (Developer, Basic, Standard, Premium), concurrent RDP and SSH sessions per instance, host scaling, AzureBastionSubnet, admin access without a VPN.',
  expressroute:
    'ExpressRoute gateway SKUs (ErGw1AZ, ErGw2AZ, ErGw3AZ, ErGwScale), throughput, circuits per gateway, routes, ExpressRoute Direct ports, provider circuits, coexistence with site-to-site VPN.',
  'other-services':
    'Network virtual appliances (NVA) for remote access, Azure Firewall, Azure Virtual Desktop, Application Gateway autoscaling for traffic surges, multicloud connectivity.',
  limits: 'Every limit and fact with its value, source document, section and date.',
  conflicts:
    'Where document versions disagree on a limit or a date, every value with its sources and the verdict on which one answers use.',
  changelog: 'Lifecycle dates (creation ends, retirements, deprecations) and how limits changed between document versions.',
};

export const referencePageInfo = Object.fromEntries(
  referencePages.map((p) => [p, { title: referencePageTitles[p], about: about[p] }]),
) as Readonly<Record<ReferencePage, { title: string; about: string }>>;
