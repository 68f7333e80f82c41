import { createLogger, currentRequestId, defaultLogFormat, memorySink, redact, runWithRequestId } from '../../bot/log';

const SECRET = 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6';
const BOT = 'xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx';

describe('redact', () => {
  it.each([
    ['a configured secret', `secret is ${SECRET}!`, `secret is [redacted]!`],
    ['a bot token, configured or not', `token=${BOT}&x=1`, 'token=[redacted]&x=1'],
    ['an unknown user token', 'xoxp-1-2-3-abc', '[redacted]'],
    ['an app-level token', 'Authorization: Bearer xapp-1-A0-123-abcdef', 'Authorization: Bearer [redacted]'],
    ['a bearer header of another shape', '{"Authorization":"Bearer sometoken123"}', '{"Authorization":"Bearer [redacted]"}'],
    ['a request signature', `x-slack-signature: v0=${'ab'.repeat(32)}`, 'x-slack-signature: [redacted]'],
    [
      'the password in a URL',
      'connect redis://:hunter2@10.0.0.5:6379 and https://ana:pw@x.test/',
      'connect redis://:[redacted]@10.0.0.5:6379 and https://ana:[redacted]@x.test/',
    ],
    ['but not a URL without one', 'see https://vpn.example.test:8443/docs?a=b@c', 'see https://vpn.example.test:8443/docs?a=b@c'],
  ])('%s', (_name, input, expected) => {
    expect(redact(input, [SECRET])).toBe(expected);
  });

  it('leaves ordinary text alone', () => {
    expect(redact('sizing 5000 users on VpnGw4AZ', [SECRET])).toBe('sizing 5000 users on VpnGw4AZ');
  });
});

describe('createLogger', () => {
  it('redacts every argument, including errors and objects, and respects the level', () => {
    const { sink, lines } = memorySink();
    const log = createLogger({ level: 'info', secrets: [SECRET, BOT], sink });
    log.debug(`hidden ${SECRET}`);
    log.info('config', { signingSecret: SECRET, token: BOT });
    log.error('failed:', new Error(`call with ${BOT} failed`));
    log.warn(`${encodeURIComponent(BOT)}`);
    expect(lines).toHaveLength(3);
    const all = lines.join('\n');
    expect(all).not.toContain(SECRET);
    expect(all).not.toContain(BOT);
    expect(all).toMatch(/INFO .*\[redacted\]/);
    expect(all).toMatch(/ERROR .*call with \[redacted\] failed/);
  });

  it('Bolt can read and set the level', () => {
    const log = createLogger({ level: 'warn', sink: () => undefined });
    expect(log.getLevel()).toBe('warn');
    log.setLevel('debug' as never);
    expect(log.getLevel()).toBe('debug');
  });
});

describe('JSON lines', () => {
  const jsonLogger = (level: 'debug' | 'info' = 'info') => {
    const { sink, lines } = memorySink();
    const log = createLogger({ level, secrets: [SECRET], sink, format: 'json' });
    return { log, lines, parsed: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
  };

  it('one JSON object a line: time, level, msg, name; structured fields as keys', () => {
    const { log, lines, parsed } = jsonLogger();
    log.info('hello', { a: 1 });
    log.fields('warn', 'request', { method: 'GET', status: 404, aborted: undefined });
    expect(lines.every((l) => !l.includes('\n'))).toBe(true);
    const [first, second] = parsed();
    expect(first).toEqual({ time: expect.any(String), level: 'info', msg: 'hello {"a":1}', name: 'vpn-advisor' });
    expect(new Date(first.time as string).toISOString()).toBe(first.time);
    expect(second).toMatchObject({ level: 'warn', msg: 'request', method: 'GET', status: 404 });
    expect(second).not.toHaveProperty('aborted');
  });

  it('redacts in JSON mode too: messages, errors with their stacks, and field values', () => {
    const { log, lines, parsed } = jsonLogger();
    log.info(`token ${BOT} and secret ${SECRET}`);
    log.error('failed:', new Error(`call with ${BOT} failed`));
    log.fields('info', 'request', { path: `/x/${SECRET}` });
    const all = lines.join('\n');
    expect(all).not.toContain(SECRET);
    expect(all).not.toContain(BOT);
    const [a, b, c] = parsed();
    expect(a.msg).toBe('token [redacted] and secret [redacted]');
    expect(b.msg).toMatch(/^failed: Error: call with \[redacted\] failed\n\s+at /);
    expect(c.path).toBe('/x/[redacted]');
  });

  it('a line written while a request is handled carries its id, also after awaits and timers', async () => {
    const { log, parsed } = jsonLogger();
    log.info('outside');
    await runWithRequestId('req-1', async () => {
      log.info('inside');
      await new Promise((r) => setTimeout(r, 5));
      log.info('after a timer');
      expect(currentRequestId()).toBe('req-1');
    });
    await Promise.all([
      runWithRequestId('req-a', async () => {
        await new Promise((r) => setTimeout(r, 10));
        log.info('a');
      }),
      runWithRequestId('req-b', async () => log.info('b')),
    ]);
    log.info('outside again');
    const byMsg = Object.fromEntries(parsed().map((l) => [l.msg, l.requestId]));
    expect(byMsg).toEqual({
      outside: undefined,
      inside: 'req-1',
      'after a timer': 'req-1',
      a: 'req-a',
      b: 'req-b',
      'outside again': undefined,
    });
  });

  it('text mode shows the request id and fields too', () => {
    const { sink, lines } = memorySink();
    const log = createLogger({ sink, format: 'text' });
    runWithRequestId('req-9', () => log.fields('info', 'request', { method: 'GET', path: '/a b' }));
    expect(lines[0]).toMatch(/INFO {2}\[vpn-advisor\] \(req-9\) request method=GET path="\/a b"$/);
  });

  it('text on a terminal, JSON otherwise; a given sink gets text unless told', () => {
    expect(defaultLogFormat({ isTTY: true })).toBe('text');
    expect(defaultLogFormat({ isTTY: false })).toBe('json');
    expect(defaultLogFormat({})).toBe('json');
    const { sink, lines } = memorySink();
    createLogger({ sink }).info('x');
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT.* INFO {2}\[vpn-advisor\] x$/);
  });
});
