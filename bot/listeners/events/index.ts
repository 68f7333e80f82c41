import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { BotDeps } from '../deps';
import { type Route, stringField } from '../route';
import { makeAppHomeOpenedCallback } from './app-home-opened';
import { makeAppMentionCallback } from './app-mention';
import { makeLinkSharedCallback } from './link-shared';

type EventArgs<T extends string> = SlackEventMiddlewareArgs<T> & AllMiddlewareArgs;

/** Events API deliveries: a mention, the App Home opened, a link to the site shared. */
export function route(deps: BotDeps): Route {
  const mention = makeAppMentionCallback(deps);
  const homeOpened = makeAppHomeOpenedCallback(deps);
  const linkShared = makeLinkSharedCallback(deps);
  return (args) => {
    if (!('event' in args)) return undefined;
    switch (stringField(args.event, 'type')) {
      case 'app_mention':
        return () => mention(args as unknown as EventArgs<'app_mention'>);
      case 'app_home_opened':
        return () => homeOpened(args as unknown as EventArgs<'app_home_opened'>);
      case 'link_shared':
        return () => linkShared(args as unknown as EventArgs<'link_shared'>);
      default:
        return undefined;
    }
  };
}
