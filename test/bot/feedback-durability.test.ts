/**
 * A 👎 Slack acknowledged is on disk: `npm start` as a real process (embedded store in its own DATA_DIR),
 * a signed view_submission answered 200, then SIGKILL at once; a restarted store on the same directory
 * holds the record, and `npm run report` (a separate process) shows it.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { QUESTION_LOG } from '../../bot/feedback/question-log';
import { openEmbeddedStore } from '../../bot/store/embedded';
import { freshDataDir } from '../support/data-dir';
import { interaction, postSigned } from '../support/signed-request';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-stand-in';

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '../..');
const SECRET = 'durable-signing-secret-0123456789abcdef';
const ENV = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };

let standIn: SlackStandIn;
let dir: string;
beforeAll(async () => {
  standIn = await startSlackStandIn();
  dir = freshDataDir();
});
afterAll(async () => {
  await standIn.close();
  rmSync(dir, { recursive: true, force: true });
});

function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, env: { ...ENV, ...env } });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, out })));
}

it('a 👎 acknowledged just before kill -9 is in the log after a restart, and in npm run report', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/main.ts'], {
    cwd: ROOT,
    env: {
      ...ENV,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dir,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: 'xoxb-7777-8888-durablebot',
      SLACK_BOT_ID: 'B0BOT',
      SLACK_BOT_USER_ID: 'U0BOT',
      SLACK_API_URL: standIn.apiUrl,
      LOG_FORMAT: 'text',
    },
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_c, sig) => r(sig)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "listening" line in time:\n${out}`)), 40_000);
    const check = () => {
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout.on('data', check);
    child.stderr.on('data', check);
  });

  const res = await postSigned(
    `${url}/slack/events`,
    interaction({
      type: 'view_submission',
      team: { id: 'T0TEAM', domain: 'example' },
      user: { id: 'U0USER', username: 'ana', name: 'ana', team_id: 'T0TEAM' },
      api_app_id: 'A0APP',
      token: 'legacy-verification-token',
      trigger_id: '1.2.3',
      view: {
        id: 'V0MODAL',
        type: 'modal',
        callback_id: 'vpn_feedback_modal',
        private_metadata: '2026-11-21 sizing 5000 users',
        state: { values: { reason: { reason: { type: 'radio_buttons', selected_option: { value: 'did_not_answer' } } } } },
      },
    }),
    { secret: SECRET },
  );
  expect(res.status).toBe(200); // the acknowledgement comes only once the record is synced
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');

  const store = await openEmbeddedStore({ dataDir: dir });
  const records = (await store.readLog(QUESTION_LOG)).map((e) => e.record);
  await store.close();
  expect(records).toEqual([
    expect.objectContaining({ type: 'feedback', face: 'slack', rating: 'down', reason: 'did_not_answer', command: 'sizing' }),
  ]);

  const report = await run(['scripts/report.ts', '--json'], { DATA_DIR: dir });
  expect(report.code).toBe(0);
  const json = JSON.parse(report.out) as { feedback: { byCommand: Array<{ command: string; down: number }> } };
  expect(json.feedback.byCommand).toEqual([expect.objectContaining({ command: 'sizing', down: 1 })]);
});
