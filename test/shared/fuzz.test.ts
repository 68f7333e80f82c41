/**
 * Random and hostile command text: the engine never throws, always returns an answer or a usage error
 * that validates against the schema, and the renderers never let user text become markup, a ping or a link.
 */
import fc from 'fast-check';
import { AnswerSchema, commands, renderMarkdown, renderPlainText } from '../../shared';
import type { Answer } from '../../shared';
import { ask } from '../support/knowledge-fixture';

jest.setTimeout(Number(process.env.FUZZ_TIMEOUT_MS ?? 120_000));

const hostile = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<@U123>',
  '<#C123|general>',
  '<https://evil.example|click>',
  '<mailto:x@evil.example|mail>',
  '[x](javascript:alert(1))',
  '![img](https://evil.example/x.png)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '&lt;&amp;',
  '`code`',
  '**bold**',
  '# heading',
  '| a | b |',
  '---',
  '1. item',
  '\\',
  '{{7*7}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, typed as a user would
  '${process.exit(1)}',
  '%s%n',
  '../../etc/passwd',
  '\u0000',
  '\u0007',
  '\u001b[2J\u001b[H',
  '\u009b31m',
  '\r\n',
  '\u2028',
  '\u202e',
  '\ufeff',
  '\u200b',
  '\u00a0',
  '\u3000',
  'é',
  'ß',
  'İ',
  '𝟓𝟎𝟎𝟎',
  '٥٠٠٠',
  '五千',
  '🙂',
  // Halves of a surrogate pair on their own (a JSON body can carry "\ud800"): no URL can encode them.
  '\ud800',
  '\udc00x',
  'x\ud83d',
  '-5',
  '0',
  '-0',
  '0.0001',
  '1e308',
  '1e-308',
  '9'.repeat(40),
  'NaN',
  'Infinity',
  '-Infinity',
  '0x1F',
  '5,000',
  '5,00',
  ',,,',
  '5k',
  '5K',
  '2mbps',
  '2Gbps',
  '1.5',
  '10.0.0.0/8',
  '172.16.1.0/19',
  '999.1.1.1/24',
  '1.2.3.4/33',
  '0.0.0.0/0',
  '255.255.255.255/32',
  '1.2.3/24',
  '1.2.3.4.5/6',
  '01.02.03.04/24',
  '::1/128',
  'a.b.c.d/e',
  '/',
  '/24',
  '10.0.0.0/',
  '10.0.0.0//8',
  '1.1.1.1/-1',
  'sizing',
  'compat',
  'pool',
  'routes',
  'bastion',
  'expressroute',
  'scenario',
  'limits',
  'ports',
  'help',
  'search',
  '/vpn',
  'users',
  'user',
  'mbps',
  'gbps',
  'sites',
  'sstp',
  'ikev2',
  'openvpn',
  'from',
  'VpnGw1',
  'VpnGw5AZ',
  'gen1',
  'gen2',
  'standard',
  'avoid',
  'virtual-wan',
  'scale',
  'units',
  'rdp',
  'ssh',
  'circuits',
  'linux',
  'macos',
  'windows',
  'ios',
  'android',
  'entra',
  'radius',
  'certificate',
  'zone-redundant',
  'active-active',
  '?',
  'why',
  'the',
  'of',
];

const token = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...hostile) },
  { weight: 2, arbitrary: fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map(String) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }).map(String) },
  { weight: 1, arbitrary: fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String) },
  { weight: 2, arbitrary: fc.tuple(fc.ipV4(), fc.integer({ min: -2, max: 40 })).map(([ip, p]) => `${ip}/${p}`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);
const separator = fc.constantFrom(' ', ',', ', ', '  ', '\t', '\n', ';', '\u00a0');
const commandLike = fc
  .tuple(
    fc.constantFrom(...commands.map((c) => c.name), ...commands.flatMap((c) => c.aliases), ''),
    fc.array(fc.tuple(separator, token), { maxLength: 10 }),
  )
  .map(([name, rest]) => name + rest.map(([s, t]) => s + t).join(''));
const raw = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ maxLength: 700 }),
);
const asOf = fc.constantFrom('2026-11-21', '2025-01-01', '2026-01-15', '2026-09-01', '2027-04-01', '2030-12-31');

/** Raw user fragments that must never survive into Markdown unescaped. */
const dangerous = [
  /<!(channel|here|everyone)>/,
  /<@U123>/,
  /<https?:\/\/[^>]*\|/,
  /\]\(javascript:/i,
  /<script/i,
  /<img/i,
  /<#C123/,
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are the point here
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/,
];

function check(text: string, date: string): void {
  let a: Answer;
  try {
    a = ask(text, { asOf: date });
  } catch (e) {
    throw new Error(`runCommand threw for ${JSON.stringify(text)} @ ${date}: ${(e as Error).stack}`);
  }
  const parsed = AnswerSchema.safeParse(a);
  if (!parsed.success) throw new Error(`invalid answer for ${JSON.stringify(text)}: ${parsed.error.message}`);
  if (a.kind === 'usage_error') {
    if (!a.error?.expected || !a.error.example) throw new Error(`usage error without expected/example for ${JSON.stringify(text)}`);
  }
  const plain = renderPlainText(a);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are the point here
  if (/[\u0000-\u0008\u000b-\u001f\u007f\u009b]/.test(plain))
    throw new Error(`control characters in plain text for ${JSON.stringify(text)}`);
  const md = renderMarkdown(a);
  for (const d of dangerous) if (d.test(md)) throw new Error(`unescaped ${d} in Markdown for ${JSON.stringify(text)}:\n${md}`);
  const url = new URL(a.permalink);
  if (url.searchParams.get('as_of') !== date) throw new Error(`permalink without as_of for ${JSON.stringify(text)}`);
}

/** 10,000 strings in the suite; FUZZ_RUNS=100000 (and a longer jest timeout) for the quality-bar run. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261121);

describe('fuzz: runCommand on random and hostile text', () => {
  it(`answers ${Math.round(RUNS * 0.6)} command-like strings built from hostile tokens`, () => {
    fc.assert(
      fc.property(commandLike, asOf, (text, date) => check(text, date)),
      { numRuns: Math.round(RUNS * 0.6), seed: SEED },
    );
  });

  it(`answers ${Math.round(RUNS * 0.4)} arbitrary strings (ASCII, unicode, control characters, up to 700 characters)`, () => {
    fc.assert(
      fc.property(raw, asOf, (text, date) => check(text, date)),
      { numRuns: Math.round(RUNS * 0.4), seed: SEED + 1 },
    );
  });

  it('answers every hostile token after every command name', () => {
    let n = 0;
    for (const c of commands)
      for (const t of hostile) {
        check(`${c.name} ${t}`, '2026-11-21');
        check(`${c.name} 5000 users ${t} ${t}`, '2026-11-21');
        n += 2;
      }
    expect(n).toBeGreaterThan(1000);
  });
});
