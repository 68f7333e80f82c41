import { loadKnowledge } from '../../knowledge';
import { makeAnswerer } from '../../bot/answerer';
import { createSlackApp } from '../../bot/create-app';
import { createLogger } from '../../bot/log';
import { EventLedger } from '../../bot/slack/event-ledger';
import { MessageCache } from '../../bot/slack/message-cache';
import { RESPONSE_URL_LIFETIME_MS, ResponseUrlBudget } from '../../bot/slack/response-url';
import { commandTextFrom, fromSlackText, stripBotMention } from '../../bot/slack/slack-text';
import { openEmbeddedStore } from '../../bot/store/embedded';

describe('EventLedger (on an in-memory store)', () => {
  const ledgerOn = async () => new EventLedger({ store: await openEmbeddedStore() });

  it('runs an event once; a redelivery after success is a duplicate', async () => {
    const ledger = await ledgerOn();
    let runs = 0;
    expect(await ledger.once('Ev1', async () => void runs++)).toBe('replied');
    expect(await ledger.once('Ev1', async () => void runs++)).toBe('duplicate');
    expect(runs).toBe(1);
  });

  it('a failed attempt releases its claim: the next delivery runs, once', async () => {
    const ledger = await ledgerOn();
    await expect(ledger.once('Ev2', async () => Promise.reject(new Error('slack 500')))).rejects.toThrow('slack 500');
    let runs = 0;
    expect(await ledger.once('Ev2', async () => void runs++)).toBe('replied');
    expect(await ledger.once('Ev2', async () => void runs++)).toBe('duplicate');
    expect(runs).toBe(1);
  });

  it('deliveries arriving while one is running wait for it; if it fails, exactly one of them runs', async () => {
    const ledger = await ledgerOn();
    let fail: ((e: Error) => void) | undefined;
    const first = ledger.once('Ev3', () => new Promise<void>((_, reject) => (fail = reject)));
    let runs = 0;
    const retries = [1, 2, 3].map(() => ledger.once('Ev3', async () => void runs++));
    while (!fail) await new Promise((r) => setImmediate(r)); // the first attempt has claimed the id and is working
    fail(new Error('timeout'));
    await expect(first).rejects.toThrow('timeout');
    expect((await Promise.all(retries)).sort()).toEqual(['duplicate', 'duplicate', 'replied']);
    expect(runs).toBe(1);
  });

  it('forgets ids after the time limit', async () => {
    let now = 0;
    const ledger = new EventLedger({ store: await openEmbeddedStore({ now: () => now }), ttlMs: 1000 });
    await ledger.once('Ev4', async () => undefined);
    now = 999;
    expect(await ledger.once('Ev4', async () => undefined)).toBe('duplicate');
    now = 1001;
    expect(await ledger.once('Ev4', async () => undefined)).toBe('replied');
  });

  it('a replica that died mid-work holds the event only for the working time; an answered event stays answered', async () => {
    let now = 0;
    const store = await openEmbeddedStore({ now: () => now });
    const dying = new EventLedger({ store, ttlMs: 60 * 60_000, workingTtlMs: 2 * 60_000 });
    const other = new EventLedger({ store, ttlMs: 60 * 60_000, workingTtlMs: 2 * 60_000 });
    void dying.once('Ev-dies', () => new Promise<void>(() => undefined)); // never finishes: the process died
    await other.once('Ev-done', async () => undefined);
    await new Promise((r) => setImmediate(r));
    expect(await other.once('Ev-dies', async () => undefined)).toBe('duplicate');
    now = 2 * 60_000 + 1;
    expect(await other.once('Ev-dies', async () => undefined)).toBe('replied');
    expect(await other.once('Ev-done', async () => undefined)).toBe('duplicate');
  });

  it('an event without an id just runs', async () => {
    let runs = 0;
    const ledger = await ledgerOn();
    await ledger.once(undefined, async () => void runs++);
    await ledger.once(undefined, async () => void runs++);
    expect(runs).toBe(2);
  });
});

describe('ResponseUrlBudget', () => {
  it('5 uses per URL within 30 minutes of first seeing it; a use given back can be taken again', async () => {
    let now = 0;
    const b = new ResponseUrlBudget(await openEmbeddedStore({ now: () => now }), () => now);
    const verdicts = async (n: number, url: string) => {
      const out: string[] = [];
      for (let i = 0; i < n; i++) out.push((await b.take(url)).verdict);
      return out;
    };
    expect(await verdicts(6, 'u1')).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'used_up']);
    const u2 = await b.take('u2');
    expect(u2.verdict).toBe('ok');
    if (u2.verdict === 'ok') await u2.use.giveBack();
    expect(await verdicts(6, 'u2')).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'used_up']);
    now = RESPONSE_URL_LIFETIME_MS + 1;
    expect((await b.take('u2')).verdict).toBe('expired');
    expect((await b.take('u3')).verdict).toBe('ok');
  });
});

