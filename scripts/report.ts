/**
 * `npm run report -- [--since YYYY-MM-DD] [--json]`: the maintainers' report over the question log
 * (questions we could not answer, clustered; the most 👎 by command and fact; usage errors by command),
 * read from the same store as the server (REDIS_URL, else DATA_DIR).
 * `npm run report -- --list [--since …]`: every record, one a line, with its id.
 * `npm run report -- --delete <id>`: deletes one record.
 *
 * The embedded store serves one process: while the server runs on DATA_DIR the report reads its journal
 * without writing; deleting needs the server stopped (or Redis). Exit 0 done; 2 usage error or unknown id;
 * 1 the store could not be read.
 */
import path from 'node:path';
import { isIsoDate } from '../knowledge/dates';
import { ConfigError, loadConfig } from '../bot/config';
import { QUESTION_LOG, readQuestions } from '../bot/feedback/question-log';
import { readOnlyLogs } from '../bot/feedback/read-only-log';
import { createLogger } from '../bot/log';
import { createStore } from '../bot/store/create-store';
import type { Store } from '../bot/store/store';
import { buildReport, formatReport } from '../shared/report/report';

const USAGE =
  'usage: npm run report -- [--since YYYY-MM-DD] [--json]   |   npm run report -- --list [--since YYYY-MM-DD]   |   npm run report -- --delete <record-id>';
const PROJECT_ROOT = path.resolve(__dirname, '..');
const DAY_MS = 24 * 60 * 60 * 1000;

type Args = { since?: string; json: boolean; list: boolean; delete?: string };

function parseArgs(argv: string[]): Args | string {
  const args: Args = { json: false, list: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--list') args.list = true;
    else if (a === '--since' || a === '--delete') {
      const v = argv[++i];
      if (!v || v.startsWith('--')) return `${a} needs a value`;
      if (a === '--since') {
        if (!isIsoDate(v)) return `--since takes a date as YYYY-MM-DD, e.g. --since 2026-11-01 (got ${JSON.stringify(v).slice(0, 40)})`;
        args.since = v;
      } else args.delete = v;
    } else return `unknown argument ${JSON.stringify(a).slice(0, 40)}`;
  }
  return args;
}

const isLocked = (e: unknown) => e instanceof Error && e.name === 'DataDirLockedError';

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(`report: ${args}\n${USAGE}`);
    return 2;
  }
  const parsed = loadConfig(process.env);
  if (!parsed.ok) {
    console.error(new ConfigError(parsed.problems).message);
    return 2;
  }
  const config = parsed.config;
  const logger = createLogger({ level: 'warn', format: 'text', sink: (line) => process.stderr.write(`${line}\n`) });

  let store: Store | undefined;
  let reader: Pick<Store, 'readLog'>;
  try {
    store = await createStore(config, { logger });
    reader = store;
  } catch (e) {
    if (!isLocked(e) || args.delete) {
      console.error(
        isLocked(e)
          ? `${(e as Error).message}\nDeleting writes to the store: stop the server first, then run this again.`
          : `report: ${String(e)}`,
      );
      return isLocked(e) ? 2 : 1;
    }
    // The server owns DATA_DIR: read its journal without the lock.
    reader = readOnlyLogs(path.resolve(PROJECT_ROOT, config.dataDir ?? './.data'));
  }
  try {
    if (args.delete) {
      const deleted = await store!.deleteRecord(QUESTION_LOG, args.delete);
      console.log(deleted ? `Deleted record ${args.delete}.` : `No record ${args.delete} in the question log.`);
      return deleted ? 0 : 2;
    }
    // Retention applies to what is shown too: a read-only report may run before the server's next prune.
    const oldest = Date.now() - config.feedback.retentionDays * DAY_MS;
    const since = args.since ? Math.max(Date.parse(`${args.since}T00:00:00Z`), oldest) : oldest;
    const records = await readQuestions(reader, since);
    if (args.list) {
      for (const { id, at, record: r } of records)
        console.log([id, new Date(at).toISOString().slice(0, 10), r.type, r.face, r.command, JSON.stringify(r.query)].join('\t'));
      return 0;
    }
    const report = buildReport(records, args.since ?? null);
    console.log(args.json ? JSON.stringify(report, null, 2) : formatReport(report));
    return 0;
  } finally {
    await store?.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error('report failed:', e);
    process.exitCode = 1;
  },
);
