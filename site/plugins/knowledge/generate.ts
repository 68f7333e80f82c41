import { commands } from '../../../shared/commands/registry';
import { paths, referencePages } from '../../../shared/site-urls';
import type { ReferencePage } from '../../../shared/site-urls';
import { commandPages } from './commands';
import type { GeneratedPage } from './mdx';
import type { GenerateContext } from './reference/common';
import { changelogPage, conflictsPage, limitsPage } from './reference/cross-cutting';
import {
  authenticationPage,
  bastionPage,
  clientCompatibilityPage,
  expressRoutePage,
  otherServicesPage,
  pointToSitePage,
  protocolsPage,
} from './reference/topics';
import { virtualWanPage } from './reference/virtual-wan';
import { rulePages } from './rules';
import { vpnGatewaySkusPage } from './reference/vpn-gateway-skus';
import type { KnowledgeGlobalData } from './view-model';

export type { GenerateContext } from './reference/common';
export type { GeneratedPage } from './mdx';

const referenceBuilders: Record<ReferencePage, (ctx: GenerateContext) => GeneratedPage> = {
  'vpn-gateway-skus': vpnGatewaySkusPage,
  'virtual-wan': virtualWanPage,
  'point-to-site': pointToSitePage,
  'protocols-and-ports': protocolsPage,
  authentication: authenticationPage,
  'client-compatibility': clientCompatibilityPage,
  bastion: bastionPage,
  expressroute: expressRoutePage,
  'other-services': otherServicesPage,
  limits: limitsPage,
  conflicts: conflictsPage,
  changelog: changelogPage,
};

export function generateReferencePage(ctx: GenerateContext, page: ReferencePage): GeneratedPage {
  const built = referenceBuilders[page](ctx);
  if (built.path !== paths.reference(page)) throw new Error(`site: reference page ${page} built at ${built.path}`);
  return built;
}

function generateReference(ctx: GenerateContext): GeneratedPage[] {
  return referencePages.map((p) => generateReferencePage(ctx, p));
}

/**
 * Every generated page, after checking that each fact has exactly one anchor on the page of its
 * topic, and each lifecycle event and conflict one on theirs: the links answers carry must land.
 */
export function generateSite(ctx: GenerateContext): GeneratedPage[] {
  const reference = generateReference(ctx);
  const anchorsOn = new Map(reference.map((p) => [p.path, new Set(p.anchors)]));
  const missing: string[] = [];
  const expect = (url: string) => {
    const [path, anchor] = url.split('#') as [string, string];
    if (!anchorsOn.get(path)?.has(anchor)) missing.push(url);
  };
  ctx.kb.facts.forEach((f) => {
    expect(paths.fact(f.topic, f.id));
  });
  ctx.kb.lifecycle.forEach((e) => {
    expect(paths.lifecycle(e.id));
  });
  ctx.kb.conflicts.forEach((c) => {
    expect(paths.conflict(c.id));
  });
  if (missing.length)
    throw new Error(`site: ${missing.length} anchor(s) the engine links to are not generated:\n  ${missing.join('\n  ')}`);
  return [...reference, ...commandPages(ctx), ...rulePages(ctx)];
}

/** The small summary the home page reads (plugin global data). */
export function globalData(ctx: GenerateContext): KnowledgeGlobalData {
  const { kb } = ctx;
  return {
    asOf: ctx.asOf,
    commands: commands.map((c) => ({
      name: c.name,
      summary: c.summary,
      usage: c.usage,
      examples: [...c.examples],
      href: paths.command(c.name),
    })),
    scenarios: kb.scenarios.map((s) => ({ id: s.id, title: s.title, summary: s.summary, href: paths.scenario(s.id) })),
    counts: {
      facts: kb.facts.length,
      sources: kb.sources.length,
      scenarios: kb.scenarios.length,
      conflicts: kb.conflicts.length,
      lifecycle: kb.lifecycle.length,
    },
  };
}
