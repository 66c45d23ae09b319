/**
 * A cache of compiled patterns bounded both by entry count and by the total length of its
 * keys: compiled programs grow with their pattern (tens of bytes per character), and patterns
 * may come from input, so a count alone would let a few long patterns pin gigabytes.
 */
export class BoundedCache<T> {
  readonly #entries = new Map<string, T>();
  readonly #maxEntries: number;
  readonly #maxChars: number;
  #chars = 0;

  /** A cache of at most `maxEntries` entries whose keys total at most `maxChars` characters. */
  constructor(maxEntries: number, maxChars: number) {
    this.#maxEntries = maxEntries;
    this.#maxChars = maxChars;
  }

  /** The entry under `key`, or undefined. */
  get(key: string): T | undefined {
    return this.#entries.get(key);
  }

  /** Keeps `value` under `key`, evicting the oldest entries to make room; a key too long is not kept. */
  set(key: string, value: T): void {
    if (key.length > this.#maxChars || this.#entries.has(key)) return;
    while (
      this.#entries.size >= this.#maxEntries ||
      (this.#entries.size > 0 && this.#chars + key.length > this.#maxChars)
    ) {
      // Map iterates in insertion order: the first key is the oldest.
      const oldest = this.#entries.keys().next().value as string;
      this.#entries.delete(oldest);
      this.#chars -= oldest.length;
    }
    this.#entries.set(key, value);
    this.#chars += key.length;
  }
}
