/**
 * Client compatibility: the VPN clients, the client compatibility matrix — one row per cell of OS ×
 * authentication × tunnel type (5 × 3 × 3 = 45 cells), each saying whether the sources support it, with
 * which VPN clients, caveats, and — when not supported or not documented — why and what to use instead —
 * and the facts of topic 'client-compatibility' (minimum OS versions, per-client rules, Azure VPN Client
 * releases and platforms).
 *
 * How to add or change an entry:
 * - A VPN client: add a row to `clients` (stable id, the OSes and tunnel types it covers, its `source`).
 * - A matrix row: row id is `<os>-<auth>-<tunnel>` (e.g. `macos-certificate-ikev2`). Keep ONE row per cell;
 *   a cell that only holds for a period carries `availableFrom` / `availableUntil` (the engine
 *   compares them with the evaluation date). Only if one cell needs two periods with different
 *   contents, add a second row suffixed with its start (`linux-entra-openvpn-after-2026-08-31`).
 *   Each row also produces the derived fact `compat-<row id>` (see knowledge/derive.ts); don't write it by hand.
 * - `status`: 'supported' (name at least one client id from `clients` above),
 *   'not-supported' (a stated rule rules it out: give `reason` and `instead`), or
 *   'not-documented' (the sources are silent: say so in `reason`; never guess).
 * - `minOsFact` points at a fact id so the minimum version carries its own source.
 * - `source` is the document that states the cell (newest version where possible).
 * - Caveats, reasons and instead texts are in our own words.
 * - A limit or rule about clients: add a fact with topic 'client-compatibility' (numbers with a `unit`, rules
 *   as short strings in our own words); an older value becomes its own fact with `status: 'superseded'` and
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
const p2sAbout2021 = ref('vpn-point-to-site-about-2021-07-28');
const faq2026 = ref('vpn-vpn-gateway-vpn-faq-2026-06-04');
const sstpMigration2025 = ref('vpn-ikev2-openvpn-from-sstp-2025-09-29');
const clientInstall2024 = ref('inc-vpn-gateway-vpn-client-install-articles-2024-02-21');
const whatsNew2026 = ref('vpn-whats-new-2026-05-26');
const clientVersions2026 = ref('vpn-azure-vpn-client-versions-2026-05-26');
const entraClient2026 = ref('vpn-point-to-site-entra-vpn-client-2026-08-31');
const vwanFaq2022 = ref('vwan-virtual-wan-faq-2022-10-13');

// Reference table names used as `section`.
const PROTOCOLS = 'Protocols';
const TUNNEL_AUTH = 'Tunnel type ↔ authentication compatibility';
const MATRIX_2026 = 'Newest matrix (2026)';
const PER_CLIENT = 'Per-client detail';
const CLIENT_RULES = 'General client rules';
const AUTH = 'Authentication methods';
const AZURE_CLIENT = 'Azure VPN Client';
const OLDER_PLATFORMS = 'Older platform statements (superseded)';
const OS_LIST = 'Supported client operating systems list (FAQ)';

// Shared wording, reused across rows.
// Caveats name no limits or dates: those live once, in facts and lifecycle events, and answers show them from there.
const SSTP_RETIRING =
  'SSTP is being retired (see the SSTP lifecycle dates): first it can no longer be enabled, later it stops working; plan a move to IKEv2 or OpenVPN.';
const SSTP_128 = 'SSTP has its own connection cap, the same on every SKU (sstp-max-connections).';
const WIN_IKEV2_OS =
  'IKEv2 needs Windows 10 / Server 2016 or later; builds up to Windows 10 1709 / Server 2016 1607 need an update and a registry value first.';
const WIN_ROUTES =
  'Windows IKEv2 clients accept a limited number of routes (traffic selectors), lower before Windows 10 version 2004; above the limit they cannot connect (see the route limits).';
const WIN_10_EOS = 'Windows 10 reached end of support in October 2025; the 2026 FAQ lists Windows 11 as the supported Windows client.';
const IKEV2_FIREWALL = 'IKEv2 needs UDP ports and ESP that some firewalls and proxies block (see ikev2-ports).';
const MAC_MIN_CONFLICT = 'The newest sources disagree on the minimum macOS version; the stricter one is used (see conflict-21).';
const RADIUS_PER_ARTICLE =
  'The sources say RADIUS works over this tunnel but leave the client setup to the per-RADIUS client articles (they depend on the RADIUS setup: password, certificate or other); check the one that matches your setup.';
const RADIUS_EAP = 'Over IKEv2, RADIUS supports EAP-based methods only.';
const RADIUS_NOT_BASIC = 'RADIUS is not available on the Basic SKU.';
const SSTP_WINDOWS_ONLY = 'SSTP is Windows-only: only the built-in Windows VPN client speaks it.';
const ENTRA_OPENVPN_ONLY = 'Microsoft Entra ID authentication works only over OpenVPN.';
const ENTRA_INSTEAD =
  'Use OpenVPN with the Azure VPN Client (Windows 11 or macOS), or keep this tunnel with certificate or RADIUS authentication.';

export const clientCompatibility: DataModule = {
  file: 'knowledge/data/client-compatibility.ts',

  clients: [
    {
      id: 'windows-native-client',
      name: 'Windows built-in VPN client',
      os: ['windows'],
      tunnels: ['ikev2', 'sstp'],
      source: clientInstall2024(PER_CLIENT),
      note: 'The only client that can use SSTP. Configured from the Windows installer package in the profile download. Native Windows clients need local administrator rights to start the connection.',
    },
    {
      id: 'macos-native-client',
      name: 'macOS built-in VPN client',
      os: ['macos'],
      tunnels: ['ikev2'],
      source: faq2026(CLIENT_RULES),
      note: 'The only client the docs allow for IKEv2 on a Mac. Configured from the mobileconfig file in the profile download.',
    },
    {
      id: 'ios-native-client',
      name: 'iOS built-in VPN client',
      os: ['ios'],
      tunnels: ['ikev2'],
      source: clientInstall2024(PER_CLIENT),
      note: 'The source does not list iOS separately: its per-client table has one row for "macOS, iOS" naming the native client for IKEv2. The 2026 FAQ lists iOS as a supported client OS.',
    },
    {
      id: 'strongswan',
      name: 'strongSwan',
      os: ['linux'],
      tunnels: ['ikev2'],
      source: faq2026(OS_LIST),
      note: 'The FAQ OS list names Linux as "Linux (strongSwan)"; the client articles use strongSwan for IKEv2 on Linux.',
    },
    {
      id: 'openvpn-client',
      name: 'OpenVPN client',
      os: ['windows', 'macos', 'linux', 'ios', 'android'],
      tunnels: ['openvpn'],
      source: faq2026(CLIENT_RULES),
      note: 'The FAQ says the OpenVPN client can be used "on all platforms" for the OpenVPN protocol; the client articles name it for Windows, macOS, Linux and iOS, and the P2S article lists Android as an OpenVPN platform without naming a client, so Android rests on the "all platforms" statement.',
    },
    {
      id: 'azure-vpn-client-windows',
      name: 'Azure VPN Client for Windows',
      os: ['windows'],
      tunnels: ['openvpn'],
      source: clientVersions2026(AZURE_CLIENT),
      note: 'Required for Entra ID sign-in; also listed for certificate auth over OpenVPN. Supported only on Windows 11 (x64, x86, ARM64). Install from the Microsoft Store, the install files, or WinGet (Microsoft.AzureVPNClient).',
    },
    {
      id: 'azure-vpn-client-macos',
      name: 'Azure VPN Client for macOS',
      os: ['macos'],
      tunnels: ['openvpn'],
      source: clientVersions2026(AZURE_CLIENT),
      note: 'Required for Entra ID sign-in on a Mac. Needs macOS 13.0 or later from client 2.8.100. Not available in France and China. Whether it accepts certificate authentication is not confirmed by the sources.',
    },
    {
      id: 'azure-vpn-client-linux',
      name: 'Azure VPN Client for Linux (Preview)',
      os: ['linux'],
      tunnels: ['openvpn'],
      source: clientVersions2026(AZURE_CLIENT),
      note: 'Supported certificate and Entra ID authentication over OpenVPN. Released May 2024 and retired on 2026-08-31 (see lifecycle); no replacement for Entra ID on Linux is documented.',
    },
  ],

  clientMatrix: [
    // ───────────────────────── Windows ─────────────────────────
    {
      id: 'windows-certificate-sstp',
      os: 'windows',
      auth: 'certificate',
      tunnel: 'sstp',
      status: 'supported',
      clients: ['windows-native-client'],
      minOsFact: 'sstp-windows-versions',
      caveats: [SSTP_RETIRING, SSTP_128, 'Starting the native connection needs local administrator rights.'],
      source: p2sAbout2026(MATRIX_2026),
    },
    {
      id: 'windows-certificate-ikev2',
      os: 'windows',
      auth: 'certificate',
      tunnel: 'ikev2',
      status: 'supported',
      clients: ['windows-native-client'],
      minOsFact: 'windows-ikev2-min-os',
      caveats: [WIN_IKEV2_OS, WIN_ROUTES, WIN_10_EOS, IKEV2_FIREWALL, 'Certificates must be RSA; ECC/ECDSA is not supported for IKEv2.'],
      source: p2sAbout2026(MATRIX_2026),
    },
    {
      id: 'windows-certificate-openvpn',
      os: 'windows',
      auth: 'certificate',
      tunnel: 'openvpn',
      status: 'supported',
      clients: ['openvpn-client', 'azure-vpn-client-windows'],
      caveats: ['The Azure VPN Client for Windows is supported only on Windows 11; the OpenVPN client is the other documented choice.'],
      source: p2sAbout2026(MATRIX_2026),
    },
    {
      id: 'windows-entra-sstp',
      os: 'windows',
      auth: 'entra',
      tunnel: 'sstp',
      status: 'not-supported',
      clients: [],
      reason: `${ENTRA_OPENVPN_ONLY} SSTP carries only certificate or RADIUS authentication.`,
      instead: ENTRA_INSTEAD,
      source: p2sAbout2026(TUNNEL_AUTH),
    },
    {
      id: 'windows-entra-ikev2',
      os: 'windows',
      auth: 'entra',
      tunnel: 'ikev2',
      status: 'not-supported',
      clients: [],
      reason: `${ENTRA_OPENVPN_ONLY} IKEv2 carries only certificate or RADIUS authentication.`,
      instead: ENTRA_INSTEAD,
      source: p2sAbout2026(TUNNEL_AUTH),
    },
    {
      id: 'windows-entra-openvpn',
      os: 'windows',
      auth: 'entra',
      tunnel: 'openvpn',
      status: 'supported',
      clients: ['azure-vpn-client-windows'],
      minOsFact: 'azure-vpn-client-windows-os',
      caveats: [
        'Needs the Azure VPN Client, which is supported only on Windows 11 (it may run on older Windows but without support).',
        'Conditional Access and MFA apply; sessions end when the Entra refresh token expires.',
        'Gateways that use the manually registered app ID as audience must move to the Microsoft-registered app ID before its retirement (see the Entra lifecycle dates).',
      ],
      source: p2sAbout2026(MATRIX_2026),
    },
    {
      id: 'windows-radius-sstp',
      os: 'windows',
      auth: 'radius',
      tunnel: 'sstp',
      status: 'supported',
      clients: ['windows-native-client'],
      minOsFact: 'sstp-windows-versions',
      caveats: [RADIUS_PER_ARTICLE, SSTP_RETIRING, 'RADIUS does not raise the SSTP connection cap.', RADIUS_NOT_BASIC],
      source: faq2026(AUTH),
    },
    {
      id: 'windows-radius-ikev2',
      os: 'windows',
      auth: 'radius',
      tunnel: 'ikev2',
      status: 'supported',
      clients: ['windows-native-client'],
      minOsFact: 'windows-ikev2-min-os',
      caveats: [RADIUS_PER_ARTICLE, RADIUS_EAP, WIN_IKEV2_OS, WIN_ROUTES, RADIUS_NOT_BASIC],
      source: faq2026(AUTH),
    },
    {
      id: 'windows-radius-openvpn',
      os: 'windows',
      auth: 'radius',
      tunnel: 'openvpn',
      status: 'supported',
      clients: ['openvpn-client'],
      caveats: [
        RADIUS_PER_ARTICLE,
        'Whether the Azure VPN Client handles RADIUS is not stated; the FAQ answers for the OpenVPN protocol.',
        RADIUS_NOT_BASIC,
      ],
      source: faq2026(AUTH),
    },

    // ───────────────────────── macOS ─────────────────────────
    {
      id: 'macos-certificate-sstp',
      os: 'macos',
      auth: 'certificate',
      tunnel: 'sstp',
      status: 'not-supported',
      clients: [],
      reason: SSTP_WINDOWS_ONLY,
      instead: 'Use IKEv2 with the built-in macOS client, or OpenVPN with the OpenVPN client.',
      source: p2sAbout2026(PROTOCOLS),
    },
    {
      id: 'macos-certificate-ikev2',
      os: 'macos',
      auth: 'certificate',
      tunnel: 'ikev2',
      status: 'supported',
      clients: ['macos-native-client'],
      minOsFact: 'macos-min-version',
      caveats: [
        'On a Mac only the built-in client can use IKEv2; it is set up from the mobileconfig file in the profile download.',
        MAC_MIN_CONFLICT,
        IKEV2_FIREWALL,
      ],
      source: p2sAbout2026(MATRIX_2026),
    },
    {
      id: 'macos-certificate-openvpn',
      os: 'macos',
      auth: 'certificate',
      tunnel: 'openvpn',
      status: 'supported',
      clients: ['openvpn-client'],
      minOsFact: 'macos-min-version',
      caveats: [
        MAC_MIN_CONFLICT,
        'Whether the Azure VPN Client for macOS accepts certificate authentication is not confirmed by the sources; the OpenVPN client is the documented choice.',
      ],
      source: p2sAbout2026(MATRIX_2026),
    },
    {
      id: 'macos-entra-sstp',
      os: 'macos',
      auth: 'entra',
      tunnel: 'sstp',
      status: 'not-supported',
      clients: [],
      reason: `${ENTRA_OPENVPN_ONLY} ${SSTP_WINDOWS_ONLY}`,
      instead: 'Use OpenVPN with the Azure VPN Client for macOS.',
      source: p2sAbout2026(TUNNEL_AUTH),
    },
    {
      id: 'macos-entra-ikev2',
      os: 'macos',
      auth: 'entra',
      tunnel: 'ikev2',
      status: 'not-supported',
      clients: [],
      reason: `${ENTRA_OPENVPN_ONLY} IKEv2 carries only certificate or RADIUS authentication.`,
      instead: 'Use OpenVPN with the Azure VPN Client for macOS, or keep IKEv2 with certificate or RADIUS authentication.',
      source: p2sAbout2026(TUNNEL_AUTH),
    },
    {
      id: 'macos-entra-openvpn',
      os: 'macos',
      auth: 'entra',
      tunnel: 'openvpn',
      status: 'supported',
      clients: ['azure-vpn-client-macos'],
      minOsFact: 'macos-min-version',
      caveats: [
        'Needs the Azure VPN Client for macOS, whose current releases set the minimum macOS version shown (azure-vpn-client-macos-min).',
        MAC_MIN_CONFLICT,
        'The macOS client is not available in France and China.',
        'Conditional Access and MFA apply; sessions end when the Entra refresh token expires.',
      ],
      source: p2sAbout2026(MATRIX_2026),
    },
    {
      id: 'macos-radius-sstp',
      os: 'macos',
      auth: 'radius',
      tunnel: 'sstp',
      status: 'not-supported',
      clients: [],
      reason: SSTP_WINDOWS_ONLY,
      instead: 'Use IKEv2 with the built-in macOS client, or OpenVPN, with RADIUS.',
      source: p2sAbout2026(PROTOCOLS),
    },
    {
      id: 'macos-radius-ikev2',
      os: 'macos',
      auth: 'radius',
      tunnel: 'ikev2',
      status: 'supported',
      clients: ['macos-native-client'],
      minOsFact: 'macos-min-version',
      caveats: [RADIUS_PER_ARTICLE, RADIUS_EAP, 'On a Mac only the built-in client can use IKEv2.', RADIUS_NOT_BASIC],
      source: faq2026(AUTH),
    },
    {
      id: 'macos-radius-openvpn',
      os: 'macos',
      auth: 'radius',
      tunnel: 'openvpn',
      status: 'supported',
      clients: ['openvpn-client'],
      minOsFact: 'macos-min-version',
      caveats: [RADIUS_PER_ARTICLE, RADIUS_NOT_BASIC],
      source: faq2026(AUTH),
    },

    // ───────────────────────── Linux ─────────────────────────
    {
      id: 'linux-certificate-sstp',
      os: 'linux',
      auth: 'certificate',
      tunnel: 'sstp',
      status: 'not-supported',
      clients: [],
      reason: SSTP_WINDOWS_ONLY,
      instead: 'Use IKEv2 with strongSwan, or OpenVPN with the OpenVPN client.',
      source: p2sAbout2026(PROTOCOLS),
    },
    {
      id: 'linux-certificate-ikev2',
      os: 'linux',
      auth: 'certificate',
      tunnel: 'ikev2',
      status: 'supported',
      clients: ['strongswan'],
      caveats: ['The sources name strongSwan and give no minimum Linux distribution or version.', IKEV2_FIREWALL],
      source: p2sAbout2026(MATRIX_2026),
    },
    {
      id: 'linux-certificate-openvpn',
      os: 'linux',
      auth: 'certificate',
      tunnel: 'openvpn',
      status: 'supported',
      clients: ['openvpn-client', 'azure-vpn-client-linux'],
      caveats: [
        'The Azure VPN Client for Linux (Preview) is retired on its lifecycle date; from then on use the OpenVPN client.',
        'The sources give no minimum Linux distribution or version.',
      ],
      source: p2sAbout2026(MATRIX_2026),
    },
    {
      id: 'linux-entra-sstp',
      os: 'linux',
      auth: 'entra',
      tunnel: 'sstp',
      status: 'not-supported',
      clients: [],
      reason: `${ENTRA_OPENVPN_ONLY} ${SSTP_WINDOWS_ONLY}`,
      instead:
        'Use certificate authentication (IKEv2 with strongSwan or OpenVPN with the OpenVPN client); Entra ID on Linux has only the Azure VPN Client for Linux, which is retired on its lifecycle date.',
      source: p2sAbout2026(TUNNEL_AUTH),
    },
    {
      id: 'linux-entra-ikev2',
      os: 'linux',
      auth: 'entra',
      tunnel: 'ikev2',
      status: 'not-supported',
      clients: [],
      reason: `${ENTRA_OPENVPN_ONLY} IKEv2 carries only certificate or RADIUS authentication.`,
      instead:
        'Use IKEv2 with strongSwan and certificate or RADIUS authentication; Entra ID on Linux has only the Azure VPN Client for Linux, which is retired on its lifecycle date.',
      source: p2sAbout2026(TUNNEL_AUTH),
    },
    {
      id: 'linux-entra-openvpn',
      os: 'linux',
      auth: 'entra',
      tunnel: 'openvpn',
      status: 'supported',
      clients: ['azure-vpn-client-linux'],
      caveats: [
        'Only through the Azure VPN Client for Linux (Preview), available only between its release and retirement dates (lifecycle events).',
        'No replacement client for Entra ID on Linux is documented; after the retirement, Linux users need certificate or RADIUS authentication (OpenVPN client or strongSwan).',
      ],
      availableUntil: '2026-08-31',
      source: whatsNew2026(PER_CLIENT),
    },
    {
      id: 'linux-radius-sstp',
      os: 'linux',
      auth: 'radius',
      tunnel: 'sstp',
      status: 'not-supported',
      clients: [],
      reason: SSTP_WINDOWS_ONLY,
      instead: 'Use IKEv2 with strongSwan, or OpenVPN, with RADIUS.',
      source: p2sAbout2026(PROTOCOLS),
    },
    {
      id: 'linux-radius-ikev2',
      os: 'linux',
      auth: 'radius',
      tunnel: 'ikev2',
      status: 'supported',
      clients: ['strongswan'],
      caveats: [
        RADIUS_PER_ARTICLE,
        RADIUS_EAP,
        'Inferred from two stated rules (RADIUS works over IKEv2; strongSwan is the Linux IKEv2 client); no source walks through strongSwan with RADIUS.',
        RADIUS_NOT_BASIC,
      ],
      source: faq2026(AUTH),
    },
    {
      id: 'linux-radius-openvpn',
      os: 'linux',
      auth: 'radius',
      tunnel: 'openvpn',
      status: 'supported',
      clients: ['openvpn-client'],
      caveats: [RADIUS_PER_ARTICLE, RADIUS_NOT_BASIC],
      source: faq2026(AUTH),
    },

    // ───────────────────────── iOS ─────────────────────────
    {
      id: 'ios-certificate-sstp',
      os: 'ios',
      auth: 'certificate',
      tunnel: 'sstp',
      status: 'not-supported',
      clients: [],
      reason: SSTP_WINDOWS_ONLY,
      instead: 'Use IKEv2 with the built-in iOS client, or OpenVPN with the OpenVPN client (iOS 11.0 or later).',
      source: p2sAbout2026(PROTOCOLS),
    },
    {
      id: 'ios-certificate-ikev2',
      os: 'ios',
      auth: 'certificate',
      tunnel: 'ikev2',
      status: 'supported',
      clients: ['ios-native-client'],
      caveats: [
        'The per-client source groups macOS and iOS in one row naming the native client for IKEv2; it gives no separate iOS detail and no minimum iOS version for IKEv2.',
        IKEV2_FIREWALL,
      ],
      source: p2sAbout2026(MATRIX_2026),
    },
    {
      id: 'ios-certificate-openvpn',
      os: 'ios',
      auth: 'certificate',
      tunnel: 'openvpn',
      status: 'supported',
      clients: ['openvpn-client'],
      minOsFact: 'ios-openvpn-min-version',
      caveats: ['Uses the OpenVPN client; no Azure VPN Client for iOS is documented.'],
      source: p2sAbout2026(MATRIX_2026),
    },
    {
      id: 'ios-entra-sstp',
      os: 'ios',
      auth: 'entra',
      tunnel: 'sstp',
      status: 'not-supported',
      clients: [],
      reason: `${ENTRA_OPENVPN_ONLY} ${SSTP_WINDOWS_ONLY}`,
      instead: 'On iOS use certificate authentication (IKEv2 or OpenVPN); the sources document Entra ID only on Windows and macOS.',
      source: p2sAbout2026(TUNNEL_AUTH),
    },
    {
      id: 'ios-entra-ikev2',
      os: 'ios',
      auth: 'entra',
      tunnel: 'ikev2',
      status: 'not-supported',
      clients: [],
      reason: `${ENTRA_OPENVPN_ONLY} IKEv2 carries only certificate or RADIUS authentication.`,
      instead: 'On iOS use IKEv2 with certificate authentication; the sources document Entra ID only on Windows and macOS.',
      source: p2sAbout2026(TUNNEL_AUTH),
    },
    {
      id: 'ios-entra-openvpn',
      os: 'ios',
      auth: 'entra',
      tunnel: 'openvpn',
      status: 'not-documented',
      clients: [],
      reason:
        'Entra ID needs the Azure VPN Client, and the sources list it only for Windows and macOS (and, until its Linux client was retired, Linux); no iOS client for Entra ID is named.',
      instead: 'Certificate authentication over OpenVPN (OpenVPN client) or IKEv2 (built-in client) is documented for iOS.',
      source: p2sAbout2026(MATRIX_2026),
    },
    {
      id: 'ios-radius-sstp',
      os: 'ios',
      auth: 'radius',
      tunnel: 'sstp',
      status: 'not-supported',
      clients: [],
      reason: SSTP_WINDOWS_ONLY,
      instead: 'Use IKEv2 or OpenVPN with RADIUS.',
      source: p2sAbout2026(PROTOCOLS),
    },
    {
      id: 'ios-radius-ikev2',
      os: 'ios',
      auth: 'radius',
      tunnel: 'ikev2',
      status: 'supported',
      clients: ['ios-native-client'],
      caveats: [
        RADIUS_PER_ARTICLE,
        RADIUS_EAP,
        'Inferred from stated rules (RADIUS works over IKEv2; iOS is a listed client OS with the built-in IKEv2 client); no source walks through iOS with RADIUS.',
        RADIUS_NOT_BASIC,
      ],
      source: faq2026(AUTH),
    },
    {
      id: 'ios-radius-openvpn',
      os: 'ios',
      auth: 'radius',
      tunnel: 'openvpn',
      status: 'supported',
      clients: ['openvpn-client'],
      minOsFact: 'ios-openvpn-min-version',
      caveats: [RADIUS_PER_ARTICLE, RADIUS_NOT_BASIC],
      source: faq2026(AUTH),
    },

    // ───────────────────────── Android ─────────────────────────
    {
      id: 'android-certificate-sstp',
      os: 'android',
      auth: 'certificate',
      tunnel: 'sstp',
      status: 'not-supported',
      clients: [],
      reason: SSTP_WINDOWS_ONLY,
      instead:
        'The only tunnel the sources name for Android is OpenVPN, but they do not say which client or authentication method to use with it.',
      source: p2sAbout2026(PROTOCOLS),
    },
    {
      id: 'android-certificate-ikev2',
      os: 'android',
      auth: 'certificate',
      tunnel: 'ikev2',
      status: 'not-documented',
      clients: [],
      reason: 'The IKEv2 platform lists name Windows, macOS, Linux (strongSwan) and iOS; Android is not mentioned for IKEv2.',
      source: p2sAbout2026(PROTOCOLS),
    },
    {
      id: 'android-certificate-openvpn',
      os: 'android',
      auth: 'certificate',
      tunnel: 'openvpn',
      status: 'supported',
      clients: ['openvpn-client'],
      caveats: [
        'Android is listed as an OpenVPN platform and the OpenVPN client as usable on all platforms, but the certificate matrix names only Windows, macOS, Linux and iOS and no Android setup article exists: test before rolling out.',
      ],
      source: faq2026(CLIENT_RULES),
    },
    {
      id: 'android-entra-sstp',
      os: 'android',
      auth: 'entra',
      tunnel: 'sstp',
      status: 'not-supported',
      clients: [],
      reason: `${ENTRA_OPENVPN_ONLY} ${SSTP_WINDOWS_ONLY}`,
      instead: 'No Entra ID client for Android is documented; Entra ID is documented on Windows and macOS with the Azure VPN Client.',
      source: p2sAbout2026(TUNNEL_AUTH),
    },
    {
      id: 'android-entra-ikev2',
      os: 'android',
      auth: 'entra',
      tunnel: 'ikev2',
      status: 'not-supported',
      clients: [],
      reason: `${ENTRA_OPENVPN_ONLY} IKEv2 carries only certificate or RADIUS authentication.`,
      instead: 'No Entra ID client for Android is documented; Entra ID is documented on Windows and macOS with the Azure VPN Client.',
      source: p2sAbout2026(TUNNEL_AUTH),
    },
    {
      id: 'android-entra-openvpn',
      os: 'android',
      auth: 'entra',
      tunnel: 'openvpn',
      status: 'not-documented',
      clients: [],
      reason:
        'Entra ID needs the Azure VPN Client, which the sources list only for Windows and macOS (and, until its Linux client was retired, Linux); nothing is said about Android.',
      source: p2sAbout2026(MATRIX_2026),
    },
    {
      id: 'android-radius-sstp',
      os: 'android',
      auth: 'radius',
      tunnel: 'sstp',
      status: 'not-supported',
      clients: [],
      reason: SSTP_WINDOWS_ONLY,
      instead:
        'The only tunnel the sources name for Android is OpenVPN, but they do not say which client or authentication method to use with it.',
      source: p2sAbout2026(PROTOCOLS),
    },
    {
      id: 'android-radius-ikev2',
      os: 'android',
      auth: 'radius',
      tunnel: 'ikev2',
      status: 'not-documented',
      clients: [],
      reason: 'Android is not mentioned for IKEv2, and no RADIUS client setup for Android is referenced.',
      source: p2sAbout2026(PROTOCOLS),
    },
    {
      id: 'android-radius-openvpn',
      os: 'android',
      auth: 'radius',
      tunnel: 'openvpn',
      status: 'not-documented',
      clients: [],
      reason: 'Android is listed as an OpenVPN platform, but no source names an Android client or says RADIUS has been used from Android.',
      source: p2sAbout2026(CLIENT_RULES),
    },
  ],

  facts: [
    // ───────────── client-compatibility ─────────────
    {
      id: 'macos-min-version',
      topic: 'client-compatibility',
      title: 'Minimum macOS version for P2S (OpenVPN and IKEv2)',
      value: '13.0',
      unit: 'macOS version',
      source: p2sAbout2026(PROTOCOLS),
      conflict: 'conflict-21',
      note: 'The 2026 FAQ OS list and Azure VPN Client for macOS 2.8.100 also say 13.0. The Entra client article (2026-08-31) still lists macOS 12 Monterey (macos-entra-client-listed-versions).',
      tags: ['macos', 'minimum', '13', 'ventura'],
    },
    {
      id: 'macos-min-version-2021',
      topic: 'client-compatibility',
      title: 'Minimum macOS version for OpenVPN (2021/2023 P2S article)',
      value: '10.13',
      unit: 'macOS version',
      source: p2sAbout2021(OLDER_PLATFORMS),
      status: 'superseded',
      supersededBy: 'macos-min-version',
      conflict: 'conflict-21',
      note: 'Unchanged in the 2023-09-26 version of the article.',
      tags: ['macos', 'openvpn', '10.13'],
    },
    {
      id: 'macos-min-version-2025',
      topic: 'client-compatibility',
      title: 'Minimum macOS versions (SSTP-migration article, 2025)',
      value: 'OpenVPN: macOS 12.x; IKEv2: macOS 10.11',
      unit: 'macOS version',
      source: sstpMigration2025(OLDER_PLATFORMS),
      status: 'superseded',
      supersededBy: 'macos-min-version',
      conflict: 'conflict-21',
      note: 'Same in the 2025-01-23 version.',
      tags: ['macos', '12', '10.11'],
    },
    {
      id: 'macos-entra-client-listed-versions',
      topic: 'client-compatibility',
      title: 'macOS releases the Entra client article lists as supported',
      value: 'macOS 15, 14, 13, 12',
      source: entraClient2026(AZURE_CLIENT),
      conflict: 'conflict-21',
      note: 'Sequoia, Sonoma, Ventura and Monterey. Includes macOS 12 although the other 2026 sources give 13.0 as the minimum.',
      tags: ['macos', 'entra', 'monterey', 'sequoia', 'sonoma', 'ventura'],
    },
    {
      id: 'ios-openvpn-min-version',
      topic: 'client-compatibility',
      title: 'Minimum iOS version for OpenVPN',
      value: '11.0',
      unit: 'iOS version',
      source: p2sAbout2026(PROTOCOLS),
      tags: ['ios', 'openvpn', 'minimum', 'iphone', 'ipad'],
    },
    {
      id: 'android-openvpn-listed',
      topic: 'client-compatibility',
      title: 'Android in the P2S docs',
      value: 'Listed as a platform for the OpenVPN protocol only; no VPN client, minimum version or authentication method is named',
      source: p2sAbout2026(CLIENT_RULES),
      tags: ['android', 'openvpn'],
    },
    {
      id: 'sstp-windows-native-only',
      topic: 'client-compatibility',
      title: 'Clients that can use SSTP',
      value: 'Only the built-in Windows VPN client',
      about: ['sstp', 'windows-native-client'],
      source: faq2026(CLIENT_RULES),
      tags: ['sstp', 'windows', 'native client'],
    },
    {
      id: 'ikev2-mac-native-only',
      topic: 'client-compatibility',
      title: 'Clients that can use IKEv2 on a Mac',
      value: 'Only the built-in macOS VPN client',
      source: faq2026(CLIENT_RULES),
      tags: ['ikev2', 'macos', 'native client'],
    },
    {
      id: 'openvpn-client-all-platforms',
      topic: 'client-compatibility',
      title: 'Where the OpenVPN client can be used',
      value: 'On all supported platforms, for the OpenVPN protocol',
      source: faq2026(CLIENT_RULES),
      tags: ['openvpn', 'client'],
    },
    {
      id: 'windows-native-client-admin-rights',
      topic: 'client-compatibility',
      title: 'Rights needed to start a native Windows VPN connection',
      value: 'Administrator rights on the device',
      source: sstpMigration2025(CLIENT_RULES),
      tags: ['windows', 'admin', 'administrator', 'native client'],
    },
    {
      id: 'azure-vpn-client-windows-os',
      topic: 'client-compatibility',
      title: 'Windows versions supported by the Azure VPN Client',
      value: 'Windows 11',
      source: clientVersions2026(AZURE_CLIENT),
      conflict: 'conflict-23',
      note: 'x64, x86 and ARM64. It may run on other versions but is not supported there. The P2S article (2026-08-17) agrees.',
      tags: ['azure vpn client', 'windows 11', 'windows 10'],
    },
    {
      id: 'azure-vpn-client-windows-os-2023',
      topic: 'client-compatibility',
      title: 'Windows versions for the Azure VPN Client with Entra ID (2023)',
      value: 'Windows 10 or later',
      source: p2sAbout2023(AZURE_CLIENT),
      status: 'superseded',
      supersededBy: 'azure-vpn-client-windows-os',
      conflict: 'conflict-23',
      tags: ['azure vpn client', 'windows 10'],
    },
    {
      id: 'azure-vpn-client-windows-os-2022',
      topic: 'client-compatibility',
      title: 'Windows versions for the Azure VPN Client with Entra ID (Virtual WAN FAQ, 2022)',
      value: 'Windows 10 build 17763.0 or later',
      source: vwanFaq2022(AZURE_CLIENT),
      status: 'superseded',
      supersededBy: 'azure-vpn-client-windows-os',
      conflict: 'conflict-23',
      tags: ['azure vpn client', 'windows 10', '17763'],
    },
    {
      id: 'azure-vpn-client-macos-min',
      topic: 'client-compatibility',
      title: 'Minimum macOS version for the Azure VPN Client',
      value: '13.0',
      unit: 'macOS version',
      source: clientVersions2026(AZURE_CLIENT),
      conflict: 'conflict-21',
      note: 'From client 2.8.100 (October 2025).',
      tags: ['azure vpn client', 'macos', 'minimum', '2.8.100'],
    },
    {
      id: 'azure-vpn-client-macos-processors',
      topic: 'client-compatibility',
      title: 'Processors supported by the Azure VPN Client for macOS',
      value: 'x64 and Arm64; Rosetta is needed on Apple silicon only for client versions before 2.7.101',
      source: entraClient2026(AZURE_CLIENT),
      tags: ['azure vpn client', 'macos', 'arm64', 'apple silicon', 'rosetta', 'm1'],
    },
    {
      id: 'azure-vpn-client-macos-regions',
      topic: 'client-compatibility',
      title: 'Where the Azure VPN Client for macOS is not available',
      value: 'France and China',
      source: entraClient2026(AZURE_CLIENT),
      tags: ['azure vpn client', 'macos', 'france', 'china', 'app store'],
    },
    {
      id: 'azure-vpn-client-macos-always-on',
      topic: 'client-compatibility',
      title: 'Azure VPN Client for macOS version that adds Always On',
      value: '3.0.100',
      source: clientVersions2026(AZURE_CLIENT),
      note: 'Released April 2026.',
      tags: ['azure vpn client', 'macos', 'always on'],
    },
    {
      id: 'azure-vpn-client-macos-auto-reconnect',
      topic: 'client-compatibility',
      title: 'Azure VPN Client for macOS version that reconnects after unintended disconnects',
      value: '2.7.101',
      source: clientVersions2026(AZURE_CLIENT),
      note: 'Released August 2024; also the first universal build (no Rosetta needed).',
      tags: ['azure vpn client', 'macos', 'auto-reconnect'],
    },
    {
      id: 'azure-vpn-client-macos-releases',
      topic: 'client-compatibility',
      title: 'Azure VPN Client for macOS releases',
      value:
        '3.0.100 Apr 2026 (Always On); 2.8.100 Oct 2025 (macOS 13.0 minimum, server HA disabled); 2.7.101 Aug 2024 (auto-reconnect, universal build); 2.5.0 Apr 2024 (TLS 1.3); 2.4.0 Nov 2023 (several server root certificates)',
      source: clientVersions2026(AZURE_CLIENT),
      tags: ['azure vpn client', 'macos', 'versions', 'release notes'],
    },
    {
      id: 'azure-vpn-client-windows-releases',
      topic: 'client-compatibility',
      title: 'Azure VPN Client for Windows releases',
      value:
        '4.0.8.0 Oct 2026 (certificate pinning can be turned off from the profile); 4.0.5.0 Feb 2026 (device SSO); 4.0.4.0 Nov 2025; 4.0.1.0 Jun 2025; 4.0.0.0 Jan 2025 (P2S prerequisites check, system tray, rekey with Entra ID); 3.4.0.0 Sept 2024 (Entra rekey behaviour changed); 3.3.1.0 Jun 2024 (Microsoft-registered app ID, TLS 1.3); 3.2.0.0 Nov 2023',
      source: clientVersions2026(AZURE_CLIENT),
      note: 'The page (ms.date 2026-05-26) lists a release dated October 2026; the reference treats ms.date as approximate.',
      tags: ['azure vpn client', 'windows', 'versions', 'release notes'],
    },
    {
      id: 'azure-vpn-client-windows-tls13',
      topic: 'client-compatibility',
      title: 'Azure VPN Client for Windows: TLS 1.3',
      value: '3.3.1.0',
      source: clientVersions2026(AZURE_CLIENT),
      note: 'June 2024. Needs TLS 1.3 enabled on the gateway.',
      tags: ['azure vpn client', 'windows', 'tls 1.3'],
    },
    {
      id: 'azure-vpn-client-macos-tls13',
      topic: 'client-compatibility',
      title: 'Azure VPN Client for macOS: TLS 1.3',
      value: '2.5.0',
      source: clientVersions2026(AZURE_CLIENT),
      note: 'April 2024.',
      tags: ['azure vpn client', 'macos', 'tls 1.3'],
    },
    {
      id: 'azure-vpn-client-windows-device-sso',
      topic: 'client-compatibility',
      title: 'Azure VPN Client for Windows: device single sign-on',
      value: '4.0.5.0',
      source: clientVersions2026(AZURE_CLIENT),
      note: 'February 2026. The Entra client article also describes a device SSO option.',
      tags: ['azure vpn client', 'windows', 'sso'],
    },
    {
      id: 'azure-vpn-client-windows-install',
      topic: 'client-compatibility',
      title: 'Ways to install the Azure VPN Client for Windows',
      value: 'Microsoft Store, the client install files, or WinGet (package Microsoft.AzureVPNClient)',
      source: entraClient2026(AZURE_CLIENT),
      tags: ['azure vpn client', 'windows', 'winget', 'store', 'install'],
    },
    {
      id: 'azure-vpn-client-windows-always-on',
      topic: 'client-compatibility',
      title: 'Azure VPN Client for Windows: connect automatically',
      value: 'Per-profile "Connect automatically" (Always On) setting',
      source: entraClient2026(AZURE_CLIENT),
      tags: ['azure vpn client', 'windows', 'always on', 'auto-connect'],
    },
    {
      id: 'azure-vpn-client-windows-fips',
      topic: 'client-compatibility',
      title: 'Azure VPN Client for Windows in FIPS mode',
      value: 'Supported with update KB4577063',
      source: entraClient2026(AZURE_CLIENT),
      tags: ['azure vpn client', 'fips', 'kb4577063'],
    },
    {
      id: 'azure-vpn-client-one-connection',
      topic: 'client-compatibility',
      title: 'Connections the Azure VPN Client holds at once',
      value: 1,
      unit: 'connections',
      source: faq2026(AZURE_CLIENT),
      note: 'It can store many profiles, but only one is connected at a time.',
      tags: ['azure vpn client', 'multiple', 'profiles', 'concurrent'],
    },
    {
      id: 'azure-vpn-client-linux-auth',
      topic: 'client-compatibility',
      title: 'Authentication the Azure VPN Client for Linux supported',
      value: 'Certificate and Microsoft Entra ID (OpenVPN)',
      about: ['azure-vpn-client-linux', 'certificate', 'entra'],
      source: whatsNew2026(PER_CLIENT),
      note: 'Preview client; released May 2024 and retired on 2026-08-31.',
      tags: ['azure vpn client', 'linux', 'entra', 'certificate'],
    },
    {
      id: 'entra-refresh-token-disconnects',
      topic: 'client-compatibility',
      title: 'Why Entra ID P2S sessions disconnect',
      value:
        'The session ends when its refresh token (renewed about every hour) expires; admins can lengthen the sign-in frequency with Conditional Access',
      source: faq2026(AZURE_CLIENT),
      tags: ['entra', 'disconnect', 'token', 'conditional access', 'sign-in frequency'],
    },
  ],
};
