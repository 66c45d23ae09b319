/**
 * Reads a case's `input_term` (a Rego literal: objects, arrays, sets, strings, numbers, booleans,
 * null) into a JS value the engine accepts as input, keeping sets as `Set`s and non-string keys
 * as `Map` keys. Returns undefined for terms it cannot read (anything non-literal).
 */

class Reader {
  pos = 0;
  readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  skip(): void {
    while (/\s/.test(this.text[this.pos] ?? '')) this.pos++;
  }

  accept(c: string): boolean {
    this.skip();
    if (this.text[this.pos] !== c) return false;
    this.pos++;
    return true;
  }

  fail(): never {
    throw new SyntaxError(`unreadable input term at ${this.pos}`);
  }

  /** Reads `item (, item)* ,? close` after an opening bracket. */
  list<T>(close: string, item: () => T): T[] {
    const items: T[] = [];
    while (!this.accept(close)) {
      items.push(item());
      if (!this.accept(',')) {
        if (!this.accept(close)) this.fail();
        break;
      }
    }
    return items;
  }

  value(): unknown {
    this.skip();
    const rest = this.text.slice(this.pos);
    const scalar =
      /^(?:"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true\b|false\b|null\b)/.exec(rest);
    if (scalar) {
      this.pos += scalar[0].length;
      const text = scalar[0];
      if (/^-?\d+$/.test(text)) {
        const n = BigInt(text);
        return n <= BigInt(Number.MAX_SAFE_INTEGER) && n >= BigInt(Number.MIN_SAFE_INTEGER)
          ? Number(n)
          : n;
      }
      return JSON.parse(text);
    }
    if (rest.startsWith('set()')) {
      this.pos += 5;
      return new Set();
    }
    if (this.accept('[')) return this.list(']', () => this.value());
    if (this.accept('{')) return this.braces();
    return this.fail();
  }

  braces(): unknown {
    if (this.accept('}')) return {};
    const first = this.value();
    if (this.accept(':')) {
      const entries: [unknown, unknown][] = [[first, this.value()]];
      if (this.accept(',')) {
        entries.push(
          ...this.list('}', (): [unknown, unknown] => {
            const key = this.value();
            if (!this.accept(':')) this.fail();
            return [key, this.value()];
          }),
        );
      } else if (!this.accept('}')) {
        this.fail();
      }
      return entries.every(([k]) => typeof k === 'string')
        ? Object.fromEntries(entries)
        : new Map(entries);
    }
    const items = [first];
    if (this.accept(',')) items.push(...this.list('}', () => this.value()));
    else if (!this.accept('}')) this.fail();
    return new Set(items);
  }
}

/** The JS value of a literal Rego term, or undefined when the term is not a plain literal. */
export function readInputTerm(text: string): { value: unknown } | undefined {
  try {
    const reader = new Reader(text);
    const value = reader.value();
    reader.skip();
    return reader.pos === text.length ? { value } : undefined;
  } catch {
    return undefined;
  }
}
