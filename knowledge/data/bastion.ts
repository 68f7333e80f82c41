/**
 * Azure Bastion: the SKU table (Developer, Basic, Standard, Premium) and the facts of topic 'bastion' —
 * sessions per instance, host scaling, SKU upgrades, subnet and public IP, features, cost.
 * Main sources: the Bastion SKU comparison, configuration settings, host scaling and remote-work articles
 * (the versions cited are in `src` below and in sources.ts); the disagreements between versions are
 * conflict-44 and conflict-45 in conflicts.ts.
 *
 * How to add an entry:
 * - A SKU: add a row to `bastionSkus`; the loader turns each cell into a fact (see knowledge/derive.ts for the
 *   ids it builds, e.g. `bastion-standard-rdp-per-instance`). Don't also write those facts.
 * - Anything else is a fact in `facts` with topic 'bastion': a stable kebab-case id, a short title, the value
 *   (number with `unit`, or a text rule as a string), the source version (`src.*` below, or a new SourceRef
 *   following the README id rule) and a note in our own words.
 * - A value the sources don't give: `value: null` and `unknown: 'why'`.
 * - An older value: its own fact with `status: 'superseded'`, `supersededBy` and its older source;
 *   add `conflict: 'conflict-NN'` when an entry in conflicts.ts covers it.
 */
import type { DataModule } from '../model';
import type { SourceRef } from '../schema';

const ref = (sourceId: string, section: string): SourceRef => ({ sourceId, section });

const src = {
  // Bastion
  bastionSkus: ref('bastion-bastion-sku-comparison-2025-11-24', 'SKUs and capacity'),
  bastionConfig2023: ref('bastion-configuration-settings-2023-10-13', 'SKUs and capacity'),
  bastionConfig2021: ref('bastion-configuration-settings-2021-10-12', 'SKUs and capacity'),
  bastionScaling: ref('bastion-configure-host-scaling-2026-03-13', 'SKUs and capacity'),
  bastionRemote: ref('bastion-work-remotely-support-2025-03-31', 'Scenario — securely access virtual machines'),
};

