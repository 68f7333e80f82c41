/**
 * vpn-advisor's server: config → logger → knowledge → (Slack app) → one HTTP server on PORT.
 * With no Slack configuration it serves the site and /api/ask and says how to turn Slack on; with Socket
 * Mode it connects in the background, so an unreachable Slack never holds up (or takes down) the server.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { loadKnowledge, type KnowledgeBase } from '../knowledge';
import { fileSearchIndex } from '../shared/search/load-node';
import { buildHealth } from './build-info';
import { makeAnswerer, observeAnswers, type AnswerFn } from './answerer';
import { ConfigError, loadConfig, secretsOf, SLACK_HOWTO, type Config } from './config';
import { DEFAULT_PORT } from '../shared/site-urls';
import type { SlackApp, SlackAppOptions } from './create-app';
import { knowledgeFingerprint, type HealthOptions } from './http/health';
import { createMetrics, type ServerMetrics } from './http/metrics';
import { createLogger, type AppLogger, type LogSink } from './log';
import { junkReportFor } from './junk-log';
import { createHttpServer, SLACK_EVENTS_PATH, type ServerOptions } from './server';
import { describeSlackError } from './slack/web-api';
import { QuestionLog } from './feedback/question-log';
import { createStore } from './store/create-store';
import type { Store } from './store/store';

const DEFAULT_SITE_DIR = path.resolve(__dirname, '..', 'site', 'build');

export interface StartOptions {
  /** An already validated configuration (main checks it before anything heavy loads). Default: read from `env`. */
  config?: Config;
  /** Read and validated when no `config` is given. Default: process.env. */
  env?: Record<string, string | undefined>;
  /** Where log lines go. Default: stdout / stderr. */
  sink?: LogSink;
  /** The built docs site. Default: site/build. */
  siteDir?: string;
  kb?: KnowledgeBase;
  /** The engine; tests pass one that fails. Default: runCommand over `kb`. */
  answer?: AnswerFn;
  now?: () => number;
  /** Evaluation date when a request names none. Default: today (tests pin it). */
  asOf?: string;
  webApi?: SlackAppOptions['webApi'];
  eventLedgerTtlMs?: SlackAppOptions['eventLedgerTtlMs'];
  /** Socket Mode reconnect delays after a failed start. Default: 5 s doubling to 5 min. */
  socketRetry?: { firstDelayMs?: number; maxDelayMs?: number };
  /** The build info and readiness checks (e.g. the store) for /healthz and /readyz; the knowledge fingerprint is added here. */
  health?: Omit<HealthOptions, 'knowledge'>;
  /** HTTP timeouts and the connection cap (server.ts has the defaults); tests shorten them. */
  http?: Pick<ServerOptions, 'timeouts' | 'maxConnections'>;
  /** Longest stop() waits for requests and acknowledged listener work to finish. Default: 10 s. */
  drainTimeoutMs?: number;
}

/**
 * How long stop() lets in-flight requests and acknowledged listener work finish. Slack redelivers nothing
 * it got an acknowledgement for, so this covers a reply waiting out a Retry-After (at most 5 s) plus a
 * Web API call (at most 5 s); orchestrators give 30 s before they kill.
 */
const DRAIN_TIMEOUT_MS = 10_000;
/** How often stop() closes keep-alive connections that became idle while draining. */
const IDLE_SWEEP_EVERY_MS = 50;

export interface RunningAdvisor {
  config: Config;
  logger: AppLogger;
  server: Server;
  port: number;
  /** http://127.0.0.1:<port> (or the bound host). */
  url: string;
  slack?: SlackApp;
  /** This server's metrics. */
  metrics: ServerMetrics;
  /** Shared state (embedded or Redis, from the configuration). */
  store: Store;
  /**
   * Graceful: stops accepting connections (and Socket Mode events), lets in-flight requests and
   * acknowledged listener work finish (at most `drainTimeoutMs`), closes what is left, then runs the
   * `onStop` functions, last registered first. Calling it again returns the same promise.
   */
  stop(): Promise<void>;
  /** Registers something to close once the server has drained (e.g. a store's connection). */
  onStop(close: () => void | Promise<void>): void;
}

