/**
 * `/vpn check` (any words after it, `help` included): opens the modal where a gateway's JSON is uploaded or
 * pasted, with the context check can't read from the JSON. The submission is views/check-submission.ts.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { OS_LABEL, OSES } from '../../../knowledge/labels';
import { checkPolicy } from '../../../shared/check/policy';
import { formatNumber } from '../../../shared/format';
import { slackLink } from '../../../shared/render/block-kit';
import { paths, siteUrl } from '../../../shared/site-urls';
import { noticeMessage } from '../../answerer';
import { postToResponseUrl } from '../../slack/response-url';
import { describeSlackError, surelyNotProcessed, withRateLimitRetry } from '../../slack/web-api';
import { CHECK_MODAL_CALLBACK_ID, type BotDeps } from '../deps';

/**
 * Slack caps a plain_text_input at 3,000 characters
 * (https://docs.slack.dev/reference/block-kit/block-elements/plain-text-input-element).
 */
const PASTE_MAX_CHARACTERS = 3000;
/** A modal's private_metadata holds at most 3,000 characters (https://docs.slack.dev/reference/views/modal-views). */
const PRIVATE_METADATA_MAX = 3000;
/**
 * A trigger_id is good for 3 seconds (https://docs.slack.dev/surfaces/modals#opening_modals): a Retry-After
 * longer than this second outlives it.
 */
const VIEWS_OPEN_MAX_RETRY_AFTER_SECONDS = 1;

/** The modal's input blocks; each block's element has the same action id. */
export const CHECK_FIELD = {
  files: 'files',
  paste: 'paste',
  users: 'users',
  avoid: 'avoid',
  clients: 'clients',
  asOf: 'as_of',
} as const;

/** Where the answer goes: the conversation the command came from, and its response_url (a fallback). */
export interface CheckOrigin {
  channel: string;
  responseUrl?: string;
}

export function encodeCheckOrigin(o: CheckOrigin): string {
  const full = JSON.stringify({ c: o.channel, r: o.responseUrl });
  // The response_url is only a fallback: without it the metadata still fits.
  return full.length <= PRIVATE_METADATA_MAX ? full : JSON.stringify({ c: o.channel });
}

export function decodeCheckOrigin(metadata: string | undefined): CheckOrigin | undefined {
  try {
    const v = JSON.parse(metadata ?? '') as { c?: unknown; r?: unknown };
    if (typeof v?.c !== 'string' || !/^[CDG][A-Z0-9]+$/.test(v.c)) return undefined;
    return { channel: v.c, ...(typeof v.r === 'string' && /^https?:\/\//.test(v.r) ? { responseUrl: v.r } : {}) };
  } catch {
    return undefined;
  }
}

const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: false });

