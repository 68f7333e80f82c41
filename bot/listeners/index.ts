import type { App } from '@slack/bolt';
import * as actions from './actions';
import * as commands from './commands';
import type { BotDeps } from './deps';
import * as events from './events';
import * as shortcuts from './shortcuts';
import * as views from './views';

export function registerListeners(app: App, deps: BotDeps): void {
  commands.register(app, deps);
  actions.register(app, deps);
  events.register(app, deps);
  shortcuts.register(app, deps);
  views.register(app, deps);
}
