/**
 * Questions vpn-advisor does not answer, so that search says so instead of guessing.
 *
 * How to add an entry: give it an id, the topic in a few words, the lowercase words or phrases that mark
 * such a question (`terms`; a phrase matches its words in order), and what to tell the user (`says`, in
 * our own words). Keep terms specific: a word that also belongs to a topic we cover (for example a
 * firewall vendor whose appliance a scenario uses) must not be listed here.
 */
import type { DataModule } from '../model';

export const outOfScope: DataModule = {
  file: 'knowledge/data/out-of-scope.ts',
  outOfScope: [
    {
      id: 'prices',
      topic: 'Prices and costs',
      terms: [
        'price',
        'prices',
        'pricing',
        'cost',
        'costs',
        'costing',
        'how much does',
        'cheaper',
        'cheapest',
        'expensive',
        'per hour',
        'per month',
        'billing',
        'invoice',
        'dollars',
        'usd',
        'eur',
      ],
      says: 'vpn-advisor has no price data: prices change often and differ by region and agreement. The Azure pricing calculator and your agreement answer that; vpn-advisor can still size the gateway or the scale units you would price.',
    },
    {
      id: 'other-vendor-clients',
      topic: "Other vendors' VPN clients and services",
      terms: ['zscaler', 'nordvpn', 'expressvpn', 'wireguard', 'tailscale', 'openconnect', 'aws client vpn', 'cloudflare warp', 'netskope'],
      says: "vpn-advisor covers Azure's own point-to-site clients (the Azure VPN Client, the built-in OS clients, the OpenVPN client, strongSwan) and not other vendors' VPN clients or services; their vendors document them.",
    },
    {
      id: 'template-authoring',
      topic: 'Writing Terraform, Bicep, ARM or scripts',
      terms: [
        'terraform',
        'bicep',
        'arm template',
        'pulumi',
        'ansible',
        'powershell script',
        'azure cli script',
        'write a script',
        'hcl',
        'module for',
      ],
      says: 'vpn-advisor does not write Terraform, Bicep, ARM templates or scripts. It answers what to deploy (SKU, scale units, pool, tunnel types); the provider and Azure CLI documentation cover how to write it.',
    },
    {
      id: 'outages',
      topic: 'Azure outages and service health',
      terms: ['outage', 'outages', 'is azure down', 'service health', 'status page', 'degraded service'],
      says: "vpn-advisor knows nothing about current outages: Azure Service Health and the Azure status page report them. It answers questions about limits, clients, pools and designs, which don't change with an incident.",
    },
    {
      id: 'licensing-and-support',
      topic: 'Licences, support plans and contracts',
      terms: ['license', 'licence', 'licensing', 'support plan', 'support ticket', 'sla credit', 'contract', 'enterprise agreement'],
      says: 'vpn-advisor does not cover licences, support plans or contracts; your Microsoft account team or the Azure support pages do.',
    },
  ],
};
