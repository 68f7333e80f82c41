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
        'Users sign in with their Entra ID account, which brings Conditional Access and MFA. Only over OpenVPN and only with the Azure VPN Client (Windows, macOS; the Linux client was retired on 2026-08-31).',
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
      note: 'The Azure VPN Client for Linux also supported Entra ID until it was retired on 2026-08-31.',
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
    // ───────────── issue 12, topics 9 and 10: root certificates, revocation, gateway root-certificate migration; several authentication types on one gateway ─────────────
    // topic 9: certificates
    {
      id: 'root-cert-remove-blocks-clients',
      topic: 'authentication',
      title: 'Removing a trusted root certificate from the gateway',
      value:
        'Every client certificate issued from that root stops working; those users need a new client certificate from a root the gateway still trusts',
      source: ref('vpn-point-to-site-certificate-gateway-2025-03-10')('Add or remove trusted root certificates'),
      note: 'Several roots can be trusted at once (p2s-root-certificates-max), so a replacement root can be added before the old one goes.',
      tags: ['root certificate', 'remove', 'delete', 'trusted root', 'all users'],
    },
    {
      id: 'certificate-revoke-by-thumbprint',
      topic: 'authentication',
      title: 'Revoking one client certificate (lost or stolen device, leaver)',
      value:
        'On the gateway’s Point-to-site configuration page, add the certificate’s thumbprint (spaces removed) with any friendly name under Revoked certificates; once the list has updated, that certificate is refused',
      source: ref('vpn-point-to-site-certificate-gateway-2025-03-10')('Revoke a client certificate'),
      note: 'Only that certificate is blocked; other certificates from the same root keep working. The article’s advice: manage teams or whole organisations with roots and single users with the revoked list. No source read gives a maximum size for the list (certificate-revoked-list-max). Putting a root or intermediate on the list does not revoke the certificates under it (stated for Virtual WAN: vwan-cert-revocation); to cut off a whole root, remove it (root-cert-remove-blocks-clients).',
      tags: ['revoke', 'revocation', 'revoked list', 'thumbprint', 'lost laptop', 'stolen laptop', 'leaver', 'block user', 'crl'],
    },
    {
      id: 'self-signed-root-default-expiry',
      topic: 'authentication',
      title: 'Validity of a self-signed root made with New-SelfSignedCertificate',
      value: 1,
      unit: 'year',
      source: ref('inc-vpn-gateway-generate-export-certificates-include-2023-08-04')('Create a self-signed root certificate'),
      note: 'That is the default when NotAfter is left out; the documented example sets NotAfter to 24 months. Client certificates made from the root carry their own expiry dates.',
      tags: ['self-signed', 'root certificate', 'expiry', 'expires', 'validity', 'NotAfter', 'New-SelfSignedCertificate', 'powershell'],
    },
    {
      id: 'root-cert-expired-clients-fail',
      topic: 'authentication',
      title: 'When your P2S root certificate expires',
      value:
        'Clients whose certificates chain to it can no longer connect (Windows reports error 0x80090326); add a new root to the gateway, give users new client certificates issued from it, then remove the old root',
      source: ref('vpn-vpn-gateway-troubleshoot-vpn-point-to-site-connection-problems-2017-06-23')(
        'VPN client error: The message received was unexpected or badly formatted',
      ),
      note: 'The troubleshooting article names a root public key that is missing, corrupted or expired as the cause of 0x80090326 (check the root was not revoked, then add it again). Because the gateway trusts several roots at once, the new root can be rolled out before the old one runs out. Your own roots and client certificates expire on their own dates; Azure’s gateway certificate changes do not affect them.',
      tags: ['root certificate expired', 'expired', 'expiry', 'renew', '0x80090326', 'cannot connect', 'root certificate'],
    },
    {
      id: 'gateway-root-cert-migration',
      topic: 'authentication',
      title: 'Gateway root certificate migration (rotation by Azure)',
      value:
        'After advance notice Azure moves the gateway’s server certificate to a new root; both certificates are attached during a transition period, and after the deadline only the new one is accepted, so clients whose profile knows only the old root cannot connect',
      source: ref('vpn-point-to-site-about-gateway-certificate-migration-2026-06-04')(
        'About gateway root certificate migration and P2S VPN profile updates',
      ),
      note: 'Also called root certificate rotation. The fix is a newly generated client profile for every user (p2s-root-cert-migration-new-profile); no new client certificates are needed.',
      tags: [
        'root certificate migration',
        'certificate rotation',
        'gateway certificate',
        'server certificate',
        'deadline',
        'profile',
        'redistribute',
      ],
    },
    {
      id: 'gateway-root-cert-migration-all-auth-types',
      topic: 'authentication',
      title: 'Who needs the new profile after a gateway root certificate migration',
      value: 'Every P2S user of the affected gateway, whatever the authentication method: certificate, Entra ID or RADIUS',
      source: ref('inc-vpn-gateway-server-certificate-migration-faq-2026-06-04')('General information'),
      note: 'Every client checks the gateway certificate, not only certificate users. The gateway configuration (tunnel type, authentication, address pool, routing) does not change. One download holds the profiles for every client type, one download per affected gateway; add it next to the existing profile on the device rather than counting on it overwriting the old one. No cost.',
      tags: ['entra', 'radius', 'certificate', 'root certificate migration', 'profile', 'all users', 'new profile'],
    },
    {
      id: 'gateway-root-cert-migration-rollout',
      topic: 'authentication',
      title: 'Rolling the new profile out to many users before a root certificate migration',
      value:
        'Generate the profile as soon as it is offered, push it with your endpoint management tools, tell users ahead, try it on a small group first, and watch the gateway for connections still using the old profile',
      source: ref('inc-vpn-gateway-server-certificate-migration-faq-2026-06-04')('Distribution and rollout'),
      note: 'Where users manage their own VPN profiles: send them the file or the download steps directly, with a deadline well before the migration.',
      tags: ['rollout', 'endpoint management', 'intune', 'pilot', 'profile distribution', 'many users'],
    },
    {
      id: 'gateway-root-cert-distrusted-early',
      topic: 'authentication',
      title: 'VPN broke before the root certificate migration notice arrived',
      value:
        'The VPN client or the OS may already distrust the old certificate authority: install the previous root certificate on the device to reconnect, then watch for the notice with the updated profile',
      source: ref('inc-vpn-gateway-server-certificate-migration-faq-2026-06-04')('Connectivity and troubleshooting'),
      tags: ['broke', 'before notice', 'distrust', 'old ca', 'previous root', 'cannot connect', 'certificate migration'],
    },
    {
      id: 'gateway-server-cert-root-g2',
      topic: 'authentication',
      title: 'Root of the gateway server certificate that the Azure VPN Client checks',
      value: 'DigiCert Global Root G2',
      source: ref('vwan-point-to-site-entra-vpn-client-mac-2025-03-07')('Import VPN client profile configuration files'),
      note: 'When an Entra ID profile is imported or created in the Azure VPN Client, Certificate Information should read DigiCert Global Root G2 rather than blank or the default. Stated in the Virtual WAN macOS client article.',
      tags: ['digicert', 'global root g2', 'server certificate', 'certificate information', 'azure vpn client', 'server validation'],
    },
    {
      id: 'gateway-server-cert-root-2019',
      topic: 'authentication',
      title: 'Root of the gateway server certificate after the 2019 move to a public CA',
      value: 'DigiCert Global Root CA',
      source: ref('vpn-vpn-gateway-point-to-site-gateway-public-ca-2019-02-19')('1. Verify your certificate'),
      status: 'superseded',
      supersededBy: 'gateway-server-cert-root-g2',
      note: 'Seen as ServerCertRootCn in VPNSettings.xml of the profile. Before the move (2019-03-12 for the remaining gateways) older gateways used a self-signed certificate issued by Azure that had to be renewed every 18 months, each time with new profiles for all clients; the move itself also needed new profiles but no new client certificates.',
      tags: ['digicert', 'global root ca', 'public ca', '18 months', 'self-signed', 'server certificate'],
    },
    // topic 10: several authentication types on one gateway
    {
      id: 'multi-auth-requires-openvpn',
      topic: 'authentication',
      title: 'Tunnel type needed for more than one authentication type',
      value:
        'OpenVPN must be one of the tunnel types (OpenVPN alone, or IKEv2 and OpenVPN); SSTP, IKEv2, and IKEv2 and SSTP take one authentication type at a time',
      source: ref('inc-vpn-gateway-vpn-multiauth-tunnel-mapping-2023-03-08-a')('Tunnel type and authentication mechanism table'),
      note: 'The 2022 multiple-authentication article says it in one line: several authentication types on one gateway only with OpenVPN. Each client must match one configured authentication type over a tunnel type it speaks (p2s-multiple-auth-types).',
      tags: ['multiple authentication', 'multi-auth', 'several authentication types', 'combine', 'openvpn', 'tunnel type'],
    },
    {
      id: 'multi-auth-radius-certificate-openvpn-only',
      topic: 'authentication',
      title: 'RADIUS and Azure certificate on the same gateway',
      value: 'Only with the OpenVPN tunnel type, so native IKEv2 and SSTP clients cannot connect in that setup',
      source: ref('inc-vpn-gateway-vpn-multiauth-tunnel-mapping-2023-03-08-b')('Authentication and tunnel type table'),
      tags: ['radius', 'certificate', 'multiple authentication', 'openvpn', 'ikev2', 'combine'],
    },
    {
      id: 'multi-auth-all-three-openvpn-only',
      topic: 'authentication',
      title: 'Entra ID, RADIUS and Azure certificate all on one gateway',
      value: 'Only with the OpenVPN tunnel type',
      source: ref('inc-vpn-gateway-vpn-multiauth-tunnel-mapping-2023-03-08-b')('Authentication and tunnel type table'),
      note: 'Entra ID users then connect with the Azure VPN Client; certificate and RADIUS users need a client that speaks OpenVPN.',
      tags: ['entra', 'radius', 'certificate', 'all three', 'multiple authentication', 'openvpn'],
    },
    {
      id: 'multi-auth-entra-combos-tunnels',
      topic: 'authentication',
      title: 'Entra ID combined with Azure certificate or with RADIUS',
      value:
        'Tunnel type OpenVPN, or IKEv2 and OpenVPN; Entra ID sign-in then runs over OpenVPN only, while the certificate or RADIUS users can use either tunnel',
      source: ref('inc-vpn-gateway-vpn-multiauth-tunnel-mapping-2023-03-08-b')('Authentication and tunnel type table'),
      note: 'The 2026 P2S article lists the same pairs for "IKEv2 and OpenVPN" (p2s-auth-combo-ikev2-openvpn).',
      tags: ['entra', 'certificate', 'radius', 'cert and entra', 'together', 'multiple authentication', 'ikev2 and openvpn'],
    },
    {
      id: 'entra-alone-openvpn-tunnel-only',
      topic: 'authentication',
      title: 'Entra ID as the only authentication type: tunnel type',
      value: '"OpenVPN (SSL)" on its own; "IKEv2 and OpenVPN (SSL)" is accepted only when Entra ID is combined with certificate or RADIUS',
      source: ref('vpn-point-to-site-gateway-certificate-2024-05-13')('Specify tunnel and authentication type'),
      tags: ['entra', 'openvpn', 'ikev2 and openvpn', 'tunnel type', 'entra only'],
    },
    {
      id: 'multi-auth-keep-native-ikev2-clients',
      topic: 'authentication',
      title: 'Adding Entra ID while keeping native IKEv2 certificate users (macOS, iOS)',
      value:
        'Choose tunnel type "IKEv2 and OpenVPN" with Entra ID + Azure certificate: certificate users keep the native IKEv2 client, Entra ID users connect with the Azure VPN Client over OpenVPN',
      source: ref('inc-vpn-gateway-vpn-multiauth-tunnel-mapping-2023-03-08-a')('Tunnel type and authentication mechanism table'),
      note: 'Not possible with RADIUS + certificate, which needs OpenVPN alone (multi-auth-radius-certificate-openvpn-only). Adding an authentication type changes the P2S configuration, so every user needs the regenerated profile (p2s-profile-regenerate-after-change).',
      tags: ['entra', 'certificate', 'macos', 'ios', 'native client', 'ikev2', 'keep', 'migration', 'multiple authentication'],
    },
    {
      id: 'multi-auth-profile-files',
      topic: 'authentication',
      title: 'Azure VPN Client profile file with several authentication types',
      value:
        'The AzureVPN folder of the profile package holds either azurevpnconfig_aad.xml or azurevpnconfig.xml, depending on whether the configuration has several authentication types; Entra ID users import that file into the Azure VPN Client',
      source: ref('vwan-point-to-site-entra-vpn-client-mac-2025-03-07')('Extract client profile configuration files'),
      note: 'The _aad name goes with the multi-authentication package (our reading of the article’s wording; the Linux client article also points Entra ID users to azurevpnconfig_aad.xml).',
      tags: ['azurevpnconfig_aad.xml', 'azurevpnconfig.xml', 'profile', 'azure vpn client', 'import', 'multiple authentication'],
    },
    {
      id: 'multi-auth-not-on-basic',
      topic: 'authentication',
      title: 'Several authentication types on a Basic SKU gateway',
      value: 'Not available: Basic has no OpenVPN, which combining authentication types requires',
      source: ref('vpn-howto-point-to-site-multi-auth-2022-07-29')('Virtual network gateway'),
      tags: ['basic', 'multiple authentication', 'openvpn', 'sku'],
    },
  ],
};
