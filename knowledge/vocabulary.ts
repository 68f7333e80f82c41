/**
 * The model's closed vocabularies, in the schema's order, free of imports (zod above all) so that the CLI
 * bundle and the site's main bundle can read them; the zod schemas are built from these lists.
 */

/** The fact topics: each is a reference page where its facts' anchors live. */
export const TOPICS = [
  'vpn-gateway-skus',
  'virtual-wan',
  'point-to-site',
  'protocols-and-ports',
  'authentication',
  'client-compatibility',
  'bastion',
  'expressroute',
  'other-services',
] as const;

/** The operating systems of the client matrix. */
export const OSES = ['windows', 'macos', 'linux', 'ios', 'android'] as const;

/** The point-to-site authentication types. */
export const AUTHS = ['certificate', 'entra', 'radius'] as const;