/** The port (or the address) can't be bound: says which, and how to choose another; no stack trace needed. */
class ListenError extends Error {
  constructor(
    readonly code: string,
    readonly port: number,
    host: string | undefined,
  ) {
    const where = `${host ? `${host}:` : 'port '}${port}`;
    super(
      code === 'EADDRINUSE'
        ? `vpn-advisor: ${where} is already in use (another vpn-advisor, or another program). Stop it, or choose another port: PORT=${port + 1} npm start (PORT=0 picks any free port).`
        : code === 'EACCES'
          ? `vpn-advisor: not allowed to listen on ${where} (ports below 1024 need privileges). Choose another port: PORT=${DEFAULT_PORT} npm start.`
          : `vpn-advisor: cannot listen on ${where} (${code}). Check HOST and PORT.`,
    );
    this.name = 'ListenError';
  }
}

function listen(server: Server, port: number, host?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const failed = (e: NodeJS.ErrnoException) =>
      reject(e.code === 'EADDRINUSE' || e.code === 'EACCES' || e.code === 'EADDRNOTAVAIL' ? new ListenError(e.code, port, host) : e);
    server.once('error', failed);
    server.listen(port, host, () => {
      server.off('error', failed);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Starts Socket Mode in the background and keeps retrying after a failure; returns how to stop it. */
function connectSocketMode(slack: SlackApp, logger: AppLogger, retry: StartOptions['socketRetry'] = {}): () => Promise<void> {
  const { app } = slack;
  const maxDelay = retry.maxDelayMs ?? 5 * 60 * 1000;
  let delay = retry.firstDelayMs ?? 5000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const attempt = async (): Promise<void> => {
    try {
      await app.start();
      if (!stopped) logger.info('Slack: Socket Mode connected.');
    } catch (e) {
      if (stopped) return;
      logger.error(
        `Slack: Socket Mode could not connect (${describeSlackError(e)}). The site and /api/ask keep serving; retrying in ${Math.round(delay / 1000)} s.`,
      );
      timer = setTimeout(() => void attempt(), delay);
      timer.unref();
      delay = Math.min(delay * 2, maxDelay);
    }
  };
  void attempt();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    try {
      await slack.disconnect?.();
    } catch (e) {
      logger.debug('Slack: Socket Mode stop:', e);
    }
  };
}

/** Only this machine reaches it: localhost, 127.x.x.x or ::1. */
function isLoopbackUrl(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127\./.test(host);
}

function validConfig(env: Record<string, string | undefined>): Config {
  const parsed = loadConfig(env);
  if (!parsed.ok) throw new ConfigError(parsed.problems);
  return parsed.config;
}

/** Throws ConfigError when it reads an invalid configuration from `env`. */
export async function startVpnAdvisor(opts: StartOptions = {}): Promise<RunningAdvisor> {
  const config = opts.config ?? validConfig(opts.env ?? process.env);
  const logger = createLogger({ level: config.logLevel, secrets: secretsOf(config), sink: opts.sink, format: config.logFormat });
  const metrics = createMetrics();

  const kb = opts.kb ?? loadKnowledge();
  let boundPort = config.port;
  const siteBase = () => config.siteUrl ?? `http://localhost:${boundPort}`;
  const answer = observeAnswers(opts.answer ?? makeAnswerer(kb, siteBase, opts.asOf, fileSearchIndex()), metrics.countAnswer);
  const siteDir = opts.siteDir ?? DEFAULT_SITE_DIR;
  const store = await createStore(config, { logger, now: opts.now });
  metrics.watchStore(store);
  const questions = new QuestionLog(store, { ...config.feedback, logger });

  // Bolt takes about a second to load: only when Slack is on.
  const slack =
    config.slack.mode === 'off'
      ? undefined
      : (require('./create-app') as typeof import('./create-app')).createSlackApp(config.slack, {
          logger,
          answer,
          siteBase,
          store,
          now: opts.now,
          webApi: opts.webApi,
          eventLedgerTtlMs: opts.eventLedgerTtlMs,
          wrapSlackFetch: (base) => metrics.countingSlackFetch(base),
          check: { kb, asOf: opts.asOf },
          questions,
          adminUserIds: config.feedback.adminUserIds,
        });
  const server = createHttpServer({
    answer: (text, asOf) => {
      const a = answer(text, asOf);
      questions.noteAnswer(a, 'api');
      return a;
    },
    feedback: { answer, questions },
    logger,
    siteDir,
    slackMode: config.slack.mode,
    slackListener: slack?.requestListener,
    metrics,
    health: {
      build: () => buildHealth(),
      ...opts.health,
      knowledge: knowledgeFingerprint(kb),
      checks: [...(opts.health?.checks ?? []), { name: 'store', check: () => store.ping() }],
    },
    check: { kb, base: siteBase, asOf: opts.asOf },
    trustProxyHops: config.trustProxyHops,
    apiRateLimit: { ...config.apiRateLimit, now: opts.now },
    ...opts.http,
  });
  try {
    boundPort = await listen(server, config.port, config.host);
  } catch (e) {
    await store.close();
    throw e;
  }
  const host = config.host && config.host !== '0.0.0.0' && config.host !== '::' ? config.host : 'localhost';
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}`;

  logger.info(`vpn-advisor listening on ${url} (site links: ${siteBase()})`);
  logger.info(
    existsSync(path.join(siteDir, 'index.html'))
      ? `Docs site: serving ${siteDir}`
      : `Docs site: not built yet (${siteDir} is missing; npm run site:build). /api/ask works.`,
  );
  logger.info(`Store: ${store.describe()}`);
  questions.startRetention();

  let stopSocket: (() => Promise<void>) | undefined;
  const s = config.slack;
  if (s.mode === 'off') {
    logger.info(`Slack is off. To turn it on, ${SLACK_HOWTO}.`);
  } else {
    if (!config.siteUrl || isLoopbackUrl(config.siteUrl)) {
      logger.warn(
        `Slack: answers link to ${siteBase()} (${config.siteUrl ? 'SITE_URL' : 'SITE_URL is not set'}), which only this machine can open: Slack users get links they can't open. Set SITE_URL to the address people reach this server at, e.g. SITE_URL=https://vpn.example.com npm start (npm start rebuilds the site for it).`,
      );
    }
    if (!s.botId || !s.botUserId) {
      logger.warn(
        'Slack: SLACK_BOT_ID and SLACK_BOT_USER_ID are not set, so Bolt calls auth.test on the first request. Set both (auth.test returns them) to skip that call.',
      );
    }
    if (s.mode === 'http') {
      logger.info(`Slack: HTTP mode. Request URL for slash commands, interactivity and events: ${siteBase()}${SLACK_EVENTS_PATH}`);
    } else {
      logger.info('Slack: Socket Mode, connecting in the background.');
      stopSocket = connectSocketMode(slack!, logger, opts.socketRetry);
    }
  }

  // The store closes last: listeners still finishing write to it.
  const closers: Array<() => void | Promise<void>> = [() => store.close(), () => questions.stop()];
  let stopping: Promise<void> | undefined;
  const stop = async (): Promise<void> => {
    const drainMs = opts.drainTimeoutMs ?? DRAIN_TIMEOUT_MS;
    const deadline = Date.now() + drainMs;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Socket Mode stops taking events too: one not yet acknowledged is redelivered by Slack elsewhere.
    await stopSocket?.();
    // Kept-alive connections would hold server.close() open: each one is closed as soon as it is idle,
    // and a request still arriving (or being answered) gets its real reply.
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_EVERY_MS);
    let timer: NodeJS.Timeout | undefined;
    const outOfTime = new Promise<'timeout'>((r) => {
      timer = setTimeout(() => r('timeout'), drainMs);
    });
    const drainedHttp = (await Promise.race([closed, outOfTime])) !== 'timeout';
    clearTimeout(timer);
    const work = slack ? await slack.pending.idle(Math.max(0, deadline - Date.now())) : { unfinished: 0 };
    clearInterval(sweep);
    if (!drainedHttp || work.unfinished > 0) {
      logger.warn(
        `Stopping after ${Math.round(drainMs / 1000)} s without finishing everything: ${drainedHttp ? 'all requests answered' : 'requests still open were cut off'}, ${work.unfinished} Slack listener(s) unfinished.`,
      );
    }
    server.closeAllConnections();
    await closed;
    for (const close of [...closers].reverse()) {
      try {
        await close();
      } catch (e) {
        logger.error('stopping:', e);
      }
    }
    junkReportFor(logger).flush();
    logger.info('vpn-advisor stopped.');
  };

  return {
    config,
    logger,
    server,
    port: boundPort,
    url,
    slack,
    metrics,
    store,
    stop() {
      stopping ??= stop();
      return stopping;
    },
    onStop(close) {
      closers.push(close);
    },
  };
}
