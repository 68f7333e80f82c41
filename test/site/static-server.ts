/**
 * The built site as production serves it: the real server (startVpnAdvisor, Slack off) on 127.0.0.1 and a
 * random port, so the browser tests get its paths, precompressed files, cache headers and CSP.
 */
import { memorySink } from '../../bot/log';
import { startVpnAdvisor } from '../../bot/server-lifecycle';
import { freshDataDir } from '../support/data-dir';

export async function serveBuild(root: string): Promise<{ url: string; logs: string[]; close: () => Promise<void> }> {
  const { sink, lines } = memorySink();
  // Only what the test sets: no SLACK_* (Slack off), no SITE_URL (links name the bound port).
  const advisor = await startVpnAdvisor({ env: { PORT: '0', HOST: '127.0.0.1', DATA_DIR: freshDataDir() }, siteDir: root, sink });
  return { url: advisor.url, logs: lines, close: () => advisor.stop() };
}
