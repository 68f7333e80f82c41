/**
 * `npm start`: runs the server until SIGINT / SIGTERM. A configuration error prints what is missing and
 * exits 1 (checked before anything heavy loads); anything thrown later is logged and the server keeps serving.
 * The first signal stops gracefully (requests and acknowledged Slack work finish, bounded; then exit 0);
 * a second one exits at once (1).
 */
import { ConfigError, loadConfig, secretsOf } from './config';
import { createLogger, type AppLogger } from './log';

/** Signals closer together than this are one request to stop. */
const REPEATED_SIGNAL_WINDOW_MS = 1000;
const USER_FIXABLE_START_ERRORS = new Set(['ListenError', 'DataDirLockedError']);

async function main(): Promise<void> {
  const checked = loadConfig(process.env);
  if (!checked.ok) {
    process.stderr.write(`${new ConfigError(checked.problems).message}\n`);
    process.exit(1);
  }
  const { config } = checked;
  // Until the server's own logger exists, this one redacts the same credentials.
  let logger: AppLogger = createLogger({ level: config.logLevel, secrets: secretsOf(config), format: config.logFormat });
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection:', reason));
  process.on('uncaughtException', (err) => logger.error('uncaught exception:', err));
  try {
    const { startVpnAdvisor } = require('./server-lifecycle') as typeof import('./server-lifecycle');
    const running = await startVpnAdvisor({ config });
    logger = running.logger;
    let stoppingSince: number | undefined;
    const shutdown = (signal: string) => {
      if (stoppingSince !== undefined) {
        // Ctrl-C under `npm start` reaches us twice at once (from the terminal and forwarded by npm):
        // only a signal sent later is someone asking not to wait.
        if (Date.now() - stoppingSince < REPEATED_SIGNAL_WINDOW_MS) return;
        logger.warn(`${signal} again: exiting without waiting.`);
        process.exit(1);
      }
      stoppingSince = Date.now();
      logger.info(`${signal}: shutting down (finishing requests and Slack replies in progress)`);
      running.stop().then(
        () => process.exit(0),
        (e: unknown) => {
          logger.error('shutdown failed:', e);
          process.exit(1);
        },
      );
    };
    process.on('SIGINT', () => shutdown('SIGINT'));
    process.on('SIGTERM', () => shutdown('SIGTERM'));
  } catch (e) {
    // A port in use (or not allowed), a DATA_DIR another process holds: the user's to fix, one line saying
    // how, no stack trace.
    if (e instanceof Error && USER_FIXABLE_START_ERRORS.has(e.name)) logger.error(e.message);
    else logger.error('vpn-advisor could not start:', e);
    process.exit(1);
  }
}

void main();
