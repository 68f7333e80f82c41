/**
 * What is made from frozen pieces is kept per piece, or per sequence of pieces, and never from a piece that
 * can still change; a caller that makes endless sequences can't make the memo grow without bound.
 */
import { deepFreeze, KeptPerObject, renderedOnce, SequenceMemo } from '../../shared/frozen-memo';

const piece = (name: string) => Object.freeze({ name });

describe('renderedOnce', () => {
  it('renders a frozen key once, and an unfrozen one every time', () => {
    let calls = 0;
    const render = renderedOnce((k: { name: string }) => `${k.name}:${++calls}`);
    const frozen = piece('a');
    expect(render(frozen)).toBe('a:1');
    expect(render(frozen)).toBe('a:1');
    const open = { name: 'b' };
    expect(render(open)).toBe('b:2');
    open.name = 'c';
    expect(render(open)).toBe('c:3');
  });
});

describe('deepFreeze', () => {
  it('freezes nested objects and arrays', () => {
    const v = deepFreeze({ a: { b: [1, { c: 2 }] } });
    expect(Object.isFrozen(v.a.b)).toBe(true);
    expect(Object.isFrozen(v.a.b[1])).toBe(true);
  });
});

describe('SequenceMemo', () => {
  const [a, b, c] = ['a', 'b', 'c'].map(piece);

  it('keeps one value per sequence and tail, in order', () => {
    const memo = new SequenceMemo<{ name: string }, string>(100);
    let made = 0;
    const get = (keys: Array<{ name: string }>, tail = '') =>
      memo.get(keys, tail, () => `${keys.map((k) => k.name).join('')}${tail}#${++made}`);
    expect(get([a, b])).toBe('ab#1');
    expect(get([a, b])).toBe('ab#1');
    expect(get([b, a])).toBe('ba#2');
    expect(get([a])).toBe('a#3');
    expect(get([a, b, c])).toBe('abc#4');
    expect(get([a, b], '2026-12-01')).toBe('ab2026-12-01#5');
    expect(get([])).toBe('#6');
    expect(get([a, b])).toBe('ab#1');
  });

  it('makes the value every time when a key can still change, unless the keys are a model’s', () => {
    const open = { name: 'x' };
    const frozenOnly = new SequenceMemo<{ name: string }, number>(100);
    let n = 0;
    expect(frozenOnly.get([a, open], '', () => ++n)).toBe(1);
    expect(frozenOnly.get([a, open], '', () => ++n)).toBe(2);
    const model = new SequenceMemo<{ name: string }, number>(100, 'model');
    expect(model.get([a, open], '', () => ++n)).toBe(3);
    expect(model.get([a, open], '', () => ++n)).toBe(3);
  });

  it('starts over once it holds its maximum, rather than growing', () => {
    const memo = new SequenceMemo<{ name: string }, number>(2);
    let n = 0;
    const keys = Array.from({ length: 5 }, (_, i) => piece(String(i)));
    expect(memo.get([keys[0]], '', () => ++n)).toBe(1);
    expect(memo.get([keys[1]], '', () => ++n)).toBe(2);
    // Full: the third is made but not kept, and the first two are forgotten.
    expect(memo.get([keys[2]], '', () => ++n)).toBe(3);
    expect(memo.get([keys[0]], '', () => ++n)).toBe(4);
    expect(memo.get([keys[0]], '', () => ++n)).toBe(4);
  });
});

describe('KeptPerObject', () => {
  it('keeps one value per object and key, and starts an object over once it holds its maximum of keys', () => {
    const kept = new KeptPerObject<object, number>(2);
    const [a, b] = [{}, {}];
    let n = 0;
    expect(kept.get(a, 'x', () => ++n)).toBe(1);
    expect(kept.get(a, 'x', () => ++n)).toBe(1);
    expect(kept.get(b, 'x', () => ++n)).toBe(2);
    expect(kept.get(a, 'y', () => ++n)).toBe(3);
    // a is full: its third key clears its first two; b keeps its own.
    expect(kept.get(a, 'z', () => ++n)).toBe(4);
    expect(kept.get(a, 'x', () => ++n)).toBe(5);
    expect(kept.get(b, 'x', () => ++n)).toBe(2);
  });
});
