import type { App } from '@slack/bolt';
import type { BotDeps } from '../deps';
import { makeAppHomeOpenedCallback } from './app-home-opened';
import { makeAppMentionCallback } from './app-mention';
import { makeLinkSharedCallback } from './link-shared';

export function register(app: App, deps: BotDeps): void {
  app.event('app_mention', makeAppMentionCallback(deps));
  app.event('app_home_opened', makeAppHomeOpenedCallback(deps));
  app.event('link_shared', makeLinkSharedCallback(deps));
}
