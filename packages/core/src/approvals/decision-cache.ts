/** Options for {@link createDecisionCache}. */
export interface DecisionCacheOptions {
  /** The most entries kept; the least recently used is evicted beyond it. */
  readonly maxEntries: number;
}

/**
 * One decision per call: the first evaluation for a call key is reused when the framework
 * re-evaluates the same call on resume, so audit records are not duplicated.
 */
export interface DecisionCache<TValue> {
  /**
   * Returns the cached value for `key`, or runs `compute` once. Concurrent callers for the same
   * key share one promise. A rejected computation is not cached, so the call can be retried.
   */
  getOrCompute(key: string, compute: () => Promise<TValue>): Promise<TValue>;
  /** The cached (possibly still pending) value, if any; counts as a use. */
  get(key: string): Promise<TValue> | undefined;
  /** Forgets a key. */
  delete(key: string): boolean;
  /** The number of entries held. */
  readonly size: number;
}

/**
 * Creates an LRU-bounded {@link DecisionCache}. Keys are call keys the governor composes from
 * framework, session and call id (and a namespace).
 */
export function createDecisionCache<TValue>(options: DecisionCacheOptions): DecisionCache<TValue> {
  const maxEntries = Math.max(1, Math.floor(options.maxEntries));
  // A Map iterates in insertion order; re-inserting on use makes the first key the least recent.
  const entries = new Map<string, Promise<TValue>>();
  const touch = (key: string): Promise<TValue> | undefined => {
    const value = entries.get(key);
    if (value !== undefined) {
      entries.delete(key);
      entries.set(key, value);
    }
    return value;
  };
  // Evicts a tenth of the entries in one pass: taking the oldest key one at a time would rescan the
  // Map's deleted slots on every insert once the cache is full.
  const evictOldest = (): void => {
    let excess = entries.size - (maxEntries - Math.floor(maxEntries / 10));
    for (const key of entries.keys()) {
      if (excess-- <= 0) break;
      entries.delete(key);
    }
  };
  return {
    getOrCompute(key, compute) {
      const cached = touch(key);
      if (cached !== undefined) return cached;
      const promise = Promise.resolve().then(compute);
      entries.set(key, promise);
      promise.catch(() => {
        if (entries.get(key) === promise) entries.delete(key);
      });
      if (entries.size > maxEntries) evictOldest();
      return promise;
    },
    get: touch,
    delete: (key) => entries.delete(key),
    get size() {
      return entries.size;
    },
  };
}
