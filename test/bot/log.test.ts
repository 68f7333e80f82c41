import { createLogger, memorySink, redact } from '../../bot/log';

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
