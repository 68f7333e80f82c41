/**
 * Lifecycle: the dated changes that make answers depend on the evaluation date — gateway SKUs that can no
 * longer be created, migration windows, deprecations and retirements (non-AZ and legacy VPN Gateway SKUs,
 * Basic public IPs, SSTP, the Azure VPN Client for Linux, the manually registered Entra app ID), releases.
 *
 * How to add an entry:
 * - Add an event with a stable kebab-case id (`<subject>-<what happens>`, e.g. `sstp-retired`), a short
 *   `title`, its `kind` ('creation-ends', 'enable-ends', 'retired', 'deprecated', 'available', or
 *   'migration-window' with an `endDate`), its `subjects` — ids of gateway SKUs, protocols, authentication
 *   methods, VPN clients or client-matrix rows; for a thing no table holds (an app registration), the id of
 *   the fact that defines it — the ISO `date` and the `source` that states it.
 * - Name exactly the things that change: an answer carries the event when it uses a fact whose `about`
 *   names a subject (knowledge/README.md), and it must not list a retired subject as supported.
 * - A source that gives only a month: pick the first or last day and say which in `note`.
 * - A date that moved: keep the older announced date as a superseded fact (status 'superseded',
 *   supersededBy the current fact) in the file of its topic, with its own older source; add `conflict`
 *   when a numbered conflict (conflicts.ts) covers it.
 */
import type { DataModule } from '../model';

const ref = (sourceId: string, section: string) => ({ sourceId, section });

// Document versions cited here.
const CONSOLIDATION_2026 = 'vpn-gateway-sku-consolidation-2026-02-03';
const LEGACY_2025 = 'vpn-vpn-gateway-about-skus-legacy-2025-06-23';
const WHATS_NEW_2026 = 'vpn-whats-new-2026-05-26';
const SSTP_MIGRATION_2025 = 'vpn-ikev2-openvpn-from-sstp-2025-09-29';
const CLIENT_VERSIONS_2026 = 'vpn-azure-vpn-client-versions-2026-05-26';
const P2S_ABOUT_2026 = 'vpn-point-to-site-about-2026-08-17';

const LIFECYCLE = 'Lifecycle and retirement dates';
const NON_AZ_IDS = ['vpngw1-gen1', 'vpngw2-gen1', 'vpngw3-gen1', 'vpngw2-gen2', 'vpngw3-gen2', 'vpngw4-gen2', 'vpngw5-gen2'];

