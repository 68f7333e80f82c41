/**
 * Rendered answers, by what was asked. The knowledge model is frozen for the life of the process, so the
 * same command on the same date renders the same message; support engineers ask the same few questions
 * all day. Bounded (least recently used goes first); failures are never cached.
 *
 * A message is kept only once its question has been seen before (a "doorkeeper" of recent keys): under a
 * stream of one-off questions, keeping every 12 KB message made the garbage collector carry hundreds of
 * them and evicted the questions that do repeat — the profile of the distinct-command bench showed it.
 */
import type { BlockKitMessage } from '../../shared/render/block-kit';

/** Keys remembered per message kept: enough to notice a question asked again after a burst of others. */
const SEEN_KEYS_PER_ENTRY = 8;

/** T: what is cached per question (default the message; the bot keeps the answer's log record beside it). */
export class MessageCache<T = BlockKitMessage> {
  private readonly entries = new Map<string, T>();
  private readonly seen = new Set<string>();

  /**
   * @param max most messages kept (a long answer is about 15 KB). Default: 500.
   * @param onKeep called with a message when it is kept (e.g. to freeze it: every later ask shares it).
   */
  constructor(
    private readonly max = 500,
    private readonly onKeep?: (value: T) => void,
  ) {}

  getOrCreate(key: string, make: () => T): T {
    const hit = this.entries.get(key);
    if (hit) {
      // Map keeps insertion order: re-inserting marks it most recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const made = make();
    if (!this.seen.delete(key)) {
      this.seen.add(key);
      if (this.seen.size > this.max * SEEN_KEYS_PER_ENTRY) this.seen.delete(this.seen.values().next().value as string);
      return made;
    }
    this.onKeep?.(made);
    this.entries.set(key, made);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    return made;
  }

  get size(): number {
    return this.entries.size;
  }
}
