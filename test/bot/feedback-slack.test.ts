/**
 * Feedback in Slack, end to end against the stand-in: 👍/👎 on every kind of answer (slash command,
 * mention, message shortcut, a shared copy), 👎 → views.open → view_submission → a record in the question
 * log; 👍 recorded at once and acknowledged to the presser only; uncovered questions and usage errors
 * logged without user ids; the App Home's maintainers' section only for ADMIN_USER_IDS.
 */
import { QUESTION_LOG } from '../../bot/feedback/question-log';
import {
  decodeFeedbackValue,
  FEEDBACK_DOWN_ACTION_ID,
  FEEDBACK_MODAL_CALLBACK_ID,
  FEEDBACK_UP_ACTION_ID,
} from '../../bot/slack/feedback-buttons';
import { SHARE_ACTION_ID } from '../../bot/slack/share-button';
import { eventCallback, interaction, messageShortcut, postSigned, shareButtonPress, slashCommand } from '../support/signed-request';
import { AS_OF, SECRET, startHarness, type Harness } from './harness';

jest.setTimeout(30_000);

type Blocks = Array<Record<string, any>>;
let h: Harness;

beforeAll(async () => {
  h = await startHarness({ env: { ADMIN_USER_IDS: 'U0ADMIN, W0OTHERADMIN' } });
});
afterAll(async () => {
  await h.stop();
});

const log = async () => (await h.advisor.store.readLog(QUESTION_LOG)).map((e) => ({ id: e.id, ...e.record }) as Record<string, any>);
const buttonsOf = (blocks: Blocks) => (blocks.find((b) => b.type === 'actions')?.elements ?? []) as Array<Record<string, any>>;
const actionIds = (blocks: Blocks) => buttonsOf(blocks).map((b) => b.action_id);

async function ask(text: string, fields: Record<string, string> = {}): Promise<Blocks> {
  const res = await postSigned(h.events, slashCommand(text, fields), { secret: SECRET });
  expect(res.status).toBe(200);
  return ((await res.json()) as { blocks: Blocks }).blocks;
}

function press(actionId: string, value: string, opts: { user?: string; triggerId?: string } = {}) {
  return postSigned(
    h.events,
    interaction({
      type: 'block_actions',
      user: { id: opts.user ?? 'U0USER', username: 'ana', name: 'ana', team_id: 'T0TEAM' },
      api_app_id: 'A0APP',
      token: 'legacy-verification-token',
      container: { type: 'message', message_ts: '1700000000.000300', channel_id: 'C0CHAN', is_ephemeral: true },
      trigger_id: opts.triggerId ?? '1.2.9',
      team: { id: 'T0TEAM', domain: 'example' },
      channel: { id: 'C0CHAN', name: 'support' },
      response_url: h.standIn.responseUrl('feedback'),
      actions: [
        { action_id: actionId, block_id: 'fb', text: { type: 'plain_text', text: 'x' }, value, type: 'button', action_ts: '1700000000.1' },
      ],
    }),
    { secret: SECRET },
  );
}

function submit(view: Record<string, any>, values: Record<string, any>, user = 'U0USER') {
  return postSigned(
    h.events,
    interaction({
      type: 'view_submission',
      team: { id: 'T0TEAM', domain: 'example' },
      user: { id: user, username: 'ana', name: 'ana', team_id: 'T0TEAM' },
      api_app_id: 'A0APP',
      token: 'legacy-verification-token',
      trigger_id: '1.2.10',
      view: { id: 'V0MODAL', type: 'modal', ...view, state: { values }, hash: '1.abc' },
    }),
    { secret: SECRET },
  );
}

