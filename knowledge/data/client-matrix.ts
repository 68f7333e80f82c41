/**
 * The client compatibility matrix: one row per cell of OS × authentication × tunnel type
 * (5 × 3 × 3 = 45 cells), each saying whether the sources support it, with which VPN clients,
 * caveats, and — when not supported or not documented — why and what to use instead.
 *
 * How to add or change an entry:
 * - Row id is `<os>-<auth>-<tunnel>` (e.g. `macos-certificate-ikev2`). Keep ONE row per cell;
 *   a cell that only holds for a period carries `availableFrom` / `availableUntil` (the engine
 *   compares them with the evaluation date). Only if one cell needs two periods with different
 *   contents, add a second row suffixed with its start (`linux-entra-openvpn-after-2026-08-31`).
 * - `status`: 'supported' (name at least one client id from point-to-site.ts `clients`),
 *   'not-supported' (a stated rule rules it out: give `reason` and `instead`), or
 *   'not-documented' (the sources are silent: say so in `reason`; never guess).
 * - `minOsFact` points at a fact id so the minimum version carries its own source.
 * - `source` is the document that states the cell (newest version where possible).
 * - Caveats, reasons and instead texts are in our own words.
 */
import type { DataModule } from '../model';

type Ref = { sourceId: string; section: string };
const ref =
  (sourceId: string) =>
  (section: string): Ref => ({ sourceId, section });

const p2sAbout2026 = ref('vpn-point-to-site-about-2026-08-17');
const faq2026 = ref('vpn-vpn-gateway-vpn-faq-2026-06-04');
const whatsNew2026 = ref('vpn-whats-new-2026-05-26');

// Reference table names used as `section`.
const PROTOCOLS = 'Protocols';
const TUNNEL_AUTH = 'Tunnel type ↔ authentication compatibility';
const MATRIX_2026 = 'Newest matrix (2026)';
const PER_CLIENT = 'Per-client detail';
const CLIENT_RULES = 'General client rules';
const AUTH = 'Authentication methods';

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

export const clientMatrix: DataModule = {
  file: 'knowledge/data/client-matrix.ts',

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
        'The Azure VPN Client for Linux (Preview) has been retired (see its lifecycle date); from then on use the OpenVPN client.',
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
        'Use certificate authentication (IKEv2 with strongSwan or OpenVPN with the OpenVPN client); Entra ID on Linux had only the Azure VPN Client for Linux, now retired.',
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
        'Use IKEv2 with strongSwan and certificate or RADIUS authentication; Entra ID on Linux had only the Azure VPN Client for Linux, now retired.',
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
      status: 'not-documented',
      clients: [],
      reason:
        'The P2S article lists Android as an OpenVPN platform, but its client matrix names certificate authentication only for Windows, macOS, Linux and iOS, and no Android client is named.',
      source: p2sAbout2026(CLIENT_RULES),
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
};
