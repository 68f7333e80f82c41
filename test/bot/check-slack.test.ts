/**
 * `vpn check` in Slack, end to end: the real server and Bolt app on 127.0.0.1, requests signed as Slack
 * signs them, the Slack stand-in answering the Web API, serving uploaded files and taking response_url posts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeCheckOrigin, encodeCheckOrigin } from '../../bot/listeners/commands/check-modal';
import { decodeCheckShareValue, decodeShareValue, SHARE_ACTION_ID } from '../../bot/slack/share-button';
import { interaction, messageShortcut, postSigned, shareButtonPress, slashCommand } from '../support/signed-request';
import { behave } from '../support/slack-stand-in';
import { BOT_TOKEN, SECRET, startHarness, type Harness } from './harness';

// Real servers on a shared machine: generous time limits (waits inside are bounded separately).
jest.setTimeout(30_000);

/** In the input only: it must reach the person's findings and never a log line or a button. */
const MARKER = 'vng-marker-5f1c9e';
const CERT_MARKER = 'MIICmarkerCERTDATA0042';
const fixture = (name: string) => readFileSync(path.join(__dirname, '../fixtures/check', name), 'utf8');
/** The old VpnGw1 with SSTP + IKEv2 and a /24 pool, renamed and with its own certificate data. */
const OLD_GATEWAY = fixture('old-vpngw1-sstp.az.json')
  .replace(/vng-remote-weu/g, MARKER)
  .replace('MIIC5zCCAc+gAwIBAgIQEXAMPLEONLY', CERT_MARKER);

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
  const log = h.logs.join('\n');
  expect(log).not.toContain(SECRET);
  expect(log).not.toContain(BOT_TOKEN);
  // Nothing from any configuration the tests gave went to the log (LOG_LEVEL is debug).
  for (const s of [MARKER, CERT_MARKER, '172.16.201.0/24', 'laptop-0042', '11111111-2222-3333-4444-555555555555'])
    expect(log).not.toContain(s);
});

type Values = Record<string, Record<string, Record<string, unknown>>>;

/** The modal's state as Slack sends it on submission: every block, empty unless given. */
function stateValues(given: {
  paste?: string;
  files?: string[];
  users?: string;
  avoid?: string;
  clients?: string[];
  asOf?: string;
}): Values {
  return {
    files: { files: { type: 'file_input', files: (given.files ?? []).map((id) => ({ id, name: `${id}.json` })) } },
    paste: { paste: { type: 'plain_text_input', value: given.paste ?? null } },
    users: { users: { type: 'number_input', value: given.users ?? null } },
    avoid: { avoid: { type: 'plain_text_input', value: given.avoid ?? null } },
    clients: {
      clients: {
        type: 'multi_static_select',
        selected_options: (given.clients ?? []).map((value) => ({ text: { type: 'plain_text', text: value }, value })),
      },
    },
    as_of: { as_of: { type: 'datepicker', selected_date: given.asOf ?? null } },
  };
}

let submissions = 0;
/** Submits the modal; resolves with Slack's view of the acknowledgement (empty body = the modal closes). */
async function submit(given: Parameters<typeof stateValues>[0], opts: { responseUrlId?: string; metadata?: string } = {}) {
  submissions += 1;
  const req = interaction({
    type: 'view_submission',
    team: { id: 'T0TEAM', domain: 'example' },
    user: { id: 'U0USER', username: 'ana', name: 'ana', team_id: 'T0TEAM' },
    api_app_id: 'A0APP',
    token: 'legacy-verification-token',
    trigger_id: `1.2.${100 + submissions}`,
    view: {
      id: `V0MODAL${submissions}`,
      type: 'modal',
      callback_id: 'vpn_check',
      team_id: 'T0TEAM',
      app_id: 'A0APP',
      bot_id: 'B0BOT',
      private_metadata:
        opts.metadata ??
        encodeCheckOrigin({ channel: 'C0CHAN', responseUrl: h.standIn.responseUrl(opts.responseUrlId ?? `modal-${submissions}`) }),
      state: { values: stateValues(given) },
      hash: '1700000000.abcdef',
    },
  });
  const res = await postSigned(h.events, req, { secret: SECRET });
  const text = await res.text();
  return {
    status: res.status,
    body: (text ? JSON.parse(text) : undefined) as { response_action?: string; errors?: Record<string, string> } | undefined,
  };
}

