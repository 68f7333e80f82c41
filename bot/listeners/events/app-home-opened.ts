import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { renderHomeView } from '../../slack/home-view';
import { describeSlackError, withRateLimitRetry } from '../../slack/web-api';
import type { BotDeps } from '../deps';

/** Publishes the Home tab whenever someone opens it (cheap, and always current). */
export function makeAppHomeOpenedCallback(deps: BotDeps) {
  return async ({ event, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs): Promise<void> => {
    if (event.tab && event.tab !== 'home') return;
    try {
      const view = renderHomeView(deps.commands, deps.siteBase());
      await withRateLimitRetry(() => client.views.publish({ user_id: event.user, view }), deps.maxRetryAfterSeconds);
    } catch (e) {
      deps.logger.error(`app_home_opened: views.publish for ${event.user} failed: ${describeSlackError(e)}`);
    }
  };
}
