import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { buildReport, type Report } from '../../../shared/report/report';
import { renderHomeView } from '../../slack/home-view';
import { describeSlackError, withRateLimitRetry } from '../../slack/web-api';
import type { BotDeps } from '../deps';

/** The report for an admin; for anyone else (or when the log can't be read) none, and the tab still publishes. */
async function adminReport(deps: BotDeps, user: string, where: string): Promise<Report | undefined> {
  if (!deps.adminUserIds.includes(user)) return undefined;
  try {
    return buildReport(await deps.questions.read());
  } catch (e) {
    deps.logger.error(`${where}: the question log could not be read for the admin section:`, e);
    return undefined;
  }
}

/**
 * Publishes the Home tab whenever someone opens it (cheap, and always current). A failure is only logged:
 * the next time the tab is opened publishes it again.
 */
export function makeAppHomeOpenedCallback(deps: BotDeps) {
  return async ({ event, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs): Promise<void> => {
    if (event.tab && event.tab !== 'home') return;
    const where = `app_home_opened for ${event.user}`;
    try {
      const view = renderHomeView(deps.commands, deps.siteBase(), await adminReport(deps, event.user, where));
      await withRateLimitRetry(() => client.views.publish({ user_id: event.user, view }), {
        ...deps.slackRetry,
        onRetry: (why) => deps.logger.debug(`${where}: ${why}`),
      });
    } catch (e) {
      deps.logger.error(`${where}: views.publish failed: ${describeSlackError(e)}`);
    }
  };
}
