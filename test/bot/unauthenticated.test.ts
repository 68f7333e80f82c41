/**
 * What someone without the signing secret can cost: nothing read before the Slack headers are checked
 * (401 / 413 on the headers alone), slow requests cut off quickly (408), connections capped, at most a few
 * WARN lines however much junk arrives, and no memory growth from thousands of slow unsigned connections.
 */
import { connect, type Socket } from 'node:net';
import v8 from 'node:v8';
import vm from 'node:vm';
import { messageShortcut, nowSeconds, postSigned, signedHeaders } from '../support/signed-request';
import { junkReportFor } from '../../bot/junk-log';
import { SECRET, startHarness, type Harness } from './harness';

jest.setTimeout(60_000);

/** Shortened for the test; the defaults (10 s / 5 s, checked every second) are asserted below. */
const TIMEOUTS = { requestMs: 1_000, headersMs: 800, checkEveryMs: 100 };
const MAX_CONNECTIONS = 40;

let h: Harness;
let port: number;
beforeAll(async () => {
  h = await startHarness({ start: { http: { timeouts: TIMEOUTS, maxConnections: MAX_CONNECTIONS } } });
  port = h.advisor.port;
});
afterAll(async () => {
  await h.stop();
});

interface RawReply {
  data: string;
  /** The server closed the connection (rather than the test giving up waiting). */
  closedByServer: boolean;
  ms: number;
}

/** Sends `head` (and nothing more unless `body`), then waits for the server to answer and close, at most `waitMs`. */
function raw(
  head: string,
  opts: { body?: string; waitMs?: number; port?: number; onSocket?: (s: Socket) => void } = {},
): Promise<RawReply> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    let data = '';
    let done = false;
    const finish = (closedByServer: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      sock.destroy();
      resolve({ data, closedByServer, ms: Date.now() - t0 });
    };
    const sock = connect(opts.port ?? port, '127.0.0.1', () => sock.write(head + (opts.body ?? '')));
    opts.onSocket?.(sock);
    const timer = setTimeout(() => finish(false), opts.waitMs ?? 3_000);
    sock.on('data', (d) => (data += d));
    sock.on('close', () => finish(true));
    sock.on('error', () => finish(true));
  });
}

const head = (headers: Record<string, string | number>) =>
  `POST /slack/events HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')}\r\n`;
/** Looks like Slack's at a glance (a fresh timestamp, a signature of the right shape), but isn't. */
const plausible = () => ({ 'x-slack-request-timestamp': String(nowSeconds()), 'x-slack-signature': `v0=${'0'.repeat(64)}` });
const warnLines = (from: number) => h.logs.slice(from).filter((l) => / WARN /.test(l));

describe('refused on the headers alone, before any of the body is sent', () => {
  it.each([
    ['no Slack headers', 401, {}],
    ['a timestamp 6 minutes old', 401, { 'x-slack-request-timestamp': nowSeconds() - 360, 'x-slack-signature': `v0=${'0'.repeat(64)}` }],
    ['a timestamp 6 minutes ahead', 401, { 'x-slack-request-timestamp': nowSeconds() + 360, 'x-slack-signature': `v0=${'0'.repeat(64)}` }],
    ['a timestamp that is not a number', 401, { 'x-slack-request-timestamp': 'soon', 'x-slack-signature': `v0=${'0'.repeat(64)}` }],
    ['a declared body over 64 KiB', 413, plausible()],
  ])('%s → %d and the connection is closed', async (_name, status, headers) => {
    const length = status === 413 ? 64 * 1024 + 1 : 50_000;
    const r = await raw(head({ ...headers, 'content-length': length }));
    expect(r.data).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
    expect(r.data.toLowerCase()).toContain('connection: close');
    expect(r.closedByServer).toBe(true);
    expect(r.ms).toBeLessThan(2_000);
  });

  it('a correctly signed request still goes through (and a wrong signature gets 401 once the body is read)', async () => {
    const body = '{"type":"url_verification","challenge":"abc"}';
    const ok = await raw(head({ ...signedHeaders(body, SECRET), 'content-length': Buffer.byteLength(body), connection: 'close' }), {
      body,
    });
    expect(ok.data).toMatch(/^HTTP\/1\.1 200 /);
    expect(ok.data).toContain('abc');
    const bad = await raw(head({ ...plausible(), 'content-length': Buffer.byteLength(body) }), { body });
    expect(bad.data).toMatch(/^HTTP\/1\.1 401 /);
  });
});

describe('the body limit fits what Slack sends', () => {
  it('a message shortcut on a full-size Block Kit message (50 blocks, 12,000 characters, plus its text) is answered', async () => {
    const req = messageShortcut({ text: 'ports' }, h.standIn.responseUrl('limit-fit'));
    const payload = JSON.parse(new URLSearchParams(req.body).get('payload')!);
    payload.message.text = `ports ${'x'.repeat(12_000)}`;
    payload.message.blocks = Array.from({ length: 50 }, (_, i) => ({
      type: 'section',
      block_id: `b${i}`,
      text: { type: 'mrkdwn', text: 'y'.repeat(240), verbatim: true },
    }));
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    expect(body.length).toBeGreaterThan(30_000);
    expect(body.length).toBeLessThan(64 * 1024);
    const before = h.standIn.calls.filter((c) => c.method === 'chat.postEphemeral').length;
    const res = await postSigned(h.events, { body, contentType: 'application/x-www-form-urlencoded' }, { secret: SECRET });
    expect(res.status).toBe(200);
    await h.standIn.waitFor(() => h.standIn.calls.filter((c) => c.method === 'chat.postEphemeral').length === before + 1);
  });
});

