/**
 * The Slack app manifests: both generated from one declaration (bot/manifest/declaration.ts) by
 * `npm run manifest`, committed as generated, and declaring exactly what the code listens for.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from '../../bot/manifest.http.json';
import socket from '../../bot/manifest.json';
import { ASK_SHORTCUT_CALLBACK_ID, SLASH_COMMAND } from '../../bot/listeners/deps';
import { MANIFEST_FILES, PLACEHOLDER_HOST, slackManifest } from '../../bot/manifest/declaration';
import { SLACK_EVENTS_PATH } from '../../bot/server';

const ROOT = path.resolve(__dirname, '../..');
jest.setTimeout(60_000);

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
    expect([...m.settings.event_subscriptions.bot_events].sort()).toEqual(['app_home_opened', 'app_mention', 'link_shared']);
    expect(m.features.app_home.home_tab_enabled).toBe(true);
    expect(m.settings.interactivity.is_enabled).toBe(true);
    // links:* for unfurls; files:read for `vpn check` on an uploaded file.
    expect([...m.oauth_config.scopes.bot].sort()).toEqual([
      'app_mentions:read',
      'chat:write',
      'commands',
      'files:read',
      'links:read',
      'links:write',
    ]);
    expect(m.features.unfurl_domains).toEqual([PLACEHOLDER_HOST]);
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
    expect(url).toMatch(new RegExp(`^https://${PLACEHOLDER_HOST}${SLACK_EVENTS_PATH}$`));
  }
});

it('the committed manifests are exactly what the declaration generates without SITE_URL', () => {
  expect(socket).toEqual(slackManifest('socket').manifest);
  expect(http).toEqual(slackManifest('http').manifest);
});

describe('SITE_URL', () => {
  it('a public host is the unfurl domain and, in HTTP mode, where Slack sends requests', () => {
    const { manifest, notes } = slackManifest('http', 'https://vpn-advisor.example.com/');
    const m = manifest as typeof http;
    expect(m.features.unfurl_domains).toEqual(['vpn-advisor.example.com']);
    expect(m.settings.event_subscriptions.request_url).toBe('https://vpn-advisor.example.com/slack/events');
    expect(m.features.slash_commands[0].url).toBe('https://vpn-advisor.example.com/slack/events');
    expect(notes).toEqual([]);
  });

  it.each(['http://localhost:3000', 'http://127.0.0.1:8080'])(
    '%s: Slack refuses it, so no unfurl domain, and the script says so',
    (url) => {
      const { manifest, notes } = slackManifest('socket', url);
      expect((manifest as { features: Record<string, unknown> }).features.unfurl_domains).toBeUndefined();
      expect(notes.join(' ')).toMatch(/Slack refuses localhost as an unfurl domain/);
    },
  );

  it('npm run manifest writes both files and prints the note; a bad SITE_URL is a clear error', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'vpn-manifest-'));
    try {
      const run = (siteUrl: string) =>
        spawnSync(process.execPath, ['--import', 'tsx', 'scripts/manifest.ts', '--out', out], {
          cwd: ROOT,
          env: { ...process.env, SITE_URL: siteUrl },
          encoding: 'utf8',
        });
      const r = run('http://localhost:3000');
      expect(r.status).toBe(0);
      expect(r.stderr).toMatch(/Slack refuses localhost/);
      for (const [mode, file] of Object.entries(MANIFEST_FILES)) {
        const written = JSON.parse(readFileSync(path.join(out, file), 'utf8'));
        expect(written).toEqual(slackManifest(mode as 'socket' | 'http', 'http://localhost:3000').manifest);
      }
      const bad = run('not a url');
      expect(bad.status).toBe(2);
      expect(bad.stderr).toMatch(/SITE_URL "not a url" is not a URL/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
