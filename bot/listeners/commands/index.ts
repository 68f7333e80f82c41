import type { App } from '@slack/bolt';
import { SLASH_COMMAND, type BotDeps } from '../deps';
import { makeVpnCommandCallback } from './vpn-command';

export function register(app: App, deps: BotDeps): void {
  app.command(SLASH_COMMAND, makeVpnCommandCallback(deps));
}
