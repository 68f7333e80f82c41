import type { Answer, UsageErrorInfo } from './answer';
import type { AnswerDraft } from '../commands/command-spec';
import type { EngineContext, Evidence } from '../rules/context';
import { paths, siteUrl } from '../site-urls';

function permalinkFor(ctx: EngineContext, query: string): string {
  return siteUrl(paths.ask(query, ctx.asOf), ctx.base);
}

export function finishAnswer(ctx: EngineContext, command: string, query: string, draft: AnswerDraft, evidence: Evidence): Answer {
  return {
    kind: 'answer',
    command,
    query,
    asOf: ctx.asOf,
    ...draft,
    facts: evidence.refs(),
    permalink: permalinkFor(ctx, query),
  };
}

export function usageErrorAnswer(ctx: EngineContext, command: string, query: string, error: UsageErrorInfo): Answer {
  return {
    kind: 'usage_error',
    command,
    query,
    asOf: ctx.asOf,
    title: `I couldn't read that ${command === 'vpn' ? 'command' : `\`${command}\` command`}`,
    summary: error.message,
    sections: [
      { type: 'list', title: 'What I expected', items: [error.expected] },
      { type: 'list', title: 'Try', items: [error.example] },
    ],
    findings: [],
    facts: [],
    links: command === 'vpn' ? [] : [{ title: `Reference: ${command}`, url: siteUrl(paths.command(command), ctx.base) }],
    permalink: permalinkFor(ctx, query),
    error,
    data: {},
  };
}
