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
  ],
};
