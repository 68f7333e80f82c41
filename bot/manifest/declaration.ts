/**
 * The Slack app, declared once: `npm run manifest` (scripts/manifest.ts) writes bot/manifest.json (Socket
 * Mode) and bot/manifest.http.json (HTTP mode) from it, and test/bot/manifest.test.ts checks that the
 * committed files are what it generates. Scopes, events and the unfurl domain follow what the listeners use.
 */
import { ASK_SHORTCUT_CALLBACK_ID, SLASH_COMMAND } from '../listeners/deps';
import { SLACK_EVENTS_PATH } from '../server';

export type ManifestMode = 'socket' | 'http';

/** What the committed manifests use for the public address when SITE_URL is not given. */
export const PLACEHOLDER_HOST = 'YOUR-PUBLIC-HOST';

/**
 * Bot scopes, each for what uses it: commands (/vpn), chat:write (replies), app_mentions:read (mentions),
 * links:read + links:write (link_shared → chat.unfurl), files:read (`vpn check` on an uploaded file).
 */
const BOT_SCOPES = ['commands', 'chat:write', 'app_mentions:read', 'links:read', 'links:write', 'files:read'];
const BOT_EVENTS = ['app_mention', 'app_home_opened', 'link_shared'];

/** Hosts Slack will not accept as a request URL or an unfurl domain: it must reach them from the internet. */
function isLocalHost(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '[::1]' || host === '0.0.0.0';
}

export interface GeneratedManifest {
  manifest: Record<string, unknown>;
  /** What the person running the script should know (a placeholder, a host Slack refuses). */
  notes: string[];
}

/**
 * The manifest for a mode. `siteUrl` is SITE_URL: its host is the unfurl domain (the /ask permalinks live
 * there) and, in HTTP mode, where Slack sends requests. Without it the placeholder host stands in.
 */
export function slackManifest(mode: ManifestMode, siteUrl?: string): GeneratedManifest {
  const notes: string[] = [];
  let origin = `https://${PLACEHOLDER_HOST}`;
  let host: string | undefined = PLACEHOLDER_HOST;
  if (siteUrl?.trim()) {
    const u = new URL(siteUrl.trim());
    origin = `${u.protocol}//${u.host}`;
    host = u.hostname;
    if (isLocalHost(u.hostname)) {
      notes.push(
        `SITE_URL is ${origin}: Slack refuses localhost as an unfurl domain${mode === 'http' ? ' and cannot reach it for requests' : ''}, so the manifest has no unfurl domain and permalinks will not unfurl. Use a public host (a tunnel works for testing).`,
      );
      host = undefined;
    } else if (u.protocol !== 'https:') {
      notes.push(`SITE_URL is ${origin}: Slack sends requests to https URLs only.`);
    }
  } else {
    notes.push(
      `SITE_URL is not set: the manifest uses ${PLACEHOLDER_HOST}; replace it, or run SITE_URL=https://your.host npm run manifest.`,
    );
  }
  const requestUrl = `${origin}${SLACK_EVENTS_PATH}`;
  const http = mode === 'http';
  const manifest = {
    _metadata: { major_version: 2, minor_version: 1 },
    display_information: {
      name: 'vpn-advisor',
      description: 'Azure remote-work VPN answers: gateway sizing, VPN clients, address pools, scenarios.',
      background_color: '#1f4e79',
      long_description:
        "vpn-advisor answers the questions network admins and support engineers ask when a company moves people to remote work over Azure: which VPN Gateway SKU or how many Virtual WAN scale units, which VPN client works on which laptop, whether a point-to-site address pool is big enough and doesn't overlap, how many routes a client takes, Bastion and ExpressRoute sizing, and the scenario guides. Every number comes with its source and date, and every answer has a permalink to the docs site.\n\nUse /vpn <command> anywhere (only you see the answer, with a Share in channel button), mention @vpn-advisor in a thread, or use the Ask vpn-advisor message shortcut. Paste a permalink and it unfurls with the answer, and says when today's answer has changed. Try /vpn help.",
    },
    features: {
      app_home: { home_tab_enabled: true, messages_tab_enabled: false, messages_tab_read_only_enabled: false },
      bot_user: { display_name: 'vpn-advisor', always_online: true },
      shortcuts: [
        {
          name: 'Ask vpn-advisor',
          type: 'message',
          callback_id: ASK_SHORTCUT_CALLBACK_ID,
          description: 'Answers the text of this message; only you see the answer',
        },
      ],
      slash_commands: [
        {
          command: SLASH_COMMAND,
          description: 'Azure remote-work VPN answers (only you see them)',
          usage_hint: 'sizing 5000 users | compat macos certificate | pool 172.16.0.0/22 | help',
          should_escape: false,
          ...(http ? { url: requestUrl } : {}),
        },
      ],
      ...(host ? { unfurl_domains: [host] } : {}),
    },
    oauth_config: { scopes: { bot: BOT_SCOPES } },
    settings: {
      event_subscriptions: { ...(http ? { request_url: requestUrl } : {}), bot_events: BOT_EVENTS },
      interactivity: { is_enabled: true, ...(http ? { request_url: requestUrl } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: !http,
      token_rotation_enabled: false,
    },
  };
  return { manifest, notes };
}

/** Where each mode's manifest is committed, relative to the repository root. */
export const MANIFEST_FILES: Readonly<Record<ManifestMode, string>> = {
  socket: 'bot/manifest.json',
  http: 'bot/manifest.http.json',
};
