/**
 * Local Docusaurus plugin: generates the reference and command pages from the knowledge model into
 * site/docs/generated (before the docs plugin reads its folder) and publishes a small summary as
 * global data for the home page.
 */
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { generateSite, globalData } from './generate';
import { buildContext } from './build-context';
import type { KnowledgeGlobalData } from './view-model';
import { writeGeneratedPages } from './write';
import { defaultIndexFiles, fileSearchIndex } from '../../../shared/search/load-node';

export default function knowledgePlugin(context: LoadContext): Plugin<KnowledgeGlobalData> {
  // The `search` examples answer from the one index (the site's file, else dist/'s, else built in
  // memory from the same inputs), so they match what the bot and the browser answer.
  const searchIndex = fileSearchIndex({
    files: [path.join(context.siteDir, 'static', 'generated', 'search-index.json'), ...defaultIndexFiles()],
  });
  const ctx = buildContext(process.env, searchIndex);
  writeGeneratedPages(path.join(context.siteDir, 'docs', 'generated'), generateSite(ctx));
  return {
    name: 'vpn-advisor-knowledge',
    getPathsToWatch: () => [
      path.join(context.siteDir, '..', 'knowledge', '**', '*.ts'),
      path.join(context.siteDir, '..', 'shared', '**', '*.ts'),
    ],
    loadContent: async () => globalData(ctx),
    contentLoaded: async ({ content, actions }) => {
      actions.setGlobalData(content);
    },
  };
}
