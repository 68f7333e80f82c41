import type { App } from '@slack/bolt';
import * as actions from './actions';
import * as commands from './commands';
import type { BotDeps } from './deps';
import * as events from './events';
import * as shortcuts from './shortcuts';
import * as views from './views';

/**
 * `/vpn` is a Bolt listener; events, buttons, modal submissions and the message shortcut are routed by one
 * global middleware, by the ids their payloads carry. Bolt runs every registered listener's filters on every
 * request (a chain of promises and a copy of its arguments each): with a listener per kind, each slash
 * command paid for four that could never match it, about a tenth of answering a repeated command in the
 * bench. A payload no route takes goes on to Bolt's listeners, as before.
 */
export function registerListeners(app: App, deps: BotDeps): void {
  const routes = [events.route(deps), actions.route(deps), views.route(deps), shortcuts.route(deps)];
  app.use(async (args) => {
    for (const route of routes) {
      const handle = route(args);
      if (handle) return handle();
    }
    await args.next();
  });
  commands.register(app, deps);
}
