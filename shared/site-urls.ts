/**
 * The docs site's URL scheme, defined once. The bot, the CLI and the answers link with these;
 * the site builds its pages at exactly these paths.
 */
import type { Topic } from '../knowledge/schema/common';
import { TOPICS } from '../knowledge/vocabulary';

/** One reference page per fact topic (the fact anchors live there), plus the cross-topic pages. */
export const referencePages = [...TOPICS, 'limits', 'conflicts', 'changelog'] as const;
export type ReferencePage = (typeof referencePages)[number];

/**
 * Each reference page's title, typed once: the page's heading and sidebar entry, links to the page
 * from other pages, the footer and the page's search document all read it from here.
 */
export const referencePageTitles: Readonly<Record<ReferencePage, string>> = {
  'vpn-gateway-skus': 'VPN Gateway SKUs',
  'virtual-wan': 'Virtual WAN',
  'point-to-site': 'Point-to-site',
  'protocols-and-ports': 'Protocols and ports',
  authentication: 'Authentication',
  'client-compatibility': 'Client compatibility',
  bastion: 'Azure Bastion',
  expressroute: 'ExpressRoute',
  'other-services': 'Other services',
  limits: 'All limits',
  conflicts: 'Conflicts between sources',
  changelog: 'Changelog of facts',
};

/** PORT when none is set: the server, and the links it makes, both default to it. */
export const DEFAULT_PORT = 3000;

/** The site's base URL: SITE_URL, else http://localhost:<PORT or DEFAULT_PORT>. Never ends with a slash. */
export function siteBase(env: Record<string, string | undefined> = typeof process !== 'undefined' ? process.env : {}): string {
  const base = env.SITE_URL?.trim() || `http://localhost:${env.PORT?.trim() || DEFAULT_PORT}`;
  return base.replace(/\/+$/, '');
}

export const paths = {
  home: () => '/',
  scenarios: () => '/docs/scenarios',
  scenario: (id: string) => `/docs/scenarios/${id}`,
  /** Topic guides: how-to and why pages on one subject (DNS over point-to-site, forced tunnelling, …). */
  guide: (id: string) => `/docs/guides/${id}`,
  reference: (page: ReferencePage) => `/docs/reference/${page}`,
  fact: (topic: Topic, factId: string) => `/docs/reference/${topic}#${factId}`,
  lifecycle: (eventId: string) => `/docs/reference/changelog#${eventId}`,
  conflict: (conflictId: string) => `/docs/reference/conflicts#${conflictId}`,
  commands: () => '/docs/commands',
  command: (name: string) => `/docs/commands/${name}`,
  /**
   * The permalink: the question, its evaluation date and the knowledge version it was answered with, so
   * that a later reader sees what changed since (shared/changes).
   */
  ask: (q: string, asOf?: string, kv?: string) =>
    `/ask?q=${encodeURIComponent(q)}${asOf ? `&as_of=${encodeURIComponent(asOf)}` : ''}${kv ? `&kv=${encodeURIComponent(kv)}` : ''}`,
  /** Every upcoming lifecycle event, as a page and as a calendar to subscribe to. */
  lifecycleCalendar: () => '/lifecycle',
  lifecycleIcs: () => '/lifecycle.ics',
  search: (q: string) => `/search?q=${encodeURIComponent(q)}`,
  /** The page that checks a pasted gateway configuration in the browser (the input never leaves it). */
  check: () => '/check',
  /** The index of the `check` rules. */
  rules: () => '/docs/rules',
  /** One page per `check` rule. */
  rule: (id: string) => `/docs/rules/${id}`,
} as const;

/** Absolute URL for a site path. */
export function siteUrl(path: string, base: string = siteBase()): string {
  return `${base}${path}`;
}
