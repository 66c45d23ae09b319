/**
 * Serialises a value as canonical JSON: object keys sorted by UTF-16 code units, no whitespace,
 * numbers in their shortest ECMAScript form (RFC 8785-like).
 *
 * Two structurally equal values always produce the same text, whatever the key order they were
 * built with, so the text can be hashed ({@link digestArgs}) and chained in the audit log.
 *
 * Rules beyond `JSON.stringify`:
 * - non-finite numbers (`NaN`, `Infinity`) throw a `TypeError` instead of becoming `null`;
 * - `-0` is written `0`;
 * - a `bigint` is written as its decimal digits, as number text (note: parsing it back with
 *   `JSON.parse` loses precision beyond 2^53);
 * - object fields whose value is `undefined` are dropped; `undefined` in an array becomes `null`;
 * - functions, symbols and cyclic structures throw a `TypeError`;
 * - `toJSON()` is honoured (so a `Date` becomes its ISO string).
 *
 * @param value - any JSON-like value.
 * @returns the canonical text.
 * @throws TypeError when the value cannot be represented deterministically.
 */
export function canonicalJson(value: unknown): string {
  const text = write(value, 0);
  if (text === undefined) {
    throw new TypeError(`canonicalJson: cannot serialise a top-level ${typeof value}`);
  }
  return text;
}

// Deeper than this is treated as a cycle: cheaper than tracking every visited object on the
// audit hot path, and no legitimate event nests this deep.
const MAX_DEPTH = 512;

function write(value: unknown, depth: number): string | undefined {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) {
        throw new TypeError(`canonicalJson: non-finite number ${String(value)}`);
      }
      // JSON.stringify already writes -0 as "0" and uses the shortest round-trip form.
      return JSON.stringify(value);
    case 'bigint':
      return value.toString(10);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
      return undefined;
    case 'object':
      if (value === null) return 'null';
      if (depth >= MAX_DEPTH)
        throw new TypeError('canonicalJson: cyclic or too deeply nested structure');
      return writeObject(value, depth + 1);
    default:
      throw new TypeError(`canonicalJson: cannot serialise a ${typeof value}`);
  }
}

function writeObject(value: object, depth: number): string | undefined {
  const withToJson = value as { toJSON?: unknown };
  if (typeof withToJson.toJSON === 'function') {
    return write((withToJson.toJSON as () => unknown).call(value), depth);
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      out += write(value[i], depth) ?? 'null';
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  // Default sort compares UTF-16 code units, which is what RFC 8785 prescribes.
  const keys = Object.keys(record).sort();
  let out = '{';
  let isFirst = true;
  for (const key of keys) {
    const text = write(record[key], depth);
    if (text === undefined) continue;
    if (!isFirst) out += ',';
    out += `${JSON.stringify(key)}:${text}`;
    isFirst = false;
  }
  return `${out}}`;
}
