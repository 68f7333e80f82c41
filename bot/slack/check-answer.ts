/**
 * A check answered in Slack: runCheck on what the person gave, rendered with renderBlockKit, and posted
 * only to them (chat.postEphemeral, else the response_url they came with), with a Share button whose copy
 * waits in the store (check-share.ts). Used by the modal's submission and the message shortcut.
 *
 * Privacy: the answer goes only through the check client (no debug lines); log lines name the person,
 * the channel, rule ids and error codes, never the input or the findings.
 */
import type { Logger } from '@slack/bolt';
import type { Answer } from '../../shared/answer/answer';
import type { CheckContext } from '../../shared/check/options';
import type { InputFile } from '../../shared/check/input';
import { runCheck } from '../../shared/check/run';
import { renderBlockKit, type BlockKitMessage } from '../../shared/render/block-kit';
import { apologyMessage } from '../answerer';
import type { Store } from '../store/store';
import type { CheckDeps } from './check-deps';
import { keepForSharing } from './check-share';
import { type EphemeralTarget, replyEphemerally } from './ephemeral-reply';
import { checkShareButtons } from './share-button';
import type { SafeRetryOptions } from './web-api';

export interface CheckReplyDeps {
  check: CheckDeps;
  store: Store;
  siteBase: () => string;
  logger: Logger;
  slackRetry: SafeRetryOptions;
  responseUrlTimeoutMs: number;
}

/** Who asked, and where the answer goes. */
export type CheckAsker = EphemeralTarget;

/** runCheck with the bot's model, site and default date. */
function checkFor(deps: Pick<CheckReplyDeps, 'check' | 'siteBase'>, files: readonly InputFile[], context: CheckContext): Answer {
  return runCheck(files, {
    kb: deps.check.kb,
    base: deps.siteBase(),
    ...(deps.check.asOf ? { asOf: deps.check.asOf } : {}),
    ...context,
  });
}

/** Rule ids or the error code: all of an answer that a log line may hold. */
export function checkOutcome(a: Answer): string {
  if (a.kind === 'usage_error') return `usage error ${a.error.code}`;
  const codes = [...new Set(a.findings.map((f) => f.code))];
  return codes.length ? `findings ${codes.join(', ')}` : 'no findings';
}

/** The message for the asker: with a Share button when its copy for the channel could be stored. */
async function messageFor(deps: CheckReplyDeps, answer: Answer, asker: CheckAsker): Promise<BlockKitMessage> {
  // Nothing to share in "that isn't a gateway's JSON".
  if (answer.kind === 'usage_error') return renderBlockKit(answer);
  try {
    const id = await keepForSharing(deps.store, {
      owner: asker.user,
      channel: asker.channel,
      message: renderBlockKit(answer, { sharedBy: asker.user }),
    });
    return renderBlockKit(answer, { actions: checkShareButtons(id) });
  } catch (e) {
    deps.logger.warn(`${asker.where}: could not keep the findings for sharing; answering without a Share button:`, e);
    return renderBlockKit(answer);
  }
}

/** Posts `message` to the asker alone. */
function postToAsker(deps: CheckReplyDeps, asker: CheckAsker, message: BlockKitMessage): Promise<void> {
  return replyEphemerally(deps.check.client, deps, asker, message);
}

/** Answers an already computed check (or the apology when `answer` is an Error) to the asker alone. */
export async function replyWithCheck(deps: CheckReplyDeps, asker: CheckAsker, answer: Answer | Error): Promise<void> {
  if (answer instanceof Error) {
    deps.logger.error(`${asker.where}: checking failed:`, answer);
    return postToAsker(deps, asker, apologyMessage(deps.siteBase(), 'checking that configuration'));
  }
  deps.logger.info(`${asker.where}: ${checkOutcome(answer)}`);
  let message: BlockKitMessage;
  try {
    message = await messageFor(deps, answer, asker);
  } catch (e) {
    deps.logger.error(`${asker.where}: rendering the check failed:`, e);
    message = apologyMessage(deps.siteBase(), 'checking that configuration');
  }
  return postToAsker(deps, asker, message);
}

/** runCheck, with an engine failure as the Error replyWithCheck apologises for. */
export function tryCheck(
  deps: Pick<CheckReplyDeps, 'check' | 'siteBase'>,
  files: readonly InputFile[],
  context: CheckContext,
): Answer | Error {
  try {
    return checkFor(deps, files, context);
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}
