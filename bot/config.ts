/**
 * The server's configuration, read from the environment once at start and validated with zod.
 *
 * How Slack connects is decided only by which variables are set, so no separate mode switch can contradict them:
 * - none of SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN, SLACK_APP_TOKEN → Slack off (site + /api/ask only);
 * - SLACK_SIGNING_SECRET + SLACK_BOT_TOKEN → HTTP mode, Slack posts to /slack/events;
 * - SLACK_APP_TOKEN + SLACK_BOT_TOKEN → Socket Mode (no public URL needed);
 * - anything else → a ConfigError naming what is missing; main exits non-zero.
 * Problems never quote a variable's value: values are secrets.
 */
import * as z from 'zod';
import { DEFAULT_PORT, siteBase } from '../shared/site-urls';

export type LogLevelName = 'debug' | 'info' | 'warn' | 'error';

interface SlackCommon {
  botToken: string;
  /** SLACK_BOT_ID + SLACK_BOT_USER_ID: with both, Bolt never calls auth.test, a Web API round trip before the first answer. */
  botId?: string;
  botUserId?: string;
  /** SLACK_API_URL: Web API base (ends with /), for stand-ins; default Slack's. */
  apiUrl?: string;
}
export type SlackConfig =
  | { mode: 'off' }
  | ({ mode: 'http'; signingSecret: string } & SlackCommon)
  | ({ mode: 'socket'; appToken: string } & SlackCommon);

export interface Config {
  port: number;
  /** HOST: interface to bind; default all interfaces. */
  host?: string;
  /** SITE_URL as given; undefined means http://localhost:<bound port>. */
  siteUrl?: string;
  logLevel: LogLevelName;
  /** LOG_FORMAT: json or text; undefined = text on a terminal, JSON lines otherwise. */
  logFormat?: 'json' | 'text';
  /**
   * TRUST_PROXY: how many proxies in front of the server append to X-Forwarded-For; undefined = 0, the
   * socket's address is the client's and X-Forwarded-For is ignored (anyone can send it).
   */
  trustProxyHops?: number;
  /** API_RATE_PER_MINUTE (0 = no limit) and API_RATE_BURST, per client address on /api/*; undefined = the defaults in http/rate-limit.ts. */
  apiRateLimit?: { perMinute?: number; burst?: number };
  slack: SlackConfig;
  /** REDIS_URL (+ REDIS_KEY_PREFIX): state shared by every replica. Unset: the embedded store. */
  redis?: { url: string; keyPrefix: string };
  /** DATA_DIR as given: the embedded store's directory (relative to the project root). Unset: ./.data. */
  dataDir?: string;
  feedback: FeedbackConfig;
}

interface FeedbackConfig {
  /** ADMIN_USER_IDS: Slack users who see the maintainers' report on the App Home. */
  adminUserIds: string[];
  /** QUESTION_LOG_RETENTION_DAYS: records older than this are deleted. */
  retentionDays: number;
  /**
   * FEEDBACK_HASH_KEY, else the Slack signing secret (or app token): the key of the hash that counts distinct
   * people without storing their ids. Undefined when neither is set (Slack off: no user ids to hash).
   */
  hashKey?: string;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/** The variables that turn Slack on, for the "Slack is off" log line and errors. */
export const SLACK_HOWTO =
  'set SLACK_SIGNING_SECRET + SLACK_BOT_TOKEN (HTTP mode, events at /slack/events) or SLACK_APP_TOKEN + SLACK_BOT_TOKEN (Socket Mode)';

/** An unset and an empty variable mean the same; surrounding whitespace (a pasted token) is dropped. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v), schema.optional());

const httpUrl = z.string().refine(
  (s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      return false;
    }
  },
  { error: 'must be an http(s) URL' },
);

/** Sanity bounds, so that a typo (an extra digit, a port number) is refused rather than obeyed. */
const MAX_PROXY_HOPS = 10;
const MAX_API_RATE = 100_000;
/** Ten years: anything longer is a typo, and keeping questions that long would need a reason the README can't give. */
const MAX_RETENTION_DAYS = 3650;
/** Product policy: how long the question log keeps a record (README "What is stored"). */
export const DEFAULT_QUESTION_LOG_RETENTION_DAYS = 90;

const wholeNumber = (max: number, what: string) =>
  z
    .string()
    .regex(/^\d{1,6}$/, { error: `must be a whole number of ${what}` })
    .transform(Number)
    .refine((n) => n <= max, { error: `must be at most ${max}` });

const redisUrl = z.string().refine(
  (s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'redis:' || u.protocol === 'rediss:') && u.hostname !== '';
    } catch {
      return false;
    }
  },
  { error: 'must be a redis:// or rediss:// URL with a host (user and password in the URL, e.g. rediss://:password@host:6380)' },
);

