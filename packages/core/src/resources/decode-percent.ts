import type { CanonicalResult } from './resource.js';

const MAX_ROUNDS = 8;
const ESCAPE = /%[0-9a-fA-F]{2}/;
const ONE_ESCAPE = /^%[0-9a-fA-F]{2}$/;
const decoder = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

/**
 * Decodes percent-escapes repeatedly until the text no longer changes, so `%252e%252e`
 * ends as `..` rather than surviving as `%2e%2e`.
 *
 * A `%` that does not start a two-digit hex escape stays literal. Escapes that decode to
 * invalid UTF-8 are refused (`invalid_percent_encoding`), and so is text still changing
 * after eight rounds (`too_many_encoding_layers`).
 * @internal
 */
export function decodePercent(text: string): CanonicalResult<string> {
  let current = text;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (!ESCAPE.test(current)) return { ok: true, value: current };
    const decoded = decodeOnce(current);
    if (decoded === undefined) return { ok: false, reason: 'invalid_percent_encoding' };
    current = decoded;
  }
  return ESCAPE.test(current)
    ? { ok: false, reason: 'too_many_encoding_layers' }
    : { ok: true, value: current };
}

function decodeOnce(text: string): string | undefined {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; ) {
    const chunk = text.slice(i, i + 3);
    if (ONE_ESCAPE.test(chunk)) {
      bytes.push(Number.parseInt(chunk.slice(1), 16));
      i += 3;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(i) ?? 0);
    bytes.push(...encoder.encode(char));
    i += char.length;
  }
  try {
    return decoder.decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}
