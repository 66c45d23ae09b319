import { fromUtf8, utf8 } from './bytes.js';

/**
 * Go's `net/url` query escaping: `QueryEscape` keeps `A-Za-z0-9-_.~`, turns spaces into `+`
 * and percent-encodes every other UTF-8 byte in upper-case hex; `QueryUnescape` reverses it.
 */
export function queryEscape(text: string): string {
  let out = '';
  for (const byte of utf8(text)) {
    const char = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(char)) out += char;
    else if (byte === 0x20) out += '+';
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Go's `url.QueryUnescape`, or its error message (`invalid URL escape "%zz"`). */
export function queryUnescape(text: string): string | Error {
  const bytes: number[] = [];
  const source = utf8(text);
  for (let i = 0; i < source.length; i++) {
    const byte = source[i] as number;
    if (byte === 0x25) {
      const hex = fromUtf8(source.slice(i + 1, i + 3));
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) {
        return new Error(`invalid URL escape ${JSON.stringify(fromUtf8(source.slice(i, i + 3)))}`);
      }
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(byte === 0x2b ? 0x20 : byte);
    }
  }
  return fromUtf8(Uint8Array.from(bytes));
}

/** Go's `url.ParseQuery`: values per key in order; the first error is returned after parsing. */
export function parseQuery(query: string): { values: Map<string, string[]>; error?: Error } {
  const values = new Map<string, string[]>();
  let error: Error | undefined;
  for (const part of query.split('&')) {
    if (part.includes(';')) {
      error ??= new Error('invalid semicolon separator in query');
      continue;
    }
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = queryUnescape(eq === -1 ? part : part.slice(0, eq));
    const value = queryUnescape(eq === -1 ? '' : part.slice(eq + 1));
    if (key instanceof Error || value instanceof Error) {
      error ??= key instanceof Error ? key : (value as Error);
      continue;
    }
    values.set(key, [...(values.get(key) ?? []), value]);
  }
  return error === undefined ? { values } : { values, error };
}