describe('👍/👎 on every answer', () => {
  it('a slash command answer has Share, 👍 and 👎; the buttons carry the query and date', async () => {
    const blocks = await ask('sizing 5000 users');
    expect(actionIds(blocks)).toEqual([SHARE_ACTION_ID, FEEDBACK_UP_ACTION_ID, FEEDBACK_DOWN_ACTION_ID]);
    const up = buttonsOf(blocks)[1];
    expect(decodeFeedbackValue(up.value)).toEqual({ q: 'sizing 5000 users', asOf: AS_OF });
    expect(up.text.text).toBe('👍');
  });

  it('a mention reply and a message shortcut answer have 👍 and 👎', async () => {
    await postSigned(
      h.events,
      eventCallback(
        {
          type: 'app_mention',
          user: 'U0USER',
          text: '<@U0BOT> compat macos certificate',
          ts: '1700000001.000100',
          channel: 'C0CHAN',
          event_ts: '1700000001.000100',
        },
        'Ev0FB1',
      ),
      { secret: SECRET },
    );
    await postSigned(h.events, messageShortcut({ text: 'routes 30' }, h.standIn.responseUrl('shortcut')), { secret: SECRET });
    await h.standIn.waitFor(
      () => h.standIn.succeeded('chat.postMessage').length >= 1 && h.standIn.succeeded('chat.postEphemeral').length >= 1,
      10_000,
    );
    const mention = h.standIn.succeeded('chat.postMessage')[0].params.blocks as Blocks;
    const shortcut = h.standIn.succeeded('chat.postEphemeral')[0].params.blocks as Blocks;
    expect(actionIds(typeof mention === 'string' ? JSON.parse(mention) : mention)).toEqual([
      FEEDBACK_UP_ACTION_ID,
      FEEDBACK_DOWN_ACTION_ID,
    ]);
    expect(actionIds(typeof shortcut === 'string' ? JSON.parse(shortcut) : shortcut)).toEqual([
      SHARE_ACTION_ID,
      FEEDBACK_UP_ACTION_ID,
      FEEDBACK_DOWN_ACTION_ID,
    ]);
  });

  it('a shared copy has 👍 and 👎 but no Share button', async () => {
    const share = buttonsOf(await ask('compat windows certificate'))[0];
    await postSigned(h.events, shareButtonPress(share.value, h.standIn.responseUrl('shared')), { secret: SECRET });
    await h.standIn.waitFor(() => h.standIn.responsePosts.some((p) => p.id === 'shared'), 10_000);
    const posted = h.standIn.responsePosts.find((p) => p.id === 'shared')!.body.blocks as Blocks;
    expect(actionIds(posted)).toEqual([FEEDBACK_UP_ACTION_ID, FEEDBACK_DOWN_ACTION_ID]);
  });
});

describe('👎: modal, submission, stored record', () => {
  it('opens the modal with the trigger_id, and its submission stores the reason, comment (redacted) and fact ids', async () => {
    const down = buttonsOf(await ask('sizing 5000 users')).find((b) => b.action_id === FEEDBACK_DOWN_ACTION_ID)!;
    expect((await press(FEEDBACK_DOWN_ACTION_ID, down.value, { triggerId: '77.88.99' })).status).toBe(200);
    await h.standIn.waitFor(() => h.standIn.succeeded('views.open').length === 1, 10_000);
    const call = h.standIn.succeeded('views.open')[0].params;
    expect(call.trigger_id).toBe('77.88.99');
    const view = typeof call.view === 'string' ? JSON.parse(call.view) : (call.view as Record<string, any>);
    expect(view.callback_id).toBe(FEEDBACK_MODAL_CALLBACK_ID);
    const options = view.blocks[0].element.options.map((o: any) => o.text.text);
    expect(options).toEqual(['Wrong or outdated number', "Didn't answer my question", 'Hard to understand', 'Other']);

    const res = await submit(view, {
      reason: { reason: { type: 'radio_buttons', selected_option: { value: 'wrong_number', text: { type: 'plain_text', text: 'x' } } } },
      comment: { comment: { type: 'plain_text_input', value: 'Ask ops@contoso.com, my PC is 192.168.7.20' } },
    });
    expect(res.status).toBe(200);
    const stored = (await log()).filter((r) => r.type === 'feedback' && r.rating === 'down');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      face: 'slack',
      query: 'sizing 5000 users',
      asOf: AS_OF,
      command: 'sizing',
      reason: 'wrong_number',
      comment: 'Ask [email], my PC is [ip]',
    });
    expect(stored[0].facts.length).toBeGreaterThan(0);
    // Neither the user id nor the team id is stored, only a keyed hash.
    expect(JSON.stringify(stored[0])).not.toMatch(/U0USER|T0TEAM/);
    expect(stored[0].who).toMatch(/^[\w-]{16}$/);
  });

  it('a submission without a reason keeps the modal open with an error', async () => {
    const res = await submit(
      { callback_id: FEEDBACK_MODAL_CALLBACK_ID, private_metadata: `${AS_OF} routes 30` },
      {
        reason: { reason: { type: 'radio_buttons', selected_option: null } },
      },
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ response_action: 'errors', errors: { reason: expect.any(String) } });
  });
});

