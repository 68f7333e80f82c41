/**
 * POST /api/check on the real server (startVpnAdvisor on 127.0.0.1): the same answer object as
 * `vpn check --format json` (the bundled CLI run as a process), SARIF on request, usage errors as 400 with
 * the message and an example, 413 over the size limit (declared or streamed), 415 and 405, hostile input,
 * and nothing from the input in the logs.
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { API_CHECK_MAX_BODY_BYTES } from '../../bot/http/api-check';
import { AnswerSchema } from '../../shared/answer/answer';
import { checkPolicy } from '../../shared/check/policy';
import { CLI, cliBuilt, runCli } from '../support/run-cli';
import { AS_OF, type Harness, startHarness } from './harness';

jest.setTimeout(60_000);

const FIXTURES = path.resolve(__dirname, '../fixtures/check');
const fixture = (name: string) => ({ name, text: readFileSync(path.join(FIXTURES, name), 'utf8') });
/** Appears only in the input: if it shows up in a log line, the input was logged. */
const MARKER = 'c0ffee00-feed-4bad-beef-5ecre7marker';

let h: Harness;
let url: string;

beforeAll(async () => {
  if (!cliBuilt()) throw new Error(`${CLI} is missing: run "node scripts/build-cli.mjs" (npm test does) before this test`);
  h = await startHarness({ env: { API_RATE_PER_MINUTE: '0' } });
  url = `${h.advisor.url}/api/check`;
});
afterAll(() => h.stop());

