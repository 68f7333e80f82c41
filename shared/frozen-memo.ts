/**
 * Keeping what was made from frozen pieces. The model is frozen, and the engine shares (and freezes) the
 * pieces of answers that don't depend on the question (shared/answer/shared-refs.ts), so whatever is made
 * from the same frozen pieces is the same every time: made once, it is kept instead of rebuilt for every
 * answer or reply. Only frozen pieces qualify: an object that can still change could make a kept result wrong.
 */

/** Freezes `value` and everything it holds. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** `render`, kept per frozen key (rendered each time for any other key). */
export function renderedOnce<K extends object, V>(render: (k: K) => V): (k: K) => V {
  const kept = new WeakMap<K, V>();
  return (k) => {
    if (!Object.isFrozen(k)) return render(k);
    let v = kept.get(k);
    if (v === undefined) {
      v = render(k);
      kept.set(k, v);
    }
    return v;
  };
}

interface SequenceNode<K extends object, V> {
  next?: WeakMap<K, SequenceNode<K, V>>;
  byTail?: Map<string, V>;
}

/**
 * A value per sequence of frozen pieces (and a short string for what else it depends on, such as a date):
 * the sources of an answer are a sequence of shared fact references, and most answers of a command read the
 * same facts. Looked up by walking one WeakMap per piece, with no key string built. At most `maxEntries`
 * sequences are kept; a caller that makes endless new sequences (a fuzzer) only loses the keeping, never memory.
 */
export class SequenceMemo<K extends object, V> {
  private root: SequenceNode<K, V> = {};
  private entries = 0;

  /**
   * `keys: 'model'`: the keys are objects of a loaded knowledge model, which nothing changes once loaded (the
   * model itself is frozen; its entries are not, to spare freezing thousands of objects at every start).
   */
  constructor(
    private readonly maxEntries: number,
    private readonly keys: 'frozen' | 'model' = 'frozen',
  ) {}

  get(keys: readonly K[], tail: string, make: () => V): V {
    if (this.keys === 'frozen' && !keys.every((k) => Object.isFrozen(k))) return make();
    let node = this.root;
    for (const k of keys) {
      node.next ??= new WeakMap();
      let child = node.next.get(k);
      if (!child) {
        child = {};
        node.next.set(k, child);
      }
      node = child;
    }
    node.byTail ??= new Map();
    let v = node.byTail.get(tail);
    if (v === undefined) {
      v = make();
      if (this.entries >= this.maxEntries) {
        this.root = {};
        this.entries = 0;
        return v;
      }
      node.byTail.set(tail, v);
      this.entries++;
    }
    return v;
  }
}

/**
 * Values per object and short string key (a date, a request's shape), at most `perObject` keys per object:
 * past that, the object's keys start over, so a caller that invents keys only loses the keeping.
 */
export class KeptPerObject<O extends object, V> {
  private readonly byObject = new WeakMap<O, Map<string, V>>();

  constructor(private readonly perObject: number) {}

  get(o: O, key: string, make: () => V): V {
    let kept = this.byObject.get(o);
    if (!kept) {
      kept = new Map();
      this.byObject.set(o, kept);
    }
    let v = kept.get(key);
    if (v === undefined) {
      v = make();
      if (kept.size >= this.perObject) kept.clear();
      kept.set(key, v);
    }
    return v;
  }
}
