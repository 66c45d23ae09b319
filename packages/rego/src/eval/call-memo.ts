/**
 * One level of a function's memoised results: scalars (and the no-arguments marker) key a
 * map; composites key a weak map by identity (values are immutable once built), so a memo
 * kept across evaluations never holds an evaluation's documents alive. @internal
 */
export class CallMemo {
  readonly #scalars = new Map<unknown, unknown>();
  #composites: WeakMap<object, unknown> | undefined;

  /** The entry under `key`, or undefined. */
  get(key: unknown): unknown {
    if (key !== null && typeof key === 'object') return this.#composites?.get(key);
    return this.#scalars.get(key);
  }

  /** Stores the entry under `key`. */
  set(key: unknown, entry: unknown): void {
    if (key !== null && typeof key === 'object') {
      this.#composites ??= new WeakMap();
      this.#composites.set(key, entry);
    } else this.#scalars.set(key, entry);
  }

  /** The level below `key` (for the next argument), made on first use. */
  level(key: unknown): CallMemo {
    let next = this.get(key) as CallMemo | undefined;
    if (next === undefined) {
      next = new CallMemo();
      this.set(key, next);
    }
    return next;
  }
}