const post = (body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(url, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

interface ErrorBody {
  error: string;
  message: string;
  example?: string;
  expected?: string;
}

describe('answers', () => {
  it('the same answer object as `vpn check --format json`', async () => {
    // Named as the CLI is given it (relative to the repository), so that names and fingerprints match.
    const name = 'test/fixtures/check/old-vpngw1-sstp.az.json';
    const res = await post({
      files: [{ name, text: fixture('old-vpngw1-sstp.az.json').text }],
      users: 5000,
      clients: ['windows', 'macos', 'linux'],
      asOf: AS_OF,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = await res.json();
    const a = AnswerSchema.parse(body);
    expect(a).toMatchObject({ kind: 'answer', command: 'check', asOf: AS_OF, permalink: `${h.advisor.config.siteUrl}/check` });
    expect(a.findings.map((f) => f.code)).toContain('p2s_sstp_retirement');

    const cli = await runCli(['check', name, '--users', '5000', '--clients', 'windows,macos,linux', '--as-of', AS_OF, '--format', 'json'], {
      env: { SITE_URL: h.advisor.config.siteUrl },
    });
    expect(cli.code).toBe(3);
    expect(body).toEqual(JSON.parse(cli.stdout));
  });

  it('SARIF with format "sarif": every rule with its page, results with their lines', async () => {
    const res = await post({ files: [fixture('old-vpngw1-sstp.az.json')], asOf: AS_OF, format: 'sarif' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/sarif+json; charset=utf-8');
    const log = await res.json();
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.rules.find((r: { id: string }) => r.id === 'p2s-sstp-retirement').helpUri).toBe(
      `${h.advisor.config.siteUrl}/docs/rules/p2s-sstp-retirement`,
    );
    expect(run.results.length).toBeGreaterThan(0);
    for (const r of run.results) expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThan(1);
  });

  it('a Virtual WAN gateway and its server configuration as two files', async () => {
    const res = await post({ files: [fixture('vwan-p2s-gateway.az.json'), fixture('vwan-server-config.az.json')], asOf: AS_OF });
    expect(res.status).toBe(200);
    const a = AnswerSchema.parse(await res.json());
    expect((a.data as { files: string[] }).files).toEqual(['vwan-p2s-gateway.az.json', 'vwan-server-config.az.json']);
    const checked = a.sections[0];
    expect(checked?.type === 'table' ? checked.rows.map((r) => r[0]) : []).toEqual([
      'Virtual WAN point-to-site gateway',
      'VPN server configuration',
    ]);
  });

  it('options as comma-separated text too; the date defaults to today', async () => {
    const res = await post({ files: [{ text: fixture('old-vpngw1-sstp.az.json').text }], users: '5000', clients: 'windows, mac' });
    expect(res.status).toBe(200);
    const a = await res.json();
    expect(a.data.options).toEqual({ users: 5000, avoid: [], clients: ['windows', 'macos'] });
    expect(a.data.files).toEqual(['input-1.json']);
    expect(a.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('refusals', () => {
  it.each([
    ['not a gateway', { files: [fixture('vnet.az.json')] }, 'check_not_a_gateway', /virtual network, not a VPN gateway/],
    ['not JSON inside', { files: [{ name: 'g.json', text: '{"sku": ' }] }, 'check_not_json', /g\.json is not valid JSON/],
    ['no files', { users: 5 }, 'missing_files', /files/],
    ['three files', { files: [1, 2, 3].map((i) => ({ name: `${i}.json`, text: '{}' })) }, 'too_many_files', /at most 2 files/],
    ['a file without text', { files: [{ name: 'g.json' }] }, 'invalid_file', /"text"/],
    ['bad users', { files: [fixture('old-vpngw1-sstp.az.json')], users: -3 }, 'invalid_users', /whole number/],
    ['bad avoid', { files: [fixture('old-vpngw1-sstp.az.json')], avoid: ['10.0.0.1/16'] }, 'invalid_avoid', /did you mean 10\.0\.0\.0\/16/],
    ['bad clients', { files: [fixture('old-vpngw1-sstp.az.json')], clients: ['beos'] }, 'invalid_clients', /"beos" is not one/],
    ['bad date', { files: [fixture('old-vpngw1-sstp.az.json')], asOf: '2026-02-30' }, 'invalid_as_of', /YYYY-MM-DD/],
    ['bad format', { files: [fixture('old-vpngw1-sstp.az.json')], format: 'xml' }, 'invalid_format', /sarif/],
    ['an unknown field', { files: [fixture('old-vpngw1-sstp.az.json')], user: 5 }, 'unknown_field', /"user"/],
    [
      'prototype keys',
      { files: [{ name: 'g.json', text: '{"__proto__": {"polluted": true}, "gatewayType": "Vpn"}' }] },
      'check_forbidden_key',
      /__proto__/,
    ],
  ])('%s → 400 with the message and an example', async (_what, body, code, message) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    const e = (await res.json()) as ErrorBody;
    expect(e.error).toBe(code);
    expect(e.message).toMatch(message);
    expect(e.example).toBeTruthy();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a body that is not JSON → 400 that does not quote it', async () => {
    const res = await post(`{"files": [${MARKER}`);
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(JSON.parse(text).error).toBe('invalid_json');
    expect(text).not.toContain(MARKER);
  });

  it('not JSON by its content type → 415', async () => {
    const res = await post({ files: [] }, { 'content-type': 'text/plain' });
    expect(res.status).toBe(415);
    expect(((await res.json()) as ErrorBody).error).toBe('unsupported_media_type');
  });

  it.each(['GET', 'PUT', 'DELETE'])('%s → 405 with Allow: POST', async (method) => {
    const res = await fetch(url, { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });
});

describe('size', () => {
  it('the limit is the check input limit for each file, escaped, plus the envelope', () => {
    expect(API_CHECK_MAX_BODY_BYTES).toBeGreaterThan(checkPolicy.maxFiles * checkPolicy.maxInputBytes);
  });

  it('a declared body over the limit → 413, and the server keeps serving', async () => {
    const res = await post(`{"files":[{"name":"g.json","text":"${'x'.repeat(API_CHECK_MAX_BODY_BYTES)}"}]}`);
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorBody).error).toBe('too_large');
    expect((await fetch(`${h.advisor.url}/healthz`)).status).toBe(200);
  });

  it('a streamed (chunked) body over the limit → 413', async () => {
    const { hostname, port } = new URL(url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        { hostname, port, path: '/api/check', method: 'POST', headers: { 'content-type': 'application/json' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      const chunk = Buffer.alloc(1024 * 1024, 'x');
      let sent = 0;
      const write = () => {
        while (sent <= API_CHECK_MAX_BODY_BYTES) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', write);
        }
        req.end();
      };
      write();
    });
    expect(status).toBe(413);
  });

  it('one file over the check input limit inside a body under the limit → 413', async () => {
    const res = await post({ files: [{ name: 'big.json', text: ' '.repeat(checkPolicy.maxInputBytes + 1) }] });
    expect(res.status).toBe(413);
  });
});

it('nothing from the input reaches the logs, whatever the outcome', async () => {
  const gateway = JSON.parse(fixture('entra-manual-audience.az.json').text);
  gateway.name = MARKER;
  const text = JSON.stringify(gateway, null, 2);
  expect((await post({ files: [{ name: `${MARKER}.json`, text }], asOf: AS_OF })).status).toBe(200);
  expect((await post({ files: [{ name: 'g.json', text: `{"x": "${MARKER}"` }] })).status).toBe(400);
  expect((await post({ files: [{ name: 'g.json', text }], clients: [MARKER] })).status).toBe(400);
  expect(h.logs.some((l) => l.includes('/api/check'))).toBe(true);
  expect(h.logs.filter((l) => l.includes(MARKER))).toEqual([]);
});