describe('👍', () => {
  it('is recorded at once, once per person and answer, and acknowledged to the presser only', async () => {
    const up = buttonsOf(await ask('compat macos certificate')).find((b) => b.action_id === FEEDBACK_UP_ACTION_ID)!;
    const before = h.standIn.succeeded('chat.postEphemeral').length;
    await press(FEEDBACK_UP_ACTION_ID, up.value);
    await press(FEEDBACK_UP_ACTION_ID, up.value); // a double click
    await h.standIn.waitFor(() => h.standIn.succeeded('chat.postEphemeral').length === before + 2, 10_000);
    const thanks = h.standIn.succeeded('chat.postEphemeral').at(-1)!.params;
    expect(thanks.user).toBe('U0USER');
    expect(String(thanks.text)).toMatch(/Thanks/);
    const ups = (await log()).filter((r) => r.type === 'feedback' && r.rating === 'up' && r.command === 'compat');
    expect(ups).toHaveLength(1);
  });

  it('a button value that is not ours gets a notice, and nothing is stored', async () => {
    const before = (await log()).length;
    await press(FEEDBACK_UP_ACTION_ID, '{"nope":1}');
    await h.standIn.waitFor(
      () => String(h.standIn.succeeded('chat.postEphemeral').at(-1)?.params.text).includes('not one of mine'),
      10_000,
    );
    expect(await log()).toHaveLength(before);
  });
});

describe('the question log from Slack', () => {
  it('records a usage error and an uncovered question, redacted, each time it is asked (cached or not)', async () => {
    await ask('sizing lots of <@U0SOMEONE> users');
    await ask('sizing lots of <@U0SOMEONE> users');
    await ask('what does a vpngw2 cost per month in euros');
    // Written in the background of the answer: wait for them (bounded).
    let records: Array<Record<string, any>> = [];
    for (let i = 0; i < 100 && records.filter((r) => r.type !== 'feedback').length < 3; i++) {
      records = await log();
      await new Promise((r) => setTimeout(r, 50));
    }
    const usage = records.filter((r) => r.type === 'usage_error' && r.command === 'sizing');
    expect(usage).toHaveLength(2);
    expect(usage[0].query).toBe('sizing lots of [mention] users');
    const uncovered = records.filter((r) => r.type === 'uncovered');
    expect(uncovered.map((r) => r.query)).toContain('what does a vpngw2 cost per month in euros');
    expect(JSON.stringify(records)).not.toMatch(/U0SOMEONE|U0USER/);
  });
});

describe('App Home: the maintainers’ section', () => {
  const open = async (user: string, id: string) => {
    const before = h.standIn.succeeded('views.publish').length;
    await postSigned(
      h.events,
      eventCallback({ type: 'app_home_opened', user, channel: 'D0HOME', tab: 'home', event_ts: '1700000002.0' }, id),
      { secret: SECRET },
    );
    await h.standIn.waitFor(() => h.standIn.succeeded('views.publish').length === before + 1, 10_000);
    const p = h.standIn.succeeded('views.publish').at(-1)!.params;
    return JSON.stringify(typeof p.view === 'string' ? JSON.parse(p.view) : p.view);
  };

  it('is shown to an admin, with the uncovered questions, 👎 and usage errors', async () => {
    const view = await open('U0ADMIN', 'EvHome1');
    expect(view).toContain('Maintainers');
    expect(view).toContain('sizing');
    expect(view).toMatch(/cost/);
    expect(view).toContain('👎 1');
  });

  it('is not shown to anyone else', async () => {
    const view = await open('U0USER', 'EvHome2');
    expect(view).not.toContain('Maintainers');
    expect(view).toContain('vpn-advisor');
  });
});
