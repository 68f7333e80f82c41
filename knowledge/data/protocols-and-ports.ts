/**
 * Point-to-site tunnel protocols (OpenVPN, SSTP, IKEv2) — their ports, platforms, authentication methods and
 * which ones share a gateway — and the facts of topic 'protocols-and-ports': firewall traversal, TLS versions
 * and cipher suites, default IKEv2 / IPsec proposals, IPv6.
 *
 * How to add an entry:
 * - A protocol: add a row to `protocols`. Each row also produces the derived fact `<protocol id>-ports` (see
 *   knowledge/derive.ts), so don't write that fact by hand. Client-matrix rows and lifecycle events name
 *   protocols by id.
 * - A limit or rule: add a fact with topic 'protocols-and-ports'. Numbers are numbers with a `unit`; rules are
 *   short strings in our own words. `source` = source id (data/sources.ts rule) + the source's heading or the
 *   reference table's name. An older value becomes its own fact with `status: 'superseded'` and
 *   `supersededBy`; a value a numbered conflict (conflicts.ts) touches gets `conflict`.
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

// Reference table names used as `section` where the reference names no heading of the source.
const S = {
  protocols: 'Protocols',
  crypto: 'Default P2S crypto',
} as const;

export const protocolsAndPorts: DataModule = {
  file: 'knowledge/data/protocols-and-ports.ts',

  protocols: [
    {
      id: 'openvpn',
      name: 'OpenVPN',
      summary:
        'TLS-based VPN protocol over TCP 443. Runs on every client platform the docs list, is the only tunnel that carries Microsoft Entra ID sign-in, and can share a gateway with IKEv2 but not with SSTP.',
      ports: [{ transport: 'TCP', number: 443, purpose: 'TLS tunnel (outbound)' }],
      firewallTraversal: 'passes-most',
      platforms: ['windows', 'macos', 'linux', 'ios', 'android'],
      auth: ['certificate', 'radius', 'entra'],
      coexistsWith: ['ikev2'],
      ipv6: true,
      source: p2sAbout2026(S.protocols),
      note: 'TLS 1.2 and TLS 1.3. Minimum versions in the 2026 text: iOS 11.0, macOS 13.0. Android appears only in the OpenVPN platform list; no source names an Android client or auth method.',
    },
    {
      id: 'sstp',
      name: 'SSTP (Secure Socket Tunneling Protocol)',
      summary:
        'Microsoft-proprietary TLS-based tunnel over TCP 443, Windows only. Capped at 128 concurrent connections on every SKU, no IPv6, and being retired: it cannot be enabled after 2026-03-31 and stops working on 2027-03-31.',
      ports: [{ transport: 'TCP', number: 443, purpose: 'TLS tunnel (outbound)' }],
      firewallTraversal: 'passes-most',
      platforms: ['windows'],
      auth: ['certificate', 'radius'],
      coexistsWith: ['ikev2'],
      ipv6: false,
      source: p2sAbout2026(S.protocols),
      note: 'Only the built-in Windows VPN client speaks SSTP to Azure. SSTP and OpenVPN cannot be enabled together (both use TLS on 443).',
    },
    {
      id: 'ikev2',
      name: 'IKEv2 (IPsec)',
      summary:
        'Standards-based IPsec VPN using UDP 500, UDP 4500 and IP protocol 50 (ESP). Supported by the native clients of Windows, macOS and iOS and by strongSwan on Linux; firewalls and proxies may block it. Can share a gateway with SSTP or with OpenVPN.',
      ports: [
        { transport: 'UDP', number: 500, purpose: 'IKE negotiation (outbound)' },
        { transport: 'UDP', number: 4500, purpose: 'IKE/IPsec NAT traversal (outbound)' },
        { transport: 'IP', number: 50, purpose: 'ESP, IP protocol 50 (outbound)' },
      ],
      firewallTraversal: 'may-be-blocked',
      platforms: ['windows', 'macos', 'linux', 'ios'],
      auth: ['certificate', 'radius'],
      coexistsWith: ['sstp', 'openvpn'],
      ipv6: true,
      source: p2sAbout2026(S.protocols),
      note: 'Windows needs Windows 10 / Server 2016 or later (older builds need updates and a registry value). With SSTP + IKEv2 on one gateway, Windows tries IKEv2 first and falls back to SSTP; macOS uses IKEv2 only.',
    },
  ],

  facts: [
    // ───────────── protocols-and-ports ─────────────
    {
      id: 'ikev2-firewall-note',
      topic: 'protocols-and-ports',
      title: 'IKEv2 through firewalls and proxies',
      value:
        'IKEv2 needs outbound UDP 500, UDP 4500 and IP protocol 50 (ESP); firewalls and proxies do not always allow them, so IKEv2 may fail where SSTP or OpenVPN on TCP 443 pass',
      source: faq2026(S.protocols),
      tags: ['ikev2', 'firewall', 'proxy', 'udp 500', 'udp 4500', 'esp'],
    },
    {
      id: 'openvpn-tls-versions',
      topic: 'protocols-and-ports',
      title: 'TLS versions for OpenVPN P2S',
      value: 'TLS 1.2 and TLS 1.3',
      source: p2sAbout2026(S.protocols),
      tags: ['openvpn', 'tls', 'tls 1.3'],
    },
    {
      id: 'p2s-ipv6',
      topic: 'protocols-and-ports',
      title: 'IPv6 with point-to-site',
      value: 'IKEv2 and OpenVPN: yes; SSTP: no; Basic SKU: no IPv6',
      about: ['ikev2', 'openvpn', 'sstp', 'basic'],
      source: p2sAbout2026(S.protocols),
      tags: ['ipv6', 'dual stack'],
    },
    {
      id: 'p2s-tls-cipher-suites',
      topic: 'protocols-and-ports',
      title: 'TLS cipher suites for P2S',
      value:
        'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384, TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256, TLS_AES_256_GCM_SHA384, TLS_AES_128_GCM_SHA256',
      source: p2sAbout2026(S.crypto),
      conflict: 'conflict-28',
      note: 'Six suites; the two TLS 1.3 suites (TLS_AES_*) apply to OpenVPN only.',
      tags: ['tls', 'cipher', 'ecdhe', 'tls 1.3'],
    },
    {
      id: 'p2s-tls-cipher-suites-2023',
      topic: 'protocols-and-ports',
      title: 'TLS cipher suites for P2S (2021/2023)',
      value: '12 suites, including ECDHE-ECDSA and non-ECDHE RSA suites',
      source: p2sAbout2023(S.crypto),
      status: 'superseded',
      supersededBy: 'p2s-tls-cipher-suites',
      conflict: 'conflict-28',
      note: 'The reference records the count and kinds, not the full list. Same list in the 2021-07-28 version.',
      tags: ['tls', 'cipher', 'ecdsa'],
    },
    {
      id: 'p2s-ikev2-default-proposals',
      topic: 'protocols-and-ports',
      title: 'Default IKEv2 proposals for P2S (cipher / integrity / PRF / DH)',
      value:
        'GCM_AES256 with SHA384 or SHA256 PRF and DH GROUP_24, GROUP_14, ECP384, ECP256; AES256 + SHA384 with the same DH groups; AES256 + SHA256 with the same groups plus GROUP_2',
      source: p2sAbout2026(S.crypto),
      tags: ['ikev2', 'crypto', 'proposal', 'dh group', 'gcm'],
    },
    {
      id: 'p2s-ipsec-default-proposals',
      topic: 'protocols-and-ports',
      title: 'Default IPsec proposals for P2S',
      value: 'GCM_AES256 (PFS NONE, GROUP_24, GROUP_14, ECP384, ECP256); AES256 + SHA256 (same PFS set); AES256 + SHA1 (PFS NONE)',
      source: p2sAbout2026(S.crypto),
      tags: ['ipsec', 'crypto', 'pfs'],
    },
    {
      id: 'p2s-custom-ipsec-policy',
      topic: 'protocols-and-ports',
      title: 'Custom IPsec parameters for P2S',
      value: 'Set with New-AzVpnClientIpsecParameter; its accepted values define what can be chosen',
      source: p2sAbout2026(S.crypto),
      tags: ['ipsec', 'custom policy', 'powershell'],
    },
    // ───────────── issue 12, topic 8: when IKEv2 is blocked (UDP 500/4500, fragmentation, OpenVPN on TCP 443) and custom P2S IPsec/IKE policy ─────────────
    {
      id: 'ikev2-blocked-use-openvpn-443',
      topic: 'protocols-and-ports',
      title: 'When the user’s network blocks IKEv2: move those users to OpenVPN',
      value:
        'OpenVPN runs over TCP 443, which most networks let out: with the tunnel type "IKEv2 and OpenVPN (SSL)" native IKEv2 clients and OpenVPN clients share one gateway, and the blocked users get an OpenVPN profile',
      source: ref('vpn-ikev2-openvpn-from-sstp-2020-09-03')('Option 2 - Remove SSTP and enable OpenVPN on the Gateway'),
      note: 'What IKEv2 needs from the network: ikev2-firewall-note. OpenVPN and SSTP cannot run together, so SSTP clients need a new profile after the switch; Basic has no OpenVPN.',
      tags: ['blocked', 'public wifi', 'openvpn', 'tcp 443', 'fallback', 'ikev2'],
    },
    {
      id: 'ikev2-blocked-fallback-by-client',
      topic: 'protocols-and-ports',
      title: 'What a client falls back to when IKEv2 fails',
      value:
        'The Windows native client tries SSTP next, but only if the gateway also runs SSTP; the macOS native client uses IKEv2 only and has nothing to fall back to; OpenVPN over TCP 443 is the fallback available on every platform',
      source: faq2026('What happens when I configure both SSTP and IKEv2 for P2S VPN connections?'),
      about: ['sstp'],
      note: "SSTP's lifecycle dates (sstp-enable-ends, sstp-retired) end the Windows SSTP fallback. The 2024 certificate configuration article says the iOS native client is IKEv2-only as well.",
      tags: ['fallback', 'sstp', 'ikev2', 'macos', 'ios', 'windows', 'blocked', 'native client'],
    },
    {
      id: 'ikev2-fragmentation-not-documented',
      topic: 'protocols-and-ports',
      title: 'IKEv2 fragmentation for point-to-site',
      value: null,
      unknown:
        'None of the azure-docs versions read (VPN Gateway FAQ 2026, the P2S, certificate and troubleshooting articles) says whether the gateway uses IKEv2 fragmentation for P2S or how to turn it on.',
      source: faq2026('Can I traverse proxies and firewalls by using point-to-site capability?'),
      note: 'What the docs do offer for IKEv2 that fails on some networks: move those users to OpenVPN over TCP 443 (ikev2-blocked-use-openvpn-443).',
      tags: ['fragmentation', 'ike fragmentation', 'fragmented', 'mtu', 'large packets', 'ikev2', 'udp'],
    },
    {
      id: 'openvpn-fallback-clients',
      topic: 'protocols-and-ports',
      title: 'VPN client for the OpenVPN fallback with certificate authentication',
      value:
        'Windows: the Azure VPN Client or an OpenVPN client; macOS and iOS: an OpenVPN client, because the Azure VPN Client there did not take certificate authentication; Entra ID users: the Azure VPN Client',
      source: ref('vpn-point-to-site-gateway-certificate-2024-05-13')('Specify tunnel and authentication type'),
      note: 'As written in 2024; the dated per-OS matrix is on the client compatibility page.',
      tags: ['openvpn client', 'azure vpn client', 'macos', 'ios', 'windows', 'certificate', 'fallback'],
    },
    {
      id: 'p2s-custom-ipsec-policy-powershell',
      topic: 'protocols-and-ports',
      title: 'Setting a custom IPsec/IKE policy for point-to-site',
      value:
        'PowerShell: build the policy with New-AzVpnClientIpsecPolicy (IPsec encryption and integrity, SA lifetime and SA data size, IKE encryption and integrity, DH group, PFS group) and apply it with Set-AzVirtualNetworkGateway -VpnClientIpsecPolicy to a gateway that already runs P2S',
      source: ref('vpn-create-custom-policies-p2s-ps-2024-04-29')('Create and set a policy'),
      note: 'One policy for the whole P2S configuration of the gateway, unlike site-to-site policies, which are set per connection. Without it the gateway offers the default proposals (p2s-ikev2-default-proposals, p2s-ipsec-default-proposals).',
      tags: ['custom ipsec policy', 'ike policy', 'New-AzVpnClientIpsecPolicy', 'VpnClientIpsecPolicy', 'powershell', 'crypto', 'p2s'],
    },
    {
      id: 'p2s-custom-ipsec-ikev2-only',
      topic: 'protocols-and-ports',
      title: 'Which P2S tunnels a custom IPsec policy affects',
      value: 'IKEv2 only; OpenVPN connections do not use it',
      source: ref('vwan-point-to-site-concepts-2022-12-01')('Common concepts'),
      note: 'Stated for Virtual WAN User VPN server configurations. OpenVPN is governed by the TLS settings instead (openvpn-tls-versions, p2s-tls-cipher-suites).',
      tags: ['custom ipsec policy', 'openvpn', 'ikev2', 'tls'],
    },
    {
      id: 'custom-ipsec-connection-policy-scope',
      topic: 'protocols-and-ports',
      title: 'Where per-connection custom IPsec/IKE policies apply',
      value:
        'Site-to-site and VNet-to-VNet connections only, not ExpressRoute connections; point-to-site uses its own gateway-level policy (p2s-custom-ipsec-policy-powershell)',
      source: faq2026('Does a custom IPsec/IKE policy work on ExpressRoute connections?'),
      note: 'A connection policy must name every IKE and IPsec algorithm, replaces the default proposals on that connection, and interrupts the tunnel for a few seconds when it is added or changed.',
      tags: ['custom ipsec policy', 'ike policy', 'expressroute', 's2s', 'vnet-to-vnet', 'connection'],
    },
  ],
};
