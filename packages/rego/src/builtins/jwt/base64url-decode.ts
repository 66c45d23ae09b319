/** The result of decoding base64: the bytes, or Go's error message. */
export type DecodeResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly error: string };

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const decodeMap: ReadonlyMap<string, number> = new Map([...alphabet].map((c, i) => [c, i]));

const corrupt = (index: number): DecodeResult => ({
  ok: false,
  error: `illegal base64 data at input byte ${index}`,
});

const isNewline = (c: string | undefined): boolean => c === '\n' || c === '\r';

/**
 * Decodes padded base64url the way Go's `base64.URLEncoding.DecodeString` does, including where
 * it reports corrupt input (`illegal base64 data at input byte 13`) and its skipping of newlines.
 */
function decodePadded(text: string): DecodeResult {
  const out: number[] = [];
  let si = 0;
  while (si < text.length) {
    const quantum: number[] = [];
    let length = 4;
    for (let j = 0; j < 4; j++) {
      if (si === text.length) {
        if (j === 0) return { ok: true, bytes: Uint8Array.from(out) };
        return corrupt(si - j);
      }
      const c = text[si] as string;
      si++;
      const value = decodeMap.get(c);
      if (value !== undefined) {
        quantum.push(value);
        continue;
      }
      if (isNewline(c)) {
        j--;
        continue;
      }
      if (c !== '=' || j < 2) return corrupt(si - 1);
      if (j === 2) {
        // "==" is expected; the first "=" is consumed already.
        while (si < text.length && isNewline(text[si])) si++;
        if (si === text.length) return corrupt(text.length);
        if (text[si] !== '=') return corrupt(si - 1);
        si++;
      }
      while (si < text.length && isNewline(text[si])) si++;
      if (si < text.length) return corrupt(si);
      length = j;
      break;
    }
    const [a = 0, b = 0, c = 0, d = 0] = quantum;
    const bits = (a << 18) | (b << 12) | (c << 6) | d;
    out.push((bits >> 16) & 0xff);
    if (length > 2) out.push((bits >> 8) & 0xff);
    if (length > 3) out.push(bits & 0xff);
  }
  return { ok: true, bytes: Uint8Array.from(out) };
}

/**
 * OPA's `base64url.decode`: restores padding that encoders commonly omit (RFC 7515 appendix C),
 * then decodes strictly.
 */
export function decodeBase64Url(text: string): DecodeResult {
  let padded = text;
  if (!text.endsWith('=')) {
    switch (text.length % 4) {
      case 2:
        padded += '==';
        break;
      case 3:
        padded += '=';
        break;
      case 1:
        return { ok: false, error: `illegal base64url string: ${text}` };
    }
  }
  return decodePadded(padded);
}