export const bastion: DataModule = {
  file: 'knowledge/data/bastion.ts',

  bastionSkus: [
    {
      id: 'bastion-developer',
      name: 'Developer',
      tier: 0,
      dedicated: false,
      hostScaling: false,
      instancesMin: 'not-supported',
      instancesMax: 'not-supported',
      rdpPerInstance: 'not-supported',
      sshPerInstance: 'not-supported',
      maxSessions: 1,
      peering: false,
      production: false,
      source: src.bastionSkus,
      note:
        'Runs on shared infrastructure, so it has no instances of its own: instance counts and per-instance capacity do not apply (the comparison table says N/A). ' +
        'It connects to one VM at a time, does not reach VMs in peered networks, needs neither AzureBastionSubnet nor a public IP, and is free. ' +
        'Meant for dev/test; Microsoft points production use to Premium.',
    },
    {
      id: 'bastion-basic',
      name: 'Basic',
      tier: 1,
      dedicated: true,
      hostScaling: false,
      instancesMin: 2,
      instancesMax: 2,
      rdpPerInstance: 20,
      sshPerInstance: 40,
      peering: true,
      production: true,
      source: src.bastionSkus,
      note: 'Dedicated host with a fixed instance count; no host scaling. Per-instance capacity assumes a medium workload (bastion-medium-workload); older guidance gave a lower figure (conflict-44).',
    },
    {
      id: 'bastion-standard',
      name: 'Standard',
      tier: 2,
      dedicated: true,
      hostScaling: true,
      instancesMin: 2,
      instancesMax: 50,
      rdpPerInstance: 20,
      sshPerInstance: 40,
      peering: true,
      production: true,
      source: src.bastionSkus,
      note: 'Adds host scaling, native client (Azure CLI), custom ports, IP-based connect, shareable links, file transfer and cross-OS protocols (RDP to Linux, SSH to Windows). Per-instance capacity assumes a medium workload (conflict-44).',
    },
    {
      id: 'bastion-premium',
      name: 'Premium',
      tier: 3,
      dedicated: true,
      hostScaling: true,
      instancesMin: 2,
      instancesMax: 50,
      rdpPerInstance: 20,
      sshPerInstance: 40,
      peering: true,
      production: true,
      source: src.bastionSkus,
      note: 'Everything in Standard plus session recording and a private-only deployment that needs no public IP. Per-instance capacity assumes a medium workload (conflict-44).',
    },
  ],

  facts: [
    // ───────────────────────── Azure Bastion ─────────────────────────
    {
      id: 'bastion-skus',
      topic: 'bastion',
      title: 'Azure Bastion SKUs',
      value: 'Developer, Basic, Standard, Premium',
      source: src.bastionSkus,
      conflict: 'conflict-45',
      note: 'Four tiers today; the 2021 settings article knew only two (bastion-skus-2021).',
      tags: ['sku', 'tiers', 'developer', 'premium'],
    },
    {
      id: 'bastion-skus-2021',
      topic: 'bastion',
      title: 'Azure Bastion SKUs (2021 settings article)',
      value: 'Basic, Standard',
      source: src.bastionConfig2021,
      status: 'superseded',
      supersededBy: 'bastion-skus',
      conflict: 'conflict-45',
      tags: ['sku'],
    },
    {
      id: 'bastion-sessions-per-instance-2021',
      topic: 'bastion',
      title: 'Concurrent RDP/SSH connections per Bastion instance (2021 guidance)',
      value: '10–12',
      unit: 'sessions',
      source: src.bastionConfig2021,
      status: 'superseded',
      supersededBy: 'bastion-standard-rdp-per-instance',
      conflict: 'conflict-44',
      note: 'One combined figure for RDP and SSH, from when only Basic and Standard existed. Current guidance separates RDP and SSH per instance.',
      tags: ['sessions', 'per instance', 'rdp', 'ssh', 'capacity'],
    },
    {
      id: 'bastion-medium-workload',
      topic: 'bastion',
      title: 'What the per-instance session figures assume',
      value:
        'Per-instance capacity is stated for a medium workload; heavy use such as large file transfers or streaming lowers how many sessions one instance carries, so add instances when sessions exceed it.',
      source: src.bastionConfig2023,
      conflict: 'conflict-44',
      note: 'Also restated in the host-scaling article (2026-03-13, path inferred). Third-party pages quote higher per-instance numbers that no stored Microsoft version contains.',
      tags: ['medium workload', 'file transfer', 'capacity', 'sessions', 'per instance'],
    },
    {
      id: 'bastion-host-scaling-requires-standard',
      topic: 'bastion',
      title: 'Host scaling needs Standard or higher',
      value: 'Standard or Premium',
      source: src.bastionScaling,
      note: 'Developer and Basic cannot change their instance count.',
      tags: ['host scaling', 'scale units', 'instances'],
    },
    {
      id: 'bastion-scaling-disrupts-sessions',
      topic: 'bastion',
      title: 'Changing Bastion scale units interrupts sessions',
      value: 'Changing the instance count disrupts active Bastion connections.',
      source: src.bastionScaling,
      note: 'Plan instance changes outside busy hours.',
      tags: ['host scaling', 'disconnect', 'downtime'],
    },
    {
      id: 'bastion-sku-upgrade-time',
      topic: 'bastion',
      title: 'Time to upgrade a Bastion SKU',
      value: 10,
      unit: 'minutes',
      source: src.bastionSkus,
      note: 'Approximate.',
      tags: ['upgrade', 'sku'],
    },
    {
      id: 'bastion-no-downgrade',
      topic: 'bastion',
      title: 'Bastion SKUs cannot be downgraded',
      value: 'Downgrading is not supported; delete the host and create it again with the lower SKU.',
      source: src.bastionSkus,
      tags: ['downgrade', 'sku'],
    },
    {
      id: 'bastion-developer-upgrade-requirements',
      topic: 'bastion',
      title: 'Moving from Developer to a dedicated SKU',
      value: 'Requires creating AzureBastionSubnet (/26 or larger) and a Standard, static public IP address.',
      source: src.bastionSkus,
      tags: ['developer', 'upgrade', 'subnet', 'public ip'],
    },
    {
      id: 'bastion-developer-production',
      topic: 'bastion',
      title: 'Developer SKU is for dev/test',
      value:
        'Developer is meant for dev/test: one VM at a time and no peering. Microsoft recommends Premium for production and calls the cost difference marginal.',
      source: src.bastionSkus,
      tags: ['developer', 'production', 'free'],
    },
    {
      id: 'bastion-subnet-min-prefix',
      topic: 'bastion',
      title: 'AzureBastionSubnet minimum size',
      value: 26,
      unit: 'prefix length',
      source: src.bastionSkus,
      note: 'A /26 or larger subnet named AzureBastionSubnet is needed for Basic, Standard and Premium; Developer needs none.',
      tags: ['subnet', 'AzureBastionSubnet', '/26'],
    },
    {
      id: 'bastion-public-ip-required',
      topic: 'bastion',
      title: 'Which Bastion SKUs need a public IP',
      value: 'Basic and Standard: yes. Premium: no when deployed private-only. Developer: no.',
      source: src.bastionSkus,
      tags: ['public ip', 'private-only'],
    },
    {
      id: 'bastion-public-ip',
      topic: 'bastion',
      title: 'Public IP address for Bastion',
      value: 'Standard SKU, Static allocation',
      source: src.bastionConfig2021,
      note: 'The same requirement appears in the 2025 comparison for moving off Developer.',
      tags: ['public ip', 'static', 'standard'],
    },
    {
      id: 'bastion-per-vnet',
      topic: 'bastion',
      title: 'Bastion is deployed per virtual network',
      value:
        'One Bastion in a virtual network lets remote admins open RDP/SSH to the VMs in it from the Azure portal, without public IPs on the VMs.',
      source: src.bastionRemote,
      note: 'With Basic or higher, VMs in peered virtual networks can be reached too.',
      tags: ['vnet', 'rdp', 'ssh', 'no public ip', 'admins', 'developers'],
    },
    {
      id: 'bastion-multiple-hosts-per-vnet',
      topic: 'bastion',
      title: 'More than one Bastion host per virtual network',
      value: null,
      unknown:
        'Not stated in the sources: none of the Bastion versions read says whether a second host can serve the same virtual network when one host at maximum scale is not enough.',
      source: src.bastionSkus,
      tags: ['multiple', 'capacity'],
    },
    {
      id: 'bastion-concurrent-vms',
      topic: 'bastion',
      title: 'VMs connected at the same time',
      value: 'Developer: one VM at a time. Basic, Standard, Premium: multiple VMs.',
      source: src.bastionSkus,
      tags: ['concurrent', 'developer'],
    },
    {
      id: 'bastion-basic-max-rdp-sessions',
      topic: 'bastion',
      title: 'Bastion Basic: concurrent RDP sessions at maximum scale',
      value: 40,
      unit: 'sessions',
      source: src.bastionSkus,
      note: 'As the comparison table states it: the fixed instance count times the per-instance figure.',
      tags: ['rdp', 'max sessions'],
    },
    {
      id: 'bastion-basic-max-ssh-sessions',
      topic: 'bastion',
      title: 'Bastion Basic: concurrent SSH sessions at maximum scale',
      value: 80,
      unit: 'sessions',
      source: src.bastionSkus,
      tags: ['ssh', 'max sessions'],
    },
    {
      id: 'bastion-standard-max-rdp-sessions',
      topic: 'bastion',
      title: 'Bastion Standard: concurrent RDP sessions at maximum scale',
      value: 1000,
      unit: 'sessions',
      source: src.bastionSkus,
      note: 'At the maximum instance count and a medium workload.',
      tags: ['rdp', 'max sessions'],
    },
    {
      id: 'bastion-standard-max-ssh-sessions',
      topic: 'bastion',
      title: 'Bastion Standard: concurrent SSH sessions at maximum scale',
      value: 2000,
      unit: 'sessions',
      source: src.bastionSkus,
      tags: ['ssh', 'max sessions'],
    },
    {
      id: 'bastion-premium-max-rdp-sessions',
      topic: 'bastion',
      title: 'Bastion Premium: concurrent RDP sessions at maximum scale',
      value: 1000,
      unit: 'sessions',
      source: src.bastionSkus,
      tags: ['rdp', 'max sessions'],
    },
    {
      id: 'bastion-premium-max-ssh-sessions',
      topic: 'bastion',
      title: 'Bastion Premium: concurrent SSH sessions at maximum scale',
      value: 2000,
      unit: 'sessions',
      source: src.bastionSkus,
      tags: ['ssh', 'max sessions'],
    },
    {
      id: 'bastion-standard-features',
      topic: 'bastion',
      title: 'Features from Standard upward',
      value:
        'RDP to Linux and SSH to Windows VMs; native client (Azure CLI); custom port; IP-based connection; shareable link; file upload/download via the native client; disabling copy/paste in web clients.',
      source: src.bastionSkus,
      note: 'Available on Standard and Premium, not on Developer or Basic.',
      tags: ['native client', 'file transfer', 'shareable link', 'custom port'],
    },
    {
      id: 'bastion-premium-features',
      topic: 'bastion',
      title: 'Premium-only features',
      value: 'Session recording; private-only deployment.',
      source: src.bastionSkus,
      tags: ['session recording', 'private-only'],
    },
    {
      id: 'bastion-all-sku-features',
      topic: 'bastion',
      title: 'Features on every Bastion SKU',
      value:
        'Kerberos authentication; Key Vault private keys for Linux; copy/paste; VM audio; availability zones (for Developer only in select regions).',
      source: src.bastionSkus,
      tags: ['kerberos', 'key vault', 'availability zones'],
    },
    {
      id: 'bastion-cost',
      topic: 'bastion',
      title: 'How Bastion is billed',
      value:
        'Developer is free (hourly and outbound). Basic, Standard and Premium are billed hourly plus outbound data, with the first 5 GB per month of outbound free.',
      source: src.bastionSkus,
      tags: ['price', 'cost', 'billing'],
    },
  ],
};
