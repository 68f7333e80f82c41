/**
 * The store the configuration asks for: Redis when REDIS_URL is set (shared by every replica), otherwise the
 * embedded store in DATA_DIR (one process).
 */
import type { Logger } from '@slack/bolt';
import path from 'node:path';
import type { Config } from '../config';
import { openEmbeddedStore } from './embedded';
import { openRedisStore } from './redis';
import type { Store } from './store';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
/** DATA_DIR when unset, relative to the project root (git-ignored). */
const DEFAULT_DATA_DIR = './.data';

export interface CreateStoreOptions {
  logger: Pick<Logger, 'warn' | 'info' | 'debug'>;
  now?: () => number;
}

export function createStore(config: Pick<Config, 'redis' | 'dataDir'>, opts: CreateStoreOptions): Promise<Store> {
  if (config.redis) return openRedisStore({ url: config.redis.url, keyPrefix: config.redis.keyPrefix, logger: opts.logger, now: opts.now });
  const given = config.dataDir ?? DEFAULT_DATA_DIR;
  return openEmbeddedStore({ dataDir: path.resolve(PROJECT_ROOT, given), displayDir: given, logger: opts.logger, now: opts.now });
}
