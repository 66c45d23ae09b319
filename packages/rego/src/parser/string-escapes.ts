/**
 * Decoding of backslash escapes in Rego strings (JSON's set, with `\uXXXX` surrogate pairs).
 * @internal
 */

const SIMPLE: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

function hex4(src: string, at: number): number | undefined {
  const text = src.slice(at, at + 4);
  return /^[0-9a-fA-F]{4}$/.test(text) ? Number.parseInt(text, 16) : undefined;
}

/**
 * Decodes the escape starting at `src[at] === '\\'`; returns the text and the index after it,
 * or undefined for an illegal escape. Template strings also allow `\{`.
 * @internal
 */
export function decodeEscape(
  src: string,
  at: number,
  isTemplate: boolean,
): { value: string; end: number } | undefined {
  const c = src[at + 1];
  if (c === undefined) return undefined;
  const simple = SIMPLE[c];
  if (simple !== undefined) return { value: simple, end: at + 2 };
  if (isTemplate && c === '{') return { value: '{', end: at + 2 };
  if (c !== 'u') return undefined;
  const code = hex4(src, at + 2);
  if (code === undefined) return undefined;
  if (code >= 0xd800 && code <= 0xdbff && src[at + 6] === '\\' && src[at + 7] === 'u') {
    const low = hex4(src, at + 8);
    if (low !== undefined && low >= 0xdc00 && low <= 0xdfff) {
      return { value: String.fromCharCode(code, low), end: at + 12 };
    }
  }
  // A lone surrogate becomes U+FFFD, as Go's decoder does.
  if (code >= 0xd800 && code <= 0xdfff) return { value: '\ufffd', end: at + 6 };
  return { value: String.fromCharCode(code), end: at + 6 };
}
