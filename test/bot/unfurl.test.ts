/**
 * Unfurls end to end: a signed `link_shared` event over HTTP mode reaches the real server, which answers
 * the permalink and calls chat.unfurl on the local Slack stand-in (which checks the call as Slack does).
 * The change notice uses the words of the site's banner and the CLI's --diff-from (shared/changes).
 */
import { knowledgeVersion, loadKnowledge } from '../../knowledge';
import { changeNotice } from '../../shared/changes/answer-changes';
import { answerChangesSince } from '../../shared/changes/since';
import { paths } from '../../shared/site-urls';
import { eventCallback, postSigned } from '../support/signed-request';
import { behave } from '../support/slack-stand-in';
import { AS_OF, BOT_TOKEN, SECRET, SITE, sleep, startHarness, type Harness } from './harness';

// Real servers on a shared machine: generous time limits (waits inside are bounded separately).
jest.setTimeout(20_000);

const kb = loadKnowledge();
const KV = knowledgeVersion(kb);
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
  expect(h.logs.join('\n')).not.toContain(SECRET);
  expect(h.logs.join('\n')).not.toContain(BOT_TOKEN);
});

let n = 0;
const permalink = (q: string, asOf?: string, kv?: string) => `${SITE}${paths.ask(q, asOf, kv)}`;
const linkShared = (urls: string[], extra: Record<string, unknown> = {}) => ({
  type: 'link_shared',
  channel: 'C0CHAN',
  user: 'U0USER',
  message_ts: `1700000300.00${String(++n).padStart(4, '0')}`,
  links: urls.map((url) => ({ domain: new URL(url).hostname, url })),
  event_ts: '1700000300.000001',
  ...extra,
});
const deliver = (event: Record<string, unknown>, eventId: string, retry?: number) =>
  postSigned(h.events, eventCallback(event, eventId), {
    secret: SECRET,
    headers: retry ? { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' } : {},
  });
const unfurlsFor = (ts: string) => h.standIn.succeeded('chat.unfurl').filter((c) => c.params.ts === ts);
type Block = { type: string; text?: { text: string }; elements?: Array<{ text: string }> };
const blocksOf = (call: { params: Record<string, unknown> }, url: string) =>
  (call.params.unfurls as Record<string, { blocks: Block[] }>)[url].blocks;
/** Slack's mrkdwn as a reader sees it: links as their labels, entities decoded. */
const shown = (mrkdwn: string) =>
  mrkdwn
    .replace(/<[^|>]+\|([^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('link_shared → chat.unfurl', () => {
  it('an old SSTP permalink unfurls with its title, summary and date, and what changed since', async () => {
    const url = permalink('compat sstp windows', '2026-01-15', KV);
    const ev = linkShared([url, 'https://learn.microsoft.com/azure/vpn-gateway/']);
    expect((await deliver(ev, 'Ev-unfurl-sstp')).status).toBe(200);
    await h.standIn.waitFor(() => unfurlsFor(ev.message_ts).length === 1);
    const [call] = unfurlsFor(ev.message_ts);
    expect(call.authorized).toBe(true);
    expect(call.params.channel).toBe('C0CHAN');
    // Only our own /ask links: Slack previews the others itself.
    expect(Object.keys(call.params.unfurls as object)).toEqual([url]);

    const blocks = blocksOf(call, url);
    const before = answerChangesSince('compat sstp windows', { kb, asOf: '2026-01-15', today: AS_OF, kv: KV, base: SITE })!;
    expect(shown(blocks[0].text!.text)).toBe(`*${before.before.title}*\n${before.before.summary}`);
    expect(blocks[0].text!.text).toContain(`<${before.before.permalink.replace(/&/g, '&amp;')}|`);
    expect(blocks[1].elements![0].text).toBe('Evaluated on 2026-01-15 · vpn-advisor');
    const notice = changeNotice(before, KV);
    const change = shown(blocks[2].text!.text);
    expect(change).toContain(`*${notice.heading}*`);
    for (const line of notice.changes) expect(change).toContain(`• ${line}`);
    expect(change).toContain('• Since 2026-03-31: SSTP can no longer be enabled on a gateway.');
    expect(blocks[2].text!.text).toContain(`<${before.todayUrl.replace(/&/g, '&amp;')}|${notice.todayText}>`);
  });

  it('a permalink whose answer did not change unfurls without a change notice', async () => {
    const url = permalink('sizing 400 users', '2026-10-01', KV);
    const ev = linkShared([url]);
    await deliver(ev, 'Ev-unfurl-same');
    await h.standIn.waitFor(() => unfurlsFor(ev.message_ts).length === 1);
    const blocks = blocksOf(unfurlsFor(ev.message_ts)[0], url);
    expect(blocks.map((b) => b.type)).toEqual(['section', 'context']);
    expect(shown(blocks[0].text!.text)).toContain('Sizing for 400 concurrent users');
  });

  it('a permalink from older knowledge names the corrected facts', async () => {
    const url = permalink('sizing 400 users', '2026-10-01', '2024-01-01');
    const ev = linkShared([url]);
    await deliver(ev, 'Ev-unfurl-corrected');
    await h.standIn.waitFor(() => unfurlsFor(ev.message_ts).length === 1);
    const blocks = blocksOf(unfurlsFor(ev.message_ts)[0], url);
    expect(blocks).toHaveLength(3);
    expect(shown(blocks[2].text!.text)).toContain('Corrected since this link was made (knowledge of 2024-01-01)');
    expect(shown(blocks[2].text!.text)).toMatch(/• .+: now .+, was .+ \(source of \d{4}-\d{2}-\d{2}\)\./);
  });

  it('a link typed in the composer is unfurled by unfurl_id and source', async () => {
    const url = permalink('ports ikev2', AS_OF, KV);
    await deliver(
      linkShared([url], { unfurl_id: 'U0UNFURL', source: 'composer', channel: 'COMPOSER', message_ts: 'COMPOSER' }),
      'Ev-composer',
    );
    await h.standIn.waitFor(() => h.standIn.succeeded('chat.unfurl').some((c) => c.params.unfurl_id === 'U0UNFURL'));
    const call = h.standIn.succeeded('chat.unfurl').find((c) => c.params.unfurl_id === 'U0UNFURL')!;
    expect(call.params.source).toBe('composer');
    expect(call.params.ts).toBeUndefined();
  });

  it('a redelivered event unfurls once; links elsewhere are left alone', async () => {
    const ev = linkShared([permalink('routes 30', AS_OF)]);
    await deliver(ev, 'Ev-unfurl-retried');
    await h.standIn.waitFor(() => unfurlsFor(ev.message_ts).length === 1);
    await deliver(ev, 'Ev-unfurl-retried', 1);
    const other = linkShared(['https://other.example/ask?q=ports', `${SITE}/docs/reference/limits`]);
    await deliver(other, 'Ev-unfurl-other');
    await sleep(300);
    expect(unfurlsFor(ev.message_ts)).toHaveLength(1);
    expect(h.standIn.calls.filter((c) => c.method === 'chat.unfurl' && c.params.ts === other.message_ts)).toHaveLength(0);
  });

  it('Slack refusing the unfurl is logged, and the server keeps serving', async () => {
    h.standIn.plan('chat.unfurl', behave.slackError('cannot_unfurl_url'));
    const ev = linkShared([permalink('bastion 100 sessions', AS_OF)]);
    expect((await deliver(ev, 'Ev-unfurl-refused')).status).toBe(200);
    await h.standIn.waitFor(() => h.logs.some((l) => l.includes('Ev-unfurl-refused') && l.includes('chat.unfurl failed')));
    expect((await fetch(`${h.advisor.url}/healthz`)).status).toBe(200);
  });
});