const ephemerals = () => h.standIn.calls.filter((c) => c.method === 'chat.postEphemeral');
async function nextEphemeral(before: number) {
  await h.standIn.waitFor(() => ephemerals().length > before, 10_000);
  return ephemerals()[before];
}
const shareValueOf = (blocks: unknown) =>
  (blocks as Array<Record<string, any>>).find((b) => b.type === 'actions')?.elements[0]?.value as string | undefined;

describe('/vpn check opens the modal', () => {
  it.each(['check', 'check help', 'CHECK'])('"/vpn %s": an empty acknowledgement, then views.open with the trigger_id', async (text) => {
    const before = h.standIn.calls.filter((c) => c.method === 'views.open').length;
    const res = await postSigned(h.events, slashCommand(text, { trigger_id: `9.9.${text.length}` }), { secret: SECRET });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    await h.standIn.waitFor(() => h.standIn.calls.filter((c) => c.method === 'views.open').length > before);
    const call = h.standIn.calls.filter((c) => c.method === 'views.open')[before];
    expect(call.answered).toBe('ok'); // within the stand-in's modal limits (title, labels, max_length, max_files)
    expect(call.authorized).toBe(true);
    expect(call.params.trigger_id).toBe(`9.9.${text.length}`);
    const view = call.params.view as Record<string, any>;
    expect(view.type).toBe('modal');
    expect(view.callback_id).toBe('vpn_check');
    const elements = (view.blocks as Array<Record<string, any>>).filter((b) => b.type === 'input').map((b) => b.element);
    expect(elements).toContainEqual({ type: 'file_input', action_id: 'files', filetypes: ['json', 'txt'], max_files: 2 });
    expect(elements).toContainEqual(
      expect.objectContaining({ type: 'plain_text_input', action_id: 'paste', multiline: true, max_length: 3000 }),
    );
    expect(elements.map((e) => e.type)).toEqual(
      expect.arrayContaining(['number_input', 'plain_text_input', 'multi_static_select', 'datepicker']),
    );
    expect(JSON.stringify(view.blocks)).toMatch(/at most 3,000 characters here: upload the file for anything longer/);
    expect(decodeCheckOrigin(view.private_metadata)).toEqual({ channel: 'C0CHAN', responseUrl: 'http://127.0.0.1:9/unused' });
  });

  it('other commands still answer in the acknowledgement', async () => {
    const res = await postSigned(h.events, slashCommand('checklist'), { secret: SECRET });
    expect(((await res.json()) as { response_type: string }).response_type).toBe('ephemeral');
  });

  it('when Slack refuses to open it, the person is told through the response_url', async () => {
    h.standIn.plan('views.open', behave.slackError('expired_trigger_id'));
    const res = await postSigned(h.events, slashCommand('check', { response_url: h.standIn.responseUrl('open-failed') }), {
      secret: SECRET,
    });
    expect(res.status).toBe(200);
    await h.standIn.waitFor(() => h.standIn.responsePosts.some((p) => p.id === 'open-failed'));
    const post = h.standIn.responsePosts.find((p) => p.id === 'open-failed')!;
    expect(post.body.response_type).toBe('ephemeral');
    expect(String(post.body.text)).toMatch(/did not open the check form/);
  });
});

