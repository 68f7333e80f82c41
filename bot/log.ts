/**
 * One logger for the server, Bolt, the Web API client and Socket Mode (it implements @slack/logger's
 * Logger), so that every line passes the redactor: no token or secret ever reaches a log.
 *
 * Lines are JSON (one object a line, for log collectors) or text (for a person at a terminal); either
 * way a line written while an HTTP request is handled carries that request's id, found through
 * AsyncLocalStorage so that Bolt's own logs (which know nothing of our requests) carry it too.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger, LogLevel } from '@slack/bolt';
import type { LogLevelName } from './config';

export type LogSink = (line: string, level: LogLevelName) => void;
export type LogFormat = 'json' | 'text';
/** Structured values beside the message (an access log line's method, route, status…). */
type LogFields = Record<string, string | number | boolean | undefined>;

const REDACTED = '[redacted]';
const ORDER: Record<LogLevelName, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Shapes of credentials, caught even when the value isn't one we were given: [shape, replacement]. */
const SECRET_PATTERNS: Array<[RegExp, string]> = [
  [/xox[abposre]-[A-Za-z0-9-]+/g, REDACTED], // bot, user, app-config, refresh tokens
  [/xapp-[A-Za-z0-9-]+/g, REDACTED], // app-level tokens
  [/v0=[a-f0-9]{64}/g, REDACTED], // request signatures
  [/(Bearer\s+)[^\s"',]+/gi, `$1${REDACTED}`],
  // The password in a URL (redis://:password@host, https://user:password@host), e.g. in a connection error.
  [/([a-z][a-z0-9+.-]*:\/\/[^\s:@/]*:)[^\s@/]+@/gi, `$1${REDACTED}@`],
];

/** Replaces every known secret value and anything shaped like a credential. */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  // Longest first, so a secret containing another is replaced whole. Very short values would
  // redact ordinary words, and the config refuses them anyway.
  for (const s of [...secrets].filter((x) => x.length >= 8).sort((a, b) => b.length - a.length)) {
    out = out.split(s).join(REDACTED);
  }
  for (const [shape, replacement] of SECRET_PATTERNS) out = out.replace(shape, replacement);
  return out;
}

function formatArg(a: unknown): string {
  if (typeof a === 'string') return a;
  if (a instanceof Error) {
    const code = (a as { code?: unknown }).code;
    return `${a.stack ?? `${a.name}: ${a.message}`}${typeof code === 'string' ? ` [${code}]` : ''}`;
  }
  try {
    return JSON.stringify(a);
  } catch {
    return String(a);
  }
}

const defaultSink: LogSink = (line, level) => {
  (level === 'warn' || level === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
};

/** Text for a person at a terminal, JSON lines for anything else (a file, a pipe, a log collector). */
export function defaultLogFormat(stream: { isTTY?: boolean } = process.stdout): LogFormat {
  return stream.isTTY ? 'text' : 'json';
}

interface RequestContext {
  requestId: string;
}
const requestContext = new AsyncLocalStorage<RequestContext>();

/** Runs `fn` (and everything it starts, awaited or not) as part of the request `requestId`. */
export function runWithRequestId<T>(requestId: string, fn: () => T): T {
  return requestContext.run({ requestId }, fn);
}

/**
 * `fn`, to run later (a stream event, a timer) as part of the request being handled now. Cheaper than
 * AsyncResource.bind, which on Node 20 builds a deprecation wrapper on every call.
 */
export function bindToCurrentRequest<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const store = requestContext.getStore();
  return store ? (...args) => requestContext.run(store, fn, ...args) : fn;
}

/** The id of the request being handled, if any. */
export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}

export interface AppLogger extends Logger {
  /** Adds values to redact (e.g. a secret learnt after the logger was made). */
  addSecrets(values: readonly string[]): void;
  /** A line with structured fields: JSON keys in JSON lines, `key=value` after the message in text. */
  fields(level: LogLevelName, msg: string, fields: LogFields): void;
}

export interface LoggerOptions {
  level?: LogLevelName;
  secrets?: readonly string[];
  sink?: LogSink;
  name?: string;
  /** Default: text for a given sink (tests read it), else defaultLogFormat() of stdout. */
  format?: LogFormat;
}

function textFields(fields: LogFields): string {
  let out = '';
  for (const [k, v] of Object.entries(fields))
    if (v !== undefined) out += ` ${k}=${typeof v === 'string' && /[\s"=]/.test(v) ? JSON.stringify(v) : v}`;
  return out;
}

export function createLogger(opts: LoggerOptions = {}): AppLogger {
  let level: LogLevelName = opts.level ?? 'info';
  const name = opts.name ?? 'vpn-advisor';
  const secrets = [...(opts.secrets ?? [])];
  const sink = opts.sink ?? defaultSink;
  const format = opts.format ?? (opts.sink ? 'text' : defaultLogFormat());
  const write = (l: LogLevelName, msg: string, fields: LogFields = {}) => {
    if (ORDER[l] < ORDER[level]) return;
    const time = new Date().toISOString();
    const requestId = currentRequestId();
    if (format === 'json') {
      // Every string passes the redactor: field values may come from a request (a path, an id).
      const line: Record<string, unknown> = { time, level: l, msg: redact(msg, secrets), name };
      if (requestId !== undefined) line.requestId = redact(requestId, secrets);
      for (const [k, v] of Object.entries(fields)) if (v !== undefined) line[k] = typeof v === 'string' ? redact(v, secrets) : v;
      sink(JSON.stringify(line), l);
    } else {
      const id = requestId !== undefined ? ` (${requestId})` : '';
      sink(redact(`${time} ${l.toUpperCase().padEnd(5)} [${name}]${id} ${msg}${textFields(fields)}`, secrets), l);
    }
  };
  // The level first: Bolt logs at debug on every request (the acknowledgement's whole body among it),
  // and formatting lines nobody keeps was a measurable part of answering a slash command.
  const args =
    (l: LogLevelName) =>
    (...m: unknown[]) => {
      if (ORDER[l] >= ORDER[level]) write(l, m.map(formatArg).join(' '));
    };
  return {
    debug: args('debug'),
    info: args('info'),
    warn: args('warn'),
    error: args('error'),
    fields: (l, msg, fields) => write(l, msg, fields),
    setLevel: (l: LogLevel) => {
      level = l as LogLevelName;
    },
    getLevel: () => level as LogLevel,
    // Every Web API client and Socket Mode client renames the logger it is given; one shared name reads better.
    setName: () => undefined,
    addSecrets: (values) => {
      secrets.push(...values);
    },
  };
}

/** Log lines kept in memory (tests read them; nothing is printed). */
export function memorySink(): { sink: LogSink; lines: string[] } {
  const lines: string[] = [];
  return { sink: (line) => lines.push(line), lines };
}

/**
 * A logger that passes everything but debug lines on to `logger`, for Slack clients whose debug lines quote
 * whole payloads (a pasted gateway configuration holds tenant ids, addresses and certificates).
 */
export function withoutDebug(logger: Logger): Logger {
  return {
    debug: () => undefined,
    info: (...m) => logger.info(...m),
    warn: (...m) => logger.warn(...m),
    error: (...m) => logger.error(...m),
    setLevel: () => undefined,
    getLevel: () => logger.getLevel(),
    setName: () => undefined,
  };
}
