/**
 * Remark plugin for the hand-written guides: `<FactValue id="sstp-max-connections"/>`,
 * `<LifecycleDate id="sstp-retired"/>`, `<ScenarioSteps id="azure-only"/>` … get their data from the
 * knowledge model at compile time, as a `json` attribute. Each page carries only the data it shows,
 * and an id the model doesn't know fails the build with the file and line.
 */
import { loadKnowledge } from '../../../knowledge';
import type { KnowledgeBase } from '../../../knowledge';
import { commands } from '../../../shared/commands/registry';
import { paths } from '../../../shared/site-urls';
import { factViewById, lifecycleViewById, scenarioView } from './views';

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface Node {
  type: string;
  name?: string | null;
  attributes?: JsxAttribute[];
  children?: Node[];
  position?: { start: { line: number } };
}

export interface RemarkKnowledgeOptions {
  kb: KnowledgeBase;
  commandNames: readonly string[];
}

type Handler = (id: string | undefined, opts: RemarkKnowledgeOptions) => unknown;

function need(id: string | undefined, what: string): string {
  if (!id) throw new Error(`<${what}> needs an id="…" attribute with a literal string`);
  return id;
}

function scenario(opts: RemarkKnowledgeOptions, id: string) {
  const s = opts.kb.scenarios.find((x) => x.id === id);
  if (!s) throw new Error(`no scenario "${id}" in the knowledge model`);
  return scenarioView(opts.kb, s, opts.commandNames);
}

const handlers: Record<string, Handler> = {
  FactValue: (id, o) => factViewById(o.kb, need(id, 'FactValue')),
  LifecycleDate: (id, o) => lifecycleViewById(o.kb, need(id, 'LifecycleDate')),
  ScenarioSteps: (id, o) => scenario(o, need(id, 'ScenarioSteps')).steps,
  ScenarioLimits: (id, o) => scenario(o, need(id, 'ScenarioLimits')).facts,
  ScenarioCommands: (id, o) => scenario(o, need(id, 'ScenarioCommands')).commands,
  RelatedScenarios: (id, o) => scenario(o, need(id, 'RelatedScenarios')).related,
  ScenarioSources: (id, o) => scenario(o, need(id, 'ScenarioSources')).sources,
  ScenarioFit: (id, o) => {
    const s = scenario(o, need(id, 'ScenarioFit'));
    return { whenItFits: s.whenItFits, whenNot: s.whenNot };
  },
  ScenarioIndex: (_id, o) =>
    o.kb.scenarios.map((s) => ({ id: s.id, title: s.title, summary: s.summary, services: s.services, href: paths.scenario(s.id) })),
};

/** The component names this plugin feeds (the guides' test and MDXComponents use the same list). */
export const knowledgeComponents = Object.keys(handlers);

function literalId(node: Node): string | undefined {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  if (!attr) return undefined;
  if (typeof attr.value !== 'string') throw new Error(`<${node.name}> id must be a literal string`);
  return attr.value;
}

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  node.children?.forEach((c) => {
    walk(c, visit);
  });
}

/**
 * Used without options in docusaurus.config.ts: the site config is serialized into the browser
 * bundle, so the model must not travel through plugin options. Tests pass their own model.
 */
export default function remarkKnowledge(given?: Partial<RemarkKnowledgeOptions>) {
  let resolved: RemarkKnowledgeOptions | undefined;
  const opts = () => (resolved ??= { kb: given?.kb ?? loadKnowledge(), commandNames: given?.commandNames ?? commands.map((c) => c.name) });
  return (tree: Node, file: { path?: string }) => {
    const options = opts();
    walk(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const handler = node.name ? handlers[node.name] : undefined;
      if (!handler) return;
      try {
        const payload = handler(literalId(node), options);
        node.attributes = [
          ...(node.attributes ?? []).filter((a) => a.name !== 'json'),
          { type: 'mdxJsxAttribute', name: 'json', value: JSON.stringify(payload) },
        ];
      } catch (e) {
        const where = `${file.path ?? 'a guide'}:${node.position?.start.line ?? '?'}`;
        throw new Error(`site: ${where}: ${(e as Error).message}`);
      }
    });
  };
}
