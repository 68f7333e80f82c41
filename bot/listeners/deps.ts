import type { Logger } from '@slack/bolt';
import type { CommandSpec } from '../../shared/commands/command-spec';
import type { BlockKitMessage } from '../../shared/render/block-kit';
import { apologyMessage, type AnswerFn } from '../answerer';
import type { QuestionLog } from '../feedback/question-log';
import type { CheckDeps } from '../slack/check-deps';
import type { EventLedger } from '../slack/event-ledger';
import type { ResponseUrlBudget } from '../slack/response-url';
import type { Store } from '../store/store';
import type { SafeRetryOptions } from '../slack/web-api';

/** What to render: the command text, an evaluation date (default: the answerer's), Share button, who shared. */
interface RenderRequest {
  text: string;
  asOf?: string;
  share?: boolean;
  sharedBy?: string;
}

/** What every listener needs; built once in create-app.ts, replaced piece by piece in tests. */
export interface BotDeps {
  /** The engine's answer + renderBlockKit, cached; throws what the engine throws. */
  render: (req: RenderRequest) => BlockKitMessage;
  /** The docs site's base URL (known once the server listens). */
  siteBase: () => string;
  commands: readonly CommandSpec[];
  /** Shared state (every replica sees the same); the ledger and the budget are built on it. */
  store: Store;
  ledger: EventLedger;
  responseUrls: ResponseUrlBudget;
  logger: Logger;
  /** Timeout for posts to a response_url. */
  responseUrlTimeoutMs: number;
  /** Longest Slack Retry-After a reply waits out. */
  maxRetryAfterSeconds: number;
  /** When a Web API call Slack surely did not process is repeated (slack/web-api.ts). */
  slackRetry: SafeRetryOptions;
  /** `/vpn check`'s modal, its submission, and the message shortcut on a gateway's JSON. */
  check: CheckDeps;
  /** The engine, uncached and unlogged: feedback recomputes the answer it is about, unfurls compare two dates. */
  answer: AnswerFn;
  /** Where uncovered questions, usage errors and 👍/👎 are recorded. */
  questions: QuestionLog;
  /** Slack users who see the maintainers' report on the App Home (ADMIN_USER_IDS). */
  adminUserIds: readonly string[];
}

/**
 * The answer to show, or the apology when the engine failed (`failed`, so a listener can deliver it
 * differently). Every listener goes through here, so none can forget to log the failure or show internals.
 * @param where whose request, for the log line (e.g. `/vpn for U123 in C456`)
 * @param doing what the apology says was going wrong (default: "answering that")
 */
export function renderOrApologise(
  deps: Pick<BotDeps, 'render' | 'siteBase' | 'logger'>,
  req: RenderRequest,
  where: string,
  doing?: string,
): { message: BlockKitMessage; failed: boolean } {
  try {
    return { message: deps.render(req), failed: false };
  } catch (e) {
    deps.logger.error(`${where}: answering failed:`, e);
    return { message: apologyMessage(deps.siteBase(), doing), failed: true };
  }
}

/** The slash command and the message shortcut's callback id, as declared in manifest.json. */
export const SLASH_COMMAND = '/vpn';
export const ASK_SHORTCUT_CALLBACK_ID = 'ask_vpn_advisor';
/** The `/vpn check` modal's callback id (the view_submission listener is registered under it). */
export const CHECK_MODAL_CALLBACK_ID = 'vpn_check';
