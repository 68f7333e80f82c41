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
