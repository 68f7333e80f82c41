import type { Coverage, Section } from '../answer/answer';
import { outOfScopeTopic } from '../search/scope';
import { fail, ok } from '../errors';
import type { Result } from '../errors';
import { policy } from '../policy';
import type { Token } from '../parse/tokenize';
import type { EngineContext, Evidence } from '../rules/context';
import type { SearchHit } from '../search/query';
import type { CommandSuggestion } from '../search/routing';
import { searchIndex } from '../search/query';
import { paths, siteUrl } from '../site-urls';
import { defineCommand } from './command-spec';

interface SearchRequest {
  text: string;
}

const TITLE_QUERY_MAX = 80;

function parseSearch(args: Token[]): Result<SearchRequest> {
  const text = args
    .map((t) => t.raw)
    .join(' ')
    .trim();
  if (!text)
    return fail('empty_search', 'There is nothing to search for.', 'a question or a few words after "search"', 'search why only 128 users');
  return ok({ text });
}

/** The fact behind a hit, if it has one: facts and client-matrix rows carry their fact id as the anchor. */
function factIdOf(hit: SearchHit): string | undefined {
  return hit.kind === 'fact' || hit.kind === 'client-matrix' ? hit.url.split('#')[1] : undefined;
}

/** A dated hit read against the evaluation date, so "2027-03-31" says whether it has happened. */
function dateNote(hit: SearchHit, asOf: string): string | undefined {
  if (hit.kind === 'lifecycle' && hit.date) return hit.date <= asOf ? `in effect on ${asOf}` : `not yet in effect on ${asOf}`;
  if (hit.kind === 'client-matrix' && hit.date && hit.value?.includes('until') && hit.date < asOf) return `ended before ${asOf}`;
  return undefined;
}

function valueAsOf(hit: SearchHit, asOf: string): string | undefined {
  const note = dateNote(hit, asOf);
  return hit.value && note ? `${hit.value} (${note})` : hit.value;
}

function label(hit: SearchHit): string {
  return hit.status === 'superseded' ? `${hit.title} (superseded)` : hit.title;
}

function resultSection(hit: SearchHit, rank: number, ctx: EngineContext, prefix: string): Section {
  const note = dateNote(hit, ctx.asOf);
  const body = [hit.snippet, note && `(${note})`].filter(Boolean).join(' ');
  return {
    type: 'note',
    title: `${prefix}${rank}. ${label(hit)}`,
    text: `${body}${body ? ' ' : ''}[${hit.section}] ${siteUrl(hit.url, ctx.base)}`,
  };
}

function recordEvidence(hits: SearchHit[], ev: Evidence): void {
  for (const h of hits) {
    const id = factIdOf(h);
    if (id) ev.maybe(id);
  }
}

/**
 * Free-text questions, and any text that names no command. Answers from the shared search index
 * (the one the site uses), best first, with each fact's value and the matched words marked «so».
 */
/** One search result as answers carry it. */
interface SearchResultData {
  rank: number;
  kind: SearchHit['kind'];
  title: string;
  url: string;
  path: string;
  section: string;
  snippet: string;
  value?: string;
  status?: SearchHit['status'];
  supersededBy?: string;
  date?: string;
  factId?: string;
  score: number;
}

/** What `search` answers with, beside its text. */
export interface SearchData {
  query: string;
  results: SearchResultData[];
  suggestions: CommandSuggestion[];
}

export const searchCommand = defineCommand<SearchRequest, 'search'>({
  name: 'search',
  aliases: ['find'],
  searchHints: ['why', 'what', 'how', 'question'],
  usesSearchIndex: true,
  summary: 'Searches the knowledge base, guides and commands for a question in your own words.',
  usage: 'search <words>',
  examples: ['search why only 128 users', 'search UDP 500 blocked at hotel', 'search VpnGw2AZ throughput'],
  parse: (args: Token[]) => parseSearch(args),
  answer(req, ctx, ev) {
    const index = ctx.searchIndex();
    const { hits, suggestions, confidence } = searchIndex(index, req.text, { limit: policy.searchResults });
    const scope = outOfScopeTopic(ctx.kb, req.text);
    const coverage: Coverage = scope
      ? 'not_covered'
      : !hits.length || confidence < policy.searchConfidentShare
        ? 'low_confidence'
        : 'answered';
    // Results of a question outside the model, or of a weak match, are guesses: not cited as the answer's facts.
    if (coverage === 'answered') recordEvidence(hits, ev);
    const shown = req.text.length > TITLE_QUERY_MAX ? `${req.text.slice(0, TITLE_QUERY_MAX - 1)}…` : req.text;
    const top = hits[0];
    const topValue = top && valueAsOf(top, ctx.asOf);
    const sections: Section[] = hits.map((h, i) => resultSection(h, i + 1, ctx, coverage === 'answered' ? '' : 'Guess '));
    if (suggestions.length) {
      sections.push({
        type: 'commands',
        title: 'A command may answer this directly',
        items: suggestions.map((s) => ({ command: s.command, why: s.why })),
      });
    }
    return {
      title: `Search: ${shown}`,
      summary: scope
        ? `${scope.topic}: outside what vpn-advisor knows. ${scope.says}${top ? ` The closest pages are below, as guesses.` : ''}`
        : !top
          ? 'Nothing in the knowledge base matches those words. Try other words, or one of the commands (help lists them).'
          : coverage === 'low_confidence'
            ? `Not sure: nothing answers this closely. The best guess is ${label(top)}${topValue ? ` — ${topValue}` : ''}; check that it is what you asked.`
            : `Best match: ${label(top)}${topValue ? ` — ${topValue}` : ''}.${hits.length > 1 ? ` ${hits.length - 1} more below.` : ''}`,
      sections,
      coverage,
      findings: [
        ...(scope
          ? [{ code: 'not_covered', severity: 'info' as const, message: `${scope.topic} are outside vpn-advisor's knowledge model.` }]
          : []),
        ...(!scope && coverage === 'low_confidence' && top
          ? [
              {
                code: 'low_confidence',
                severity: 'info' as const,
                message: 'The best match covers little of the question; the results are guesses.',
              },
            ]
          : []),
        ...(hits.length
          ? []
          : [
              {
                code: 'no_match',
                severity: 'info' as const,
                message: 'No page or fact matched; the site search and "help" list what can be asked.',
              },
            ]),
      ],
      links: [
        ...(top ? [{ title: label(top), url: siteUrl(top.url, ctx.base) }] : []),
        { title: 'All results on the site', url: siteUrl(paths.search(req.text), ctx.base) },
      ],
      data: {
        query: req.text,
        results: hits.map((h, i) => ({
          rank: i + 1,
          kind: h.kind,
          title: h.title,
          url: siteUrl(h.url, ctx.base),
          path: h.url,
          section: h.section,
          snippet: h.snippet,
          ...(h.value ? { value: h.value } : {}),
          ...(h.status ? { status: h.status } : {}),
          ...(h.supersededBy ? { supersededBy: h.supersededBy } : {}),
          ...(h.date ? { date: h.date } : {}),
          ...(factIdOf(h) ? { factId: factIdOf(h) } : {}),
          score: h.score,
        })),
        suggestions,
      },
    };
  },
});