describe('slow requests', () => {
  it('a body that never finishes → 408 within the shortened request timeout', async () => {
    const r = await raw(head({ ...plausible(), 'content-length': 1000 }), { body: '{"type":', waitMs: 5_000 });
    expect(r.data).toMatch(/^HTTP\/1\.1 408 /);
    expect(r.ms).toBeGreaterThanOrEqual(TIMEOUTS.requestMs - 100);
    expect(r.ms).toBeLessThan(TIMEOUTS.requestMs + 3_000);
  });

  it('headers that never finish → 408 within the shortened headers timeout', async () => {
    const r = await raw('POST /slack/events HTTP/1.1\r\nhost: 127.0.0.1\r\n', { waitMs: 5_000 });
    expect(r.data).toMatch(/^HTTP\/1\.1 408 /);
    expect(r.ms).toBeLessThan(TIMEOUTS.requestMs + 3_000);
  });

  it('by default: 10 s for a request, 5 s for its headers, checked every second; 1,000 connections at most', async () => {
    const d = await startHarness();
    try {
      expect(d.advisor.server.requestTimeout).toBe(10_000);
      expect(d.advisor.server.headersTimeout).toBe(5_000);
      expect(d.advisor.server.keepAliveTimeout).toBe(5_000);
      expect(d.advisor.server.maxConnections).toBe(1_000);
    } finally {
      await d.stop();
    }
  });
});

describe('the connection cap', () => {
  it(`with ${MAX_CONNECTIONS} connections open, one more is closed at once; once they go, the server serves again`, async () => {
    const held: Socket[] = [];
    await Promise.all(
      Array.from(
        { length: MAX_CONNECTIONS },
        () =>
          new Promise<void>((resolve) => {
            const s = connect(port, '127.0.0.1', () => resolve());
            s.on('error', () => undefined);
            held.push(s);
          }),
      ),
    );
    await new Promise((r) => setTimeout(r, 100)); // the server has accepted them all
    const extra = await raw('GET /healthz HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n', { waitMs: 3_000 });
    expect(extra.closedByServer).toBe(true);
    expect(extra.data).toBe('');
    for (const s of held) s.destroy();
    await new Promise((r) => setTimeout(r, 100));
    expect((await fetch(`${h.advisor.url}/healthz`)).status).toBe(200);
  });
});

describe('the log can not be flooded', () => {
  it('1,000 junk requests (unsigned, badly signed, oversized) → at most 2 WARN lines, with the counts', async () => {
    const from = h.logs.length;
    const kinds = [
      () => fetch(h.events, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } }),
      () => fetch(h.events, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json', ...plausible() } }),
      () =>
        fetch(h.events, { method: 'POST', body: 'x'.repeat(70 * 1024), headers: { 'content-type': 'application/json', ...plausible() } }),
    ];
    for (let i = 0; i < 1000; i += 50) {
      await Promise.all(
        Array.from({ length: 50 }, (_, j) =>
          kinds[(i + j) % 3]()
            .then((r) => r.arrayBuffer())
            .catch(() => undefined),
        ),
      );
    }
    expect(warnLines(from).length).toBeLessThanOrEqual(1);
    // What is held back until the interval is over is written then, or on stop: nothing is lost.
    junkReportFor(h.advisor.logger).flush();
    const warns = warnLines(from);
    expect(warns.length).toBeGreaterThanOrEqual(1);
    expect(warns.length).toBeLessThanOrEqual(2);
    for (const w of warns) expect(w).toMatch(/refused unauthenticated or malformed traffic: \d+ × /);
    const counted = warns.flatMap((w) => [...w.matchAll(/(\d+) × /g)].map((m) => Number(m[1]))).reduce((a, b) => a + b, 0);
    expect(counted).toBeGreaterThanOrEqual(1000);
    expect(h.logs.slice(from).filter((l) => /Failed to verify authenticity|Request body exceeded/.test(l))).toEqual([]);
  });
});

describe('memory', () => {
  it('2,000 slow unsigned connections (default cap): heap and buffers do not grow', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const measure = () => {
      gc();
      const m = process.memoryUsage();
      return m.heapUsed + m.arrayBuffers;
    };
    const d = await startHarness();
    const sockets: Socket[] = [];
    try {
      const before = measure();
      // Each announces 60 KB, sends 30 KB of it and stalls: before the fix, each held its 30 KB (up to
      // Node's 5-minute timeout).
      const chunk = `{"x":"${'a'.repeat(30_000)}`;
      const replies: Array<Promise<RawReply>> = [];
      for (let i = 0; i < 2000; i++) {
        replies.push(
          raw(head({ 'content-length': 60_000 }), { body: chunk, waitMs: 20_000, port: d.advisor.port, onSocket: (s) => sockets.push(s) }),
        );
        if (i % 100 === 99) await new Promise((r) => setTimeout(r, 20));
      }
      await new Promise((r) => setTimeout(r, 1_000));
      const grown = measure() - before; // while whatever the server kept open is still open
      process.stdout.write(
        `memory: heapUsed + arrayBuffers grew by ${(grown / 1024 / 1024).toFixed(1)} MB with 2,000 slow unsigned connections\n`,
      );
      const all = await Promise.all(replies);
      const refused = all.filter((r) => /^HTTP\/1\.1 401 /.test(r.data)).length;
      const dropped = all.filter((r) => r.data === '' && r.closedByServer).length;
      expect({ refused, dropped, other: all.length - refused - dropped }).toEqual({ refused, dropped, other: 0 });
      expect(refused).toBeGreaterThanOrEqual(1000);
      expect(grown).toBeLessThan(20 * 1024 * 1024); // 1,000 held × 30 KB would be ~30 MB
      expect((await fetch(`${d.advisor.url}/healthz`)).status).toBe(200);
    } finally {
      for (const s of sockets) s.destroy();
      await d.stop();
    }
  });
});
