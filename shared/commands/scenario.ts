import type { Scenario } from '../../knowledge/schema';
import type { Section } from '../answer/answer';
import { ok } from '../errors';
import { formatFactValue } from '../format';
import { meaningful } from '../parse/readers';
import type { Token } from '../parse/tokenize';
import type { EngineContext } from '../rules/context';
import { rankScenarios } from '../rules/scenarios';
import type { RankedScenario } from '../rules/scenarios';
import { paths, siteUrl } from '../site-urls';
import { defineCommand } from './command-spec';

interface ScenarioRequest {
  /** The words as typed: the ranking reads them whole ("no vpn device" is not "vpn device"). */
  text: string;
  /** The one meaningful word, which may be a scenario id. */
  id: string | null;
}

/** What `scenario` answers with: the scenario chosen (none for the list) and the others in rank order. */
export interface ScenarioData {
  scenario: string | null;
  /** Every scenario id listed, or every scenario the words matched, best first. */
  matches: string[];
  /** A scenario scoring close to the chosen one, shown as "Also consider". */
  runnerUp: string | null;
  /** How the matched scenarios scored for the words (best first); empty for the list and for an id. */
  scores: { id: string; score: number }[];
}

function listAll(ctx: EngineContext): Section {
  return {
    type: 'table',
    title: 'Scenarios',
    columns: ['Id', 'Scenario', 'Fits when'],
    rows: ctx.kb.scenarios.map((s) => [s.id, s.title, s.whenItFits[0] ?? '']),
  };
}

const quoted = (words: readonly string[]) => words.map((w) => `"${w}"`).join(', ');

/**
 * Why a runner-up is worth a look: the words that point to it rather than to the chosen scenario (all
 * its words when they are the same), and the situation it is for.
 */
function because(r: RankedScenario, chosen: RankedScenario | undefined): string {
  const own = r.words.filter((w) => !chosen?.words.includes(w));
  const words = own.length ? own : r.words;
  const reasons = [
    words.length ? `${quoted(words)} point${words.length === 1 ? 's' : ''} to it${own.length ? '' : ' as well'}` : '',
    r.fits ? `it fits when: ${r.fits}` : '',
  ].filter(Boolean);
  return reasons.length ? reasons.join('; ') : 'it scores close to the first';
}

const scoresOf = (ranked: readonly RankedScenario[]) => ranked.map((r) => ({ id: r.scenario.id, score: Math.round(r.score * 100) / 100 }));

export const scenarioCommand = defineCommand<ScenarioRequest, 'scenario'>({
  name: 'scenario',
  aliases: ['scenarios', 'guide', 'topology'],
  summary: 'The remote-work scenarios: when each fits, its steps, the limits that apply and its guide.',
  usage: 'scenario [<id> | <words describing your situation>]',
  examples: ['scenario', 'scenario azure-only', 'scenario users need on-premises access'],
  parse: (args: Token[]) => {
    const words = meaningful(args).map((t) => t.norm);
    // only filler ("scenario please") asks for the list, as no words do
    const text = words.length
      ? args
          .map((t) => t.raw)
          .join(' ')
          .trim()
      : '';
    return ok({ text, id: words.length === 1 ? words[0] : null });
  },
  answer(req, ctx, ev) {
    if (!req.text) {
      return {
        title: 'Remote-work scenarios',
        summary: `${ctx.kb.scenarios.length} scenarios; ask "scenario <id>" for one, or describe your situation in words.`,
        sections: [listAll(ctx)],
        findings: [],
        links: ctx.kb.scenarios.map((s) => ({ title: s.title, url: siteUrl(paths.scenario(s.id), ctx.base) })),
        data: { scenario: null, matches: ctx.kb.scenarios.map((s) => s.id), runnerUp: null, scores: [] },
      };
    }
    const byId = ctx.kb.scenarios.find((s) => s.id === req.id);
    const ranking = byId ? undefined : rankScenarios(ctx.kb, req.text);
    const chosen: Scenario | undefined = byId ?? ranking?.best?.scenario;
    if (!chosen) {
      const ranked = ranking?.ranked ?? [];
      return {
        title: ranked.length ? 'No scenario clearly fits those words' : 'No scenario matches those words',
        summary: `${
          ranked.length ? 'Those words don’t point clearly to one scenario' : 'None of the scenarios uses those words'
        }, so here is the full list rather than a guess. Say who connects, to what and from where, or ask "scenario <id>".`,
        sections: [listAll(ctx)],
        findings: [],
        coverage: ranked.length ? 'low_confidence' : 'not_covered',
        links: [{ title: 'All scenarios', url: siteUrl(paths.scenarios(), ctx.base) }],
        data: { scenario: null, matches: ranked.map((r) => r.scenario.id), runnerUp: null, scores: scoresOf(ranked) },
      };
    }
    const limits = chosen.facts.map((id) => {
      const f = ev.fact(id);
      return `${f.title}: ${formatFactValue(f)}`;
    });
    chosen.steps.forEach((st) => {
      st.facts.forEach((id) => {
        ev.fact(id);
      });
    });
    const runnerUp = ranking?.runnerUp ?? null;
    return {
      title: chosen.title,
      summary: chosen.summary,
      sections: [
        { type: 'list', title: 'When it fits', items: chosen.whenItFits },
        ...(chosen.whenNot.length ? [{ type: 'list' as const, title: 'When it does not', items: chosen.whenNot }] : []),
        { type: 'list', title: 'Steps', items: chosen.steps.map((s, i) => `${i + 1}. ${s.text}`) },
        ...(limits.length ? [{ type: 'list' as const, title: 'Limits that apply', items: limits }] : []),
        ...(chosen.commands.length
          ? [{ type: 'commands' as const, title: 'Ask next', items: chosen.commands.map((command) => ({ command })) }]
          : []),
        ...(runnerUp
          ? [
              {
                type: 'note' as const,
                title: 'Also consider',
                text: `${runnerUp.scenario.title} (${runnerUp.scenario.id}), because ${because(runnerUp, ranking?.best ?? undefined)}`,
              },
            ]
          : []),
      ],
      findings: [],
      links: [
        { title: `Guide: ${chosen.title}`, url: siteUrl(paths.scenario(chosen.id), ctx.base) },
        ...(runnerUp
          ? [{ title: `Also consider: ${runnerUp.scenario.title}`, url: siteUrl(paths.scenario(runnerUp.scenario.id), ctx.base) }]
          : []),
        ...chosen.related
          .filter((r) => r !== runnerUp?.scenario.id)
          .map((r) => ({
            title: `Related: ${ctx.kb.scenarios.find((s) => s.id === r)?.title ?? r}`,
            url: siteUrl(paths.scenario(r), ctx.base),
          })),
      ],
      data: {
        scenario: chosen.id,
        matches: ranking ? ranking.ranked.map((r) => r.scenario.id) : [chosen.id],
        runnerUp: runnerUp?.scenario.id ?? null,
        scores: ranking ? scoresOf(ranking.ranked) : [],
      },
    };
  },
});
