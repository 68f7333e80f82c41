/**
 * The scenario guides (site/docs/scenarios/*.mdx): one per scenario in the model, each with its
 * diagram and the model-fed components, and no number typed into the prose.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadKnowledge } from '../../knowledge';
import { handTypedNumbers } from './prose-digits';
import { SITE_DIR } from './site-build';

const kb = loadKnowledge();
const GUIDES = path.join(SITE_DIR, 'docs', 'scenarios');
const guideFiles = fs.readdirSync(GUIDES).filter((f) => f.endsWith('.mdx') && f !== 'index.mdx');
const read = (file: string) => fs.readFileSync(path.join(GUIDES, file), 'utf8');

/**
 * Scenarios whose guide has no topology diagram, and why. Every other guide must have one.
 * (Kept empty on purpose: every scenario in the model has a topology worth drawing.)
 */
const NO_DIAGRAM: Record<string, string> = {};

describe('hand-typed numbers detector', () => {
  test('flags digits in prose', () => {
    const found = handTypedNumbers('---\ntitle: "Guide"\n---\n\nA VpnGw4AZ carries 5,000 users.\n');
    expect(found).toHaveLength(1);
    expect(found[0]!.line).toBe(5);
    expect(found[0]!.text).toContain('5,000');
  });

  test('flags digits in the title and description', () => {
    expect(handTypedNumbers('---\ntitle: "Sizing for 128 users"\nslug: /x\n---\n\ntext\n')).toHaveLength(1);
  });

  test('allows code, components, links, step numbers, product names and the allow-list', () => {
    const mdx = [
      '---',
      'title: "IKEv2 on VpnGw4AZ"',
      'sidebar_position: 3',
      '---',
      '',
      '## Steps {/* #step-2 */}',
      '',
      '1. Create the gateway (Gen2, P2S, S2S) on Windows 11 with TLS 1.2, see RFC 7296.',
      '2. It carries <FactValue id="vpngw4az-gen2-p2s-ikev2-openvpn" /> until <LifecycleDate id="sstp-retired" />.',
      '',
      'Run `vpn sizing 5000 users` or read [the SKUs](/docs/reference/vpn-gateway-skus#vpngw4az-gen2-s2s-tunnels).',
      '',
      '```bash',
      'vpn sizing 5000 users',
      '```',
      '',
      '```mermaid',
      'flowchart LR',
      '  L1["Laptop<br/>IKEv2"] --> GW2["VPN gateway"]',
      '```',
    ].join('\n');
    expect(handTypedNumbers(mdx)).toEqual([]);
  });

  test('checks the labels of Mermaid diagrams', () => {
    const found = handTypedNumbers('Text.\n\n```mermaid\nflowchart LR\n  A -- "TCP 443" --> B\n```\n');
    expect(found).toHaveLength(1);
    expect(found[0]!.line).toBe(5);
  });
});

describe('scenario guides', () => {
  test('every scenario in the model has a guide, and every guide a scenario', () => {
    const ids = kb.scenarios.map((s) => s.id).sort();
    expect(guideFiles.map((f) => f.replace(/\.mdx$/, '')).sort()).toEqual(ids);
  });

  test.each(guideFiles)('%s: no hand-typed numbers in the prose', (file) => {
    const found = handTypedNumbers(read(file));
    if (found.length)
      throw new Error(
        `${file} has numbers typed into its prose (use <FactValue id="…"/>):\n${found.map((f) => `  line ${f.line}: ${f.text}`).join('\n')}`,
      );
  });

  test.each(guideFiles)('%s: has a topology diagram and the model-fed sections', (file) => {
    const id = file.replace(/\.mdx$/, '');
    const mdx = read(file);
    if (!NO_DIAGRAM[id]) expect(mdx).toMatch(/^```mermaid\n[\s\S]+?^```/m);
    for (const component of ['ScenarioSteps', 'ScenarioLimits', 'ScenarioCommands', 'RelatedScenarios']) {
      expect(mdx).toContain(`<${component} id="${id}" />`);
    }
    expect(mdx).toMatch(/^## When it fits/m);
    expect(mdx).toMatch(/^## When it doesn.t/m);
  });

  test.each(guideFiles)('%s: every fact and lifecycle id used in the prose exists in the model', (file) => {
    const mdx = read(file);
    const facts = [...mdx.matchAll(/<FactValue id="([^"]+)"/g)].map((m) => m[1]!);
    const events = [...mdx.matchAll(/<LifecycleDate id="([^"]+)"/g)].map((m) => m[1]!);
    expect(facts.filter((f) => !kb.factById.has(f))).toEqual([]);
    expect(events.filter((e) => !kb.lifecycle.some((x) => x.id === e))).toEqual([]);
  });

  test('the SSTP migration guide shows its dates from the lifecycle events', () => {
    const mdx = read('sstp-migration.mdx');
    expect(mdx).toContain('<LifecycleDate id="sstp-enable-ends" />');
    expect(mdx).toContain('<LifecycleDate id="sstp-retired" />');
  });
});

describe('topic guides (site/docs/guides)', () => {
  const TOPICS = path.join(SITE_DIR, 'docs', 'guides');
  const topicFiles = fs.readdirSync(TOPICS).filter((f) => f.endsWith('.mdx'));
  const readTopic = (file: string) => fs.readFileSync(path.join(TOPICS, file), 'utf8');

  test('there are guides, each with a diagram, facts from the model and no hand-typed numbers', () => {
    expect(topicFiles.length).toBeGreaterThanOrEqual(2);
    for (const file of topicFiles) {
      const mdx = readTopic(file);
      expect([file, handTypedNumbers(mdx)]).toEqual([file, []]);
      expect(mdx).toMatch(/^```mermaid\n[\s\S]+?^```/m);
      const facts = [...mdx.matchAll(/<FactValue id="([^"]+)"/g)].map((m) => m[1]!);
      expect(facts.length).toBeGreaterThan(3);
      expect(facts.filter((f) => !kb.factById.has(f))).toEqual([]);
      // every linked fact anchor names a fact of that page's topic
      for (const [, topic, id] of mdx.matchAll(/\]\(\/docs\/reference\/([a-z-]+)#([a-z0-9-]+)\)/g)) {
        expect(kb.factById.get(id!)?.topic).toBe(topic);
      }
    }
  });
});
