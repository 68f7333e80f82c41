/**
 * `vpn check` as a real process (node dist/vpn.js): exit codes 0 / 3 / 2, --format sarif|json|markdown,
 * --fail-on, standard input, bad options, and that nothing from the input reaches stderr.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { CLI, ROOT, cliBuilt, runCli } from '../support/run-cli';
import { AS_OF, FIXTURES } from './support';

jest.setTimeout(60_000);

const f = (name: string) => path.join(FIXTURES, name);
const OLD = f('old-vpngw1-sstp.az.json');

beforeAll(() => {
  if (!cliBuilt()) throw new Error(`${CLI} is missing: run "node scripts/build-cli.mjs" (npm test does) before the CLI tests`);
});

function withStdin(args: string[], input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

it('3 when a finding is at or above --fail-on (default error); the findings in plain text with where they point', async () => {
  const r = await runCli(['check', OLD, '--users', '5000', '--clients', 'windows,macos,linux', '--as-of', AS_OF]);
  expect(r.code).toBe(3);
  expect(r.stdout).toContain('Critical: VpnGw1 (Gen1) is a non-AZ SKU');
  expect(r.stdout).toMatch(/old-vpngw1-sstp\.az\.json:\d+:\d+\)/);
  expect(r.stderr).toBe('');
});

it.each([
  [['--fail-on', 'never'], 0],
  [['--fail-on', 'note'], 3],
])('--fail-on %j exits %d', async (flags, code) => {
  const r = await runCli(['check', OLD, '--as-of', AS_OF, ...flags]);
  expect(r.code).toBe(code);
});

it('0 for a healthy gateway', async () => {
  const r = await runCli(['check', f('healthy-gen2-az.az.json'), '--users', '800', '--as-of', AS_OF]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('No rule found a problem');
});

it('--format sarif prints SARIF 2.1.0 with the rules and results', async () => {
  const r = await runCli(['check', OLD, '--users', '5000', '--as-of', AS_OF, '--format', 'sarif', '--fail-on', 'never']);
  expect(r.code).toBe(0);
  const log = JSON.parse(r.stdout);
  expect(log.version).toBe('2.1.0');
  expect(log.runs[0].tool.driver.rules.length).toBeGreaterThan(20);
  expect(log.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toContain('gateway-sku-non-az');
});

it('--json prints the answer object; --format markdown prints Markdown', async () => {
  const j = await runCli(['check', OLD, '--as-of', AS_OF, '--json']);
  expect(JSON.parse(j.stdout).command).toBe('check');
  const m = await runCli(['check', OLD, '--as-of', AS_OF, '--format', 'markdown']);
  expect(m.stdout).toContain('**Critical:**');
});

it('- reads standard input; a VWAN pair in two files', async () => {
  const { readFileSync } = await import('node:fs');
  const r = await withStdin(['check', '-', '--as-of', AS_OF, '--fail-on', 'never'], readFileSync(OLD, 'utf8'));
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('(stdin:');
  const pair = await runCli(['check', f('vwan-p2s-gateway.az.json'), f('vwan-server-config.az.json'), '--as-of', AS_OF]);
  expect(pair.code).toBe(3);
  expect(pair.stdout).toContain('Configure 2 pools');
});

it.each([
  [['check', f('vnet.az.json')], /This is a virtual network, not a VPN gateway/],
  [['check', f('nope.json')], /Can't read .*nope\.json: no such file/],
  [['check', OLD, '--users', 'many'], /--users takes a whole number/],
  [['check', OLD, '--clients', 'windows,beos'], /--clients takes windows, macos, linux, ios, android/],
  [['check', OLD, '--avoid', '10.1.0.1/16'], /did you mean 10\.1\.0\.0\/16\?/],
  [['check', OLD, '--format', 'xml'], /--format takes text, markdown, json, sarif/],
  [['check', OLD, '--fail-on', 'sometimes'], /--fail-on takes error, warning, note, never/],
  [['check'], /Give the file to check/],
])('2 for %j', async (args, message) => {
  const r = await runCli([...args, '--as-of', AS_OF]);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(message);
});

it('nothing from the input reaches stderr, even when it is refused', async () => {
  const secret = 'TENANT-SECRET-0f9e8d';
  const r = await withStdin(
    ['check', '-'],
    `{"type":"Microsoft.Network/virtualNetworks","name":"${secret}","addressSpace":{"addressPrefixes":["10.0.0.0/16"]}}`,
  );
  expect(r.code).toBe(2);
  expect(r.stderr).not.toContain(secret);
  expect(r.stdout).not.toContain(secret);
});

it('--help lists every rule', async () => {
  const r = await runCli(['check', '--help']);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('p2s-sstp-retirement');
  expect(r.stdout).toContain('Exit codes: 0 nothing at or above --fail-on');
});
