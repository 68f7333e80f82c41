/**
 * An engine failure behind each of the four ways to ask (slash command, mention, message shortcut, Share
 * button): the person gets a short apology, never the internals, and the failure is logged exactly once.
 */
import { loadKnowledge } from '../../knowledge';
import { makeAnswerer } from '../../bot/answerer';
import { encodeShareValue } from '../../bot/slack/share-button';
import { eventCallback, messageShortcut, postSigned, shareButtonPress, slashCommand } from '../support/signed-request';
import { AS_OF, SECRET, SITE, sleep, startHarness, type Harness } from './harness';

// Real servers on a shared machine: generous time limits (waits inside are bounded separately).
jest.setTimeout(20_000);

const real = makeAnswerer(loadKnowledge(), () => SITE, AS_OF);
let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    start: {
      // "explode" stands for an engine bug; the error names the question, so each case finds its own log line.
      answer: (text, asOf) => {
        if (text.includes('explode')) throw new Error(`engine exploded on purpose: ${text}`);
        return real(text, asOf);
      },
    },
  });
});
afterAll(async () => {
  await h.stop();
});

const APOLOGY = /^:warning: Sorry, something went wrong while answering that\. It has been logged/;

/** Log lines carrying this failure; waits a little so that a second (duplicate) line would have arrived. */
async function failureLogged(question: string): Promise<string[]> {
  await h.standIn.waitFor(() => h.logs.some((l) => l.includes(`engine exploded on purpose: ${question}`)));
  await sleep(100);
  return h.logs.filter((l) => l.includes(`engine exploded on purpose: ${question}`));
}

describe('when the engine fails', () => {
  it('/vpn: the acknowledgement is the apology, for the asker only', async () => {
    const res = await postSigned(h.events, slashCommand('explode slash'), { secret: SECRET });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { response_type: string; text: string; blocks: unknown[] };
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toMatch(APOLOGY);
    expect(body.text).not.toContain('exploded');
    expect(await failureLogged('explode slash')).toHaveLength(1);
  });

  it('@mention: the apology goes in the thread, once', async () => {
    const event = { type: 'app_mention', user: 'U0USER', text: '<@U0BOT> explode mention', ts: '1700000001.000100', channel: 'C0CHAN' };
    await postSigned(h.events, eventCallback(event, 'Ev-explode'), { secret: SECRET });
    const replies = () => h.standIn.succeeded('chat.postMessage').filter((c) => c.params.thread_ts === event.ts);
    await h.standIn.waitFor(() => replies().length === 1);
    expect(String(replies()[0].params.text)).toMatch(APOLOGY);
    expect(await failureLogged('explode mention')).toHaveLength(1);
  });

  it('message shortcut: the apology, only for the person who used it', async () => {
    await postSigned(h.events, messageShortcut({ text: 'explode shortcut' }, h.standIn.responseUrl('sc-explode')), { secret: SECRET });
    const notes = () => h.standIn.succeeded('chat.postEphemeral').filter((c) => APOLOGY.test(String(c.params.text)));
    await h.standIn.waitFor(() => notes().length === 1);
    expect(notes()[0].params).toMatchObject({ channel: 'C0CHAN', user: 'U0USER' });
    expect(await failureLogged('explode shortcut')).toHaveLength(1);
  });

  it('Share button: nothing is posted for everyone; the presser alone gets the apology', async () => {
    const value = encodeShareValue({ q: 'explode share', asOf: AS_OF });
    await postSigned(h.events, shareButtonPress(value, h.standIn.responseUrl('share-explode')), { secret: SECRET });
    const notes = () =>
      h.standIn
        .succeeded('chat.postEphemeral')
        .filter((c) => /Sorry, something went wrong while sharing that answer/.test(String(c.params.text)));
    await h.standIn.waitFor(() => notes().length === 1);
    expect(notes()[0].params).toMatchObject({ channel: 'C0CHAN', user: 'U0USER' });
    expect(h.standIn.responsePosts.filter((p) => p.id === 'share-explode')).toHaveLength(0);
    expect(await failureLogged('explode share')).toHaveLength(1);
  });
});