/** Keys of several deployments can share one Redis; each keeps to its prefix. */
const DEFAULT_REDIS_KEY_PREFIX = 'vpn-advisor:';

const EnvSchema = z.object({
  SLACK_SIGNING_SECRET: optional(z.string().min(8, { error: 'looks too short for a signing secret' })),
  SLACK_BOT_TOKEN: optional(z.string().regex(/^xoxb-/, { error: 'must be a bot token (starts with xoxb-)' })),
  SLACK_APP_TOKEN: optional(z.string().regex(/^xapp-/, { error: 'must be an app-level token (starts with xapp-)' })),
  SLACK_BOT_ID: optional(z.string().regex(/^B[A-Z0-9]+$/, { error: 'must be a bot id (B…)' })),
  SLACK_BOT_USER_ID: optional(z.string().regex(/^[UW][A-Z0-9]+$/, { error: 'must be a user id (U… or W…)' })),
  SLACK_API_URL: optional(httpUrl),
  PORT: optional(
    z
      .string()
      .regex(/^\d{1,5}$/, { error: 'must be a port number' })
      .refine((s) => Number(s) <= 65535, { error: 'must be at most 65535' }),
  ),
  HOST: optional(z.string()),
  SITE_URL: optional(httpUrl),
  LOG_LEVEL: optional(z.enum(['debug', 'info', 'warn', 'error'], { error: 'must be debug, info, warn or error' })),
  LOG_FORMAT: optional(z.enum(['json', 'text'], { error: 'must be json or text' })),
  TRUST_PROXY: optional(wholeNumber(MAX_PROXY_HOPS, 'proxy hops')),
  API_RATE_PER_MINUTE: optional(wholeNumber(MAX_API_RATE, 'requests a minute')),
  API_RATE_BURST: optional(wholeNumber(MAX_API_RATE, 'requests').refine((n) => n >= 1, { error: 'must be at least 1' })),

  REDIS_URL: optional(redisUrl),
  REDIS_KEY_PREFIX: optional(
    z
      .string()
      .max(100, { error: 'must be at most 100 characters' })
      .regex(/^[^\s]+$/, { error: 'must not contain spaces' }),
  ),
  DATA_DIR: optional(z.string()),
  ADMIN_USER_IDS: optional(
    z
      .string()
      .transform((s) => s.split(/[\s,]+/).filter(Boolean))
      .refine((ids) => ids.every((id) => /^[UW][A-Z0-9]+$/.test(id)), { error: 'must be Slack user ids (U… or W…) separated by commas' }),
  ),
  QUESTION_LOG_RETENTION_DAYS: optional(wholeNumber(MAX_RETENTION_DAYS, 'days').refine((n) => n >= 1, { error: 'must be at least 1' })),
  FEEDBACK_HASH_KEY: optional(z.string().min(16, { error: 'must be at least 16 characters' })),
});

