/**
 * `npm start`: runs the server until SIGINT / SIGTERM. A configuration error prints what is missing and
 * exits 1 (checked before anything heavy loads); anything thrown later is logged and the server keeps serving.
 */
import { ConfigError, loadConfig } from './config';
import { createLogger, type AppLogger } from './log';

async function main(): Promise<void> {
  const checked = loadConfig(process.env);
  if (!checked.ok) {
    process.stderr.write(`${new ConfigError(checked.problems).message}\n`);
    process.exit(1);
  }
  // Until the server's own logger exists, redact whatever Slack credentials the environment holds.
  const envSecrets = [process.env.SLACK_SIGNING_SECRET, process.env.SLACK_BOT_TOKEN, process.env.SLACK_APP_TOKEN]
    .filter((v): v is string => !!v?.trim())
    .map((v) => v.trim());
  let logger: AppLogger = createLogger({ secrets: envSecrets });
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection:', reason));
  process.on('uncaughtException', (err) => logger.error('uncaught exception:', err));
  try {
    // One search index per process, loaded from the prebuilt file (dist/search-index.json).
    (require('../shared/search/load-node') as typeof import('../shared/search/load-node')).useSearchIndexFile();
    const { startVpnAdvisor } = require('./server-lifecycle') as typeof import('./server-lifecycle');
    const running = await startVpnAdvisor();
    logger = running.logger;
    const shutdown = (signal: string) => {
      logger.info(`${signal}: shutting down`);
      running.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGINT', () => shutdown('SIGINT'));
    process.once('SIGTERM', () => shutdown('SIGTERM'));
  } catch (e) {
    if (e instanceof ConfigError) process.stderr.write(`${e.message}\n`);
    else logger.error('vpn-advisor could not start:', e);
    process.exit(1);
  }
}

void main();