describe('submitting the modal', () => {
  let shareValue: string;

  it('pasted old-gateway JSON: the modal closes, and the findings go to the person alone, with a Share button', async () => {
    const before = ephemerals().length;
    const { status, body } = await submit({ paste: OLD_GATEWAY, users: '500', clients: ['windows', 'macos'] });
    expect(status).toBe(200);
    expect(body).toBeUndefined();
    const call = await nextEphemeral(before);
    expect(call.params.channel).toBe('C0CHAN');
    expect(call.params.user).toBe('U0USER');
    const blocks = JSON.stringify(call.params.blocks);
    expect(blocks).toContain(`Check of ${MARKER}`);
    expect(blocks).toMatch(/5 findings on 2026-11-21: 3 critical, 1 warning, 1 note/);
    for (const rule of ['p2s-sstp-retirement', 'gateway-sku-non-az', 'p2s-pool-too-small-for-users', 'capacity-exceeded'])
      expect(blocks).toContain(`/docs/rules/${rule}`);
    expect(blocks).toContain('pasted.json');
    // The answer links to the check page, never to a URL holding the input.
    expect(blocks).not.toContain('/ask?q=');
    shareValue = shareValueOf(call.params.blocks)!;
    expect(shareValue).toBeDefined();
    expect(decodeCheckShareValue(shareValue)).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(decodeShareValue(shareValue)).toBeUndefined();
    expect(Object.keys(JSON.parse(shareValue))).toEqual(['check']);
    for (const s of [MARKER, CERT_MARKER, '172.16', 'VpnGw1', 'SSTP']) expect(shareValue).not.toContain(s);
  });

  it('Share posts the stored findings to the channel once; a second press is told it was shared', async () => {
    const posts = () => h.standIn.calls.filter((c) => c.method === 'chat.postMessage' && c.params.channel === 'C0CHAN');
    const before = posts().length;
    const press = await postSigned(h.events, shareButtonPress(shareValue, h.standIn.responseUrl('share-check-1')), { secret: SECRET });
    expect(press.status).toBe(200);
    await h.standIn.waitFor(() => posts().length > before);
    const shared = posts()[before];
    expect(shared.answered).toBe('ok');
    const blocks = shared.params.blocks as Array<Record<string, any>>;
    expect(JSON.stringify(blocks)).toContain(`Check of ${MARKER}`);
    expect(JSON.stringify(blocks)).toContain('shared by <@U0USER>');
    expect(blocks.some((b) => b.type === 'actions')).toBe(false);
    // Not through the response_url (nor a second copy there).
    expect(h.standIn.responsePosts.filter((p) => p.id === 'share-check-1')).toHaveLength(0);

    const eBefore = ephemerals().length;
    await postSigned(h.events, shareButtonPress(shareValue, h.standIn.responseUrl('share-check-2')), { secret: SECRET });
    expect(String((await nextEphemeral(eBefore)).params.text)).toMatch(/already been shared/);
    expect(posts().length).toBe(before + 1);
  });

  it('Share from someone else, or with a made-up id, posts nothing', async () => {
    const posts = () => h.standIn.calls.filter((c) => c.method === 'chat.postMessage').length;
    const before = posts();
    let eBefore = ephemerals().length;
    await postSigned(h.events, shareButtonPress(shareValue, h.standIn.responseUrl('x1'), { user: 'U0OTHER' }), { secret: SECRET });
    expect(String((await nextEphemeral(eBefore)).params.text)).toMatch(/Only the person who ran this check/);
    eBefore = ephemerals().length;
    await postSigned(h.events, shareButtonPress(JSON.stringify({ check: 'A'.repeat(24) }), h.standIn.responseUrl('x2')), {
      secret: SECRET,
    });
    expect(String((await nextEphemeral(eBefore)).params.text)).toMatch(/more than 30 minutes old/);
    expect(posts()).toBe(before);
  });

  it('Share after the findings expired (30 minutes) says so', async () => {
    const before = ephemerals().length;
    await submit({ paste: OLD_GATEWAY });
    const value = shareValueOf((await nextEphemeral(before)).params.blocks)!;
    h.clock.now += 31 * 60 * 1000;
    try {
      const eBefore = ephemerals().length;
      await postSigned(h.events, shareButtonPress(value, h.standIn.responseUrl('late')), { secret: SECRET });
      expect(String((await nextEphemeral(eBefore)).params.text)).toMatch(/more than 30 minutes old.*Run `\/vpn check` again/);
    } finally {
      h.clock.now = Date.now();
    }
  });

  it('an uploaded file is fetched from url_private_download with the bot token, and checked', async () => {
    h.standIn.addFile({ id: 'F0GATEWAY', name: 'gateway.json', content: OLD_GATEWAY, token: BOT_TOKEN });
    const before = ephemerals().length;
    const { body } = await submit({ files: ['F0GATEWAY'] });
    expect(body).toBeUndefined();
    expect(h.standIn.downloads.filter((d) => d.id === 'F0GATEWAY')).toEqual([{ id: 'F0GATEWAY', authorized: true, status: 200 }]);
    const info = h.standIn.calls.find((c) => c.method === 'files.info' && c.params.file === 'F0GATEWAY')!;
    expect(info.authorized).toBe(true);
    const blocks = JSON.stringify((await nextEphemeral(before)).params.blocks);
    expect(blocks).toContain(`Check of ${MARKER}`);
    expect(blocks).toContain('gateway.json');
  });

  it('a Virtual WAN pair: one file uploaded, the other pasted', async () => {
    h.standIn.addFile({ id: 'F0VWANGW', name: 'p2s-gateway.json', content: fixture('vwan-p2s-gateway.az.json'), token: BOT_TOKEN });
    const before = ephemerals().length;
    const { body } = await submit({ files: ['F0VWANGW'], paste: fixture('vwan-server-config.az.json') });
    expect(body).toBeUndefined();
    const blocks = JSON.stringify((await nextEphemeral(before)).params.blocks);
    expect(blocks).toContain('p2s-gateway.json');
    expect(blocks).toContain('pasted.json');
  });

  it.each([
    ['invalid JSON', { paste: '{ "name": "vng-x", "sku": ' }, 'paste', /pasted\.json is not valid JSON/],
    ['a VNet, not a gateway', { paste: fixture('vnet.az.json') }, 'paste', /virtual network, not a VPN gateway/],
    ['nothing given', {}, 'paste', /Paste the gateway's JSON here, or upload its file/],
    ['a bad user count', { paste: OLD_GATEWAY, users: '0' }, 'users', /whole number/],
    ['a range that is not a CIDR block', { paste: OLD_GATEWAY, avoid: '10.0.0.0/33' }, 'avoid', /CIDR/],
    ['three inputs', { paste: OLD_GATEWAY, files: ['F0GATEWAY', 'F0VWANGW'] }, 'files', /at most 2 files/],
    ['a file Slack does not know', { files: ['F0MISSING'] }, 'files', /did not give me the uploaded file \(file_not_found\)/],
  ])('%s: errors in the modal, under the block concerned; nothing posted', async (_what, given, block, message) => {
    const before = ephemerals().length;
    const { status, body } = await submit(given as Parameters<typeof submit>[0]);
    expect(status).toBe(200);
    expect(body?.response_action).toBe('errors');
    expect(Object.keys(body?.errors ?? {})).toEqual([block]);
    expect(body?.errors?.[block]).toMatch(message);
    expect(ephemerals().length).toBe(before);
  });

  it('a download refused for a wrong token, or a file over the size limit, is an error under the files block', async () => {
    h.standIn.addFile({ id: 'F0OTHERTOKEN', name: 'gw.json', content: OLD_GATEWAY, token: 'xoxb-someone-else' });
    const refused = await submit({ files: ['F0OTHERTOKEN'] });
    expect(refused.body?.errors?.files).toMatch(/refused to hand over gw\.json \(HTTP 403\)/);
    h.standIn.addFile({ id: 'F0HUGE', name: 'huge.json', content: '{}', token: BOT_TOKEN, declaredSize: 50 * 1024 * 1024 });
    const huge = await submit({ files: ['F0HUGE'] });
    expect(huge.body?.errors?.files).toMatch(/huge\.json is 52,428,800 bytes; check reads at most 2,097,152/);
    expect(h.standIn.downloads.some((d) => d.id === 'F0HUGE')).toBe(false);
  });

  it('a file served longer than declared is cut off at the limit', async () => {
    h.standIn.addFile({
      id: 'F0LIAR',
      name: 'liar.json',
      content: Buffer.alloc(3 * 1024 * 1024, 0x20),
      token: BOT_TOKEN,
      declaredSize: 10,
    });
    const { body } = await submit({ files: ['F0LIAR'] });
    expect(body?.errors?.files).toMatch(/liar\.json is over 2,097,152 bytes/);
  });

  it('when files.info hangs, the modal says so within Slack’s 3 seconds', async () => {
    h.standIn.addFile({ id: 'F0SLOW', name: 'slow.json', content: OLD_GATEWAY, token: BOT_TOKEN });
    h.standIn.plan('files.info', behave.hang());
    const t0 = Date.now();
    const { body } = await submit({ files: ['F0SLOW'] });
    expect(body?.errors?.files).toMatch(/Slack did not (give me the uploaded file|hand over the file in time)/);
    // The harness's Web API timeout is 400 ms and the download deadline 2 s: well inside 3 s, bounded generously.
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  it('when the bot can’t post in the channel (not_in_channel), the findings go through the command’s response_url', async () => {
    h.standIn.plan('chat.postEphemeral', behave.slackError('not_in_channel'));
    const { body } = await submit({ paste: OLD_GATEWAY }, { responseUrlId: 'modal-fallback' });
    expect(body).toBeUndefined();
    await h.standIn.waitFor(() => h.standIn.responsePosts.some((p) => p.id === 'modal-fallback'));
    const post = h.standIn.responsePosts.find((p) => p.id === 'modal-fallback')!;
    expect(post.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(post.body.blocks)).toContain(`Check of ${MARKER}`);
  });

  it('a post whose outcome is unknown (a 500) is not repeated', async () => {
    h.standIn.plan('chat.postEphemeral', behave.status(500));
    const before = ephemerals().length;
    await submit({ paste: OLD_GATEWAY }, { responseUrlId: 'modal-unknown' });
    await h.standIn.waitFor(() => ephemerals().length > before);
    await new Promise((r) => setTimeout(r, 300));
    expect(ephemerals().length).toBe(before + 1);
    expect(h.standIn.responsePosts.some((p) => p.id === 'modal-unknown')).toBe(false);
    expect(h.logs.join('\n')).toMatch(/chat\.postEphemeral failed with its outcome unknown/);
  });

  it('metadata that is not ours is refused in the modal', async () => {
    const { body } = await submit({ paste: OLD_GATEWAY }, { metadata: '{"c":"not a channel"}' });
    expect(body?.errors?.paste).toMatch(/out of date/);
  });
});

describe('the message shortcut on a gateway’s JSON', () => {
  it('a message holding the JSON in a code block (as Slack sends it: entities, linked URLs) is checked, not asked', async () => {
    const entra = fixture('entra-manual-audience.az.json').replace('"name": "vng-entra"', `"name": "${MARKER}-entra"`);
    // What Slack puts in `text`: &, < and > escaped, and URLs it recognised wrapped as links.
    const asSlackSends = `Can someone look at this one?\n\`\`\`${entra
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"(https:\/\/[^"]+)"/g, '"<$1>"')}\`\`\``;
    const before = ephemerals().length;
    const res = await postSigned(
      h.events,
      messageShortcut({ text: asSlackSends, thread_ts: '1700000000.000100' }, h.standIn.responseUrl('sc-1')),
      {
        secret: SECRET,
      },
    );
    expect(res.status).toBe(200);
    const call = await nextEphemeral(before);
    expect(call.params.user).toBe('U0USER');
    expect(call.params.thread_ts).toBe('1700000000.000100');
    const blocks = JSON.stringify(call.params.blocks);
    expect(blocks).toContain(`Check of ${MARKER}-entra`);
    expect(blocks).toContain('message.json');
    expect(blocks).toMatch(/\/docs\/rules\/[a-z0-9-]*audience/);
    const value = shareValueOf(call.params.blocks)!;
    expect(decodeCheckShareValue(value)).toBeDefined();
    expect(value).not.toContain(MARKER);
  });

  it('a question that merely starts with a bracket is still answered as a question', async () => {
    const before = ephemerals().length;
    await postSigned(h.events, messageShortcut({ text: '[urgent] sizing 5000 users' }, h.standIn.responseUrl('sc-2')), { secret: SECRET });
    const call = await nextEphemeral(before);
    const blocks = call.params.blocks as Array<Record<string, any>>;
    expect(blocks[0].text.text).not.toMatch(/^Check/);
    expect(blocks.find((b) => b.type === 'actions')?.elements[0].action_id).toBe(SHARE_ACTION_ID);
    expect(decodeShareValue(shareValueOf(blocks))?.q).toBe('[urgent] sizing 5000 users');
  });
});
