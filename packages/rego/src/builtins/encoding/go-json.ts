import { compareStrings, type RegoObject, RegoSet, type Value } from '../../value.js';

/**
 * JSON text as Go's `encoding/json` writes the JSON form of a Rego value (what OPA's
 * `json.marshal` returns): object keys sorted by UTF-8 bytes, sets as arrays, non-string keys
 * JSON-encoded, and `<`, `>`, `&`, U+2028 and U+2029 escaped as `\u003c` and so on.
 */

/** Indentation for {@link marshalJson}; absent means compact output. */
export interface JsonIndent {
  readonly prefix: string;
  readonly indent: string;
}

const escapes: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** A JSON string literal with Go's HTML-safe escaping. */
export function quoteJson(text: string): string {
  return `"${text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: Go escapes every control character.
    /["\\\n\r\t<>&\u2028\u2029\u0000-\u001f\ud800-\udfff]/g,
    (char, offset: number) => {
      const known = escapes[char];
      if (known !== undefined) return known;
      const code = char.charCodeAt(0);
      if (code >= 0xd800 && code <= 0xdfff) {
        // Keep valid surrogate pairs; a lone surrogate is invalid UTF-8, which Go replaces.
        const isHigh = code <= 0xdbff;
        const partner = text.charCodeAt(isHigh ? offset + 1 : offset - 1);
        const isPaired = isHigh
          ? partner >= 0xdc00 && partner <= 0xdfff
          : partner >= 0xd800 && partner <= 0xdbff;
        return isPaired ? char : '\\ufffd';
      }
      return `\\u${code.toString(16).padStart(4, '0')}`;
    },
  )}"`;
}

function numberText(value: number | bigint): string {
  return typeof value === 'bigint' ? value.toString() : String(value);
}

/** A JSON object key for any Rego key: strings as they are, others as their JSON text. */
function keyText(key: Value): string {
  return typeof key === 'string' ? key : marshalJson(key);
}

/** Go's `json.Marshal` (or `json.MarshalIndent` with `indent`) of the JSON form of `value`. */
export function marshalJson(value: Value, indent?: JsonIndent, depth = 0): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
    case 'bigint':
      return numberText(value);
    case 'string':
      return quoteJson(value);
  }
  const newline = (level: number): string =>
    indent === undefined ? '' : `\n${indent.prefix}${indent.indent.repeat(level)}`;
  if (Array.isArray(value) || value instanceof RegoSet) {
    const items: readonly Value[] = Array.isArray(value) ? value : value.values();
    if (items.length === 0) return '[]';
    const body = items.map((item) => newline(depth + 1) + marshalJson(item, indent, depth + 1));
    return `[${body.join(',')}${newline(depth)}]`;
  }
  const members = (value as RegoObject)
    .entries()
    .map(([k, v]): [string, Value] => [keyText(k), v])
    .sort((a, b) => compareStrings(a[0], b[0]));
  if (members.length === 0) return '{}';
  const separator = indent === undefined ? ':' : ': ';
  const body = members.map(
    ([k, v]) =>
      `${newline(depth + 1)}${quoteJson(k)}${separator}${marshalJson(v, indent, depth + 1)}`,
  );
  return `{${body.join(',')}${newline(depth)}}`;
}

/** Parses JSON text, keeping integers beyond 2^53 exact as bigints; throws on invalid JSON. */
export function parseJson(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown, context?: { source?: string }) => {
    const source = context?.source;
    if (typeof value === 'number' && source !== undefined && !Number.isSafeInteger(value)) {
      if (/^-?\d+$/.test(source)) return BigInt(source);
    }
    return value;
  });
}
