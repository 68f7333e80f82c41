import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { ASK_SHORTCUT_CALLBACK_ID, type BotDeps } from '../deps';
import { type Route, stringField } from '../route';
import { makeAskVpnAdvisorCallback } from './ask-vpn-advisor';

type ShortcutArgs = SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs;

/** The "Ask vpn-advisor" message shortcut. */
export function route(deps: BotDeps): Route {
  const ask = makeAskVpnAdvisorCallback(deps);
  return (args) =>
    'shortcut' in args &&
    stringField(args.body, 'type') === 'message_action' &&
    stringField(args.shortcut, 'callback_id') === ASK_SHORTCUT_CALLBACK_ID
      ? () => ask(args as unknown as ShortcutArgs)
      : undefined;
}
