/**
 * One logger for the server, Bolt, the Web API client and Socket Mode (it implements @slack/logger's
 * Logger), so that every line passes the redactor: no token or secret ever reaches a log.
 */
import type { Logger, LogLevel } from '@slack/bolt';
import type { LogLevelName } from './config';

export type LogSink = (line: string, level: LogLevelName) => void;

const REDACTED = '[redacted]';
const ORDER: Record<LogLevelName, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Shapes of Slack credentials, caught even when the value isn't one we were given. */
const SECRET_PATTERNS: RegExp[] = [
  /xox[abposre]-[A-Za-z0-9-]+/g, // bot, user, app-config, refresh tokens
  /xapp-[A-Za-z0-9-]+/g, // app-level tokens
  /v0=[a-f0-9]{64}/g, // request signatures
  /(Bearer\s+)[^\s"',]+/gi,
];

/** Replaces every known secret value and anything shaped like a Slack credential. */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  // Longest first, so a secret containing another is replaced whole. Very short values would
  // redact ordinary words, and the config refuses them anyway.
  for (const s of [...secrets].filter((x) => x.length >= 8).sort((a, b) => b.length - a.length)) {
    out = out.split(s).join(REDACTED);
  }
  for (const p of SECRET_PATTERNS)
    out = out.replace(p, (_m, bearer?: string) =>
      typeof bearer === 'string' && /^Bearer/i.test(bearer) ? `${bearer}${REDACTED}` : REDACTED,
    );
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

export interface AppLogger extends Logger {
  /** Adds values to redact (e.g. a secret learnt after the logger was made). */
  addSecrets(values: readonly string[]): void;
}

export function createLogger(opts: { level?: LogLevelName; secrets?: readonly string[]; sink?: LogSink; name?: string } = {}): AppLogger {
  let level: LogLevelName = opts.level ?? 'info';
  const name = opts.name ?? 'vpn-advisor';
  const secrets = [...(opts.secrets ?? [])];
  const sink = opts.sink ?? defaultSink;
  const write = (l: LogLevelName, args: unknown[]) => {
    if (ORDER[l] < ORDER[level]) return;
    const text = redact(args.map(formatArg).join(' '), secrets);
    sink(`${new Date().toISOString()} ${l.toUpperCase().padEnd(5)} [${name}] ${text}`, l);
  };
  return {
    debug: (...m: unknown[]) => write('debug', m),
    info: (...m: unknown[]) => write('info', m),
    warn: (...m: unknown[]) => write('warn', m),
    error: (...m: unknown[]) => write('error', m),
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
