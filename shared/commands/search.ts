import { ok } from '../errors';
import type { Token } from '../parse/tokenize';
import { paths, siteUrl } from '../site-urls';
import type { CommandSpec } from './command-spec';
import { defineCommand } from './command-spec';

interface SearchRequest {
  text: string;
}

/**
 * Free-text questions. Until the shared search index exists this says so honestly and
 * points to the commands, rather than pretending to search.
 */
export function makeSearchCommand(all: () => readonly CommandSpec[]) {
  return defineCommand<SearchRequest>({
    name: 'search',
    aliases: ['find', 'why', 'what', 'how'],
    summary: 'Searches the knowledge base for a question in your own words.',
    usage: 'search <words>',
    examples: ['search why only 128 users'],
    parse: (args: Token[]) => ok({ text: args.map((t) => t.raw).join(' ') }),
    answer(req, ctx) {
      return {
        title: 'Search is coming',
        summary: 'Free-text search is not built yet. One of the commands below may answer the question directly.',
        sections: [{ type: 'table', title: 'Commands', columns: ['Command', 'Example'], rows: all().filter((c) => c.name !== 'search').map((c) => [c.name, `/vpn ${c.examples[0]}`]) }],
        findings: [],
        links: [{ title: 'Command reference', url: siteUrl(paths.commands(), ctx.base) }],
        data: { text: req.text, results: [] },
      };
    },
  });
}
