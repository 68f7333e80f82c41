/**
 * Words the field uses for the same thing. Each group has a canonical term that the analyzer adds
 * next to whatever variant it sees, at index time and at query time, so "P2S", "point-to-site" and
 * "User VPN" all meet on `p2s`. Variants are lowercase; a phrase is its words separated by spaces
 * (matched across separate words; "to" and other stop words inside a phrase count).
 *
 * How to add a synonym: add the variant to the group's `variants` (one word or a phrase). A new
 * group needs a canonical term that is itself a word people type; it is never stemmed.
 */
export interface SynonymGroup {
  canonical: string;
  variants: readonly string[];
}

export const synonymGroups: readonly SynonymGroup[] = [
  {
    canonical: 'p2s',
    variants: ['p2s', 'point-to-site', 'point to site', 'user vpn', 'user-vpn', 'uservpn', 'client vpn', 'remote access vpn'],
  },
  { canonical: 's2s', variants: ['s2s', 'site-to-site', 'site to site', 'branch', 'branches', 'branch office', 'branch offices'] },
  { canonical: 'expressroute', variants: ['er', 'expressroute', 'express route', 'express-route'] },
  { canonical: 'vwan', variants: ['vwan', 'virtual wan', 'virtual-wan', 'virtualwan'] },
  { canonical: 'entra', variants: ['entra', 'entra id', 'microsoft entra', 'azure ad', 'azuread', 'aad', 'azure active directory'] },
  { canonical: 'avd', variants: ['avd', 'azure virtual desktop', 'windows virtual desktop', 'wvd'] },
  { canonical: 'macos', variants: ['macos', 'mac', 'macs', 'macbook', 'macbooks', 'osx', 'os x', 'mac os'] },
  { canonical: 'ios', variants: ['ios', 'iphone', 'iphones', 'ipad', 'ipads'] },
  { canonical: 'certificate', variants: ['certificate', 'certificates', 'cert', 'certs'] },
  { canonical: 'throughput', variants: ['throughput', 'thruput', 'bandwidth', 'bandwith'] },
  { canonical: 'windows', variants: ['windows', 'win10', 'win11'] },
  { canonical: 'lifecycle', variants: ['retired', 'retirement', 'retire', 'deprecated', 'deprecation', 'end of life', 'eol', 'sunset'] },

  // ── Issue 12, topics 1–5 (DNS over P2S, forced/split tunnelling, Always On, profile refresh, user groups): one block ──
  {
    canonical: 'dns',
    variants: ['dns', 'name resolution', 'resolve', 'resolves', 'resolving', 'nslookup', 'name lookup'],
  },
  {
    canonical: 'private-endpoint',
    variants: ['private-endpoint', 'private endpoint', 'private endpoints', 'private link', 'private-link', 'privatelink'],
  },
  {
    canonical: 'forced-tunnel',
    variants: [
      'forced-tunnel',
      'force-tunnel',
      'forced tunnel',
      'force tunnel',
      'forced tunneling',
      'forced tunnelling',
      'force tunneling',
      'force tunnelling',
      'full tunnel',
      'all traffic through the vpn',
      'all traffic through vpn',
      'all traffic over the vpn',
      'all traffic over vpn',
      'force all traffic',
      'route all traffic',
      'tunnel all traffic',
      'send all traffic',
      '0.0.0.0/0',
    ],
  },
  {
    canonical: 'split-tunnel',
    variants: ['split-tunnel', 'split tunnel', 'split tunnels', 'split tunneling', 'split tunnelling', 'split-tunneling', 'splittunneling'],
  },
  { canonical: 'device-tunnel', variants: ['device-tunnel', 'device tunnel', 'device tunnels', 'machine tunnel'] },
  { canonical: 'always-on', variants: ['always-on', 'always on', 'alwayson', 'aovpn'] },
  {
    canonical: 'redownload',
    variants: [
      'redownload',
      're-download',
      're download',
      'download again',
      'downloaded again',
      'reinstall',
      're-install',
      'regenerate',
      're-generate',
    ],
  },
  {
    canonical: 'user-groups',
    variants: [
      'user-groups',
      'user groups',
      'user group',
      'policy groups',
      'policy group',
      'multi pool',
      'multi-pool',
      'multipool',
      'multiple pools',
      'multiple address pools',
    ],
  },
  // ── issue 12, topics 6–10: how admins word one user's speed, blocked IKEv2, certificates and combined sign-in ──
  {
    canonical: 'per-user',
    variants: [
      'per-user',
      'per user',
      'one user',
      'single user',
      'each user',
      'per client',
      'one client',
      'single client',
      'per connection',
      'one connection',
      'single connection',
    ],
  },
  { canonical: 'throughput', variants: ['speed', 'speeds', 'how fast', 'slow vpn', 'vpn slow', 'vpn is slow'] },
  {
    canonical: 'hotspot',
    variants: [
      'hotspot',
      'hotspots',
      'public wifi',
      'public wi-fi',
      'hotel wifi',
      'hotel wi-fi',
      'hotel network',
      'guest wifi',
      'guest wi-fi',
      'guest network',
      'airport wifi',
      'coffee shop wifi',
      'captive portal',
    ],
  },
  {
    canonical: 'firewall',
    variants: [
      'udp 500 blocked',
      'udp 4500 blocked',
      'ikev2 blocked',
      'ike blocked',
      'ipsec blocked',
      'blocks ikev2',
      'blocks vpn',
      'blocking vpn',
    ],
  },
  {
    canonical: 'fragmentation',
    variants: ['fragmentation', 'fragmented', 'fragment', 'fragments', 'ike fragmentation', 'ikev2 fragmentation'],
  },
  { canonical: 'expiry', variants: ['expiry', 'expired', 'expires', 'expire', 'expiring', 'expiration'] },
  {
    canonical: 'revoke',
    variants: [
      'revoke',
      'revoked',
      'revoking',
      'revocation',
      'crl',
      'lost laptop',
      'stolen laptop',
      'lost device',
      'stolen device',
      'leaver',
      'leavers',
    ],
  },
  {
    canonical: 'multi-auth',
    variants: [
      'multi-auth',
      'multiauth',
      'multiple auth',
      'multiple authentication',
      'several authentication types',
      'two authentication types',
      'cert and entra',
      'certificate and entra',
      'entra and cert',
      'entra and certificate',
      'cert and radius',
      'certificate and radius',
      'radius and cert',
      'radius and certificate',
      'entra and radius',
      'radius and entra',
    ],
  },
  { canonical: 'route-server', variants: ['route-server', 'route server', 'routeserver', 'azure route server'] },
  {
    canonical: 'transit',
    variants: ['transit', 'reach on-prem', 'reach on-premises', 'reach on prem', 'get to on-prem', 'access on-prem'],
  },
];

/** Every single-word variant → its canonical term. */
export const wordSynonyms: ReadonlyMap<string, string> = new Map(
  synonymGroups.flatMap((g) => g.variants.filter((v) => !v.includes(' ')).map((v) => [v, g.canonical] as const)),
);

/** Phrases (two or more words) → canonical term, longest first so "azure active directory" wins over shorter overlaps. */
export const phraseSynonyms: readonly { words: readonly string[]; canonical: string }[] = synonymGroups
  .flatMap((g) => g.variants.filter((v) => v.includes(' ')).map((v) => ({ words: v.split(' '), canonical: g.canonical })))
  .sort((a, b) => b.words.length - a.words.length);
