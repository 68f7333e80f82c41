import type { Fact, Topic } from '../../knowledge/schema';
import { ok } from '../errors';
import { formatFactValue, plural } from '../format';
import { matchAlias, meaningful } from '../parse/readers';
import type { Token } from '../parse/tokenize';
import { paths, siteUrl } from '../site-urls';
import { toFactRef } from '../rules/context';
import type { EngineContext } from '../rules/context';
import type { Finding, Section } from '../answer/answer';
import { eventsAbout, lifecycleFindings, lifecycleWhen } from '../answer/lifecycle';
import { defineCommand } from './command-spec';
import { TOPICS } from '../../knowledge/vocabulary';

const TOPIC_ALIASES: Record<Topic, readonly string[]> = {
  'vpn-gateway-skus': ['gateway', 'vpn-gateway', 'skus', 'sku', 'vpngw', 'gateways'],
  'virtual-wan': ['vwan', 'virtualwan', 'wan', 'hub', 'user-vpn'],
  'point-to-site': ['p2s', 'pool', 'routes', 'point'],
  'protocols-and-ports': ['ports', 'protocols', 'firewall'],
  authentication: ['auth', 'certificate', 'certificates', 'radius', 'entra', 'aad'],
  'client-compatibility': ['clients', 'client', 'compat', 'macos', 'windows', 'linux', 'ios', 'android'],
  bastion: [],
  expressroute: ['er', 'express-route', 'ergw'],
  'other-services': ['nva', 'firewall', 'appgw', 'application-gateway', 'avd'],
};

/** Current facts and their search text, computed once per knowledge model (the model is frozen). */
const indexCache = new WeakMap<object, { current: Fact[]; text: string[] }>();
function factIndex(kb: { facts: readonly Fact[] }): { current: Fact[]; text: string[] } {
  let hit = indexCache.get(kb);
  if (!hit) {
    const current = kb.facts.filter((f) => f.status === 'current');
    hit = { current, text: current.map((f) => `${f.id} ${f.title} ${(f.tags ?? []).join(' ')}`.toLowerCase()) };
    indexCache.set(kb, hit);
  }
  return hit;
}

interface LimitsRequest {
  words: string[];
}

/** What `limits` answers with: the topic list, or the facts shown for a topic or words. */
export type LimitsData =
  | { view: 'topics'; topics: Record<string, number> }
  | { view: 'facts'; topic: string | null; facts: string[]; total: number };

/**
 * The dated changes of the things the matching facts are about (all of them, not only the first shown),
 * listed once as a table with their sources. One finding points at it and states them all, so the engine
 * doesn't repeat each as its own finding; it warns when any of them applies on the date.
 */
function lifecycleListing(ctx: EngineContext, facts: readonly Fact[]): { sections: Section[]; findings: Finding[] } {
  const events = eventsAbout(
    ctx.kb,
    facts.flatMap((f) => f.about ?? []),
  );
  if (!events.length) return { sections: [], findings: [] };
  const owed = lifecycleFindings(events, ctx.asOf);
  const applying = owed.filter((f) => f.severity !== 'info').length;
  const ahead = events.filter((e) => e.date > ctx.asOf).length;
  const source = (e: (typeof events)[number]) => {
    const src = ctx.kb.sourceById.get(e.source.sourceId);
    return `${src?.title ?? e.source.sourceId} — ${e.source.section} (${src?.date ?? 'undated'})`;
  };
  return {
    sections: [
      {
        type: 'table',
        title: `Lifecycle dates (as of ${ctx.asOf})`,
        columns: ['Change', 'When', 'Source'],
        rows: events.map((e) => [e.title, lifecycleWhen(e, ctx.asOf), source(e)]),
      },
    ],
    findings: [
      {
        code: 'lifecycle_dates',
        severity: applying ? 'warning' : 'info',
        message: `${plural(events.length, 'dated change')} concern${events.length === 1 ? 's' : ''} these facts (${applying} in effect on ${ctx.asOf}, ${ahead} ahead): see "Lifecycle dates".`,
        lifecycle: events.map((e) => e.id),
      },
    ],
  };
}

export const limitsCommand = defineCommand<LimitsRequest, 'limits'>({
  name: 'limits',
  aliases: ['limit', 'facts', 'fact'],
  summary: 'The limits of a topic, each with its value, source and date.',
  usage: 'limits [<topic or word>]',
  examples: ['limits', 'limits virtual-wan', 'limits sstp'],
  parse: (args: Token[]) => ok({ words: meaningful(args).map((t) => t.norm) }),
  answer(req, ctx, ev) {
    const { current, text } = factIndex(ctx.kb);
    if (!req.words.length) {
      const counts = TOPICS.map((t) => [t, current.filter((f) => f.topic === t).length] as const);
      return {
        title: 'Limits by topic',
        summary: `${current.length} current facts in ${counts.length} topics; ask "limits <topic>" or "limits <word>".`,
        sections: [{ type: 'table', title: 'Topics', columns: ['Topic', 'Facts'], rows: counts.map(([t, n]) => [t, String(n)]) }],
        findings: [],
        links: [{ title: 'All limits', url: siteUrl(paths.reference('limits'), ctx.base) }],
        data: { view: 'topics', topics: Object.fromEntries(counts) },
      };
    }
    // A topic named exactly ("limits virtual-wan") lists that topic; other words match facts at word starts
    // ("limits sstp"), and a topic alias ("limits vwan") is the fallback when no fact mentions the word.
    const joined = req.words.join('-');
    const exact = TOPICS.find((t) => t === joined);
    const alias = matchAlias(joined, TOPIC_ALIASES) ?? (req.words.length === 1 ? undefined : matchAlias(req.words[0], TOPIC_ALIASES));
    const patterns = req.words.map((w) => new RegExp(`(^|[^a-z0-9])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    const byWord = exact ? [] : current.filter((_f, i) => patterns.every((p) => p.test(text[i])));
    const topic = exact ?? (byWord.length ? undefined : alias);
    const selected = byWord.length ? byWord : topic ? current.filter((f) => f.topic === topic) : [];
    const shown = selected.slice(0, 40);
    shown.forEach((f) => {
      ev.fact(f.id);
    });
    const label = req.words.join(' ');
    const dated = lifecycleListing(ctx, selected);
    return {
      title: `Limits: ${label}`,
      summary: selected.length
        ? `${plural(selected.length, 'fact')} match${selected.length === 1 ? 'es' : ''} "${label}"${selected.length > shown.length ? `; the first ${shown.length} are shown` : ''}.`
        : `No fact matches "${label}". Try a topic: ${TOPICS.join(', ')}.`,
      sections: selected.length
        ? [
            {
              type: 'table',
              title: 'Facts',
              columns: ['Fact', 'Value', 'Source', 'Date'],
              rows: shown.map((f) => {
                const r = toFactRef(ctx, f);
                return [f.title, formatFactValue(f), `${r.source.title} — ${r.source.section}`, r.date ?? 'undated'];
              }),
            },
            ...dated.sections,
          ]
        : [],
      findings: dated.findings,
      links: topic
        ? [{ title: `Reference: ${topic}`, url: siteUrl(paths.reference(topic), ctx.base) }]
        : [{ title: 'All limits', url: siteUrl(paths.reference('limits'), ctx.base) }],
      data: { view: 'facts', topic: topic ?? null, facts: shown.map((f) => f.id), total: selected.length },
    };
  },
});
