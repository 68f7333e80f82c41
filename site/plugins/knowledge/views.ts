/**
 * Knowledge entities → the JSON the components render. Pure functions of the model: the reference
 * generator, the guides' remark plugin and the tests all go through these.
 */
import { eventSummary, skuLabel, sourcePageUrl } from '../../../knowledge';
import type { Fact, KnowledgeBase, LifecycleEvent, Scenario, SourceRef } from '../../../knowledge';
import { formatFactValue } from '../../../shared/format';
import { paths } from '../../../shared/site-urls';
import type { FactView, LifecycleView, LinkView, ScenarioView, SourceView } from './view-model';

export function sourceView(kb: KnowledgeBase, ref: SourceRef): SourceView {
  const s = kb.sourceById.get(ref.sourceId);
  if (!s) throw new Error(`site: unknown source id "${ref.sourceId}"`);
  const pageUrl = sourcePageUrl(s);
  return {
    id: s.id,
    title: s.title,
    path: s.path,
    section: ref.section,
    date: s.date,
    ...(s.date === null && s.dateNote ? { dateNote: s.dateNote } : {}),
    ...(pageUrl ? { pageUrl } : {}),
  };
}

function conflictLink(kb: KnowledgeBase, id: string): LinkView {
  const c = kb.conflicts.find((x) => x.id === id);
  return { text: c ? `Conflict #${c.number}` : id, href: paths.conflict(id) };
}

export function factHref(f: Pick<Fact, 'topic' | 'id'>): string {
  return paths.fact(f.topic, f.id);
}

export function requireFact(kb: KnowledgeBase, id: string): Fact {
  const f = kb.factById.get(id);
  if (!f) throw new Error(`site: no fact with id "${id}" in the knowledge model`);
  return f;
}

export function factView(kb: KnowledgeBase, f: Fact): FactView {
  const next = f.supersededBy ? kb.factById.get(f.supersededBy) : undefined;
  return {
    id: f.id,
    topic: f.topic,
    title: f.title,
    value: formatFactValue(f),
    ...(f.value === null && f.unknown ? { unknown: f.unknown } : {}),
    ...(f.note ? { note: f.note } : {}),
    status: f.status,
    ...(next ? { supersededBy: { text: next.title, href: factHref(next) } } : {}),
    ...(f.effective ? { effective: f.effective } : {}),
    ...(f.conflict ? { conflict: conflictLink(kb, f.conflict) } : {}),
    source: sourceView(kb, f.source),
    href: factHref(f),
  };
}

export function factViewById(kb: KnowledgeBase, id: string): FactView {
  return factView(kb, requireFact(kb, id));
}

export function lifecycleView(kb: KnowledgeBase, e: LifecycleEvent): LifecycleView {
  return {
    ...eventSummary(e),
    subjects: e.subjects,
    ...(e.conflict ? { conflict: conflictLink(kb, e.conflict) } : {}),
    source: sourceView(kb, e.source),
    href: paths.lifecycle(e.id),
  };
}

export function lifecycleViewById(kb: KnowledgeBase, id: string): LifecycleView {
  const e = kb.lifecycle.find((x) => x.id === id);
  if (!e) throw new Error(`site: no lifecycle event with id "${id}" in the knowledge model`);
  return lifecycleView(kb, e);
}

/** The command a scenario's example text runs ("sizing 5000 users" → "sizing"). */
function commandName(text: string): string {
  return text.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
}

export function scenarioView(kb: KnowledgeBase, s: Scenario, commandNames: readonly string[]): ScenarioView {
  const byId = new Map(kb.scenarios.map((x) => [x.id, x]));
  return {
    id: s.id,
    title: s.title,
    summary: s.summary,
    href: paths.scenario(s.id),
    services: s.services,
    whenItFits: s.whenItFits,
    whenNot: s.whenNot,
    steps: s.steps.map((step) => ({ text: step.text, facts: step.facts.map((id) => factViewById(kb, id)) })),
    facts: s.facts.map((id) => factViewById(kb, id)),
    related: s.related.map((id) => {
      const r = byId.get(id);
      if (!r) throw new Error(`site: scenario "${s.id}" names unknown related scenario "${id}"`);
      return { id: r.id, title: r.title, summary: r.summary, href: paths.scenario(r.id) };
    }),
    commands: s.commands.map((text) => {
      const name = commandName(text);
      if (!commandNames.includes(name)) throw new Error(`site: scenario "${s.id}" lists "${text}", which is not a command`);
      return { text, command: name, href: paths.command(name) };
    }),
    sources: s.sources.map((ref) => sourceView(kb, ref)),
  };
}

/** What a lifecycle subject id names (a SKU, protocol, client, matrix cell, …), for display. */
export function subjectName(kb: KnowledgeBase, id: string): string {
  const sku = kb.gatewaySkus.find((x) => x.id === id);
  if (sku) return skuLabel(sku);
  const named = [...kb.protocols, ...kb.clients, ...kb.authMethods, ...kb.bastionSkus, ...kb.erGateways].find((x) => x.id === id);
  if (named) return named.name;
  return id;
}
