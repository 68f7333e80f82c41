import type { Logger } from '@slack/bolt';
import type { CommandSpec } from '../../shared/commands/command-spec';
import type { BlockKitMessage } from '../../shared/render/block-kit';
import type { EventLedger } from '../slack/event-ledger';
import type { ResponseUrlBudget } from '../slack/response-url';

/** What every listener needs; built once in create-app.ts, replaced piece by piece in tests. */
/** What to render: the command text, an evaluation date (default: the answerer's), Share button, who shared. */
interface RenderRequest {
  text: string;
  asOf?: string;
  share?: boolean;
  sharedBy?: string;
}

export interface BotDeps {
  /** The engine's answer + renderBlockKit, cached; throws what the engine throws. */
  render: (req: RenderRequest) => BlockKitMessage;
  /** The docs site's base URL (known once the server listens). */
  siteBase: () => string;
  commands: readonly CommandSpec[];
  ledger: EventLedger;
  responseUrls: ResponseUrlBudget;
  logger: Logger;
  /** Timeout for posts to a response_url. */
  responseUrlTimeoutMs: number;
  /** Longest Slack Retry-After a reply waits out. */
  maxRetryAfterSeconds: number;
}

/** The slash command and the message shortcut's callback id, as declared in manifest.json. */
export const SLASH_COMMAND = '/vpn';
export const ASK_SHORTCUT_CALLBACK_ID = 'ask_vpn_advisor';
