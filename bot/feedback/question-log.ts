/**
 * The question log: what the engine could not answer, the usage errors people hit, and every 👍/👎, so that
 * maintainers see which facts and guides to add (npm run report). Written through the store (a durable
 * append-only log); records carry redacted query text and a keyed hash instead of any user id; nothing
 * from a `check` input is ever written (check answers are not logged at all).
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Logger } from '@slack/bolt';
import type { Answer } from '../../shared/answer/answer';
import { FEEDBACK_COMMENT_MAX, type FeedbackReason } from '../../shared/report/feedback-reasons';
import { type Face, type QuestionRecord, QuestionRecordSchema, type StoredQuestion } from '../../shared/report/records';
import { policy } from '../../shared/policy';
import type { Store } from '../store/store';
import { redactQuery } from './redact';

/** The store's log name. */
export const QUESTION_LOG = 'questions';
const DAY_MS = 24 * 60 * 60 * 1000;
/** How often retention runs while the server is up (it also runs at start). */
const PRUNE_EVERY_MS = 60 * 60 * 1000;

export interface FeedbackInput {
  face: Face;
  rating: 'up' | 'down';
  reason?: FeedbackReason;
  comment?: string;
  /** The answer the feedback is about (recomputed from the query and date). */
  answer: Answer;
  page?: string;
  /** Who gave it (e.g. `T123/U456`); stored only as a keyed hash. */
  who?: string;
}

export interface QuestionLogOptions {
  retentionDays: number;
  /** Key for the hash of user ids (distinct counts without storing ids). Default: random per process. */
  hashKey?: string;
  logger: Pick<Logger, 'warn' | 'info' | 'error'>;
}

/** `check` reads a configuration (tenant ids, addresses, certificates): none of it is logged. */
const UNLOGGED_COMMANDS: ReadonlySet<string> = new Set(['check']);

function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max);
}

export class QuestionLog {
  private readonly inFlight = new Set<Promise<unknown>>();
  private timer: NodeJS.Timeout | undefined;
  private readonly hashKey: string;

  constructor(
    private readonly store: Store,
    private readonly opts: QuestionLogOptions,
  ) {
    this.hashKey = opts.hashKey ?? randomBytes(32).toString('hex');
  }

  get retentionMs(): number {
    return this.opts.retentionDays * DAY_MS;
  }

  /** What one answer leaves in the log, if anything: a usage error, or a question the model does not cover. */
  static recordFor(a: Answer, face: Face): QuestionRecord | undefined {
    if (UNLOGGED_COMMANDS.has(a.command)) return undefined;
    const base = { face, query: clip(redactQuery(a.query), policy.maxQueryLength), asOf: a.asOf, command: a.command };
    if (a.kind === 'usage_error') return { type: 'usage_error', ...base, code: a.error.code };
    if (a.coverage === 'answered') return undefined;
    return { type: 'uncovered', ...base, coverage: a.coverage, facts: a.facts.map((f) => f.id) };
  }

  /** Keyed, so the stored value can't be reversed by hashing every id of a workspace. */
  hashOf(who: string): string {
    return createHmac('sha256', this.hashKey).update(who).digest('base64url').slice(0, 16);
  }

  /** Records an answer worth noting; never throws (a failed write is logged, the answer is still given). */
  noteAnswer(a: Answer, face: Face): void {
    const record = QuestionLog.recordFor(a, face);
    if (record) this.noteRecord(record);
  }

  /** A record from recordFor (e.g. kept beside a cached answer); never throws. */
  noteRecord(record: QuestionRecord): void {
    this.track(this.append(record));
  }

  /** Resolves with the record's id once it is stored (durably, in the embedded store). */
  async noteFeedback(f: FeedbackInput): Promise<string | undefined> {
    const a = f.answer;
    if (UNLOGGED_COMMANDS.has(a.command)) return undefined;
    const record: QuestionRecord = {
      type: 'feedback',
      face: f.face,
      query: clip(redactQuery(a.query), policy.maxQueryLength),
      asOf: a.asOf,
      command: a.command,
      rating: f.rating,
      ...(f.reason ? { reason: f.reason } : {}),
      ...(f.comment?.trim() ? { comment: clip(redactQuery(f.comment.trim()), FEEDBACK_COMMENT_MAX) } : {}),
      coverage: a.coverage,
      facts: a.facts.map((x) => x.id),
      ...(f.page ? { page: f.page } : {}),
      ...(f.who ? { who: this.hashOf(f.who) } : {}),
    };
    const write = this.store.append(QUESTION_LOG, record);
    this.track(write);
    return write;
  }

  /** Records oldest first; lines a newer version wrote that this one can't read are skipped. */
  async read(since?: number): Promise<StoredQuestion[]> {
    return readQuestions(this.store, since);
  }

  delete(id: string): Promise<boolean> {
    return this.store.deleteRecord(QUESTION_LOG, id);
  }

  /** Drops records past the retention; returns how many. */
  prune(): Promise<number> {
    return this.store.prune(QUESTION_LOG, this.retentionMs);
  }

  /** Prunes now and then every hour until stop(). */
  startRetention(): void {
    const run = () =>
      this.prune().then(
        (n) => n > 0 && this.opts.logger.info(`Question log: ${n} record(s) older than ${this.opts.retentionDays} days removed.`),
        (e: unknown) => this.opts.logger.warn('Question log: pruning failed (retried within the hour):', e),
      );
    this.track(run());
    this.timer = setInterval(() => this.track(run()), PRUNE_EVERY_MS);
    this.timer.unref();
  }

  /** Stops retention and waits for writes under way: call before the store closes. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await Promise.allSettled([...this.inFlight]);
  }

  private append(record: QuestionRecord): Promise<string> {
    return this.store.append(QUESTION_LOG, record);
  }

  private track(p: Promise<unknown>): void {
    const tracked = p.catch((e: unknown) => this.opts.logger.error('Question log: a record could not be stored:', e));
    this.inFlight.add(tracked);
    void tracked.finally(() => this.inFlight.delete(tracked));
  }
}

export async function readQuestions(store: Pick<Store, 'readLog'>, since?: number): Promise<StoredQuestion[]> {
  const entries = await store.readLog(QUESTION_LOG, { since });
  const out: StoredQuestion[] = [];
  for (const e of entries) {
    const parsed = QuestionRecordSchema.safeParse(e.record);
    if (parsed.success) out.push({ id: e.id, at: e.at, record: parsed.data });
  }
  return out;
}
