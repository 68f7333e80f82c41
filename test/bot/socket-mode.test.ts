/**
 * Socket Mode without Slack: the stand-in answers apps.connections.open with a ws:// URL served here
 * (the `ws` package), sends the hello and one slash-command envelope, and reads the acknowledgement.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { behave } from '../support/slack-stand-in';
import { APP_TOKEN, AS_OF, BOT_TOKEN, startHarness } from './harness';

// Real servers on a shared machine: generous time limits (waits inside are bounded separately).
jest.setTimeout(20_000);

function startSocketServer(): Promise<{ wss: WebSocket.Server; url: string; connections: WebSocket[] }> {
  return new Promise((resolve) => {
    const connections: WebSocket[] = [];
    const wss = new WebSocket.Server({ host: '127.0.0.1', port: 0 }, () => {
      resolve({ wss, url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link/?ticket=t1`, connections });
    });
    wss.on('connection', (ws) => connections.push(ws));
  });
}

const slashEnvelope = {
  envelope_id: 'env-1',
  type: 'slash_commands',
  accepts_response_payload: true,
  payload: {
    token: 'legacy-verification-token',
    team_id: 'T0TEAM',
    team_domain: 'example',
    channel_id: 'C0CHAN',
    channel_name: 'support',
    user_id: 'U0USER',
    user_name: 'ana',
    command: '/vpn',
    text: 'sizing 5000 users',
    api_app_id: 'A0APP',
    response_url: 'http://127.0.0.1:9/unused',
    trigger_id: '1.2.3',
  },
};

describe('Socket Mode', () => {
  it('connects through apps.connections.open, and acknowledges a slash command with the answer', async () => {
    const sock = await startSocketServer();
    const h = await startHarness({ mode: 'socket', prepare: (s) => (s.socketUrl = sock.url) });
    try {
      const ack = new Promise<Record<string, any>>((resolve) => {
        sock.wss.on('connection', (ws) => {
          ws.on('message', (data) => {
            const msg = JSON.parse(String(data)) as Record<string, any>;
            if (msg.envelope_id === 'env-1') resolve(msg);
          });
          ws.send(
            JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'stand-in' }, connection_info: { app_id: 'A0APP' } }),
          );
          ws.send(JSON.stringify(slashEnvelope));
        });
      });
      const msg = await ack;
      expect(msg.payload.response_type).toBe('ephemeral');
      expect(msg.payload.blocks[0].text.text).toBe('Sizing for 5,000 concurrent users');
      expect(JSON.stringify(msg.payload.blocks)).toContain(`as of ${AS_OF}`);
      const open = h.standIn.calls.filter((c) => c.method === 'apps.connections.open');
      expect(open.length).toBeGreaterThanOrEqual(1);
      expect(open.every((c) => c.authorized)).toBe(true);
      // HTTP keeps serving beside the socket; /slack/events is not used in Socket Mode.
      expect((await fetch(`${h.advisor.url}/healthz`)).status).toBe(200);
      expect((await fetch(`${h.advisor.url}/slack/events`, { method: 'POST' })).status).toBe(404);
    } finally {
      await h.stop();
      for (const c of sock.connections) c.terminate();
      await new Promise((r) => sock.wss.close(r));
    }
    const log = h.logs.join('\n');
    expect(log).not.toContain(APP_TOKEN);
    expect(log).not.toContain(BOT_TOKEN);
  });

  it('Slack unreachable or slow at start: the server starts at once, keeps serving, and says so', async () => {
    // A port with nothing listening.
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const deadPort = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));

    for (const setup of ['unreachable', 'slow'] as const) {
      const t0 = Date.now();
      const h = await startHarness({
        mode: 'socket',
        env: setup === 'unreachable' ? { SLACK_API_URL: `http://127.0.0.1:${deadPort}/api/` } : {},
        prepare: (s) => setup === 'slow' && s.plan('apps.connections.open', behave.slow(10_000), behave.slow(10_000), behave.slow(10_000)),
      });
      try {
        // Well under the stand-in's 10 s connection delay: the start did not wait for Slack.
        expect(Date.now() - t0).toBeLessThan(6000);
        const res = await fetch(`${h.advisor.url}/api/ask?q=ports&as_of=${AS_OF}`);
        expect(res.status).toBe(200);
        await h.standIn.waitFor(() => h.logs.some((l) => /Socket Mode could not connect/.test(l) && /keep serving/.test(l)), 5000);
        expect((await fetch(`${h.advisor.url}/healthz`)).status).toBe(200);
      } finally {
        await h.stop();
      }
      expect(h.logs.join('\n')).not.toContain(APP_TOKEN);
    }
  });
});
