/**
 * The Bolt App for one workspace: HTTP mode (an HTTPReceiver whose request listener the server mounts at
 * /slack/events) or Socket Mode. Bolt never calls auth.test at start, so an unreachable Slack can't stop the
 * server from starting: botId + botUserId come from the environment when given, and
 * `tokenVerificationEnabled: false` defers the call to the first request otherwise.
 */
import type { RequestListener } from 'node:http';
import { App, HTTPReceiver, SocketModeReceiver, type webApi } from '@slack/bolt';
import { junkReportFor } from './junk-log';
import { PendingWork } from './pending-work';
import { guardSlackBody } from './slack/body-guard';
import { commands as allCommands, today } from '../shared/commands/registry';
import { type BlockKitMessage, renderBlockKit } from '../shared/render/block-kit';
import { type KnowledgeBase, loadKnowledge } from '../knowledge';
import type { AnswerFn } from './answerer';
import { DEFAULT_QUESTION_LOG_RETENTION_DAYS, type SlackConfig } from './config';
import { registerListeners } from './listeners';
import type { BotDeps } from './listeners/deps';
import { type AppLogger, withoutDebug } from './log';
import { SLACK_EVENTS_PATH } from './server';
import { makeCheckDeps } from './slack/check-deps';
import { EventLedger } from './slack/event-ledger';
import { jsonAckProperties, rememberResponse } from './slack/json-ack';
import { MessageCache } from './slack/message-cache';
import { ResponseUrlBudget } from './slack/response-url';
import type { QuestionRecord } from '../shared/report/records';
import { QuestionLog } from './feedback/question-log';
import { feedbackButtons } from './slack/feedback-buttons';
import { shareButtons } from './slack/share-button';
import { safeRetryOptions, webClientOptions, type WebApiTuning } from './slack/web-api';
import type { Store } from './store/store';

export type SlackOn = Exclude<SlackConfig, { mode: 'off' }>;

export interface SlackAppOptions {
  logger: AppLogger;
  answer: AnswerFn;
  siteBase: () => string;
  /** Shared state: which events were answered, response_url uses. */
  store: Store;
  /** Clock for the response_url budget. Default: Date.now. */
  now?: () => number;
  webApi?: WebApiTuning & { responseUrlTimeoutMs?: number };
  /** Largest request body read before refusing it (413). Default: 64 KiB. */
  bodyLimitBytes?: number;
  /** Wraps the Web API client's fetch (the metrics count calls through it). */
  wrapSlackFetch?: (base: webApi.FetchFunction) => webApi.FetchFunction;
  /** The model `/vpn check` reads (default: the project's), and its date when none is given (default: today). */
  check?: { kb?: KnowledgeBase; asOf?: string };
  /** Where uncovered questions, usage errors and feedback go. Default: a log in `store` with the default retention. */
  questions?: QuestionLog;
  /** ADMIN_USER_IDS. Default: none. */
  adminUserIds?: readonly string[];
  /** How long an answered event's id is remembered. Default: the ledger's (1 hour); the soak shortens it. */
  eventLedgerTtlMs?: number;
}

export interface SlackApp {
  app: App;
  mode: SlackOn['mode'];
  /** HTTP mode: mount this at /slack/events. */
  requestListener?: RequestListener;
  /** Socket Mode: closes the connection, waiting (at most 2 s) for the close handshake. */
  disconnect?: () => Promise<void>;
  deps: BotDeps;
  /** Listener work since its acknowledgement; stop() waits for it. */
  pending: PendingWork;
}

/** With extendedErrorHandler: true (the last overload of App#error; Bolt doesn't export the type). */
type ExtendedErrorHandler = Parameters<App['error']>[0];

/**
 * Slack's payloads are a few KB; the largest are interactive ones, which carry the message they were used on.
 * A message shortcut on a full Block Kit message (50 blocks, 12,000 characters of text, the most Slack takes)
 * plus its 12,000-character text measures 33 KB form-encoded (test/bot/unauthenticated.test.ts). The bot acts
 * on at most 500 characters of it (policy.maxQueryLength). 64 KiB keeps that with room for non-Latin text,
 * and bounds what a request can hold before its signature is checked to 64 KiB × the connection cap.
 */
const DEFAULT_BODY_LIMIT = 64 * 1024;

