import type { App, MessageShortcut } from '@slack/bolt';
import { ASK_SHORTCUT_CALLBACK_ID, type BotDeps } from '../deps';
import { makeAskVpnAdvisorCallback } from './ask-vpn-advisor';

export function register(app: App, deps: BotDeps): void {
  app.shortcut<MessageShortcut>({ type: 'message_action', callback_id: ASK_SHORTCUT_CALLBACK_ID }, makeAskVpnAdvisorCallback(deps));
}