describe('Slack text → command text', () => {
  it('undoes Slack’s escaping in one pass', () => {
    expect(fromSlackText('a &lt;b&gt; &amp;lt; &amp;')).toBe('a <b> &lt; &');
  });
  it('strips the bot’s mention (with or without a label), keeps others', () => {
    expect(stripBotMention('<@U0BOT> sizing <@U0BOT|vpn> 5000 users <@U999>', 'U0BOT')).toBe('sizing 5000 users <@U999>');
    expect(stripBotMention('<@U0BOT|vpn-advisor> ports')).toBe('ports');
    expect(commandTextFrom('<@U0BOT> pool 10.0.0.0/16 avoid &lt;x&gt;', 'U0BOT')).toBe('pool 10.0.0.0/16 avoid <x>');
    expect(commandTextFrom(undefined)).toBe('');
  });
});

describe('rendered answers are cached per question, date and day', () => {
  it('MessageCache keeps a question asked twice, the most recently used first, up to its size', () => {
    const cache = new MessageCache(2);
    const msg = (text: string) => ({ text, blocks: [] });
    let made = 0;
    const get = (k: string) =>
      cache.getOrCreate(k, () => {
        made++;
        return msg(k);
      });
    for (const k of ['a', 'b', 'a', 'b']) get(k); // each seen once before it is kept
    expect(made).toBe(4);
    expect(cache.size).toBe(2);
    get('a'); // a is now the most recent
    get('c');
    get('c'); // kept now, evicting b
    get('a');
    expect(made).toBe(6);
    get('b');
    expect(made).toBe(7);
    expect(cache.size).toBe(2);
  });

  it('MessageCache: a burst of one-off questions does not push out the ones that repeat', () => {
    const cache = new MessageCache(3);
    let made = 0;
    const get = (k: string) =>
      cache.getOrCreate(k, () => {
        made++;
        return { text: k, blocks: [] };
      });
    get('popular');
    get('popular');
    for (let i = 0; i < 20; i++) get(`one-off ${i}`);
    expect(cache.size).toBe(1);
    const before = made;
    get('popular');
    expect(made).toBe(before);
  });

  it('the bot asks the engine again for a new question, a new date, and on a new day; never caches a failure', async () => {
    const store = await openEmbeddedStore();
    jest.useFakeTimers({
      now: new Date('2026-11-21T23:59:00Z'),
      doNotFake: [
        'nextTick',
        'setImmediate',
        'setTimeout',
        'setInterval',
        'clearTimeout',
        'clearInterval',
        'queueMicrotask',
        'hrtime',
        'performance',
      ],
    });
    try {
      const real = makeAnswerer(loadKnowledge(), () => 'https://vpn.example.test');
      let calls = 0;
      const { deps } = createSlackApp(
        { mode: 'http', signingSecret: 'cache-test-signing-secret', botToken: 'xoxb-cache-test', botId: 'B1', botUserId: 'U1' },
        {
          logger: createLogger({ sink: () => undefined }),
          siteBase: () => 'https://vpn.example.test',
          store,
          answer: (text, asOf) => {
            calls++;
            if (text === 'explode') throw new Error('engine failure');
            return real(text, asOf);
          },
        },
      );
      // Asked twice, kept from then on.
      const ask = (req: Parameters<typeof deps.render>[0], times = 3) => {
        for (let i = 0; i < times; i++) deps.render(req);
      };
      ask({ text: 'ports', share: true });
      expect(calls).toBe(2);
      ask({ text: 'ports', share: true, asOf: '2026-01-01' });
      ask({ text: 'ports ikev2', share: true });
      expect(calls).toBe(6);
      jest.setSystemTime(new Date('2026-11-22T00:01:00Z'));
      ask({ text: 'ports', share: true });
      expect(calls).toBe(8);
      for (let i = 0; i < 3; i++) expect(() => deps.render({ text: 'explode' })).toThrow('engine failure');
      expect(calls).toBe(11);
    } finally {
      jest.useRealTimers();
    }
  });
});