/** The modal (a Slack view); `origin` comes back in the submission. */
function checkModalView(origin: CheckOrigin, siteBase: string) {
  const limit = formatNumber(PASTE_MAX_CHARACTERS);
  return {
    type: 'modal' as const,
    callback_id: CHECK_MODAL_CALLBACK_ID,
    title: plain('Check a gateway'),
    submit: plain('Check'),
    close: plain('Cancel'),
    private_metadata: encodeCheckOrigin(origin),
    blocks: [
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          verbatim: true,
          text: [
            "Checks an existing gateway's point-to-site configuration: SKU and lifecycle dates, tunnel types, authentication, clients and the address pool.",
            'Give what `az network vnet-gateway show` prints, the gateway in an ARM template or compiled Bicep, or for Virtual WAN what `az network p2s-vpn-gateway show` and `az network vpn-server-config show` print.',
            `Only you see the findings until you share them, and the configuration is not logged. The same check runs in your browser on ${slackLink(siteUrl(paths.check(), siteBase), 'the check page')}.`,
          ].join('\n'),
        },
      },
      {
        type: 'input',
        block_id: CHECK_FIELD.files,
        optional: true,
        label: plain(`JSON files (up to ${checkPolicy.maxFiles})`),
        hint: plain('For Virtual WAN, the point-to-site gateway and its VPN server configuration.'),
        element: { type: 'file_input', action_id: CHECK_FIELD.files, filetypes: ['json', 'txt'], max_files: checkPolicy.maxFiles },
      },
      {
        type: 'input',
        block_id: CHECK_FIELD.paste,
        optional: true,
        label: plain('Or paste the JSON'),
        hint: plain(`Slack takes at most ${limit} characters here: upload the file for anything longer.`),
        element: {
          type: 'plain_text_input',
          action_id: CHECK_FIELD.paste,
          multiline: true,
          max_length: PASTE_MAX_CHARACTERS,
          placeholder: plain('{ "name": "vng-remote", "sku": { "name": "VpnGw2AZ" }, … }'),
        },
      },
      {
        type: 'input',
        block_id: CHECK_FIELD.users,
        optional: true,
        label: plain('Concurrent users'),
        hint: plain('Checks capacity and the pool size against them.'),
        element: { type: 'number_input', action_id: CHECK_FIELD.users, is_decimal_allowed: false, min_value: '1' },
      },
      {
        type: 'input',
        block_id: CHECK_FIELD.avoid,
        optional: true,
        label: plain('Ranges the pool must not overlap'),
        hint: plain('VNet, peered and on-premises ranges, separated by commas.'),
        element: { type: 'plain_text_input', action_id: CHECK_FIELD.avoid, placeholder: plain('10.0.0.0/16, 192.168.0.0/24') },
      },
      {
        type: 'input',
        block_id: CHECK_FIELD.clients,
        optional: true,
        label: plain('Client operating systems'),
        hint: plain('Checks that each of them can connect.'),
        element: {
          type: 'multi_static_select',
          action_id: CHECK_FIELD.clients,
          placeholder: plain('The OSes your people use'),
          options: OSES.map((os) => ({ text: plain(OS_LABEL[os]), value: os })),
        },
      },
      {
        type: 'input',
        block_id: CHECK_FIELD.asOf,
        optional: true,
        label: plain('Evaluate as of'),
        hint: plain('Default: today. Retirement and migration dates are read on this day.'),
        element: { type: 'datepicker', action_id: CHECK_FIELD.asOf },
      },
    ],
  };
}

/** `check`, alone or with words after it: the command opens the modal. */
export function isCheckCommand(text: string): boolean {
  return /^\s*check(\s|$)/i.test(text);
}

/**
 * Acknowledges at once (nothing to show in the channel) and opens the modal with the command's trigger_id.
 * A failure is told to the person through the command's response_url.
 */
export async function openCheckModal(
  deps: BotDeps,
  { command, ack }: Pick<SlackCommandMiddlewareArgs & AllMiddlewareArgs, 'command' | 'ack'>,
): Promise<void> {
  await ack();
  const where = `/vpn check for ${command.user_id} in ${command.channel_id}`;
  const view = checkModalView({ channel: command.channel_id, responseUrl: command.response_url }, deps.siteBase());
  try {
    await withRateLimitRetry(() => deps.check.client.views.open({ trigger_id: command.trigger_id, view }), {
      ...deps.slackRetry,
      maxRetryAfterSeconds: VIEWS_OPEN_MAX_RETRY_AFTER_SECONDS,
      onRetry: (why) => deps.logger.debug(`${where}: ${why}`),
    });
  } catch (e) {
    // Not repeated: the trigger_id is spent either way, and a modal that may have opened is not opened twice.
    const sure = surelyNotProcessed(e);
    deps.logger.warn(`${where}: views.open failed${sure ? '' : ' with its outcome unknown'} (${describeSlackError(e)})`);
    const page = slackLink(siteUrl(paths.check(), deps.siteBase()), 'the check page');
    const notice = noticeMessage(
      `:warning: ${sure ? 'Slack did not open the check form. Please run' : "Slack did not say whether the check form opened; if it didn't, please run"} \`/vpn check\` again in a moment, or paste the JSON on ${page} (it is checked in your browser).`,
    );
    const r = await postToResponseUrl(command.response_url, { response_type: 'ephemeral', ...notice }, deps.responseUrlTimeoutMs);
    if (!r.ok) deps.logger.error(`${where}: the response_url failed too (${r.status ?? 'no response'}: ${r.error})`);
  }
}