export function createSlackApp(slack: SlackOn, opts: SlackAppOptions): SlackApp {
  const { logger } = opts;
  const now = opts.now ?? Date.now;
  const common = {
    token: slack.botToken,
    botId: slack.botId,
    botUserId: slack.botUserId,
    tokenVerificationEnabled: false,
    logger,
    // Bolt resets the logger's level to this (default INFO) unless they match.
    logLevel: logger.getLevel(),
    // Bolt's conversation store is unused here; it costs a lookup per request.
    convoStore: false,
    extendedErrorHandler: true,
  } as const;
  const baseOptions = webClientOptions(slack.apiUrl, opts.webApi);
  const clientOptions =
    opts.wrapSlackFetch && baseOptions.fetch ? { ...baseOptions, fetch: opts.wrapSlackFetch(baseOptions.fetch) } : baseOptions;

  let app: App;
  let requestListener: RequestListener | undefined;
  let disconnect: (() => Promise<void>) | undefined;
  if (slack.mode === 'http') {
    const receiver = new HTTPReceiver({
      signingSecret: slack.signingSecret,
      endpoints: SLACK_EVENTS_PATH,
      logger,
      bodyLimit: opts.bodyLimitBytes ?? DEFAULT_BODY_LIMIT,
      // guardSlackBody (below) checks every request's signature before Bolt sees it; a second HMAC was
      // a seventh of the server's CPU per slash command in the bench.
      signatureVerification: false,
      customPropertiesExtractor: jsonAckProperties,
    });
    app = new App({ ...common, clientOptions, receiver });
    const boltListener = receiver.requestListener;
    const listener: RequestListener = (req, res) => {
      rememberResponse(req, res);
      boltListener(req, res);
    };
    requestListener = guardSlackBody(listener, {
      signingSecret: slack.signingSecret,
      bodyLimit: opts.bodyLimitBytes ?? DEFAULT_BODY_LIMIT,
      logger,
      junk: junkReportFor(logger),
    });
  } else {
    // Our own receiver, to reach its client on stop: Bolt's stop() doesn't wait for the close handshake,
    // and socket-mode then leaves a 30 s timer behind.
    const receiver = new SocketModeReceiver({
      appToken: slack.appToken,
      // The socket client's debug lines quote every payload it receives, a pasted `check` input included.
      logger: withoutDebug(logger),
      logLevel: logger.getLevel(),
      installerOptions: { clientOptions },
    });
    app = new App({ ...common, clientOptions, receiver, socketMode: true });
    disconnect = () => Promise.race([receiver.client.disconnect(), new Promise<void>((r) => setTimeout(r, 2000).unref())]);
  }

  const pending = new PendingWork();
  pending.trackEvents(app);

  const questions = opts.questions ?? new QuestionLog(opts.store, { retentionDays: DEFAULT_QUESTION_LOG_RETENTION_DAYS, logger });
  // A kept message is shared by every later reply: frozen, so nothing can change one reply's message for all.
  const cache = new MessageCache<{ message: BlockKitMessage; record?: QuestionRecord }>(undefined, (kept) => Object.freeze(kept.message));
  const retry = safeRetryOptions(opts.webApi);
  const deps: BotDeps = {
    // Today's date is in the key: an answer without a date is "as of today", and today changes.
    render: ({ text, asOf, share = false, sharedBy = '' }) => {
      const { message, record } = cache.getOrCreate(JSON.stringify([today(), asOf ?? '', opts.siteBase(), share, sharedBy, text]), () => {
        const a = opts.answer(text, asOf);
        const actions = (x: typeof a) => [...(share ? shareButtons(x) : []), ...feedbackButtons(x)];
        return { message: renderBlockKit(a, { actions, sharedBy: sharedBy || undefined }), record: QuestionLog.recordFor(a, 'slack') };
      });
      // Every time it is asked, cached or not; a shared answer was already logged when it was first asked.
      if (record && !sharedBy) questions.noteRecord(record);
      return message;
    },
    siteBase: opts.siteBase,
    commands: allCommands,
    store: opts.store,
    ledger: new EventLedger({ store: opts.store, logger, ttlMs: opts.eventLedgerTtlMs }),
    responseUrls: new ResponseUrlBudget(opts.store, now),
    logger,
    responseUrlTimeoutMs: opts.webApi?.responseUrlTimeoutMs ?? opts.webApi?.timeoutMs ?? 5000,
    maxRetryAfterSeconds: retry.maxRetryAfterSeconds,
    slackRetry: retry,
    check: makeCheckDeps({
      kb: opts.check?.kb ?? loadKnowledge(),
      asOf: opts.check?.asOf,
      token: slack.botToken,
      clientOptions,
      logger,
    }),
    answer: opts.answer,
    questions,
    adminUserIds: opts.adminUserIds ?? [],
  };
  registerListeners(app, deps);

  // The global net: a listener that throws is logged, and the process keeps serving.
  const onError: ExtendedErrorHandler = async ({ error, body }) => {
    const b = body as { type?: string; command?: string; event?: { type?: string }; event_id?: string } | undefined;
    const what = b?.command ?? b?.event?.type ?? b?.type ?? 'request';
    logger.error(`Slack listener for ${what}${b?.event_id ? ` (${b.event_id})` : ''} failed:`, error);
  };
  app.error(onError);

  return { app, mode: slack.mode, requestListener, disconnect, deps, pending };
}
