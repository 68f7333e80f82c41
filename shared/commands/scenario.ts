import type { Scenario } from '../../knowledge/schema';
import { ok } from '../errors';
import { formatFactValue } from '../format';
import { meaningful } from '../parse/readers';
import type { Token } from '../parse/tokenize';
import { paths, siteUrl } from '../site-urls';
import type { EngineContext } from '../rules/context';
import { defineCommand } from './command-spec';

interface ScenarioRequest {
  words: string[];
}

/** Scores a scenario against the user's words: title and id weigh most, then "when it fits". */
function matchScenarios(ctx: EngineContext, words: string[]): Array<{ s: Scenario; score: number }> {
  const stems = words.map((w) => w.replace(/(ing|es|s)$/, '')).filter((w) => w.length > 1);
  return ctx.kb.scenarios
    .map((s) => {
      const title = `${s.id} ${s.title}`.toLowerCase();
      const body = `${s.summary} ${s.whenItFits.join(' ')} ${s.services.join(' ')}`.toLowerCase();
      const score = stems.reduce((n, w) => n + (title.includes(w) ? 3 : 0) + (body.includes(w) ? 1 : 0), 0);
      return { s, score };
    })
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score);
}

/** What `scenario` answers with: the scenario chosen (none for the list) and the others in rank order. */
export interface ScenarioData {
  scenario: string | null;
  matches: string[];
}

export const scenarioCommand = defineCommand<ScenarioRequest, 'scenario'>({
  name: 'scenario',
  aliases: ['scenarios', 'guide', 'topology'],
  summary: 'The remote-work scenarios: when each fits, its steps, the limits that apply and its guide.',
  usage: 'scenario [<id> | <words describing your situation>]',
  examples: ['scenario', 'scenario azure-only', 'scenario users need on-premises access'],
  parse: (args: Token[]) => ok({ words: meaningful(args).map((t) => t.norm) }),
  answer(req, ctx, ev) {
    const byId = req.words.length === 1 ? ctx.kb.scenarios.find((s) => s.id === req.words[0]) : undefined;
    const listAll = () => ({
      type: 'table' as const,
      title: 'Scenarios',
      columns: ['Id', 'Scenario', 'Fits when'],
      rows: ctx.kb.scenarios.map((s) => [s.id, s.title, s.whenItFits[0] ?? '']),
    });
    if (!req.words.length) {
      return {
        title: 'Remote-work scenarios',
        summary: `${ctx.kb.scenarios.length} scenarios; ask "scenario <id>" for one, or describe your situation in words.`,
        sections: [listAll()],
        findings: [],
        links: ctx.kb.scenarios.map((s) => ({ title: s.title, url: siteUrl(paths.scenario(s.id), ctx.base) })),
        data: { scenario: null, matches: ctx.kb.scenarios.map((s) => s.id) },
      };
    }
    const matches = byId ? [{ s: byId, score: 100 }] : matchScenarios(ctx, req.words);
    const best = matches[0]?.s;
    if (!best) {
      return {
        title: 'No scenario matches those words',
        summary: 'None of the scenarios mentions those words; here is the full list.',
        sections: [listAll()],
        findings: [],
        links: [{ title: 'All scenarios', url: siteUrl(paths.scenarios(), ctx.base) }],
        data: { scenario: null, matches: [] },
      };
    }
    const limits = best.facts.map((id) => {
      const f = ev.fact(id);
      return `${f.title}: ${formatFactValue(f)}`;
    });
    best.steps.forEach((st) => {
      st.facts.forEach((id) => {
        ev.fact(id);
      });
    });
    const others = matches.slice(1, 4).map((m) => m.s);
    return {
      title: best.title,
      summary: best.summary,
      sections: [
        { type: 'list', title: 'When it fits', items: best.whenItFits },
        ...(best.whenNot.length ? [{ type: 'list' as const, title: 'When it does not', items: best.whenNot }] : []),
        { type: 'list', title: 'Steps', items: best.steps.map((s, i) => `${i + 1}. ${s.text}`) },
        ...(limits.length ? [{ type: 'list' as const, title: 'Limits that apply', items: limits }] : []),
        ...(best.commands.length ? [{ type: 'list' as const, title: 'Ask next', items: best.commands.map((c) => `/vpn ${c}`) }] : []),
        ...(others.length ? [{ type: 'list' as const, title: 'Also matching', items: others.map((s) => `${s.id}: ${s.title}`) }] : []),
      ],
      findings: [],
      links: [
        { title: `Guide: ${best.title}`, url: siteUrl(paths.scenario(best.id), ctx.base) },
        ...best.related.map((r) => ({
          title: `Related: ${ctx.kb.scenarios.find((s) => s.id === r)?.title ?? r}`,
          url: siteUrl(paths.scenario(r), ctx.base),
        })),
      ],
      data: { scenario: best.id, matches: matches.map((m) => m.s.id) },
    };
  },
});
