import { RegoObject, RegoSet, type Value } from '../../value.js';

/** Go's `encoding/json` string escaping, HTML-safe (`<`, `>`, `&` as `\u003c`, …). */
function quote(text: string): string {
  let out = '"';
  for (const c of text) {
    const code = c.codePointAt(0) as number;
    if (c === '"' || c === '\\') out += `\\${c}`;
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if (
      code < 0x20 ||
      c === '<' ||
      c === '>' ||
      c === '&' ||
      code === 0x2028 ||
      code === 0x2029
    ) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += c;
  }
  return `${out}"`;
}

/**
 * Compact JSON of a value as Go's `json.Marshal` writes OPA's values: object keys in sorted
 * order, sets as arrays, HTML-safe strings. Non-string keys are written as their JSON text.
 */
export function marshalJson(value: Value): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
    case 'bigint':
      return String(value);
    case 'string':
      return quote(value);
    default:
      if (value instanceof RegoSet) return `[${value.values().map(marshalJson).join(',')}]`;
      if (!(value instanceof RegoObject)) return `[${value.map(marshalJson).join(',')}]`;
      return `{${value
        .entries()
        .map(([k, v]) => `${quote(typeof k === 'string' ? k : marshalJson(k))}:${marshalJson(v)}`)
        .join(',')}}`;
  }
}
