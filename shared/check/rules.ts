/**
 * The rules `vpn check` applies to an existing gateway, each declared once: the CLI's help, SARIF's
 * tool.driver.rules, the site's rule pages (/docs/rules/<id>) and the tests read this list. A rule's words
 * never carry a number: the numbers are in the facts it cites, and its findings read them from the model.
 * How each rule is evaluated is in evaluate.ts, keyed by the same id.
 */

export type RuleSeverity = 'critical' | 'warning' | 'info';

type RuleArea = 'sku' | 'tunnel-types' | 'authentication' | 'clients' | 'address-pool' | 'virtual-wan';

export interface CheckRule {
  /** Stable kebab-case id: the finding's code (with underscores), the SARIF ruleId and the rule page's slug. */
  id: string;
  title: string;
  area: RuleArea;
  severity: RuleSeverity;
  /** The severity once a dated event is in effect on the evaluation date (e.g. SSTP stops working). */
  escalation?: { event: string; severity: RuleSeverity };
  /** Why it matters. */
  rationale: string;
  /** Fact ids the rule rests on (the findings add the facts of the SKU, scale unit or client they name). */
  facts: readonly string[];
  /** Lifecycle events whose dates the rule reads. */
  events?: readonly string[];
  fix: string;
  /** The option the rule needs beyond the JSON, when it needs one. */
  needs?: 'users' | 'clients';
}

/** Severities as SARIF levels: critical → error, warning → warning, info → note. */
export const sarifLevel: Readonly<Record<RuleSeverity, 'error' | 'warning' | 'note'>> = {
  critical: 'error',
  warning: 'warning',
  info: 'note',
};