export const lifecycle: DataModule = {
  file: 'knowledge/data/lifecycle.ts',

  lifecycle: [
    // ───────────── VPN Gateway SKUs ─────────────
    {
      id: 'non-az-creation-ends',
      title: 'Non-AZ VpnGw1–5 SKUs: no new gateways',
      kind: 'creation-ends',
      subjects: NON_AZ_IDS,
      date: '2025-11-01',
      source: ref(CONSOLIDATION_2026, LIFECYCLE),
      conflict: 'conflict-11',
      note: "The 2024 plan said January 1, 2025. The 2026 what's-new page only says creation is blocked in 2025.",
    },
    {
      id: 'non-az-migration-window',
      title: 'Non-AZ VpnGw1–5 SKUs: migration window to AZ SKUs',
      kind: 'migration-window',
      subjects: NON_AZ_IDS,
      date: '2025-09-01',
      endDate: '2026-09-30',
      source: ref(CONSOLIDATION_2026, LIFECYCLE),
      conflict: 'conflict-12',
      note: "The source gives months only (September 2025 to September 2026); first and last day of those months are used. A manual upgrade is recommended; the 2026 what's-new page gives May 2025 – September 2026, and the 2024 plan described an automatic migration April 2025 – October 2026.",
    },
    {
      id: 'non-az-deprecated',
      title: 'Non-AZ VpnGw1–5 SKUs deprecated',
      kind: 'deprecated',
      subjects: NON_AZ_IDS,
      date: '2026-09-16',
      source: ref(CONSOLIDATION_2026, LIFECYCLE),
      conflict: 'conflict-13',
      note: "The consolidation article targets September 16, 2026, but the retirement announcement it links to says 30 September 2026; the what's-new page says only September 2026.",
    },
    {
      id: 'legacy-creation-ends',
      title: 'Legacy Standard and HighPerformance SKUs: no new gateways',
      kind: 'creation-ends',
      subjects: ['standard', 'high-performance'],
      date: '2023-12-01',
      source: ref(LEGACY_2025, LIFECYCLE),
    },
    {
      id: 'legacy-retired',
      title: 'Legacy Standard and HighPerformance SKUs retired',
      kind: 'retired',
      subjects: ['standard', 'high-performance'],
      date: '2026-06-30',
      source: ref('vpn-vpn-gateway-about-skus-legacy-2026-02-27-b', LIFECYCLE),
      conflict: 'conflict-14',
      note: "Moved twice: September 30, 2025, then March 31, 2026, then June 30, 2026. The 2026 what's-new page expects up to 10 minutes of downtime during migration; after the date Azure tries an automatic migration (Standard to VpnGw1AZ, HighPerformance to VpnGw2AZ), which can fail, for example when the gateway subnet is too small.",
    },
    {
      id: 'legacy-migration-window',
      title: 'Legacy Standard and HighPerformance SKUs: migration window to AZ SKUs',
      kind: 'migration-window',
      subjects: ['standard', 'high-performance'],
      date: '2025-05-01',
      endDate: '2026-06-30',
      source: ref(WHATS_NEW_2026, LIFECYCLE),
      conflict: 'conflict-14',
      note: 'The source gives months only (May 2025 to June 2026); the first day of May and the retirement date are used. Up to 10 minutes of downtime are expected during the migration.',
    },
    {
      id: 'basic-public-ip-deprecated',
      title: 'Basic SKU public IP addresses on VPN gateways deprecated',
      kind: 'deprecated',
      // The gateways that can have a Basic public IP: Basic (the 2026 FAQ, conflict-10) and the legacy SKUs (see note).
      subjects: ['basic', 'standard', 'high-performance'],
      date: '2026-06-30',
      source: ref(WHATS_NEW_2026, LIFECYCLE),
      conflict: 'conflict-10',
      note: 'This is the Basic public IP resource, not the Basic gateway SKU (which is not retiring). The source says "end of June 2026" without a day; June 30 is used. Gateways with a Basic public IP, including legacy Standard/HighPerformance gateways, are affected.',
    },

    // ───────────── point-to-site: protocols, clients, authentication ─────────────
    {
      id: 'sstp-enable-ends',
      title: 'SSTP can no longer be enabled on a gateway',
      kind: 'enable-ends',
      subjects: ['sstp'],
      date: '2026-03-31',
      source: ref(SSTP_MIGRATION_2025, 'Lifecycle / retirement dates'),
      note: 'From this date SSTP cannot be turned on for P2S; gateways that already use it keep working until the retirement date.',
    },
    {
      id: 'sstp-retired',
      title: 'SSTP point-to-site connections stop working',
      kind: 'retired',
      subjects: ['sstp'],
      date: '2027-03-31',
      source: ref(SSTP_MIGRATION_2025, 'Lifecycle / retirement dates'),
      note: 'Move SSTP users to IKEv2 or OpenVPN before this date (see the migration facts).',
    },
    {
      id: 'azure-vpn-client-linux-available',
      title: 'Azure VPN Client for Linux released (Preview)',
      kind: 'available',
      subjects: ['azure-vpn-client-linux'],
      date: '2024-05-01',
      source: ref(WHATS_NEW_2026, 'Per-client detail'),
      note: 'The source gives the month only ("May 2024"); the first of the month is used as the date.',
    },
    {
      id: 'azure-vpn-client-linux-retired',
      title: 'Azure VPN Client for Linux retired',
      kind: 'retired',
      subjects: ['azure-vpn-client-linux'],
      date: '2026-08-31',
      source: ref(CLIENT_VERSIONS_2026, 'Azure VPN Client'),
      note: 'Also stated in whats-new (ms.date 2026-05-26) and in the P2S article (ms.date 2026-08-17). The docs name no replacement for Entra ID sign-in on Linux.',
    },
    {
      id: 'entra-manual-app-retired-public',
      title: 'Manually registered Azure VPN Client app (Entra audience) retired in Azure Public',
      kind: 'retired',
      // The manually registered app has no table row: entra-audience-manual is the fact that defines it.
      subjects: ['entra-audience-manual'],
      date: '2028-03-31',
      source: ref(P2S_ABOUT_2026, 'Authentication methods'),
      note: 'Applies only to gateways whose Entra audience is the manually registered Azure VPN Client app ID; the Microsoft-registered app ID is not affected. Entra ID authentication itself is not retired.',
    },
    {
      id: 'entra-manual-app-retired-gov',
      title: 'Manually registered Azure VPN Client app (Entra audience) retired in Azure Government and 21Vianet',
      kind: 'retired',
      // The manually registered app has no table row: entra-audience-manual is the fact that defines it.
      subjects: ['entra-audience-manual'],
      date: '2029-03-31',
      source: ref(P2S_ABOUT_2026, 'Authentication methods'),
      note: 'Applies only to the manually registered app ID audience in Azure Government and Azure operated by 21Vianet; Entra ID authentication itself is not retired.',
    },
  ],
};
