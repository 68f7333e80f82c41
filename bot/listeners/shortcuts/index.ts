import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { ASK_SHORTCUT_CALLBACK_ID, type BotDeps } from '../deps';
import { type Route, routeById, stringField } from '../route';
import { makeAskVpnAdvisorCallback } from './ask-vpn-advisor';

/** The "Ask vpn-advisor" message shortcut. */
export function route(deps: BotDeps): Route {
  return routeById<SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs>(
    'message_action',
    (args) => ('shortcut' in args ? stringField(args.shortcut, 'callback_id') : undefined),
    [[ASK_SHORTCUT_CALLBACK_ID, makeAskVpnAdvisorCallback(deps)]],
  );
}
