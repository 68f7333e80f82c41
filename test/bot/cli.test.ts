/**
 * The `vpn` CLI as a real process (`node dist/vpn.js`, the file `npm run vpn` and the bin start):
 * exit codes, --json, --format, --as-of before or after the words, --help.
 * Exit 1 (internal failure) has no honest trigger from outside — the knowledge model is bundled and
 * validated at build time — so it is not tested here.
 */
import { readFileSync } from 'node:fs';
import { knowledgeVersion, loadKnowledge } from '../../knowledge';
import { commands, isAnswerOf, parseAnswer } from '../../shared';
import type { Answer } from '../../shared';
import { CLI, cliBuilt, runCli } from '../support/run-cli';

jest.setTimeout(60_000);

const AS_OF = '2026-11-21';
const KV = knowledgeVersion(loadKnowledge());
const json = (stdout: string): Answer => parseAnswer(JSON.parse(stdout));

beforeAll(() => {
  if (!cliBuilt()) throw new Error(`${CLI} is missing: run "node scripts/build-cli.mjs" (npm test does) before the CLI tests`);
});

describe('exit codes', () => {
  it('0 for an answer, printed as plain text', async () => {
    const r = await runCli(['sizing', '5000', 'users', '--as-of', AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Sizing for 5,000 concurrent users');
    expect(r.stdout).toContain('VpnGw5AZ (Gen2) recommended, at 50% of its connection limit; VpnGw4AZ (Gen2) is the minimum');
    expect(r.stdout).toContain(`Permalink (as of ${AS_OF}): http://localhost:3000/ask?q=sizing%205000%20users&as_of=${AS_OF}&kv=${KV}`);
  });

  it('2 for a usage error, which is still printed as an answer', async () => {
    const r = await runCli(['pool', '172.16.1.0/19', '--as-of', AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('Did you mean 172.16.0.0/19?');
    expect(r.stdout).toContain('pool 172.16.0.0/19');
  });

  it.each([
    [['sizing', '-5', 'users']],
    [['sizing', 'lots', 'users']],
    [['pool', '999.1.1.1/24']],
    [['sizing', '5000', 'users', 'as', 'of', '2026-02-30']],
  ])('2 for %j', async (args) => {
    const r = await runCli([...args, '--as-of', AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('What I expected');
  });

  it.each([
    [['sizing', '5000', 'users', '--frobnicate'], /Unknown option --frobnicate/],
    [['sizing', '5000', 'users', '--format', 'xml'], /--format takes text or markdown/],
    [['sizing', '5000', 'users', '--as-of', '2026-02-30'], /--as-of takes a date as YYYY-MM-DD/],
    [['sizing', '5000', 'users', '--as-of', 'tomorrow'], /--as-of takes a date/],
    [['sizing', '5000', 'users', '--as-of'], /--as-of takes a date/],
  ])('2 for a bad flag: %j', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/Example: vpn |Options: /);
    expect(r.stdout).toBe('');
  });
});

describe('--json', () => {
  it('prints the answer object, which validates against the schema', async () => {
    const r = await runCli(['--json', 'sizing', '5000', 'users', '--as-of', AS_OF]);
    expect(r.code).toBe(0);
    const a = json(r.stdout);
    expect(a).toMatchObject({ kind: 'answer', command: 'sizing', query: 'sizing 5000 users', asOf: AS_OF });
    if (!isAnswerOf(a, 'sizing')) throw new Error('not a sizing answer');
    expect(a.data.recommended?.sku).toBe('vpngw5az-gen2');
    expect(a.data.minimum?.sku).toBe('vpngw4az-gen2');
    expect(a.facts.every((f) => f.source.id && f.url.startsWith('http://localhost:3000/docs/reference/'))).toBe(true);
  });

  it('prints usage errors as answer objects too, with exit 2', async () => {
    const r = await runCli(['--json', 'sizing', '-5', 'users', '--as-of', AS_OF]);
    expect(r.code).toBe(2);
    expect(json(r.stdout)).toMatchObject({ kind: 'usage_error', error: { code: 'bad_users', example: 'sizing 5000 users' } });
  });

  it('takes the site address from SITE_URL, or from PORT', async () => {
    const a = json((await runCli(['--json', 'ports', '--as-of', AS_OF], { env: { SITE_URL: 'https://vpn.example.com/' } })).stdout);
    expect(a.permalink).toBe(`https://vpn.example.com/ask?q=ports&as_of=${AS_OF}&kv=${KV}`);
    const b = json((await runCli(['--json', 'ports', '--as-of', AS_OF], { env: { SITE_URL: '', PORT: '4123' } })).stdout);
    expect(b.permalink).toBe(`http://localhost:4123/ask?q=ports&as_of=${AS_OF}&kv=${KV}`);
  });
});

describe('--as-of', () => {
  it('may come before or after the command words, and as --as-of=DATE', async () => {
    const before = await runCli(['--as-of', '2026-01-15', '--json', 'sizing', '800', 'users', 'sstp']);
    const after = await runCli(['sizing', '800', 'users', 'sstp', '--json', '--as-of', '2026-01-15']);
    const inline = await runCli(['sizing', '--as-of=2026-01-15', '800', 'users', 'sstp', '--json']);
    expect(before.stdout).toBe(after.stdout);
    expect(inline.stdout).toBe(after.stdout);
    const a = json(after.stdout);
    expect(a.asOf).toBe('2026-01-15');
    if (!isAnswerOf(a, 'sizing')) throw new Error('not a sizing answer');
    expect(a.data.sstpCounted).toBe(true);
    expect(new URL(a.permalink).searchParams.get('as_of')).toBe('2026-01-15');
  });

  it('changes the answer: compat linux entra before and after the Linux client retired', async () => {
    const early = json((await runCli(['--json', 'compat', 'linux', 'entra', '--as-of', '2026-06-01'])).stdout);
    const late = json((await runCli(['--json', 'compat', 'linux', 'entra', '--as-of', AS_OF])).stdout);
    expect(early.summary).toContain('Azure VPN Client for Linux');
    expect(late.findings.map((f) => f.code)).toContain('client_retired');
  });

  it('defaults to today', async () => {
    const a = json((await runCli(['--json', 'ports'])).stdout);
    expect(a.asOf).toBe(new Date().toISOString().slice(0, 10));
  });
});

describe('--diff-from', () => {
  it('says what changed in substance since the date, in the site’s and Slack’s words, then the answer', async () => {
    const r = await runCli(['compat', 'sstp', 'windows', '--as-of', AS_OF, '--diff-from', '2026-01-15']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`This answer has changed since 2026-01-15: as of ${AS_OF}, 3 things are different.`);
    expect(lines).toContain('• Since 2026-03-31: SSTP can no longer be enabled on a gateway.');
    expect(r.stdout).toContain('Compatibility: Windows with SSTP');
  });

  it('says so when nothing changed; --json gives the changes as data', async () => {
    const same = await runCli(['ports', 'ikev2', '--as-of', AS_OF, '--diff-from', '2026-04-15']);
    expect(same.stdout.split('\n')[0]).toBe(`No change in substance since 2026-04-15: the answer as of ${AS_OF} says the same.`);
    const r = await runCli(['sizing', '400', 'users', '--as-of', AS_OF, '--diff-from=2025-06-01', '--json']);
    const body = JSON.parse(r.stdout) as { from: string; to: string; changes: Array<{ kind: string; text: string }>; answer: unknown };
    expect(body).toMatchObject({ from: '2025-06-01', to: AS_OF });
    expect(body.changes).toContainEqual({ kind: 'lifecycle', text: 'Since 2025-11-01: Non-AZ VpnGw1–5 SKUs: no new gateways.' });
    expect(parseAnswer(body.answer).asOf).toBe(AS_OF);
  });

  it.each([
    [['ports', '--diff-from', '2026-02-30'], /--diff-from takes a date as YYYY-MM-DD/],
    [['ports', '--as-of', AS_OF, '--diff-from', AS_OF], /is not before the evaluation date/],
  ])('refuses %j with exit 2 and a message', async (argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('--format', () => {
  it('markdown prints the Markdown rendering', async () => {
    const r = await runCli(['ports', 'ikev2', '--format', 'markdown', '--as-of', AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('## Firewall ports for IKEv2 (IPsec)\n')).toBe(true);
    expect(r.stdout).toContain('| IKEv2 (IPsec) | UDP 500, UDP 4500, IP protocol 50 |');
    expect(r.stdout.trimEnd().endsWith(`(http://localhost:3000/ask?q=ports%20ikev2&as_of=${AS_OF}&kv=${KV})`)).toBe(true);
  });

  it('text is the default', async () => {
    const text = await runCli(['ports', 'ikev2', '--format', 'text', '--as-of', AS_OF]);
    const plain = await runCli(['ports', 'ikev2', '--as-of', AS_OF]);
    expect(text.stdout).toBe(plain.stdout);
  });

  it('keeps user text inert in Markdown', async () => {
    const r = await runCli(['sizing', '<!channel>', 'users', '--format', 'markdown', '--as-of', AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stdout).not.toContain('<!channel>');
    expect(r.stdout).toContain('&lt;!channel>');
  });
});

describe('--help', () => {
  it('lists every command with an example and the exit codes', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const c of commands) {
      expect(r.stdout).toContain(`  ${c.name}`);
      expect(r.stdout).toContain(`e.g. vpn ${c.examples[0]}`);
    }
    expect(r.stdout).toMatch(/0 answer, 2 usage error, 1 internal failure/);
  });

  it('with a command, shows that command’s declaration', async () => {
    const r = await runCli(['--help', 'sizing', '--as-of', AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('vpn sizing\n')).toBe(true);
    expect(r.stdout).toContain('  • vpn sizing 2000 users from VpnGw1');
    expect(r.stdout).not.toContain('/vpn');
  });

  it('help writes its examples as the CLI is typed ("vpn …"); --json keeps the answer object as every face gets it', async () => {
    const r = await runCli(['help', '--as-of', AS_OF]);
    expect(r.code).toBe(0);
    for (const c of commands) expect(r.stdout).toContain(`vpn ${c.examples[0]}`);
    expect(r.stdout).not.toContain('/vpn');
    const md = await runCli(['help', 'sizing', '--format', 'markdown', '--as-of', AS_OF]);
    expect(md.stdout).not.toContain('/vpn sizing 5000');
    const j = json((await runCli(['help', 'sizing', '--json', '--as-of', AS_OF])).stdout);
    expect(isAnswerOf(j, 'help') && j.data).toMatchObject({ view: 'command', command: 'sizing' });
  });

  it('wraps command descriptions instead of cutting them, within 100 columns when piped', async () => {
    const r = await runCli(['--help']);
    for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
    const joined = r.stdout.replace(/\s+/g, ' ');
    for (const c of commands) expect(joined).toContain(c.summary);
  });

  it('with no words at all, answers with help', async () => {
    const r = await runCli(['--as-of', AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('vpn-advisor: Azure remote-work VPN answers');
  });
});

describe('--version', () => {
  it('prints the package version and the newest source date of the knowledge model, read from the model', async () => {
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    const pkg = JSON.parse(readFileSync(`${__dirname}/../../package.json`, 'utf8')) as { version: string };
    const newest = loadKnowledge()
      .sources.flatMap((s) => (s.date ? [s.date] : []))
      .sort()
      .pop();
    expect(r.stdout).toContain(`vpn-advisor ${pkg.version}`);
    expect(r.stdout).toContain(`sources dated up to ${newest}`);
  });
});

describe('the bundle', () => {
  it('is plain JavaScript with a shebang: no TypeScript compile on each call', () => {
    const src = readFileSync(CLI, 'utf8');
    expect(src.startsWith('#!/usr/bin/env node')).toBe(true);
    expect(src).not.toMatch(/require\("(tsx|typescript|esbuild)"\)/);
  });

  it('answers as a whole process in well under the test timeout (the 0.5 s bar is measured by bench/engine.ts)', async () => {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) times.push((await runCli(['sizing', '5000', 'users', '--as-of', AS_OF])).ms);
    expect(Math.min(...times)).toBeLessThan(5000);
  });
});
