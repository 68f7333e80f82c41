/**
 * Conflicts: one entry per numbered version or cross-document conflict (1–48) found while reading the
 * sources. Each entry lists every value with the source versions that state it, and a verdict:
 * `resolved` (with `current`, the index of the value answers use) or `unresolved` (answers show all values).
 *
 * To add an entry: id `conflict-NN` (two digits), `number` = its number in that list,
 * at least two values (a same-document inconsistency gives its two statements as two values),
 * a verdict with its reason in our own words, and `facts: []` — facts point to a conflict through their
 * own `conflict` field. Add the row number to `referenceConflictNumbers` below if the list grows.
 */
import type { DataModule } from '../model';

/** A source reference: source id (see sources.ts) and the section it is read from. */
const r = (sourceId: string, section: string) => ({ sourceId, section });

// Sections used repeatedly.
const SKU_TABLE = 'Gateway SKU table';
const SKU_TABLE_2026 = 'SKU table (AZ and Basic)';
const FEATURES = 'Feature set by SKU';
const PERF = 'Observed per-tunnel performance';
const GW_LIMITS = 'VPN Gateway limits';
const P2S_FAQ = 'Point-to-site FAQ';
const RADIUS_FAQ = 'Point-to-site RADIUS FAQ';
const CONSOLIDATION = 'SKU consolidation and migration';
const LEGACY = 'Legacy SKU deprecation';
const WHATS_NEW = 'Lifecycle / retirement dates';
const VWAN_LIMITS = 'Virtual WAN limits';
const VWAN_SU = 'User VPN scale units';
const POOLS = 'Client address pools';