function slackMode(env: z.infer<typeof EnvSchema>): { slack: SlackConfig } | { problems: string[] } {
  const secret = env.SLACK_SIGNING_SECRET;
  const bot = env.SLACK_BOT_TOKEN;
  const app = env.SLACK_APP_TOKEN;
  if (!secret && !bot && !app) return { slack: { mode: 'off' } };

  const problems: string[] = [];
  if (!bot) {
    const which = app ? 'SLACK_APP_TOKEN is set (Socket Mode)' : 'SLACK_SIGNING_SECRET is set (HTTP mode)';
    problems.push(`SLACK_BOT_TOKEN is missing: ${which}, and both modes also need the bot token (xoxb-…).`);
  } else if (!secret && !app) {
    problems.push('SLACK_BOT_TOKEN is set, but SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode) is missing.');
  }
  if (Boolean(env.SLACK_BOT_ID) !== Boolean(env.SLACK_BOT_USER_ID)) {
    problems.push(
      env.SLACK_BOT_ID
        ? 'SLACK_BOT_USER_ID is missing: give it with SLACK_BOT_ID, or neither.'
        : 'SLACK_BOT_ID is missing: give it with SLACK_BOT_USER_ID, or neither.',
    );
  }
  if (problems.length || !bot) return { problems };

  const common: SlackCommon = {
    botToken: bot,
    botId: env.SLACK_BOT_ID,
    botUserId: env.SLACK_BOT_USER_ID,
    apiUrl: env.SLACK_API_URL ? env.SLACK_API_URL.replace(/\/*$/, '/') : undefined,
  };
  // Socket Mode wins when both are given: it needs no public URL, and the signing secret is then unused.
  return { slack: app ? { mode: 'socket', appToken: app, ...common } : { mode: 'http', signingSecret: secret!, ...common } };
}

export function loadConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    // Path + message only: zod's issue never carries the input here, and we don't add it.
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`) };
  }
  const v = parsed.data;
  const mode = slackMode(v);
  if ('problems' in mode) return { ok: false, problems: mode.problems };
  return {
    ok: true,
    config: {
      port: v.PORT === undefined ? DEFAULT_PORT : Number(v.PORT),
      host: v.HOST,
      siteUrl: v.SITE_URL ? siteBase({ SITE_URL: v.SITE_URL }) : undefined,
      logLevel: v.LOG_LEVEL ?? 'info',
      logFormat: v.LOG_FORMAT,
      trustProxyHops: v.TRUST_PROXY,
      apiRateLimit:
        v.API_RATE_PER_MINUTE === undefined && v.API_RATE_BURST === undefined
          ? undefined
          : { perMinute: v.API_RATE_PER_MINUTE, burst: v.API_RATE_BURST },
      slack: mode.slack,
      redis: v.REDIS_URL ? { url: v.REDIS_URL, keyPrefix: v.REDIS_KEY_PREFIX ?? DEFAULT_REDIS_KEY_PREFIX } : undefined,
      dataDir: v.DATA_DIR,
      feedback: {
        adminUserIds: v.ADMIN_USER_IDS ?? [],
        retentionDays: v.QUESTION_LOG_RETENTION_DAYS ?? DEFAULT_QUESTION_LOG_RETENTION_DAYS,
        hashKey: v.FEEDBACK_HASH_KEY ?? v.SLACK_SIGNING_SECRET ?? v.SLACK_APP_TOKEN,
      },
    },
  };
}

/** The secret values of a configuration, for the log redactor. */
export function secretsOf(config: Config): string[] {
  const s = config.slack;
  const slack = s.mode === 'off' ? [] : s.mode === 'http' ? [s.botToken, s.signingSecret] : [s.botToken, s.appToken];
  // The hash key is usually the signing secret itself: each secret once.
  return [...new Set([...slack, ...redisSecrets(config.redis?.url), ...(config.feedback.hashKey ? [config.feedback.hashKey] : [])])];
}

/** With credentials in it, the whole URL and its password (as written and decoded): any may end up in an error message. */
function redisSecrets(url: string | undefined): string[] {
  if (!url) return [];
  const { username, password } = new URL(url);
  if (!username && !password) return [];
  let decoded = password;
  try {
    decoded = decodeURIComponent(password);
  } catch {
    // Not percent-encoded: as written.
  }
  return [...new Set([url, password, decoded])].filter(Boolean);
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `vpn-advisor: invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nValid Slack settings: nothing (Slack off), or ${SLACK_HOWTO}.`,
    );
    this.name = 'ConfigError';
  }
}
