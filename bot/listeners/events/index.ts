import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { BotDeps } from '../deps';
import { oneOf } from '../one-of';
import { makeAppHomeOpenedCallback } from './app-home-opened';
import { makeAppMentionCallback } from './app-mention';
import { makeLinkSharedCallback } from './link-shared';

type EventArgs<T extends string> = SlackEventMiddlewareArgs<T> & AllMiddlewareArgs;

export function register(app: App, deps: BotDeps): void {
  const mention = makeAppMentionCallback(deps);
  const homeOpened = makeAppHomeOpenedCallback(deps);
  const linkShared = makeLinkSharedCallback(deps);
  app.event(oneOf(['app_mention', 'app_home_opened', 'link_shared']), async (args) => {
    switch (args.event.type) {
      case 'app_mention':
        return mention(args as unknown as EventArgs<'app_mention'>);
      case 'app_home_opened':
        return homeOpened(args as unknown as EventArgs<'app_home_opened'>);
      case 'link_shared':
        return linkShared(args as unknown as EventArgs<'link_shared'>);
    }
  });
}