export const conflicts: DataModule = {
  file: 'knowledge/data/conflicts.ts',
  conflicts: [
    // ── 1. VPN Gateway SKUs and limits ──────────────────────────────────────────────
    {
      id: 'conflict-01',
      number: 1,
      topic: 'Point-to-site connections per VPN Gateway SKU',
      values: [
        {
          value: 'One P2S column: 128 connections for VpnGw1, VpnGw2, VpnGw3 and Basic alike',
          sources: [
            r('inc-vpn-gateway-table-gwtype-aggtput-include-undated-a', SKU_TABLE),
            r('inc-vpn-gateway-table-gwtype-aggtput-include-undated-b', SKU_TABLE),
          ],
        },
        {
          value: 'Separate limits: SSTP 128 on every SKU, plus IKEv2 250 / 500 / 1000 on VpnGw1 / VpnGw2 / VpnGw3',
          sources: [r('inc-vpn-gateway-table-gwtype-aggtput-include-2018-10-29', SKU_TABLE)],
        },
        {
          value: 'Separate limits: SSTP 128 on every SKU, plus IKEv2/OpenVPN 250 / 500 / 1000 / 5000 / 10000 on VpnGw1–5 (AZ and non-AZ)',
          sources: [
            r('inc-vpn-gateway-table-gwtype-aggtput-include-2019-11-12', SKU_TABLE),
            r('inc-vpn-gateway-table-gwtype-aggtput-include-2022-06-04', SKU_TABLE),
            r('inc-vpn-gateway-table-gwtype-aggtput-include-2023-09-26', SKU_TABLE),
            r('inc-vpn-gateway-table-gwtype-aggtput-include-2023-10-19', SKU_TABLE),
            r('inc-vpn-gateway-table-gwtype-aggtput-include-2026-06-08', SKU_TABLE),
            r('vpn-about-gateway-skus-2026-06-11', SKU_TABLE_2026),
          ],
        },
      ],
      verdict: {
        status: 'resolved',
        current: 2,
        reason:
          'Every version since 11/12/2019, up to the 2026 SKU article, gives split SSTP and IKEv2/OpenVPN limits per SKU; the single 128 column is older. An undated early copy whose path could not be confirmed showed 256 / 512 / 512; it is not used.',
      },
      facts: [],
    },
    {
      id: 'conflict-02',
      number: 2,
      topic: 'Raising point-to-site connections above 128',
      values: [
        {
          value: 'Maximum 128; more only by asking support, for IKEv2 only; SSTP cannot be raised',
          sources: [r('inc-vpn-gateway-table-gwtype-aggtput-include-2018-08-02', SKU_TABLE)],
        },
        {
          value: 'Fixed per-SKU IKEv2 (later IKEv2/OpenVPN) maxima; no support-request route mentioned',
          sources: [
            r('inc-vpn-gateway-table-gwtype-aggtput-include-2018-10-29', SKU_TABLE),
            r('inc-vpn-gateway-table-gwtype-aggtput-include-2026-06-08', SKU_TABLE),
          ],
        },
      ],
      verdict: {
        status: 'resolved',
        current: 1,
        reason:
          'The support-request footnote disappeared in 10/29/2018, when fixed per-SKU maxima replaced it; all later versions keep the fixed maxima.',
      },
      facts: [],
    },
    {
      id: 'conflict-03',
      number: 3,
      topic: 'Site-to-site tunnels on VpnGw4 and VpnGw5 (and AZ)',
      values: [
        { value: 'At most 30 tunnels', sources: [r('inc-vpn-gateway-table-gwtype-aggtput-include-2019-11-12', SKU_TABLE)] },
        {
          value: 'At most 100 tunnels',
          sources: [
            r('inc-vpn-gateway-table-gwtype-aggtput-include-2022-06-04', SKU_TABLE),
            r('inc-vpn-gateway-table-gwtype-aggtput-include-2026-06-08', SKU_TABLE),
            r('vpn-about-gateway-skus-2026-06-11', SKU_TABLE_2026),
          ],
        },
      ],
      verdict: {
        status: 'resolved',
        current: 1,
        reason: 'The limit was raised to 100 in the 06/04/2022 table and every later version, including the 2026 SKU article, keeps 100.',
      },
      facts: [],
    },
    {
      id: 'conflict-04',
      number: 4,
      topic: 'Tunnels on all Gen1/Gen2 SKUs except Basic',
      values: [
        {
          value: 'Feature table: route-based gateways allow up to 100 tunnels on every SKU except Basic',
          sources: [r('vpn-about-gateway-skus-2023-11-28', FEATURES), r('vpn-about-gateway-skus-2026-06-11', FEATURES)],
        },
        {
          value: 'SKU table: VpnGw1–3 (and AZ) at most 30 tunnels; VpnGw4–5 (and AZ) at most 100',
          sources: [r('vpn-about-gateway-skus-2026-06-11', SKU_TABLE_2026)],
        },
      ],
      verdict: {
        status: 'resolved',
        current: 1,
        reason:
          'Both statements are in the same article. The per-SKU table is the specific value; the feature table gives the highest value of the family as if it applied to every SKU.',
      },
      facts: [],
    },
    {
      id: 'conflict-05',
      number: 5,
      topic: 'VpnGw1 aggregate throughput',
      values: [
        { value: '500 Mbps', sources: [r('inc-vpn-gateway-table-gwtype-aggtput-include-undated-a', SKU_TABLE)] },
        {
          value: '650 Mbps',
          sources: [
            r('inc-vpn-gateway-table-gwtype-aggtput-include-undated-b', SKU_TABLE),
            r('inc-vpn-gateway-table-gwtype-aggtput-include-2018-08-02', SKU_TABLE),
            r('vpn-about-gateway-skus-2026-06-11', SKU_TABLE_2026),
          ],
        },
      ],
      verdict: {
        status: 'resolved',
        current: 1,
        reason: 'Every dated version from 08/02/2018 to the 2026 SKU article gives 650 Mbps; 500 Mbps appears only in one undated copy.',
      },
      facts: [],
    },
    {
      id: 'conflict-06',
      number: 6,
      topic: 'Per-SKU performance table (throughput and packets per second)',
      values: [
        {
          value:
            'Observed throughput (not per tunnel), Gen1: VpnGw1 650/500/120 Mbps and 58,000/50,000/50,000 pps; VpnGw2 1 Gbps/500/120 Mbps and 90,000/80,000/55,000 pps; VpnGw3 1.25 Gbps/550/120 Mbps and 105,000/90,000/60,000 pps',
          sources: [
            r('inc-vpn-gateway-table-gwtype-aggtput-include-2019-05-22', PERF),
            r('inc-vpn-gateway-table-gwtype-aggtput-include-2019-11-12', PERF),
          ],
        },
        {
          value:
            'Per tunnel, tests with 100 connections: VpnGw1 650/500/130 Mbps and 62,000/47,000/12,000 pps; VpnGw2 1.2 Gbps/650/140 Mbps and 100,000/61,000/13,000 pps (VpnGw2AZ 110,000); VpnGw3 1.25 Gbps/700/140 Mbps; Gen2 up to 2.3 Gbps and 220,000 pps',
          sources: [
            r('inc-vpn-gateway-table-gwtype-aggtput-include-2022-06-04', PERF),
            r('vpn-about-gateway-skus-2023-11-28', PERF),
            r('vpn-about-gateway-skus-2026-06-11', PERF),
          ],
        },
      ],
      verdict: {
        status: 'resolved',
        current: 1,
        reason:
          'The per-tunnel table replaced the older observed-throughput table in 06/04/2022 and is unchanged in the 2023 and 2026 SKU articles.',
      },
      facts: [],
    },
    {
      id: 'conflict-07',
      number: 7,
      topic: 'Throughput cap of a single tunnel',
      values: [
        {
          value: 'A single tunnel reaches at most 1 Gbps',
          sources: [r('inc-vpn-gateway-table-gwtype-aggtput-include-2019-11-12', 'Gateway SKU table notes')],
        },
        { value: 'Up to 2.3 Gbps observed per tunnel (Gen2 VpnGw4/5, GCMAES256)', sources: [r('vpn-about-gateway-skus-2026-06-11', PERF)] },
      ],
      verdict: {
        status: 'resolved',
        current: 1,
        reason: 'The 1 Gbps note was removed from later versions; the 2026 per-tunnel measurements exceed it.',
      },
      facts: [],
    },
    {
      id: 'conflict-08',
      number: 8,
      topic: 'Maximum flows per VPN gateway',
      values: [
        {
          value: '100K for VpnGw1/AZ; 512K for VpnGw2–4/AZ',
          sources: [r('inc-azure-virtual-network-gateway-limits-2020-08-25', GW_LIMITS)],
        },
        {
          value: '500K inbound and 500K outbound for VpnGw1–5/AZ',
          sources: [r('inc-azure-virtual-network-gateway-limits-2024-01-04', GW_LIMITS)],
        },
      ],
      verdict: {
        status: 'resolved',
        current: 1,
        reason: 'The 01/04/2024 limits table (also in its 2026 copy) replaced the per-SKU flow counts with 500K each way.',
      },
      facts: [],
    },
    {
      id: 'conflict-09',
      number: 9,
      topic: 'Basic SKU and IKEv2 for point-to-site',
      values: [
        {
          value: 'Basic supports neither IKEv2 nor OpenVPN for point-to-site (SSTP only)',
          sources: [
            r('vpn-ikev2-openvpn-from-sstp-2020-09-03', 'Basic SKU'),
            r('vpn-about-gateway-skus-2026-06-11', SKU_TABLE_2026),
            r('vpn-about-gateway-skus-2026-06-11', FEATURES),
            r('inc-vpn-gateway-table-gwtype-aggtput-include-2026-06-08', SKU_TABLE),
            r('vpn-point-to-site-about-2026-08-17', 'Basic SKU note'),
            r('vpn-point-to-site-radius-gateway-2026-06-08', 'Basic SKU note'),
          ],
        },
        {
          value: 'From November 2025 Basic supports IKEv2, and new Basic gateways default to IKEv2',
          sources: [r('vpn-ikev2-openvpn-from-sstp-2025-01-23', 'Basic SKU'), r('vpn-ikev2-openvpn-from-sstp-2025-09-29', 'Basic SKU')],
        },
      ],
      verdict: {
        status: 'unresolved',
        reason:
          'The change is announced only in the SSTP transition article (2025); the SKU tables and the P2S article of 2026, which are newer, still list IKEv2 as not supported on Basic. Treat Basic with IKEv2 as unconfirmed.',
      },
      facts: [],
    },
    {
      id: 'conflict-10',
      number: 10,
      topic: 'Public IP SKU for a Basic SKU VPN gateway',
      values: [
        {
          value: 'A Basic SKU gateway uses (and currently supports only) a Basic SKU public IP',
          sources: [
            r('vpn-about-gateway-skus-2025-06-23', 'Basic SKU'),
            r('vpn-gateway-sku-consolidation-2024-09-26', CONSOLIDATION),
            r('vpn-vpn-gateway-vpn-faq-2026-06-04', 'Basic SKU public IP'),
          ],
        },
        {
          value: 'Create a Basic SKU gateway with a Standard SKU public IP (Basic public IP reference being removed, March 2026)',
          sources: [r('vpn-gateway-sku-consolidation-2026-02-03', CONSOLIDATION), r('vpn-whats-new-2026-05-26', WHATS_NEW)],
        },
      ],
      verdict: {
        status: 'unresolved',
        reason:
          "The newest FAQ (06/04/2026) still says Basic works only with a Basic public IP, while the consolidation article (02/03/2026) and the May 2026 what's-new list point to the Standard public IP. No source settles it.",
      },
      facts: [],
    },
    {
      id: 'conflict-11',
      number: 11,
      topic: 'End of new non-AZ VpnGw1–5 gateways',
      values: [
        { value: 'No new non-AZ gateways from January 1, 2025', sources: [r('vpn-gateway-sku-consolidation-2024-09-26', CONSOLIDATION)] },
        {
          value: 'No new non-AZ gateways from November 1, 2025',
          sources: [r('vpn-gateway-sku-consolidation-2026-02-03', CONSOLIDATION), r('vpn-whats-new-2026-05-26', WHATS_NEW)],
        },
      ],
      verdict: {
        status: 'resolved',
        current: 1,
        reason:
          "The 2026 consolidation article moved the date to November 1, 2025, and the 2026 what's-new list agrees that creation was blocked in 2025.",
      },
      facts: [],
    },
    {
      id: 'conflict-12',
      number: 12,
      topic: 'How and when non-AZ gateways migrate to AZ SKUs',
      values: [
        {
          value: 'Automatic, seamless migration from April 2025 to October 2026; no customer action',
          sources: [r('vpn-gateway-sku-consolidation-2024-09-26', CONSOLIDATION)],
        },
        {
          value:
            'Manual upgrade recommended, window September 2025 – September 2026; after rollout non-AZ gateways reject configuration changes',
          sources: [r('vpn-gateway-sku-consolidation-2026-02-03', CONSOLIDATION)],
        },
        {
          value: 'Migration window May 2025 – September 2026; upgrade the gateway SKU in the portal',
          sources: [r('vpn-whats-new-2026-05-26', WHATS_NEW)],
        },
      ],
      verdict: {
        status: 'resolved',
        current: 1,
        reason:
          "Both 2026 sources say the customer upgrades the SKU (no automatic migration) and the window ends in September 2026; the consolidation article is the detailed source. The what's-new list starts the window in May 2025 instead of September 2025.",
      },
      facts: [],
    },
    {
      id: 'conflict-13',
      number: 13,
      topic: 'Deprecation date of non-AZ VpnGw1–5 SKUs',
      values: [
        {
          value: 'Targeted deprecation on September 16, 2026',
          sources: [
            r('vpn-gateway-sku-consolidation-2024-09-26', CONSOLIDATION),
            r('vpn-gateway-sku-consolidation-2026-02-03', CONSOLIDATION),
          ],
        },
        {
          value: "Retirement on September 30, 2026 (announcement cited by the same article; what's-new says September 2026)",
          sources: [r('vpn-gateway-sku-consolidation-2026-02-03', 'Announcement link'), r('vpn-whats-new-2026-05-26', WHATS_NEW)],
        },
      ],
      verdict: {
        status: 'unresolved',
        reason:
          'Same period, same month, different day: the article text says September 16 while the retirement announcement it links says September 30, 2026. Treat the exact day as open and plan for the earlier one.',
      },
      facts: [],
    },
    {
      id: 'conflict-14',
      number: 14,
      topic: 'Retirement of legacy Standard and HighPerformance gateways',
      values: [
        {
          value: 'Retired September 30, 2025, after a backend migration from June 2025 without connectivity impact',
          sources: [r('vpn-vpn-gateway-about-skus-legacy-2025-06-23', LEGACY), r('vpn-whats-new-2025-05-30', WHATS_NEW)],
        },
        {
          value: 'Extended to March 2026 (deprecation on March 31, 2026)',
          sources: [r('vpn-whats-new-2025-11-25', WHATS_NEW), r('vpn-vpn-gateway-about-skus-legacy-2026-02-27-a', LEGACY)],
        },
        {
          value:
            'Deprecated June 30, 2026 (Standard → VpnGw1AZ, HighPerformance → VpnGw2AZ); migration May 2025 – June 2026 with up to 10 minutes of downtime; afterwards Azure tries an automatic migration that can fail',
          sources: [
            r('vpn-vpn-gateway-about-skus-legacy-2026-02-27-b', LEGACY),
            r('vpn-whats-new-2026-05-06', WHATS_NEW),
            r('vpn-whats-new-2026-05-26', WHATS_NEW),
            r('vpn-vpn-gateway-vpn-faq-2026-06-04', 'Legacy SKU migration'),
          ],
        },
      ],
      verdict: {
        status: 'resolved',
        current: 2,
        reason:
          'June 30, 2026 is the latest date and is stated by every source from May 2026 on. Two versions of the legacy-SKU article share ms.date 02/27/2026, one with March 31 and one with June 30; the June variant agrees with the newer sources.',
      },
      facts: [],
    },
    {
      id: 'conflict-15',
      number: 15,
      topic: 'Minimum size of the gateway subnet',
      values: [
        {
          value: '/29 is possible; /27 or larger recommended',
          sources: [r('vpn-vpn-gateway-about-vpn-gateway-settings-2020-09-16', 'Gateway subnet')],
        },
        {
          value: '/29 only for the Basic SKU; every other SKU needs /27 or larger',
          sources: [r('vpn-vpn-gateway-about-vpn-gateway-settings-2024-02-29', 'Gateway subnet')],
        },
        {
          value: 'A subnet as small as /29 can be created; /27 or larger recommended',
          sources: [r('vpn-vpn-gateway-vpn-faq-2026-06-04', 'Gateway subnet')],
        },
      ],
      verdict: {
        status: 'resolved',
        current: 1,
        reason:
          "The settings article gives the rule per SKU: /27 or larger for every SKU except Basic. The FAQ's looser wording only says that /29 is technically possible; it does not say other SKUs work with it, so the stricter rule applies.",
      },
      facts: [],
    },
    {
      id: 'conflict-16',
      number: 16,
      topic: 'Protocols listed for point-to-site among cross-premises options',
      values: [
        {
          value: 'Point-to-site described as a VPN over SSTP or IKEv2 (OpenVPN not named)',
          sources: [r('vpn-vpn-gateway-vpn-faq-2026-06-04', 'Cross-premises connection options')],
        },
        {
          value: 'Point-to-site protocols are SSTP, IKEv2 and OpenVPN',
          sources: [r('vpn-vpn-gateway-vpn-faq-2026-06-04', P2S_FAQ), r('vpn-point-to-site-about-2026-08-17', 'Protocols')],
        },
      ],
      verdict: {
        status: 'resolved',
        current: 1,
        reason: 'An omission inside one FAQ: the same FAQ and the P2S article list OpenVPN as a point-to-site protocol.',
      },
      facts: [],
    },

    // ── 2. Point-to-site ────────────────────────────────────────────────────────────
    {
      id: 'conflict-17',
      number: 17,
      topic: 'How many point-to-site clients a gateway supports',
      values: [
        { value: 'Up to 128 VPN clients at the same time', sources: [r('inc-vpn-gateway-faq-p2s-all-include-2018-07-30', P2S_FAQ)] },
        {
          value: 'Depends on the gateway SKU',
          sources: [
            r('inc-vpn-gateway-faq-p2s-all-include-2021-06-15', P2S_FAQ),
            r('inc-vpn-gateway-faq-p2s-all-include-2021-10-14', P2S_FAQ),
            r('inc-vpn-gateway-faq-p2s-all-include-2022-06-10', P2S_FAQ),
            r('inc-vpn-gateway-faq-p2s-all-include-2024-06-19', P2S_FAQ),
            r('vpn-vpn-gateway-vpn-faq-2026-06-04', P2S_FAQ),
          ],
        },
      ],
      verdict: {
        status: 'resolved',
        current: 1,
        reason: 'From 06/15/2021 on the FAQ defers to the per-SKU limits; the flat 128 dates from the single-column SKU table.',
      },
      facts: [],
    },
    {
      id: 'conflict-18',
      number: 18,
      topic: 'IKEv2 point-to-site route (traffic selector) limit, especially on Windows',
      values: [
        {
          value: 'Limits table: IKEv2 P2S route limit 25 for Windows, 256 for other clients',
          sources: [
            r('inc-azure-virtual-network-gateway-limits-2020-08-25', GW_LIMITS),
            r('inc-azure-virtual-network-gateway-limits-2024-01-04', GW_LIMITS),
          ],
        },
        {
          value: 'FAQ: 25 on Windows before Windows 10 version 2004, 255 from version 2004 on',
          sources: [
            r('inc-vpn-gateway-faq-p2s-all-include-2022-06-10', P2S_FAQ),
            r('inc-vpn-gateway-faq-p2s-all-include-2024-06-19', P2S_FAQ),
            r('vpn-vpn-gateway-vpn-faq-2026-06-04', P2S_FAQ),
          ],
        },
        {
          value: 'Virtual WAN: IKEv2 has a protocol-level limit of 255 routes',
          sources: [r('vwan-point-to-site-concepts-2022-12-01', 'Route limits')],
        },
      ],
      verdict: {
        status: 'resolved',
        current: 1,
        reason:
          'For Windows the FAQ is more specific (it names the Windows build) and newer than the limits table, so 25 applies before Windows 10 version 2004 and 255 from it. For other clients the difference stays open: the limits table says 256, the Virtual WAN article 255. The FAQ dates Windows 10 2004 to September 2021; that date is as written, not checked.',
      },
      facts: [],
    },
    {
      id: 'conflict-19',
      number: 19,
      topic: 'Automatic reconnect of point-to-site clients',
      values: [
        {
          value: 'The client does not reconnect by default; auto-reconnect and DDNS are not supported',
          sources: [r('inc-vpn-gateway-faq-p2s-all-include-2021-10-14', P2S_FAQ)],
        },
        {
          value: 'Auto-reconnect is a client feature (Windows: Always On VPN); DDNS still not supported',
          sources: [r('inc-vpn-gateway-faq-p2s-all-include-2024-06-19', P2S_FAQ), r('vpn-vpn-gateway-vpn-faq-2026-06-04', P2S_FAQ)],
        },
      ],
      verdict: {
        status: 'resolved',
        current: 1,
        reason:
          'The 2024 and 2026 FAQ versions moved auto-reconnect to the client side. A classic-deployment FAQ include dated 09/26/2023 with the old wording was seen, but its path is unverified.',
      },
      facts: [],
    },
    {
      id: 'conflict-20',
      number: 20,
      topic: 'Supported point-to-site client operating systems (FAQ list)',
      values: [
        {
          value: 'Windows 7, 8.1, 10; Windows Server 2008 R2 to 2016; Mac OS X 10.11+; Linux; iOS',
          sources: [r('inc-vpn-gateway-faq-p2s-all-include-2018-07-30', P2S_FAQ)],
        },
        {
          value: 'Windows 8.1, 10, 11; Windows Server 2008 R2 to 2022; macOS 10.11+; Linux (strongSwan); iOS',
          sources: [r('inc-vpn-gateway-faq-p2s-all-include-2024-06-19', P2S_FAQ)],
        },
        { value: 'Windows 11; macOS 13.0 or later; Linux (strongSwan); iOS', sources: [r('vpn-vpn-gateway-vpn-faq-2026-06-04', P2S_FAQ)] },
      ],
      verdict: {
        status: 'resolved',
        current: 2,
        reason: 'The 2026 FAQ is the newest list; it follows the end of Windows 10 support and the macOS 13.0 client minimum.',
      },
      facts: [],
    },
    {
      id: 'conflict-21',
      number: 21,
      topic: 'Minimum macOS version for point-to-site',
      values: [
        {
          value: 'OpenVPN on macOS 10.13 or later',
          sources: [r('vpn-point-to-site-about-2021-07-28', 'Protocols'), r('vpn-point-to-site-about-2023-09-26', 'Protocols')],
        },
        {
          value: 'OpenVPN on macOS 12.x or later; IKEv2 on macOS 10.11 or later',
          sources: [r('vpn-ikev2-openvpn-from-sstp-2025-01-23', 'Protocols'), r('vpn-ikev2-openvpn-from-sstp-2025-09-29', 'Protocols')],
        },
        {
          value: 'macOS 13.0 or later for both OpenVPN and IKEv2; Azure VPN Client for macOS 2.8.100 requires 13.0',
          sources: [
            r('vpn-point-to-site-about-2026-08-17', 'Protocols'),
            r('vpn-vpn-gateway-vpn-faq-2026-06-04', P2S_FAQ),
            r('vpn-azure-vpn-client-versions-2026-05-26', 'macOS client releases'),
          ],
        },
        {
          value: 'Supported macOS releases listed: 15, 14, 13 and 12 (Monterey)',
          sources: [r('vpn-point-to-site-entra-vpn-client-2026-08-31', 'macOS requirements')],
        },
      ],
      verdict: {
        status: 'resolved',
        current: 2,
        reason:
          'macOS 13.0 is current. The client release 2.8.100 sets 13.0 as its minimum and the P2S article and the FAQ agree. The Entra client article is dated later (08/31/2026) but its list still includes macOS 12; that list is stale.',
      },
      facts: [],
    },
    {
      id: 'conflict-22',
      number: 22,
      topic: 'Windows versions that can use SSTP',
      values: [
        {
          value: 'Windows 8.1 and later (SSTP with TLS 1.2)',
          sources: [r('vpn-point-to-site-about-2021-07-28', 'Protocols'), r('vpn-point-to-site-about-2023-09-26', 'Protocols')],
        },
        {
          value: 'Every Windows version that has SSTP (Windows 7 and later)',
          sources: [r('vpn-ikev2-openvpn-from-sstp-2025-09-29', 'Protocols')],
        },
        { value: 'Windows devices, no version named', sources: [r('vpn-point-to-site-about-2026-08-17', 'Protocols')] },
      ],
      verdict: {
        status: 'unresolved',
        reason:
          'The P2S article ties the Windows 8.1 floor to TLS 1.2, while the newer SSTP transition article says Windows 7; the newest P2S article names no version. Neither source is clearly better. In practice it matters little: SSTP is being retired and the FAQ lists Windows 11 only.',
      },
      facts: [],
    },
    {
      id: 'conflict-23',
      number: 23,
      topic: 'Windows versions supported by the Azure VPN Client',
      values: [
        {
          value: 'Microsoft Entra ID authentication needs Windows 10 build 17763.0 or later',
          sources: [r('vwan-virtual-wan-faq-2022-10-13', 'User VPN clients')],
        },
        {
          value: 'Windows 10 or later, and macOS',
          sources: [r('vpn-point-to-site-about-2023-09-26', 'Microsoft Entra ID authentication')],
        },
        {
          value: 'Supported only on Windows 11 (x64, x86, ARM64)',
          sources: [
            r('vpn-azure-vpn-client-versions-2026-05-26', 'Windows client'),
            r('vpn-point-to-site-about-2026-08-17', 'Microsoft Entra ID authentication'),
          ],
        },
      ],
      verdict: {
        status: 'resolved',
        current: 2,
        reason:
          'Both 2026 sources restrict support to Windows 11; the Windows 10 statements predate the end of Windows 10 support (October 2025).',
      },
      facts: [],
    },
    {
      id: 'conflict-24',
      number: 24,
      topic: 'How the client address pool is split when SSTP and IKEv2 are both enabled',
      values: [
        {
          value: 'SSTP gets at most 128 addresses even when the pool is larger than /24; the rest goes to IKEv2; smaller pools are halved',
          sources: [r('vpn-vpn-gateway-vpn-faq-2026-06-04', P2S_FAQ), r('vpn-ikev2-openvpn-from-sstp-2025-09-29', 'Address pool')],
        },
        {
          value: 'The pool is split equally between the configured protocols',
          sources: [r('vpn-point-to-site-radius-gateway-2026-06-08', 'Client address pool')],
        },
      ],
      verdict: {
        status: 'resolved',
        current: 0,
        reason:
          'Same period; the FAQ and the SSTP transition article give the more specific rule (equal halves only for small pools, SSTP capped at 128), which the configuration articles simplify.',
      },
      facts: [],
    },
    {
      id: 'conflict-25',
      number: 25,
      topic: 'RADIUS authentication with OpenVPN',
      values: [
        {
          value: 'Supported for OpenVPN only when configured with PowerShell',
          sources: [r('inc-vpn-gateway-faq-p2s-radius-include-2018-03-21', RADIUS_FAQ)],
        },
        {
          value: 'Supported for OpenVPN, without a PowerShell-only caveat',
          sources: [r('vpn-vpn-gateway-vpn-faq-2026-06-04', RADIUS_FAQ)],
        },
      ],
      verdict: {
        status: 'resolved',
        current: 1,
        reason: 'The 2026 FAQ states plain support; the PowerShell-only restriction is from 2018.',
      },
      facts: [],
    },
    {
      id: 'conflict-26',
      number: 26,
      topic: 'Gateway SKUs that support RADIUS',
      values: [
        {
          value: 'VpnGw1, VpnGw2, VpnGw3 and legacy Standard and HighPerformance; not Basic',
          sources: [r('inc-vpn-gateway-faq-p2s-radius-include-2018-03-21', RADIUS_FAQ)],
        },
        { value: 'All SKUs except Basic', sources: [r('vpn-vpn-gateway-vpn-faq-2026-06-04', RADIUS_FAQ)] },
      ],
      verdict: {
        status: 'resolved',
        current: 1,
        reason: 'The 2026 FAQ covers the SKUs added since 2018 (VpnGw4/5 and AZ); Basic stays excluded in both.',
      },
      facts: [],
    },
    {
      id: 'conflict-27',
      number: 27,
      topic: 'RADIUS request timeout',
      values: [
        { value: 'Not stated', sources: [r('inc-vpn-gateway-faq-p2s-radius-include-2018-03-21', RADIUS_FAQ)] },
        { value: '30 seconds, not configurable by the user', sources: [r('vpn-vpn-gateway-vpn-faq-2026-06-04', RADIUS_FAQ)] },
      ],
      verdict: {
        status: 'resolved',
        current: 1,
        reason: 'Only one value exists; the older FAQ is silent. Any other timeout value seen elsewhere is unverified.',
      },
      facts: [],
    },
    {
      id: 'conflict-28',
      number: 28,
      topic: 'TLS cipher suites for point-to-site',
      values: [
        {
          value: '12 suites, including ECDHE-ECDSA and plain RSA suites',
          sources: [r('vpn-point-to-site-about-2021-07-28', 'TLS policies'), r('vpn-point-to-site-about-2023-09-26', 'TLS policies')],
        },
        {
          value: '4 ECDHE-RSA suites plus 2 TLS 1.3 suites (TLS 1.3 with OpenVPN only)',
          sources: [r('vpn-point-to-site-about-2026-08-17', 'TLS policies')],
        },
      ],
      verdict: { status: 'resolved', current: 1, reason: 'The 2026 article lists six suites; the older list of 12 was cut down.' },
      facts: [],
    },
    {
      id: 'conflict-29',
      number: 29,
      topic: 'P2S routing: VNet plus branch over site-to-site without BGP',
      values: [
        {
          value:
            'Windows clients reach VNet1 and Site1 with manual routes; non-Windows clients get the Site1 route but reach only VNet1 (inconsistent text)',
          sources: [r('vpn-vpn-gateway-about-point-to-site-routing-2018-04-16', 'VNet and branch office (S2S without BGP)')],
        },
        {
          value: 'Windows and non-Windows clients reach VNet1 only; no Site1 route is pushed',
          sources: [r('vpn-vpn-gateway-about-point-to-site-routing-2023-07-28', 'VNet and branch office (S2S without BGP)')],
        },
      ],
      verdict: { status: 'resolved', current: 1, reason: 'The 2023 version is newer and internally consistent.' },
      facts: [],
    },
    {
      id: 'conflict-30',
      number: 30,
      topic: 'Which tunnel types the P2S routing article covers',
      values: [
        { value: 'IKEv2 only', sources: [r('vpn-vpn-gateway-about-point-to-site-routing-2018-04-16', 'Scope')] },
        { value: 'IKEv2 and OpenVPN', sources: [r('vpn-vpn-gateway-about-point-to-site-routing-2023-07-28', 'Scope')] },
      ],
      verdict: { status: 'resolved', current: 1, reason: 'The 2023 version extends the routing behaviour to OpenVPN.' },
      facts: [],
    },
    {
      id: 'conflict-31',
      number: 31,
      topic: 'Platforms for Microsoft Entra ID point-to-site authentication',
      values: [
        { value: 'Windows 10 and 11 only', sources: [r('vpn-point-to-site-about-2021-07-28', 'Microsoft Entra ID authentication')] },
        {
          value: 'Windows and macOS',
          sources: [
            r('vpn-point-to-site-about-2023-09-26', 'Microsoft Entra ID authentication'),
            r('vpn-point-to-site-about-2026-08-17', 'Microsoft Entra ID authentication'),
          ],
        },
        {
          value: 'Linux too, through the Azure VPN Client for Linux (released 2024, retired August 31, 2026)',
          sources: [r('vpn-whats-new-2026-05-26', WHATS_NEW)],
        },
      ],
      verdict: {
        status: 'resolved',
        current: 1,
        reason:
          'Windows and macOS is current. Linux support existed only while the Azure VPN Client for Linux was available (until August 31, 2026); answers for dates in that window can mention it.',
      },
      facts: [],
    },

    // ── 3. Virtual WAN ──────────────────────────────────────────────────────────────
    {
      id: 'conflict-32',
      number: 32,
      topic: 'Virtual WAN hubs per region',
      values: [
        {
          value: 'One hub per region',
          sources: [r('inc-virtual-wan-limits-2019-09-26-a', VWAN_LIMITS), r('vwan-work-remotely-support-2020-03-22', 'Stated facts')],
        },
        {
          value: 'Several hubs per region',
          sources: [r('vwan-virtual-wan-faq-2022-10-13', 'Hubs'), r('vwan-work-remotely-support-2023-02-03', 'Stated facts')],
        },
      ],
      verdict: {
        status: 'resolved',
        current: 1,
        reason: 'The 2022 FAQ and the 2023 remote-work article both allow multiple hubs per region.',
      },
      facts: [],
    },
    {
      id: 'conflict-33',
      number: 33,
      topic: 'Point-to-site users per Virtual WAN hub',
      values: [
        {
          value: '10,000 users',
          sources: [r('inc-virtual-wan-limits-2019-09-26-a', VWAN_LIMITS), r('vwan-work-remotely-support-2020-03-22', 'Stated facts')],
        },
        {
          value: '100,000 users',
          sources: [
            r('inc-virtual-wan-limits-2019-09-26-b', VWAN_LIMITS),
            r('inc-virtual-wan-limits-2022-05-20', VWAN_LIMITS),
            r('vwan-work-remotely-support-2023-02-03', 'Stated facts'),
          ],
        },
      ],
      verdict: {
        status: 'resolved',
        current: 1,
        reason: 'Every version after the older 2019 variant gives 100,000 (two 2019 versions share one ms.date).',
      },
      facts: [],
    },
    {
      id: 'conflict-34',
      number: 34,
      topic: 'Aggregate User VPN (point-to-site) throughput per Virtual WAN hub',
      values: [
        { value: '20 Gbps', sources: [r('inc-virtual-wan-limits-2019-09-26-a', VWAN_LIMITS)] },
        {
          value: '200 Gbps (limits table and FAQ text)',
          sources: [
            r('inc-virtual-wan-limits-2019-09-26-b', VWAN_LIMITS),
            r('inc-virtual-wan-limits-2022-05-20', VWAN_LIMITS),
            r('inc-virtual-wan-limits-2025-04-07', VWAN_LIMITS),
            r('vwan-virtual-wan-faq-2022-10-13', 'User VPN throughput'),
          ],
        },
        {
          value: '100 Gbps at the maximum of 200 scale units (scale-unit table, 0.5 Gbps per unit)',
          sources: [r('vwan-virtual-wan-faq-2022-10-13', VWAN_SU)],
        },
      ],
      verdict: {
        status: 'unresolved',
        reason:
          '20 Gbps is outdated. The limits table says 200 Gbps, but the FAQ scale-unit table, which goes up to 200 units, reaches only 100 Gbps; no source explains the difference. Size by the scale-unit table and show both values.',
      },
      facts: [],
    },
    {
      id: 'conflict-35',
      number: 35,
      topic: 'ExpressRoute circuits per Virtual WAN hub',
      values: [
        {
          value: '4 circuits',
          sources: [
            r('inc-virtual-wan-limits-2019-09-26-a', VWAN_LIMITS),
            r('vwan-work-remotely-support-2020-03-22', 'Stated facts'),
            r('vwan-work-remotely-support-2023-02-03', 'Stated facts'),
          ],
        },
        {
          value: '8 circuits',
          sources: [r('inc-virtual-wan-limits-2022-05-20', VWAN_LIMITS), r('inc-virtual-wan-limits-2025-04-07', VWAN_LIMITS)],
        },
        {
          value: '4 from the same peering location, 8 from different peering locations',
          sources: [r('vwan-virtual-wan-expressroute-about-2022-12-13', 'Limits')],
        },
      ],
      verdict: {
        status: 'resolved',
        current: 2,
        reason:
          'The limits tables since 2022 give 8, and the ExpressRoute-in-Virtual-WAN article explains it: at most 4 from one peering location, 8 in total across locations. The 2023 remote-work article still says 4 because its text was not updated.',
      },
      facts: [],
    },
    {
      id: 'conflict-36',
      number: 36,
      topic: 'User VPN connections at 11–12 scale units',
      values: [
        {
          value: '5,000 connections (scale units 7–12)',
          sources: [
            r('vwan-virtual-wan-point-to-site-portal-2020-04-16', VWAN_SU),
            r('vwan-virtual-wan-faq-undated-a', VWAN_SU),
            r('vwan-virtual-wan-faq-undated-b', VWAN_SU),
          ],
        },
        { value: '10,000 connections (scale units 11–20)', sources: [r('vwan-virtual-wan-faq-2022-10-13', VWAN_SU)] },
      ],
      verdict: {
        status: 'resolved',
        current: 1,
        reason: 'The 2022 FAQ table is the newest dated version and gives 10,000 from 11 scale units on.',
      },
      facts: [],
    },
    {
      id: 'conflict-37',
      number: 37,
      topic: 'Scale-unit band that supports 10,000 users',
      values: [
        { value: 'Scale units 13–18 support up to 10,000', sources: [r('vwan-virtual-wan-faq-undated-a', VWAN_SU)] },
        { value: 'Scale units 13–20 support up to 10,000', sources: [r('vwan-virtual-wan-faq-undated-b', VWAN_SU)] },
        {
          value: 'Table per scale unit up to 20 (11–20 → 10,000), then 40 to 200',
          sources: [r('vwan-virtual-wan-faq-2022-10-13', VWAN_SU)],
        },
      ],
      verdict: { status: 'resolved', current: 2, reason: 'The two older FAQ wordings are undated; the dated 2022 table replaces both.' },
      facts: [],
    },
    {
      id: 'conflict-38',
      number: 38,
      topic: 'Gateway instances per User VPN scale unit',
      values: [
        {
          value: '2 instances for 1–20 units, 4 for 40 … 20 for 200 (counted as highly available pairs)',
          sources: [r('vwan-virtual-wan-faq-2022-10-13', VWAN_SU)],
        },
        {
          value: '1 instance for 1–20 units, 2 for 40 … 10 for 200 (100 units → 5 instances)',
          sources: [r('vwan-about-client-address-pools-2023-02-15', POOLS), r('vwan-about-client-address-pools-2021-07-29', POOLS)],
        },
      ],
      verdict: {
        status: 'resolved',
        current: 1,
        reason:
          "Both describe the same capacity (10,000 users per pair in the FAQ, per instance in the pools article); only the counting differs. For address pools use the pools article: one pool per 10,000 users. Never derive the number of pools from the FAQ's instance count.",
      },
      facts: [],
    },
    {
      id: 'conflict-39',
      number: 39,
      topic: 'Combining client address pools on one gateway instance',
      values: [
        {
          value: 'Pools cannot be shared: a small pool caps its instance (a /27 gives 32 users; example total 20,032)',
          sources: [r('inc-virtual-wan-allocating-p2s-pools-2021-01-12-a', POOLS)],
        },
        {
          value: 'Pools smaller than 10,000 addresses are combined round-robin on one instance (example total 28,192)',
          sources: [
            r('inc-virtual-wan-allocating-p2s-pools-2021-01-12-b', POOLS),
            r('vwan-about-client-address-pools-2021-07-29', POOLS),
            r('vwan-about-client-address-pools-2023-02-15', POOLS),
          ],
        },
      ],
      verdict: {
        status: 'resolved',
        current: 1,
        reason: 'The combining rule is in the second 2021 include variant and in both versions of the address-pool article.',
      },
      facts: [],
    },
    {
      id: 'conflict-40',
      number: 40,
      topic: 'Address type required in a User VPN client pool',
      values: [
        {
          value: 'At least 10,000 unique RFC 1918 (private) addresses',
          sources: [
            r('inc-virtual-wan-allocating-p2s-pools-2021-01-12-a', POOLS),
            r('inc-virtual-wan-allocating-p2s-pools-2021-01-12-b', POOLS),
            r('vwan-about-client-address-pools-2021-07-29', POOLS),
          ],
        },
        { value: 'At least 10,000 unique IPv4 addresses', sources: [r('vwan-about-client-address-pools-2023-02-15', POOLS)] },
      ],
      verdict: {
        status: 'resolved',
        current: 1,
        reason: 'The 2023 version no longer requires RFC 1918 addresses; it asks for unique IPv4 addresses.',
      },
      facts: [],
    },
    {
      id: 'conflict-41',
      number: 41,
      topic: 'VPN Gateway tunnel count cited by the Virtual WAN FAQ',
      values: [
        {
          value: 'A virtual network gateway VPN is limited to 30 tunnels',
          sources: [r('vwan-virtual-wan-faq-2022-10-13', 'Site-to-site VPN')],
        },
        {
          value: 'VpnGw1–3 (and AZ) allow 30 tunnels; VpnGw4–5 (and AZ) allow 100',
          sources: [
            r('vpn-about-gateway-skus-2026-06-11', SKU_TABLE_2026),
            r('inc-vpn-gateway-table-gwtype-aggtput-include-2022-06-04', SKU_TABLE),
          ],
        },
      ],
      verdict: {
        status: 'resolved',
        current: 1,
        reason: 'The per-SKU table is the specific value; the Virtual WAN FAQ repeats the limit from before 06/04/2022.',
      },
      facts: [],
    },
    {
      id: 'conflict-42',
      number: 42,
      topic: 'Capabilities of a Standard Virtual WAN hub',
      values: [
        {
          value: 'ExpressRoute, User VPN, site-to-site VPN, inter-hub and VNet-to-VNet transit',
          sources: [r('inc-virtual-wan-standard-basic-include-2019-10-20', 'Basic and Standard virtual WANs')],
        },
        {
          value: 'The same plus Azure Firewall and NVAs in the virtual WAN',
          sources: [r('vwan-upgrade-virtual-wan-2023-07-28', 'Basic and Standard virtual WANs')],
        },
      ],
      verdict: { status: 'resolved', current: 1, reason: 'The 2023 list adds the newer hub features; nothing was removed.' },
      facts: [],
    },
    {
      id: 'conflict-43',
      number: 43,
      topic: 'VNet connections per Virtual WAN hub',
      values: [
        { value: '500 minus the total number of hubs', sources: [r('inc-virtual-wan-limits-2022-05-20', VWAN_LIMITS)] },
        {
          value:
            '500 minus the total number of hubs without Routing Intent; with Routing Intent private routing policies, 600 address spaces per hub',
          sources: [r('inc-virtual-wan-limits-2025-04-07', VWAN_LIMITS)],
        },
      ],
      verdict: {
        status: 'resolved',
        current: 1,
        reason:
          'The 2025 table adds the Routing Intent qualifier; the same table appears in a Virtual WAN troubleshooting article dated 12/30/2025 whose path is unverified.',
      },
      facts: [],
    },

    // ── 4. Bastion ──────────────────────────────────────────────────────────────────
    {
      id: 'conflict-44',
      number: 44,
      topic: 'Concurrent Bastion sessions per instance',
      values: [
        {
          value: '10–12 concurrent RDP/SSH connections per instance',
          sources: [r('bastion-configuration-settings-2021-10-12', 'Instances and host scaling')],
        },
        {
          value: '20 RDP and 40 SSH concurrent connections per instance, for medium workloads',
          sources: [
            r('bastion-configuration-settings-2023-10-13', 'Instances and host scaling'),
            r('bastion-bastion-sku-comparison-2025-11-24', 'SKUs and capacity'),
            r('bastion-configure-host-scaling-2026-03-13', 'Host scaling'),
          ],
        },
      ],
      verdict: {
        status: 'resolved',
        current: 1,
        reason:
          'Every version since 2023 gives 20 RDP / 40 SSH. Figures of 25 RDP / 50 SSH seen on third-party pages are in no stored Microsoft version and are not used.',
      },
      facts: [
        'bastion-basic-rdp-per-instance',
        'bastion-basic-ssh-per-instance',
        'bastion-standard-rdp-per-instance',
        'bastion-standard-ssh-per-instance',
        'bastion-premium-rdp-per-instance',
        'bastion-premium-ssh-per-instance',
      ],
    },
    {
      id: 'conflict-45',
      number: 45,
      topic: 'Azure Bastion SKUs',
      values: [
        { value: 'Basic and Standard', sources: [r('bastion-configuration-settings-2021-10-12', 'SKUs')] },
        { value: 'Developer, Basic, Standard and Premium', sources: [r('bastion-bastion-sku-comparison-2025-11-24', 'SKUs and capacity')] },
      ],
      verdict: { status: 'resolved', current: 1, reason: 'The 2025 SKU comparison adds the Developer and Premium SKUs.' },
      facts: [],
    },

    // ── 5. ExpressRoute ─────────────────────────────────────────────────────────────
    {
      id: 'conflict-46',
      number: 46,
      topic: 'Routes learned by an ErGwScale gateway',
      values: [
        {
          value: '60,000 routes in total per gateway',
          sources: [r('inc-expressroute-gateway-performance-include-2024-07-09', 'Gateway performance')],
        },
        {
          value: '9,500 routes in total per gateway',
          sources: [r('er-expressroute-about-virtual-network-gateways-2026-09-05', 'Gateway performance')],
        },
      ],
      verdict: {
        status: 'resolved',
        current: 1,
        reason: 'The 2026 article is newer and lowers the figure to 9,500, the same as the other non-Standard gateway SKUs.',
      },
      facts: ['ergwscale-1-10-routes', 'ergwscale-11-40-routes'],
    },
    {
      id: 'conflict-47',
      number: 47,
      topic: 'ErGwScale capacity per scale unit',
      values: [
        {
          value: 'Scale units 1–40: 100,000 packets/s and 2,000 VMs per unit',
          sources: [r('inc-expressroute-gateway-performance-include-2024-07-09', 'Gateway performance')],
        },
        {
          value: 'Scale units 1–10: 100,000 packets/s and 2,000 VMs per unit; 11–40: 200,000 packets/s and 1,000 VMs per unit',
          sources: [r('er-expressroute-about-virtual-network-gateways-2026-09-05', 'Gateway performance')],
        },
      ],
      verdict: {
        status: 'resolved',
        current: 1,
        reason: 'The 2026 article splits the scale units into two bands; it is the newer source.',
      },
      facts: [],
    },
    {
      id: 'conflict-48',
      number: 48,
      topic: 'ExpressRoute Direct port speeds',
      values: [
        { value: 'Dual 100-Gbps ports only', sources: [r('er-expressroute-introduction-undated', 'ExpressRoute Direct')] },
        {
          value: 'Dual 100-Gbps or dual 10-Gbps ports',
          sources: [
            r('er-expressroute-erdirect-about-2024-03-28', 'ExpressRoute Direct'),
            r('networking-working-remotely-support-2020-03-26', 'ExpressRoute'),
            r('networking-working-remotely-support-2023-04-09', 'ExpressRoute'),
          ],
        },
      ],
      verdict: {
        status: 'resolved',
        current: 1,
        reason:
          'All dated sources, from 2020 to the 2024 ExpressRoute Direct article, offer both speeds; the 100-Gbps-only text is an older, undated overview.',
      },
      facts: [],
    },
  ],
};

/** The numbers of the conflicts found in the sources (1–48); kb:check fails if one has no entry. */
export const referenceConflictNumbers: readonly number[] = Array.from({ length: 48 }, (_, i) => i + 1);
