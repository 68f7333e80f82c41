/**
 * /metrics on the real server: valid Prometheus text, requests counted by a fixed route name (never the raw
 * path), answers by command and coverage, Slack Web API calls by method and outcome, and each server with
 * its own registry.
 */
import { createMetrics } from '../../bot/http/metrics';
import { eventCallback, postSigned } from '../support/signed-request';
import { behave } from '../support/slack-stand-in';
import { SECRET, startHarness, type Harness } from './harness';

jest.setTimeout(20_000);

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Parses the text exposition format; throws on any line that is not a comment, blank, or a sample. */
function parsePrometheus(text: string): Sample[] {
  const samples: Sample[] = [];
  // Values as Prometheus reads them (Go's ParseFloat: NaN and Inf in any case; prom-client writes "Nan").
  const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (-?[0-9.e+-]+|nan|[+-]inf)(?: \d+)?$/i;
  const label = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"(?:,|$)/y;
  for (const line of text.split('\n')) {
    if (line === '' || /^# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* /.test(line)) continue;
    const m = sample.exec(line);
    if (!m) throw new Error(`not Prometheus text: ${line}`);
    const labels: Record<string, string> = {};
    const body = m[2] ?? '';
    label.lastIndex = 0;
    while (label.lastIndex < body.length) {
      const l = label.exec(body);
      if (!l) throw new Error(`bad labels: ${line}`);
      labels[l[1]] = l[2];
    }
    samples.push({ name: m[1], labels, value: Number(m[3]) });
  }
  return samples;
}

async function scrape(url = h.advisor.url): Promise<Sample[]> {
  const res = await fetch(`${url}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parsePrometheus(await res.text());
}

const value = (samples: Sample[], name: string, labels: Record<string, string>) =>
  samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value ?? 0;

it('parses as Prometheus text and includes the process metrics', async () => {
  const names = new Set((await scrape()).map((s) => s.name));
  for (const n of ['process_cpu_user_seconds_total', 'nodejs_heap_size_used_bytes', 'process_start_time_seconds'])
    expect(names).toContain(n);
});

it('counts a request to /api/ask by route, method and status, times it, and counts the answer by command and coverage', async () => {
  const before = await scrape();
  const ok = { route: '/api/ask', method: 'GET', status: '200' };
  const answer = { command: 'sizing', coverage: 'answered' };
  expect((await fetch(`${h.advisor.url}/api/ask?q=${encodeURIComponent('sizing 5000 users')}`)).status).toBe(200);
  expect((await fetch(`${h.advisor.url}/api/ask`)).status).toBe(400);
  const after = await scrape();
  expect(value(after, 'http_requests_total', ok) - value(before, 'http_requests_total', ok)).toBe(1);
  const bad = { route: '/api/ask', method: 'GET', status: '400' };
  expect(value(after, 'http_requests_total', bad) - value(before, 'http_requests_total', bad)).toBe(1);
  const count = { route: '/api/ask' };
  expect(value(after, 'http_request_duration_seconds_count', count) - value(before, 'http_request_duration_seconds_count', count)).toBe(2);
  expect(value(after, 'http_request_duration_seconds_bucket', { route: '/api/ask', le: '+Inf' })).toBe(
    value(after, 'http_request_duration_seconds_count', count),
  );
  expect(value(after, 'vpn_answers_total', answer) - value(before, 'vpn_answers_total', answer)).toBe(1);
});

it('a usage error and an unknown question are counted under their own command and coverage', async () => {
  await fetch(`${h.advisor.url}/api/ask?q=${encodeURIComponent('pool 10.0.0.1/16')}`);
  const samples = (await scrape()).filter((s) => s.name === 'vpn_answers_total');
  expect(samples.some((s) => s.labels.command === 'pool')).toBe(true);
  for (const s of samples) expect(['answered', 'low_confidence', 'not_covered']).toContain(s.labels.coverage);
});

it('routes are a fixed set of names: random paths never become label values', async () => {
  for (const p of ['/random-1', '/docs/x/y?q=secret-question', '/api/nope', '/%E0%A4%A'])
    await (await fetch(`${h.advisor.url}${p}`)).arrayBuffer();
  const samples = await scrape();
  const routes = new Set(samples.filter((s) => s.name === 'http_requests_total').map((s) => s.labels.route));
  for (const r of routes) expect(['/api/ask', '/slack/events', '/healthz', '/readyz', '/metrics', 'site', 'other']).toContain(r);
  expect(routes).toContain('site');
  expect(routes).toContain('other');
  expect(JSON.stringify(samples)).not.toContain('random-1');
});

it('counts Slack Web API calls by method and outcome, Slack errors apart', async () => {
  const before = await scrape();
  h.standIn.plan('chat.postMessage', behave.slackError('channel_not_found'));
  const mention = (ts: string) => ({ type: 'app_mention', user: 'U0USER', text: '<@U0BOT> ports', ts, channel: 'C0CHAN', event_ts: ts });
  await postSigned(h.events, eventCallback(mention('1700000001.000001'), 'Ev-metrics-fail'), { secret: SECRET });
  await h.standIn.waitFor(() => h.logs.some((l) => l.includes('Ev-metrics-fail') && l.includes('channel_not_found')));
  await postSigned(h.events, eventCallback(mention('1700000001.000002'), 'Ev-metrics-ok'), { secret: SECRET });
  await h.standIn.waitFor(() => h.standIn.succeeded('chat.postMessage').some((c) => c.params.thread_ts === '1700000001.000002'));
  const after = await scrape();
  const diff = (labels: Record<string, string>) =>
    value(after, 'slack_api_calls_total', labels) - value(before, 'slack_api_calls_total', labels);
  expect(diff({ method: 'chat.postMessage', outcome: 'error' })).toBe(1);
  expect(diff({ method: 'chat.postMessage', outcome: 'ok' })).toBe(1);
  const events = { route: '/slack/events', method: 'POST', status: '200' };
  expect(value(after, 'http_requests_total', events) - value(before, 'http_requests_total', events)).toBe(2);
});

it("each server has its own registry; the store's errors and health are read at each scrape", async () => {
  const a = createMetrics({ defaultMetrics: false });
  const b = createMetrics({ defaultMetrics: false });
  let errors = 2;
  let state: 'ok' | 'degraded' = 'degraded';
  a.watchStore({ errorCount: () => errors, health: () => (state === 'ok' ? { state } : { state, reason: 'test' }) });
  let scraped = parsePrometheus(await a.registry.metrics());
  expect(value(scraped, 'store_errors_total', {})).toBe(2);
  expect(value(scraped, 'store_degraded', {})).toBe(1);
  errors = 5;
  state = 'ok';
  scraped = parsePrometheus(await a.registry.metrics());
  expect(value(scraped, 'store_errors_total', {})).toBe(5);
  expect(value(scraped, 'store_degraded', {})).toBe(0);
  expect(value(parsePrometheus(await b.registry.metrics()), 'store_errors_total', {})).toBe(0);
  // The running server watches its own store: the embedded one, healthy.
  expect(value(await scrape(), 'store_degraded', {})).toBe(0);
});
