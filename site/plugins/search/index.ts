/**
 * Local Docusaurus plugin: makes sure the site serves the one search index (shared/search) as a
 * separate JSON file, under `docusaurus start` as well as in the build (Docusaurus' postBuild
 * never runs in dev). `loadContent` writes site/static/generated/search-index.json when it is missing
 * or was built from other inputs (scripts/build-search-index.ts writes the same file, so after that
 * script this plugin only checks), and publishes its URL with a version for cache busting.
 */
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { ensureSearchIndexFile } from './ensure-index';
import type { SearchGlobalData } from './global-data';

export default function searchIndexPlugin(context: LoadContext): Plugin<SearchGlobalData> {
  const guidesDir = path.join(context.siteDir, 'docs', 'scenarios');
  const file = path.join(context.siteDir, 'static', 'generated', 'search-index.json');
  return {
    name: 'vpn-advisor-search',
    getPathsToWatch: () => [
      path.join(guidesDir, '*.mdx'),
      ...['knowledge', 'shared/search', 'shared/commands'].map((d) => path.join(context.siteDir, '..', d, '**', '*.ts')),
    ],
    loadContent: async () => {
      const r = ensureSearchIndexFile(file, guidesDir);
      if (r.written)
        console.log(
          `[vpn-advisor] search index: wrote ${path.relative(context.siteDir, file)} (${(r.gzipBytes / 1024).toFixed(1)} KB gzipped)`,
        );
      return { indexPath: `/generated/search-index.json?v=${r.version}` };
    },
    contentLoaded: async ({ content, actions }) => {
      actions.setGlobalData(content);
    },
  };
}