const declared = [
  // ───────────── SKU ─────────────
  {
    id: 'gateway-sku-legacy',
    title: 'Legacy gateway SKU (Standard or HighPerformance)',
    area: 'sku',
    severity: 'warning',
    escalation: { event: 'legacy-retired', severity: 'critical' },
    rationale:
      'The legacy SKUs can no longer be created and are retired; after the retirement date Azure attempts an automatic migration, which can fail.',
    facts: ['legacy-migration-path', 'legacy-migration-not-resize', 'legacy-auto-migration-after-retirement'],
    events: ['legacy-creation-ends', 'legacy-migration-window', 'legacy-retired'],
    fix: 'Migrate to the AZ SKU the migration path names before the retirement date, during a maintenance window.',
  },
  {
    id: 'gateway-sku-non-az',
    title: 'Non-AZ VpnGw SKU',
    area: 'sku',
    severity: 'warning',
    escalation: { event: 'non-az-deprecated', severity: 'critical' },
    rationale:
      'Non-AZ VpnGw SKUs can no longer be created, are being migrated to their AZ counterparts and are deprecated; once deprecated, configuration changes are rejected.',
    facts: ['non-az-upgrade-in-portal', 'non-az-config-changes-rejected', 'az-sku-in-regions-without-zones'],
    events: ['non-az-creation-ends', 'non-az-migration-window', 'non-az-deprecated'],
    fix: 'Upgrade the gateway to the AZ SKU of the same size and generation from the Azure portal.',
  },
  {
    id: 'gateway-sku-basic',
    title: 'Basic SKU serving remote users',
    area: 'sku',
    severity: 'warning',
    rationale: 'Basic is for dev/test and proof of concept: no IKEv2 or OpenVPN point-to-site, no RADIUS, limited support.',
    facts: ['basic-not-for-production', 'basic-no-radius', 'sku-recommendation-production'],
    fix: 'Use a VpnGw AZ SKU for production remote access (`vpn sizing <users> users` names the size).',
  },
  {
    id: 'gateway-generation-gen1',
    title: 'Generation 1 gateway where Generation 2 exists',
    area: 'sku',
    severity: 'info',
    rationale: 'At the same tier Gen2 has the same connection limits and more aggregate throughput.',
    facts: ['gen2-vs-gen1-same-tier', 'gen1-retirement'],
    fix: 'Move to the Gen2 SKU of the same tier when throughput matters.',
  },
  {
    id: 'gateway-not-zone-redundant',
    title: 'Gateway SKU without zone redundancy',
    area: 'sku',
    severity: 'info',
    rationale: 'Only the AZ SKUs are zone-redundant; a zonal failure takes a non-AZ gateway, and every remote user, down.',
    facts: ['az-sku-in-regions-without-zones'],
    fix: 'Use an AZ SKU; in a region without zones it stays regional until the region gets them.',
  },
  {
    id: 'capacity-exceeded',
    title: 'More users than the gateway accepts',
    area: 'sku',
    severity: 'critical',
    rationale: 'Connections beyond the SKU’s (or the scale units’) point-to-site limit are refused.',
    facts: ['sku-limits-separate-additive'],
    fix: 'Resize to the SKU `vpn sizing` recommends, or add Virtual WAN scale units.',
    needs: 'users',
  },
  {
    id: 'capacity-high-utilisation',
    title: 'Gateway above the headroom for its users',
    area: 'sku',
    severity: 'warning',
    rationale: 'Above the headroom policy (the same as `vpn sizing`), there is no room for growth or failover.',
    facts: ['sku-limits-separate-additive'],
    fix: 'Plan the next size up that `vpn sizing` recommends.',
    needs: 'users',
  },
  // ───────────── Tunnel types ─────────────
  {
    id: 'p2s-sstp-retirement',
    title: 'SSTP in use',
    area: 'tunnel-types',
    severity: 'warning',
    escalation: { event: 'sstp-retired', severity: 'critical' },
    rationale:
      'SSTP can no longer be enabled on a gateway and stops working on its retirement date; Windows clients that fall back to it lose access.',
    facts: ['sstp-migration-add-ikev2-no-downtime', 'sstp-migration-new-client-package', 'windows-tries-ikev2-first'],
    events: ['sstp-enable-ends', 'sstp-retired'],
    fix: 'Add IKEv2 (or move to OpenVPN), hand out the new client package, then remove SSTP before the retirement date.',
  },
  {
    id: 'p2s-sstp-connection-cap',
    title: 'SSTP is the only tunnel type',
    area: 'tunnel-types',
    severity: 'warning',
    rationale: 'SSTP carries a fixed number of connections on every SKU, whatever its size; users beyond it can’t connect.',
    facts: ['sstp-max-connections'],
    fix: 'Enable IKEv2 or OpenVPN: their limit grows with the SKU.',
  },
  {
    id: 'p2s-sstp-with-openvpn',
    title: 'SSTP and OpenVPN together',
    area: 'tunnel-types',
    severity: 'critical',
    rationale: 'SSTP and OpenVPN can’t be enabled together on one gateway (both run over TLS).',
    facts: ['openvpn-sstp-cannot-coexist'],
    fix: 'Choose IKEv2 + OpenVPN (or IKEv2 + SSTP while SSTP lasts).',
  },
  {
    id: 'p2s-policy-based-gateway',
    title: 'Point-to-site on a policy-based gateway',
    area: 'tunnel-types',
    severity: 'critical',
    rationale: 'Point-to-site needs a route-based gateway; the type can’t be changed in place.',
    facts: ['p2s-requires-route-based', 'policy-based-change-requires-recreate'],
    fix: 'Re-create the gateway as route-based (it gets a new public IP address).',
  },
  // ───────────── Authentication ─────────────
  {
    id: 'p2s-entra-without-openvpn',
    title: 'Microsoft Entra ID without OpenVPN',
    area: 'authentication',
    severity: 'critical',
    rationale: 'Entra ID authentication works only over the OpenVPN tunnel type.',
    facts: ['entra-openvpn-only', 'entra-alone-openvpn-tunnel-only'],
    fix: 'Set the tunnel type to OpenVPN (or IKEv2 and OpenVPN when Entra ID is combined with certificates or RADIUS).',
  },
  {
    id: 'p2s-entra-alone-with-ikev2',
    title: 'Entra ID alone with IKEv2 and OpenVPN',
    area: 'authentication',
    severity: 'warning',
    rationale: 'With Entra ID as the only authentication type, the tunnel type is OpenVPN alone; IKEv2 serves no client.',
    facts: ['entra-alone-openvpn-tunnel-only'],
    fix: 'Use OpenVPN alone, or add certificate or RADIUS authentication for IKEv2 clients.',
  },
  {
    id: 'p2s-multiple-auth-without-openvpn',
    title: 'Several authentication types without OpenVPN',
    area: 'authentication',
    severity: 'critical',
    rationale: 'More than one authentication type on a configuration needs OpenVPN among its tunnel types.',
    facts: ['multi-auth-requires-openvpn'],
    fix: 'Add OpenVPN (IKEv2 and OpenVPN), or keep one authentication type.',
  },
  {
    id: 'p2s-entra-manual-audience',
    title: 'Manually registered Azure VPN Client audience',
    area: 'authentication',
    severity: 'warning',
    escalation: { event: 'entra-manual-app-retired-public', severity: 'critical' },
    rationale:
      'The manually registered Azure VPN Client app ID is being retired; the Microsoft-registered app ID is not affected and needs no app registration.',
    facts: ['entra-audience-manual', 'entra-audience-microsoft-registered'],
    events: ['entra-manual-app-retired-public', 'entra-manual-app-retired-gov'],
    fix: 'Change the audience to the Microsoft-registered app ID and hand out the new client profile.',
  },
  {
    id: 'p2s-radius-on-basic',
    title: 'RADIUS on the Basic SKU',
    area: 'authentication',
    severity: 'critical',
    rationale: 'Every SKU but Basic supports RADIUS authentication.',
    facts: ['radius-not-on-basic', 'basic-no-radius'],
    fix: 'Move to a VpnGw AZ SKU, or use certificate authentication.',
  },
  {
    id: 'p2s-radius-servers-max',
    title: 'More RADIUS servers than a configuration takes',
    area: 'authentication',
    severity: 'critical',
    rationale: 'A gateway (and a Virtual WAN User VPN configuration) takes a fixed number of RADIUS servers.',
    facts: ['radius-servers-max', 'vwan-radius-servers-max'],
    fix: 'Keep at most that many servers, or put a load balancer in front of more.',
  },
  {
    id: 'p2s-root-certificates-max',
    title: 'More trusted root certificates than a gateway takes',
    area: 'authentication',
    severity: 'critical',
    rationale: 'A point-to-site gateway takes a fixed number of trusted root certificates.',
    facts: ['p2s-root-certificates-max'],
    fix: 'Remove roots no client certificate chains to any more.',
  },
  {
    id: 'p2s-certificate-without-root',
    title: 'Certificate authentication without a root certificate',
    area: 'authentication',
    severity: 'warning',
    rationale:
      'Certificate authentication validates client certificates against the root certificates uploaded to the gateway; with none, no client can connect.',
    facts: ['certificate-how-it-works'],
    fix: 'Upload the public key of the root that issues the client certificates.',
  },
  // ───────────── Clients ─────────────
  {
    id: 'p2s-client-os-cannot-connect',
    title: 'An operating system your users have can’t connect',
    area: 'clients',
    severity: 'critical',
    rationale: 'Each OS supports some tunnel types with some authentication methods, through some clients, and that changes with dates.',
    facts: [],
    fix: 'Enable a tunnel type and authentication method that OS supports (the finding names them).',
    needs: 'clients',
  },
  {
    id: 'p2s-client-auth-unavailable',
    title: 'An authentication type configured is unavailable on an OS',
    area: 'clients',
    severity: 'warning',
    rationale: 'Users of that OS can connect only with the other authentication types configured.',
    facts: [],
    fix: 'Give those users an authentication type their OS supports over the configured tunnel types.',
    needs: 'clients',
  },
  // ───────────── Address pool ─────────────
  {
    id: 'p2s-pool-missing',
    title: 'No client address pool',
    area: 'address-pool',
    severity: 'critical',
    rationale: 'Each connected client takes an address from the pool; without one, no client connects.',
    facts: ['p2s-pool-private-non-overlapping', 'p2s-pool-one-address-per-client'],
    fix: 'Configure a private pool that overlaps none of the networks the clients reach or come from.',
  },
  {
    id: 'p2s-pool-invalid',
    title: 'Client address pool is not a valid aligned CIDR block',
    area: 'address-pool',
    severity: 'critical',
    rationale: 'A pool is an IPv4 block in address/prefix form that starts on its boundary.',
    facts: ['p2s-pool-private-non-overlapping'],
    fix: 'Use the aligned block the finding suggests.',
  },
  {
    id: 'p2s-pool-below-minimum',
    title: 'Client address pool below the minimum size',
    area: 'address-pool',
    severity: 'critical',
    rationale: 'The documented minimum pool size differs for active-passive and active-active gateways.',
    facts: ['p2s-pool-min-prefix-active-passive', 'p2s-pool-min-prefix-active-active'],
    fix: 'Use a larger block.',
  },
  {
    id: 'p2s-pool-not-private',
    title: 'Client address pool outside private address space',
    area: 'address-pool',
    severity: 'warning',
    rationale: 'The pool should be a private range: public or carrier-shared space collides with addresses clients already reach or hold.',
    facts: ['p2s-pool-private-non-overlapping'],
    fix: 'Use a private (RFC 1918) block that overlaps nothing the clients reach.',
  },
  {
    id: 'p2s-pool-reserved-space',
    title: 'Client address pool in reserved space',
    area: 'address-pool',
    severity: 'critical',
    rationale: 'Loopback, link-local, multicast and reserved space can’t serve as a client pool.',
    facts: ['p2s-pool-private-non-overlapping'],
    fix: 'Use an RFC 1918 block.',
  },
  {
    id: 'p2s-pool-overlap',
    title: 'Client address pool overlaps a network',
    area: 'address-pool',
    severity: 'critical',
    rationale: 'Clients can’t reach a range that overlaps their own pool; pools of one configuration must not overlap each other.',
    facts: ['p2s-pool-private-non-overlapping', 'vwan-pool-no-overlap'],
    fix: 'Pick a pool outside the VNet, peered, hub and on-premises ranges (`--avoid` lists those the JSON doesn’t hold).',
  },
  {
    id: 'p2s-pool-too-small-for-users',
    title: 'Client address pool smaller than the users',
    area: 'address-pool',
    severity: 'critical',
    rationale: 'Each connected client holds one address; with SSTP and IKEv2 both on, the gateway splits the pool between them.',
    facts: ['p2s-pool-one-address-per-client', 'p2s-pool-sstp-ikev2-split'],
    fix: 'Use the larger block the finding names.',
    needs: 'users',
  },
  {
    id: 'p2s-active-active-requirements',
    title: 'Point-to-site on an active-active gateway',
    area: 'address-pool',
    severity: 'info',
    rationale: 'Point-to-site on an active-active gateway needs a larger minimum pool and a third public IP address.',
    facts: ['p2s-active-active-third-public-ip', 'p2s-pool-min-prefix-active-active'],
    fix: 'Check that the gateway has the third public IP address and a pool of at least the active-active minimum.',
  },
  // ───────────── Virtual WAN ─────────────
  {
    id: 'vwan-pools-per-scale-unit',
    title: 'Too few pools for the scale units',
    area: 'virtual-wan',
    severity: 'critical',
    rationale:
      'Larger User VPN gateways run several instances per connection configuration, each needing a pool of its own; a pool is never split.',
    facts: ['vwan-pool-never-split', 'vwan-pool-min-addresses'],
    fix: 'Configure as many pools as the scale units need, each at least the documented size.',
  },
  {
    id: 'vwan-small-pools-combined',
    title: 'Small pools combined on one instance',
    area: 'virtual-wan',
    severity: 'warning',
    rationale:
      'Pools below the documented size are combined onto one gateway instance, which then holds fewer connections than the gateway is sized for.',
    facts: ['vwan-pools-combined-round-robin', 'vwan-pool-min-addresses'],
    fix: 'Make each pool at least the documented size.',
  },
  {
    id: 'vwan-pool-smaller-than-gateway',
    title: 'Pools smaller than the scale units accept',
    area: 'virtual-wan',
    severity: 'warning',
    rationale: 'New connections are refused once an instance runs out of addresses, before the scale units’ limit.',
    facts: ['p2s-pool-one-address-per-client'],
    fix: 'Grow the pools to the connections the scale units accept.',
  },
] as const satisfies readonly CheckRule[];

export type RuleId = (typeof declared)[number]['id'];

/** Every rule, in the order help and the rule pages list them. */
export const rules: ReadonlyArray<CheckRule & { id: RuleId }> = declared;

const byId = new Map<string, CheckRule>(rules.map((r) => [r.id, r]));

export function ruleById(id: RuleId): CheckRule {
  return byId.get(id) as CheckRule;
}
