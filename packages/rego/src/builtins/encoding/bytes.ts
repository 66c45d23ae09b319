/**
 * Byte-level codecs for Rego strings, which are UTF-8 byte strings in OPA: base64 (standard
 * and URL alphabets, Go's strict padding rules), hex, and UTF-8 conversion. Decoded bytes that
 * are not valid UTF-8 become U+FFFD, since JS strings cannot hold raw bytes.
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The UTF-8 bytes of `text`. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** `bytes` decoded as UTF-8 (invalid sequences become U+FFFD). */
export function fromUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

const standard = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const urlSafe = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Base64 of `bytes` in the standard or URL alphabet, padded unless `isPadded` is false. */
export function encodeBase64(bytes: Uint8Array, isUrl: boolean, isPadded = true): string {
  const alphabet = isUrl ? urlSafe : standard;
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(bytes.length - i, 3) + 1;
    for (let k = 0; k < 4; k++) {
      if (k < chars) out += alphabet[(n >> (18 - 6 * k)) & 63];
      else if (isPadded) out += '=';
    }
  }
  return out;
}

/**
 * Decodes padded base64 as Go's `StdEncoding`/`URLEncoding` do (CR and LF are ignored),
 * or returns Go's error message `illegal base64 data at input byte N`.
 */
export function decodeBase64(text: string, isUrl: boolean): Uint8Array | Error {
  const alphabet = isUrl ? urlSafe : standard;
  const clean = text.replace(/[\r\n]/g, '');
  const out: number[] = [];
  let bits = 0;
  let count = 0;
  for (let i = 0; i < clean.length; i++) {
    const char = clean[i] as string;
    if (char === '=') {
      // Padding must complete the final quantum and end the input.
      const pad = clean.slice(i);
      const isValid = (count === 2 && pad === '==') || (count === 3 && pad === '=');
      if (!isValid) return illegal(i);
      if (count === 2) out.push((bits >> 4) & 255);
      else out.push((bits >> 10) & 255, (bits >> 2) & 255);
      return Uint8Array.from(out);
    }
    const value = alphabet.indexOf(char);
    if (value === -1) return illegal(i);
    bits = (bits << 6) | value;
    count++;
    if (count === 4) {
      out.push((bits >> 16) & 255, (bits >> 8) & 255, bits & 255);
      bits = 0;
      count = 0;
    }
  }
  if (count !== 0) return illegal(clean.length);
  return Uint8Array.from(out);
}

function illegal(at: number): Error {
  return new Error(`illegal base64 data at input byte ${at}`);
}

/** Lowercase hex of `bytes`. */
export function encodeHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Decodes hex as Go's `hex.DecodeString`, or returns its error message. */
export function decodeHex(text: string): Uint8Array | Error {
  const bytes = utf8(text);
  const out: number[] = [];
  const digit = (b: number): number => {
    if (b >= 48 && b <= 57) return b - 48;
    if (b >= 97 && b <= 102) return b - 87;
    if (b >= 65 && b <= 70) return b - 55;
    return -1;
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (digit(b) === -1) {
      const char = String.fromCodePoint(text.codePointAt(codeUnitOffset(text, i)) ?? b);
      const code = (char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0');
      return new Error(`encoding/hex: invalid byte: U+${code} '${char}'`);
    }
    if (i % 2 === 1) out.push(digit(bytes[i - 1] as number) * 16 + digit(b));
  }
  if (bytes.length % 2 === 1) return new Error('encoding/hex: odd length hex string');
  return Uint8Array.from(out);
}

function codeUnitOffset(text: string, byteOffset: number): number {
  let bytes = 0;
  let units = 0;
  for (const char of text) {
    if (bytes >= byteOffset) break;
    bytes += utf8(char).length;
    units += char.length;
  }
  return units;
}
