/**
 * The guides' remark plugin feeds knowledge components with model data at compile time, and fails
 * the build with file and line when a guide names an id the model doesn't have.
 */
import fs from 'node:fs';
import path from 'node:path';
import remarkKnowledge, { knowledgeComponents } from '../../site/plugins/knowledge/remark-knowledge';
import { commands } from '../../shared';
import { loadKnowledge } from '../support/knowledge-fixture';

const options = { kb: loadKnowledge(), commandNames: commands.map((c) => c.name) };

interface JsxNode {
  type: string;
  name: string;
  attributes: Array<{ type: string; name: string; value: unknown }>;
  children: JsxNode[];
  position?: { start: { line: number } };
}

function jsx(name: string, id?: string, line = 7): JsxNode {
  return {
    type: 'mdxJsxTextElement',
    name,
    attributes: id === undefined ? [] : [{ type: 'mdxJsxAttribute', name: 'id', value: id }],
    children: [],
    position: { start: { line } },
  };
}

function run(...nodes: JsxNode[]): JsxNode[] {
  const tree = { type: 'root', children: [{ type: 'paragraph', children: nodes }] };
  remarkKnowledge(options)(tree as never, { path: 'docs/scenarios/test.mdx' });
  return nodes;
}

const json = (n: JsxNode) => JSON.parse(String(n.attributes.find((a) => a.name === 'json')!.value)) as Record<string, unknown>;

describe('remark-knowledge', () => {
  test('FactValue gets the fact formatted as the bot prints it, with its source and anchor', () => {
    const [node] = run(jsx('FactValue', 'sstp-max-connections'));
    const fact = json(node!);
    expect(fact.value).toBe('128 connections');
    expect(fact.href).toBe('/docs/reference/point-to-site#sstp-max-connections');
    expect((fact.source as { title: string }).title).toBeTruthy();
  });

  test('LifecycleDate gets the event date from the model', () => {
    const kb = loadKnowledge();
    const [node] = run(jsx('LifecycleDate', 'sstp-retired'));
    expect(json(node!).date).toBe(kb.lifecycle.find((e) => e.id === 'sstp-retired')!.date);
  });

  test('scenario components get only their slice of the scenario', () => {
    const [steps, limits] = run(jsx('ScenarioSteps', 'azure-only'), jsx('ScenarioLimits', 'azure-only'));
    expect(Array.isArray(JSON.parse(String(steps!.attributes.at(-1)!.value)))).toBe(true);
    const facts = JSON.parse(String(limits!.attributes.at(-1)!.value)) as Array<{ id: string }>;
    expect(facts.map((f) => f.id)).toEqual(loadKnowledge().scenarios.find((s) => s.id === 'azure-only')!.facts);
  });

  test('an unknown id fails with the file and line', () => {
    expect(() => run(jsx('FactValue', 'no-such-fact', 12))).toThrow(/docs\/scenarios\/test\.mdx:12: .*no-such-fact/);
    expect(() => run(jsx('ScenarioSteps', 'no-such-scenario'))).toThrow(/no scenario "no-such-scenario"/);
    expect(() => run(jsx('FactValue'))).toThrow(/needs an id/);
  });

  test('other JSX is left alone', () => {
    const [node] = run(jsx('Tabs', 'x'));
    expect(node!.attributes.map((a) => a.name)).toEqual(['id']);
  });

  test('every component the plugin feeds is registered for MDX (site/src/components/kb/index.ts)', () => {
    const registered = fs.readFileSync(path.resolve(__dirname, '../../site/src/components/kb/index.ts'), 'utf8');
    expect(knowledgeComponents.filter((name) => !new RegExp(`\\b${name}\\b`).test(registered))).toEqual([]);
  });
});
