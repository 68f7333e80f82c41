import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';
import { loadKnowledge } from '../knowledge';
import { rules } from '../shared/check/rules';
import { commands } from '../shared/commands/registry';
import { referencePages } from '../shared/site-urls';

// Sidebar order follows the model and the URL scheme: a scenario without its guide, or a reference
// page that was not generated, fails the build here (unknown doc id).
const sidebars: SidebarsConfig = {
  main: [
    'intro',
    {
      type: 'category',
      label: 'Scenario guides',
      link: { type: 'doc', id: 'scenarios/index' },
      items: loadKnowledge().scenarios.map((s) => `scenarios/${s.id}`),
    },
    {
      type: 'category',
      label: 'Topic guides',
      // One page per file in docs/guides: a new guide appears without editing this list.
      items: readdirSync(path.join(__dirname, 'docs', 'guides'))
        .filter((f) => f.endsWith('.mdx'))
        .sort()
        .map((f) => `guides/${f.replace(/\.mdx$/, '')}`),
    },
    {
      type: 'category',
      label: 'Reference',
      collapsed: false,
      items: referencePages.map((p) => `generated/reference/${p}`),
    },
    {
      type: 'category',
      label: 'Commands',
      link: { type: 'doc', id: 'generated/commands/index' },
      items: commands.map((c) => `generated/commands/${c.name}`),
    },
    {
      type: 'category',
      label: 'Check rules',
      link: { type: 'doc', id: 'generated/rules/index' },
      items: rules.map((r) => `generated/rules/${r.id}`),
    },
  ],
};

export default sidebars;
