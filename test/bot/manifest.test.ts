/** The Slack app manifests declare exactly what the code listens for. */
import http from '../../bot/manifest.http.json';
import socket from '../../bot/manifest.json';
import { ASK_SHORTCUT_CALLBACK_ID, SLASH_COMMAND } from '../../bot/listeners/deps';
import { SLACK_EVENTS_PATH } from '../../bot/server';

describe.each([
  ['manifest.json (Socket Mode)', socket],
  ['manifest.http.json (HTTP)', http],
])('%s', (_name, m) => {
  it('declares the slash command, the message shortcut, the events and the Home tab the bot handles', () => {
    expect(m.features.slash_commands.map((c) => c.command)).toEqual([SLASH_COMMAND]);
    expect(m.features.slash_commands[0].usage_hint).toMatch(/sizing 5000 users/);
    expect(m.features.shortcuts).toEqual([
      expect.objectContaining({ type: 'message', callback_id: ASK_SHORTCUT_CALLBACK_ID, name: 'Ask vpn-advisor' }),
    ]);
    expect([...m.settings.event_subscriptions.bot_events].sort()).toEqual(['app_home_opened', 'app_mention']);
    expect(m.features.app_home.home_tab_enabled).toBe(true);
    expect(m.settings.interactivity.is_enabled).toBe(true);
    expect([...m.oauth_config.scopes.bot].sort()).toEqual(['app_mentions:read', 'chat:write', 'commands', 'files:read']);
  });
});

it('Socket Mode needs no URL; HTTP sends everything to /slack/events', () => {
  expect(socket.settings.socket_mode_enabled).toBe(true);
  expect(JSON.stringify(socket)).not.toMatch(/request_url|"url"/);
  expect(http.settings.socket_mode_enabled).toBe(false);
  for (const url of [
    http.features.slash_commands[0].url,
    http.settings.event_subscriptions.request_url,
    http.settings.interactivity.request_url,
  ]) {
    expect(url).toMatch(new RegExp(`^https://YOUR-PUBLIC-HOST${SLACK_EVENTS_PATH}$`));
  }
});
