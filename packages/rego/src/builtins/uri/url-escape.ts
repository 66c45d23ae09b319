import { goQuote } from '../sprintf/go-quote.js';

/**
 * Go `net/url`'s percent-encoding rules (`shouldEscape`, `escape`, `unescape`), per component.
 * Go works on bytes; here a UTF-16 code unit at or above 0x80 stands for a non-ASCII byte, which
 * every check treats alike, and decoded bytes are read back as UTF-8.
 */

/** The URL component a string is escaped or unescaped for. */
export type UrlEncoding = 'path' | 'host' | 'zone' | 'userPassword' | 'fragment';

/** A failure of {@link unescapeUrl}, worded as Go's `EscapeError` and `InvalidHostError`. */
export interface UrlError {
  readonly message: string;
}

function isAlphanumeric(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39)
  );
}

function isHex(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x61 && code <= 0x66) ||
    (code >= 0x41 && code <= 0x46)
  );
}

/** Whether the ASCII byte `c` must be percent-encoded in component `mode` (Go's `shouldEscape`). */
export function shouldEscape(c: string, mode: UrlEncoding): boolean {
  if (isAlphanumeric(c.charCodeAt(0))) return false;
  if ((mode === 'host' || mode === 'zone') && `!$&'()*+,;=:[]<>"`.includes(c)) return false;
  if ('-_.~'.includes(c)) return false;
  if ('$&+,/:;=?@'.includes(c)) {
    switch (mode) {
      case 'path':
        return c === '?';
      case 'userPassword':
        return c === '@' || c === '/' || c === '?' || c === ':';
      case 'fragment':
        return false;
      default:
        return true;
    }
  }
  if (mode === 'fragment' && '!()*'.includes(c)) return false;
  return true;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Go's `escape`: percent-encodes (upper-case hex) every byte that {@link shouldEscape}. */
export function escapeUrl(text: string, mode: UrlEncoding): string {
  let out = '';
  for (const byte of encoder.encode(text)) {
    const char = String.fromCharCode(byte);
    out +=
      byte >= 0x80 || shouldEscape(char, mode)
        ? `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
        : char;
  }
  return out;
}

function checkEscapes(text: string, mode: UrlEncoding): UrlError | undefined {
  for (let i = 0; i < text.length; ) {
    const c = text[i] as string;
    if (c === '%') {
      if (
        i + 2 >= text.length ||
        !isHex(text.charCodeAt(i + 1)) ||
        !isHex(text.charCodeAt(i + 2))
      ) {
        return { message: `invalid URL escape ${goQuote(text.slice(i, i + 3))}` };
      }
      const escaped = text.slice(i, i + 3);
      const byte = Number.parseInt(text.slice(i + 1, i + 3), 16);
      // RFC 3986 §3.2.2: in a host, %-encoding is only for non-ASCII bytes (RFC 6874 adds %25).
      if (mode === 'host' && byte < 0x80 && escaped !== '%25') {
        return { message: `invalid URL escape ${goQuote(escaped)}` };
      }
      if (
        mode === 'zone' &&
        escaped !== '%25' &&
        byte !== 0x20 &&
        byte < 0x80 &&
        shouldEscape(String.fromCharCode(byte), 'host')
      ) {
        return { message: `invalid URL escape ${goQuote(escaped)}` };
      }
      i += 3;
      continue;
    }
    if ((mode === 'host' || mode === 'zone') && c.charCodeAt(0) < 0x80 && shouldEscape(c, mode)) {
      return { message: `invalid character ${goQuote(c)} in host name` };
    }
    i++;
  }
  return undefined;
}

/** Go's `unescape`: the decoded text, or the error Go reports for a bad escape or host byte. */
export function unescapeUrl(text: string, mode: UrlEncoding): string | UrlError {
  const error = checkEscapes(text, mode);
  if (error !== undefined) return error;
  if (!text.includes('%')) return text;
  const bytes: number[] = [];
  for (let i = 0; i < text.length; ) {
    if (text[i] === '%') {
      bytes.push(Number.parseInt(text.slice(i + 1, i + 3), 16));
      i += 3;
      continue;
    }
    const end = text.indexOf('%', i);
    const chunk = end < 0 ? text.slice(i) : text.slice(i, end);
    bytes.push(...encoder.encode(chunk));
    i += chunk.length;
  }
  return decoder.decode(new Uint8Array(bytes));
}
