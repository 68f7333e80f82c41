/**
 * Answer pieces that don't depend on the question (a fact's reference, a conflict's values and sources) are
 * made once and shared between answers, frozen; the Slack renderer keeps what it rendered from those only.
 */
import { renderBlockKit } from '../../shared/render/block-kit';
import { answerTo } from '../support/knowledge-fixture';

describe('shared answer pieces', () => {
  const a = answerTo('sizing 1001 users');
  const b = answerTo('sizing 2002 users');

  it('are the same objects in two answers to different questions', () => {
    expect(a.conflicts.length).toBeGreaterThan(0);
    expect(b.conflicts[0]).toBe(a.conflicts[0]);
    const fact = a.facts.find((f) => b.facts.some((g) => g.id === f.id));
    expect(b.facts.find((g) => g.id === fact?.id)).toBe(fact);
  });

  it('are frozen, so a consumer cannot change every answer by changing one', () => {
    expect(() => {
      (a.conflicts[0] as { verdict: string }).verdict = 'changed';
    }).toThrow(TypeError);
    expect(() => {
      a.conflicts[0].values[0].sources.push({ title: 'x', section: 'y', date: null });
    }).toThrow(TypeError);
    expect(() => {
      (a.facts[0] as { title: string }).title = 'changed';
    }).toThrow(TypeError);
  });

  it('include the dates and conflicts of the facts and events used, shared by answers that used the same ones on a date', () => {
    expect(b.lifecycle).toBe(a.lifecycle);
    expect(b.conflicts).toBe(a.conflicts);
    expect(Object.isFrozen(a.lifecycle)).toBe(true);
    // The same facts on another date: the same events, in another state where one takes effect in between.
    const early = answerTo('sizing 1001 users', { asOf: '2025-01-01' });
    expect(early.lifecycle).not.toBe(a.lifecycle);
    expect(early.lifecycle.some((l) => l.state === 'upcoming')).toBe(true);
    expect(a.lifecycle.every((l) => l.date > a.asOf || l.state === 'in_effect')).toBe(true);
    // Other facts (a tunnel type and sites read more of the model): their own conflicts and dates.
    const other = answerTo('sizing 1001 users sstp 40 sites');
    expect(other.lifecycle).not.toBe(a.lifecycle);
    expect(other.lifecycle.length).toBeGreaterThan(a.lifecycle.length);
  });

  it('render the same Slack blocks for the pieces two answers share', () => {
    const [ma, mb] = [renderBlockKit(a), renderBlockKit(b)];
    const shared = ma.blocks.filter((blk) => mb.blocks.includes(blk));
    // The dates that matter, every conflict, the sources: kept and frozen; the header and summary are each answer's own.
    expect(shared.length).toBeGreaterThanOrEqual(a.conflicts.length + 2);
    expect(shared.every((blk) => Object.isFrozen(blk))).toBe(true);
    expect(mb.blocks[0]).not.toBe(ma.blocks[0]);
  });

  it('render from a copy that is not frozen as it is now, never from an earlier rendering', () => {
    const conflict = structuredClone(a.conflicts[0]);
    const answer = { ...a, conflicts: [conflict] };
    const before = JSON.stringify(renderBlockKit(answer));
    conflict.verdict = 'A verdict written after the first rendering';
    const after = JSON.stringify(renderBlockKit(answer));
    expect(before).not.toContain('A verdict written after the first rendering');
    expect(after).toContain('A verdict written after the first rendering');
  });
});
