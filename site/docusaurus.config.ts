import path from 'node:path';
import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { themes as prismThemes } from 'prism-react-renderer';
import { paths, referencePageTitles, siteBase } from '../shared/site-urls';
import remarkKnowledge from './plugins/knowledge/remark-knowledge';

const escapeRegExp = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const inDir = (...dirs: string[]) => new RegExp(`^(?:${dirs.map((d) => escapeRegExp(path.resolve(__dirname, d) + path.sep)).join('|')})`);

function engineChunks() {
  return {
    search: {
      test: inDir('../shared/search', '../node_modules/minisearch'),
      name: 'search',
      chunks: 'async' as const,
      priority: 60,
      enforce: true,
    },
    engine: {
      test: inDir('../shared', '../knowledge', '../node_modules/zod', '../node_modules/ip-num'),
      name: 'engine',
      chunks: 'async' as const,
      priority: 55,
      enforce: true,
    },
  };
}

const config: Config = {
  title: 'vpn-advisor',
  tagline: 'Azure remote-work VPN answers: gateway sizing, Virtual WAN scale units, client compatibility, address pools, scenarios.',
  favicon: 'img/favicon.svg',
  url: siteBase(),
  baseUrl: '/',
  trailingSlash: false,
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: { mermaid: true, hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' } },
  themes: ['@docusaurus/theme-mermaid'],
  // Before any page code: lets the engine run under the server's CSP (see the module).
  clientModules: [path.resolve(__dirname, 'src/clientModules/zod-jitless.ts'), path.resolve(__dirname, 'src/clientModules/target-row.ts')],
  // Faster (rspack, swc, lightningcss) and the v4 defaults; needs @docusaurus/faster.
  // gitEagerVcs reads the git history for "last updated" dates, which these pages don't show.
  future: { v4: true, faster: { gitEagerVcs: false } },
  i18n: { defaultLocale: 'en', locales: ['en'] },
  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: 'docs',
          sidebarPath: './sidebars.ts',
          // No options: the site config is serialized into the client bundle; the plugin loads the model itself.
          remarkPlugins: [remarkKnowledge],
          showLastUpdateTime: false,
        },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
        sitemap: { lastmod: null, changefreq: null, priority: null },
      } satisfies Preset.Options,
    ],
  ],
  plugins: [
    // Local plugins are referenced by path: a typed plugin passed as a function fails tsc (content type unknown).
    './plugins/knowledge/index.ts',
    './plugins/search/index.ts',
    () => ({
      name: 'vpn-advisor-aliases',
      configureWebpack: (_config: unknown, isServer: boolean) => ({
        resolve: { alias: { '@shared': path.resolve(__dirname, '../shared'), '@knowledge': path.resolve(__dirname, '../knowledge') } },
        // Docusaurus turns off the default chunk groups, so every page that runs the engine (/ask, the
        // calculators) would carry its own copy of the engine and the model. One shared chunk each
        // instead: "search" (the navbar loads only this one, on focus) and "engine". A page that imports
        // anything else from shared/ loads "engine" too (shared/site-urls is in the main bundle already).
        ...(isServer ? {} : { optimization: { splitChunks: { cacheGroups: engineChunks() } } }),
      }),
    }),
  ],
  themeConfig: {
    colorMode: { defaultMode: 'light', respectPrefersColorScheme: true, disableSwitch: false },
    navbar: {
      title: 'vpn-advisor',
      logo: { alt: 'vpn-advisor', src: 'img/favicon.svg' },
      // Plain links, each active on its own part of /docs: a `doc` item is active on every page of its
      // sidebar, and all docs share one, so all four lit up at once. Every /docs page matches exactly one.
      items: [
        { to: paths.scenarios(), label: 'Guides', position: 'left', activeBaseRegex: '^/docs(/(scenarios|guides|intro)(/.*)?)?/?$' },
        {
          to: paths.reference('vpn-gateway-skus'),
          label: 'Reference',
          position: 'left',
          activeBaseRegex: '^/docs/reference/(?!changelog)',
        },
        { to: paths.commands(), label: 'Commands', position: 'left', activeBaseRegex: '^/docs/commands(/|$)' },
        { to: paths.reference('changelog'), label: 'Changelog', position: 'left', activeBaseRegex: '^/docs/reference/changelog' },
        { to: '/calculators', label: 'Calculators', position: 'left', activeBaseRegex: '^/calculators(/|$)' },
        { to: '/ask', label: 'Ask', position: 'left', activeBaseRegex: '^/ask/?$' },
        { to: paths.check(), label: 'Check', position: 'left', activeBaseRegex: `^(${paths.check()}|${paths.rules()})(/|$)` },
        { type: 'search', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Guides',
          items: [
            { label: 'Scenario guides', to: '/docs/scenarios' },
            { label: 'Overview', to: '/docs' },
          ],
        },
        {
          title: 'Reference',
          items: (['limits', 'conflicts', 'changelog'] as const).map((p) => ({ label: referencePageTitles[p], to: paths.reference(p) })),
        },
        {
          title: 'Ask',
          items: [
            { label: 'Command reference', to: '/docs/commands' },
            { label: 'Ask in the browser', to: '/ask' },
            { label: 'Calculators', to: '/calculators' },
            { label: 'Check a gateway', to: paths.check() },
            { label: 'Check rules', to: paths.rules() },
            { label: 'Search', to: '/search' },
          ],
        },
      ],
      copyright: 'vpn-advisor. Facts from Microsoft Azure documentation, each with its source and date; not an official Microsoft product.',
    },
    prism: { theme: prismThemes.github, darkTheme: prismThemes.dracula, additionalLanguages: ['bash'] },
    mermaid: { theme: { light: 'neutral', dark: 'dark' } },
    tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
  } satisfies Preset.ThemeConfig,
};

export default config;
