/**
 * Rendered answers, by what was asked. The knowledge model is frozen for the life of the process, so the
 * same command on the same date renders the same message; support engineers ask the same few questions
 * all day. Bounded (least recently used goes first); failures are never cached.
 */
import type { BlockKitMessage } from '../../shared/render/block-kit';

/** T: what is cached per question (default the message; the bot keeps the answer's log record beside it). */
export class MessageCache<T = BlockKitMessage> {
  private readonly entries = new Map<string, T>();

  /** @param max most messages kept (a long answer is about 15 KB). Default: 500. */
  constructor(private readonly max = 500) {}

  getOrCreate(key: string, make: () => T): T {
    const hit = this.entries.get(key);
    if (hit) {
      // Map keeps insertion order: re-inserting marks it most recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const made = make();
    this.entries.set(key, made);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    return made;
  }

  get size(): number {
    return this.entries.size;
  }
}
