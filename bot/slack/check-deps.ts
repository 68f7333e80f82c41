/**
 * What the `check` listeners need beyond every listener's deps: the knowledge model and default date that
 * runCheck reads, and a Web API client of their own. A gateway's configuration holds tenant ids, addresses
 * and certificates, and the shared client logs every request body and response at debug level (the findings
 * we post, files.info's preview of an uploaded file, the response_url in a modal's metadata): check's calls
 * go through a client that writes no debug lines.
 */
import { type Logger, webApi } from '@slack/bolt';
import type { KnowledgeBase } from '../../knowledge';
import { withoutDebug } from '../log';

export interface CheckDeps {
  kb: KnowledgeBase;
  /** Evaluation date when the person gives none. Default: today. */
  asOf?: string;
  /** The bot's Web API client, without debug logging; its token also downloads uploaded files. */
  client: webApi.WebClient;
}

export function makeCheckDeps(opts: {
  kb: KnowledgeBase;
  asOf?: string;
  token: string;
  clientOptions: webApi.WebClientOptions;
  logger: Logger;
}): CheckDeps {
  const client = new webApi.WebClient(opts.token, { ...opts.clientOptions, logger: withoutDebug(opts.logger) });
  return { kb: opts.kb, ...(opts.asOf ? { asOf: opts.asOf } : {}), client };
}
