/**
 * Authentication for point-to-site: the authentication methods (Azure certificate, Microsoft Entra ID,
 * RADIUS) and the facts of topic 'authentication' — combining methods and tunnel types, certificates,
 * Entra ID (platforms, audiences, Conditional Access), RADIUS (servers, timeouts, tunnels, SKUs).
 *
 * How to add an entry:
 * - An authentication method: add a row to `authMethods` with a stable id, the `aliases` people type, the
 *   `tunnels` it works over, a summary in our own words and its `source`. Client-matrix rows
 *   (client-compatibility.ts) and lifecycle events (lifecycle.ts) name it by id.
 * - A limit or rule: add a fact with topic 'authentication'. Numbers are numbers with a `unit`; rules are
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
const p2sAbout2021 = ref('vpn-point-to-site-about-2021-07-28');
const faq2026 = ref('vpn-vpn-gateway-vpn-faq-2026-06-04');
const radiusGateway2026 = ref('vpn-point-to-site-radius-gateway-2026-06-08');
const radiusFaqInc2018 = ref('inc-vpn-gateway-faq-p2s-radius-include-2018-03-21');
const vwanP2sConcepts2022 = ref('vwan-point-to-site-concepts-2022-12-01');
const seed004 = ref('seed-004');

// Reference table names used as `section` where the reference names no heading of the source.
const S = {
  auth: 'Authentication methods',
  tunnelAuth: 'Tunnel type ↔ authentication compatibility',
  matrix2026: 'Newest matrix (2026)',
  skuMatrix: 'P2S protocol and authentication support by SKU',
  skuOther: 'Other SKU-related P2S facts',
  conflictsP2s: 'Point-to-site (version conflicts)',
} as const;

export const authentication: DataModule = {
  file: 'knowledge/data/authentication.ts',

  authMethods: [
    {
      id: 'certificate',
      name: 'Azure certificate authentication',
      aliases: [
        'certificate',
        'cert',
        'certificates',
        'PKI',
        'Azure certificate',
        'certificate authentication',
        'client certificate',
        'native certificate',
      ],
      tunnels: ['ikev2', 'sstp', 'openvpn'],
      summary:
        'You upload the public key of a trusted root (enterprise PKI or self-signed) to the gateway; each client carries a certificate issued from that root and the gateway checks it. Works over every tunnel type.',
      source: p2sAbout2026(S.auth),
    },
    {
      id: 'entra',
      name: 'Microsoft Entra ID authentication',
      aliases: ['Microsoft Entra ID', 'Entra ID', 'Entra', 'Azure AD', 'AAD', 'Azure Active Directory', 'Azure AD authentication'],
      tunnels: ['openvpn'],
      summary:
        'Users sign in with their Entra ID account, which brings Conditional Access and MFA. Only over OpenVPN and only with the Azure VPN Client (Windows, macOS; the Linux client only until its retirement, a dated lifecycle event).',
      source: p2sAbout2026(S.auth),
    },
    {
      id: 'radius',
      name: 'RADIUS authentication',
      aliases: ['RADIUS', 'NPS', 'Active Directory', 'AD', 'AD domain', 'Network Policy Server', 'RADIUS server'],
      tunnels: ['ikev2', 'sstp', 'openvpn'],
      summary:
        'The gateway passes sign-in requests through to your RADIUS server (e.g. NPS for Active Directory, RADIUS with certificates, other identity providers or MFA). Works over IKEv2 (EAP methods only), SSTP and OpenVPN; not on the Basic SKU.',
      source: faq2026(S.auth),
    },
  ],

  facts: [
    // ───────────── authentication ─────────────
    {
      id: 'p2s-multiple-auth-types',
      topic: 'authentication',
      title: 'Several authentication types on one P2S configuration',
      value: 'Allowed; each client must match at least one configured authentication type and a matching tunnel type',
      source: p2sAbout2026(S.auth),
      tags: ['authentication', 'multiple', 'combined'],
    },
    {
      id: 'p2s-auth-combo-ikev2-openvpn',
      topic: 'authentication',
      title: 'Authentication choices for the "IKEv2 and OpenVPN" tunnel type',
      value: 'RADIUS; Azure certificate; Entra ID + RADIUS; Entra ID + Azure certificate (Entra ID is used over OpenVPN only)',
      source: p2sAbout2026(S.tunnelAuth),
      tags: ['ikev2', 'openvpn', 'entra', 'radius', 'certificate'],
    },
    {
      id: 'p2s-auth-combo-ikev2-sstp',
      topic: 'authentication',
      title: 'Authentication choices for the "IKEv2 and SSTP" tunnel type',
      value: 'RADIUS or Azure certificate',
      about: ['ikev2', 'sstp', 'certificate', 'radius'],
      source: p2sAbout2026(S.tunnelAuth),
      tags: ['ikev2', 'sstp', 'radius', 'certificate'],
    },
    {
      id: 'p2s-auth-vwan-ikev2',
      topic: 'authentication',
      title: 'Virtual WAN User VPN: authentication over IKEv2',
      value: 'RADIUS or certificate only',
      source: vwanP2sConcepts2022(S.tunnelAuth),
      tags: ['virtual wan', 'ikev2', 'radius', 'certificate'],
    },
    {
      id: 'p2s-auth-vwan-openvpn',
      topic: 'authentication',
      title: 'Virtual WAN User VPN: authentication over OpenVPN',
      value: 'RADIUS, certificate or Entra ID; several methods on one configuration only with OpenVPN',
      source: vwanP2sConcepts2022(S.tunnelAuth),
      tags: ['virtual wan', 'openvpn', 'entra', 'multiple'],
    },
    {
      id: 'p2s-root-certificates-max',
      topic: 'authentication',
      title: 'Trusted root certificates per P2S gateway',
      value: 20,
      unit: 'root certificates',
      source: p2sAbout2026(S.auth),
      note: 'Enterprise (internal PKI) roots are accepted as well as self-signed roots.',
      tags: ['root certificate', '20', 'certificate', 'pki'],
    },
    {
      id: 'certificate-how-it-works',
      topic: 'authentication',
      title: 'How Azure certificate authentication works',
      value:
        'Upload the root certificate public key to the gateway; install a client certificate issued from that root on each device; the gateway validates it',
      source: p2sAbout2026(S.auth),
      tags: ['certificate', 'root', 'client certificate'],
    },
    {
      id: 'certificate-rsa-only-ikev2',
      topic: 'authentication',
      title: 'Certificate key types for IKEv2 P2S',
      value: 'RSA X.509 certificates only; ECC/ECDSA certificates are not supported for IKEv2 P2S',
      source: faq2026(S.auth),
      tags: ['rsa', 'ecc', 'ecdsa', 'certificate', 'ikev2'],
    },
    {
      id: 'certificate-key-vault-not-supported',
      topic: 'authentication',
      title: 'Certificates from Azure Key Vault for P2S',
      value: false,
      source: faq2026(S.auth),
      note: 'Not supported.',
      tags: ['key vault', 'certificate'],
    },
    {
      id: 'certificate-revocation-list',
      topic: 'authentication',
      title: 'Revoked client certificate list',
      value: true,
      source: faq2026(S.auth),
      note: 'The gateway can be given a list of revoked client certificates that are refused.',
      tags: ['revoke', 'revocation', 'certificate'],
    },
    {
      id: 'certificate-revoked-list-max',
      topic: 'authentication',
      title: 'Maximum entries in the revoked certificate list',
      value: null,
      unknown: 'No source version read states a maximum; the reference marks it unverified.',
      source: faq2026(S.auth),
      tags: ['revoke', 'certificate', 'limit'],
    },
    {
      id: 'certificate-creation-tools',
      topic: 'authentication',
      title: 'Tools for creating P2S certificates',
      value: 'Enterprise/internal PKI, Azure PowerShell, MakeCert, OpenSSL',
      source: seed004('What tools can I use to create certificates?'),
      tags: ['certificate', 'openssl', 'makecert', 'powershell', 'pki'],
    },
    {
      id: 'certificate-openssl-settings',
      topic: 'authentication',
      title: 'OpenSSL settings for P2S certificates',
      value:
        'Export the root certificate as Base64; create the client private key with length 4096; use -extensions usr_cert for the client certificate',
      source: seed004('Are there instructions for certificate settings and parameters?'),
      tags: ['openssl', 'certificate', '4096', 'base64'],
    },
    {
      id: 'certificate-mismatch-server-validation',
      topic: 'authentication',
      title: 'Certificate mismatch when connecting with certificate authentication',
      value:
        'Clear "Verify the server\'s identity by validating the certificate", or add the server FQDN with the certificate in a manually created profile (rasphone)',
      source: seed004("What should I do if I'm getting a certificate mismatch when connecting using certificate authentication?"),
      note: 'The seed explains this is safe with Azure certificate auth because the tunnel protocol (IKEv2/SSTP) already validated the same server certificate and FQDN.',
      tags: ['certificate', 'mismatch', 'rasphone', 'fqdn'],
    },
    {
      id: 'entra-openvpn-only',
      topic: 'authentication',
      title: 'Tunnel type for Microsoft Entra ID authentication',
      value: 'OpenVPN only',
      source: p2sAbout2026(S.auth),
      tags: ['entra', 'azure ad', 'aad', 'openvpn'],
    },
    {
      id: 'entra-azure-vpn-client-required',
      topic: 'authentication',
      title: 'VPN client for Microsoft Entra ID authentication',
      value: 'The Azure VPN Client (Windows, macOS)',
      source: p2sAbout2026(S.auth),
      note: 'The Azure VPN Client for Linux also supports Entra ID, until its retirement (lifecycle event azure-vpn-client-linux-retired).',
      tags: ['entra', 'azure vpn client', 'aad'],
    },
    {
      id: 'entra-platforms',
      topic: 'authentication',
      title: 'Client platforms for Entra ID P2S',
      value: 'Windows and macOS',
      source: p2sAbout2026(S.matrix2026),
      conflict: 'conflict-31',
      note: 'Linux had an Azure VPN Client with Entra ID from May 2024 until its retirement on 2026-08-31.',
      tags: ['entra', 'windows', 'macos', 'linux'],
    },
    {
      id: 'entra-platforms-2021',
      topic: 'authentication',
      title: 'Client platforms for Entra ID P2S (2021)',
      value: 'Windows 10 and Windows 11 only',
      source: p2sAbout2021(S.auth),
      status: 'superseded',
      supersededBy: 'entra-platforms',
      conflict: 'conflict-31',
      tags: ['entra', 'windows'],
    },
    {
      id: 'entra-conditional-access-mfa',
      topic: 'authentication',
      title: 'Conditional Access and MFA with P2S',
      value: 'Available through Microsoft Entra ID authentication',
      source: p2sAbout2026(S.auth),
      tags: ['conditional access', 'mfa', 'entra'],
    },
    {
      id: 'entra-one-audience-per-gateway',
      topic: 'authentication',
      title: 'Entra ID audience values per gateway',
      value: 1,
      unit: 'audience values',
      source: p2sAbout2026(S.auth),
      tags: ['entra', 'audience'],
    },
    {
      id: 'entra-audience-microsoft-registered',
      topic: 'authentication',
      title: 'Audience (app ID) of the Microsoft-registered Azure VPN Client',
      value: 'c632b3df-fb67-4d84-bdcf-b95ad541b5c8',
      source: p2sAbout2026(S.auth),
      note: 'No app registration is needed in your tenant. Windows client 3.3.1.0 (June 2024) added support for it.',
      tags: ['entra', 'audience', 'app id', 'microsoft-registered'],
    },
    {
      id: 'entra-audience-manual',
      topic: 'authentication',
      title: 'Audience (app ID) of the manually registered Azure VPN Client, Azure Public',
      value: '41b23e61-6c1e-4545-b367-cd054e0ed4b4',
      about: ['entra', 'entra-audience-manual'],
      source: p2sAbout2026(S.auth),
      note: 'Being retired: 2028-03-31 in Azure Public, 2029-03-31 in Azure Government and 21Vianet (see lifecycle).',
      tags: ['entra', 'audience', 'app id', 'manual'],
    },
    {
      id: 'entra-audience-custom',
      topic: 'authentication',
      title: 'Custom audience for Entra ID P2S',
      value: true,
      source: p2sAbout2026(S.auth),
      tags: ['entra', 'audience', 'custom'],
    },
    {
      id: 'radius-options',
      topic: 'authentication',
      title: 'What RADIUS authentication covers',
      value:
        'Active Directory domain sign-in via NPS, RADIUS with certificates, and other identity providers or MFA behind the RADIUS server',
      source: faq2026(S.auth),
      tags: ['radius', 'nps', 'active directory', 'mfa'],
    },
    {
      id: 'radius-gateway-pass-through',
      topic: 'authentication',
      title: 'Gateway role with RADIUS',
      value:
        'Pass-through: the gateway forwards requests and the RADIUS server does the validation (including certificate validation with RADIUS certificates)',
      source: faq2026(S.auth),
      tags: ['radius', 'pass-through'],
    },
    {
      id: 'radius-not-on-basic',
      topic: 'authentication',
      title: 'Gateway SKUs that support RADIUS',
      value: 'All SKUs except Basic',
      about: ['radius', 'basic'],
      source: faq2026(S.auth),
      conflict: 'conflict-26',
      note: 'Also requires a route-based gateway.',
      tags: ['radius', 'basic', 'sku'],
    },
    {
      id: 'radius-skus-2018',
      topic: 'authentication',
      title: 'Gateway SKUs that support RADIUS (2018)',
      value: 'VpnGw1, VpnGw2, VpnGw3 and legacy Standard and HighPerformance; not Basic',
      about: ['radius', 'basic', 'standard', 'high-performance'],
      source: radiusFaqInc2018(S.conflictsP2s),
      status: 'superseded',
      supersededBy: 'radius-not-on-basic',
      conflict: 'conflict-26',
      tags: ['radius', 'sku'],
    },
    {
      id: 'radius-legacy-skus',
      topic: 'authentication',
      title: 'RADIUS on legacy SKUs',
      value: 'Supported on Standard and HighPerformance; not on Basic',
      about: ['radius', 'basic', 'standard', 'high-performance'],
      source: faq2026(S.skuMatrix),
      tags: ['radius', 'legacy', 'standard', 'highperformance'],
    },
    {
      id: 'radius-classic-not-supported',
      topic: 'authentication',
      title: 'RADIUS in the classic deployment model',
      value: false,
      source: seed004('Is RADIUS authentication supported for the classic deployment model?'),
      note: 'Not supported.',
      tags: ['radius', 'classic'],
    },
    {
      id: 'radius-third-party-servers',
      topic: 'authentication',
      title: 'Third-party RADIUS servers',
      value: true,
      source: seed004('Are 3rd-party RADIUS servers supported?'),
      tags: ['radius', 'third-party'],
    },
    {
      id: 'radius-request-timeout',
      topic: 'authentication',
      title: 'RADIUS request timeout',
      value: 30,
      unit: 'seconds',
      source: faq2026(S.auth),
      conflict: 'conflict-27',
      note: 'Fixed; you cannot set your own value.',
      tags: ['radius', 'timeout', '30'],
    },
    {
      id: 'radius-on-prem-requires-s2s',
      topic: 'authentication',
      title: 'Reaching an on-premises RADIUS server from the gateway',
      value: 'Only over a site-to-site VPN with the right routes; not over ExpressRoute',
      source: faq2026(S.auth),
      tags: ['radius', 'on-premises', 's2s', 'expressroute'],
    },
    {
      id: 'radius-servers-max',
      topic: 'authentication',
      title: 'RADIUS servers per gateway (for high availability)',
      value: 2,
      unit: 'RADIUS servers',
      source: radiusGateway2026(S.auth),
      tags: ['radius', 'ha', 'servers'],
    },
    {
      id: 'radius-ikev2-eap-only',
      topic: 'authentication',
      title: 'RADIUS over IKEv2',
      value: 'Only EAP-based authentication methods',
      source: faq2026(S.auth),
      tags: ['radius', 'ikev2', 'eap'],
    },
    {
      id: 'radius-tunnels',
      topic: 'authentication',
      title: 'Tunnel types that carry RADIUS authentication',
      value: 'IKEv2, SSTP and OpenVPN',
      about: ['radius', 'ikev2', 'sstp', 'openvpn'],
      source: faq2026(S.auth),
      tags: ['radius', 'ikev2', 'sstp', 'openvpn'],
    },
    {
      id: 'radius-openvpn-supported',
      topic: 'authentication',
      title: 'RADIUS with OpenVPN',
      value: true,
      source: faq2026(S.auth),
      conflict: 'conflict-25',
      note: 'Supported, with no tool restriction in the current FAQ.',
      tags: ['radius', 'openvpn'],
    },
    {
      id: 'radius-openvpn-powershell-only-2018',
      topic: 'authentication',
      title: 'RADIUS with OpenVPN (2018)',
      value: 'Supported only when configured through PowerShell',
      source: radiusFaqInc2018(S.conflictsP2s),
      status: 'superseded',
      supersededBy: 'radius-openvpn-supported',
      conflict: 'conflict-25',
      tags: ['radius', 'openvpn', 'powershell'],
    },
    {
      id: 'radius-sstp-limit-unchanged',
      topic: 'authentication',
      title: 'SSTP connection limit with RADIUS authentication',
      value: 128,
      unit: 'connections',
      about: ['radius', 'sstp'],
      source: faq2026(S.skuOther),
      note: 'RADIUS does not change the SSTP cap; the IKEv2 maximum still depends on the SKU.',
      tags: ['radius', 'sstp', '128'],
    },
    {
      id: 'radius-mfa-text-code-not-supported',
      topic: 'authentication',
      title: 'NPS MFA by text message or code entry',
      value: 'Not supported',
      source: faq2026(S.auth),
      tags: ['radius', 'nps', 'mfa', 'sms', 'otp'],
    },
  ],
};
