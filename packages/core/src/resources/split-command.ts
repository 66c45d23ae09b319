import type { CanonicalResult } from './resource.js';

const SPACE = new Set([' ', '\t', '\n', '\r']);
// Inside double quotes a backslash escapes only these, as in POSIX sh.
const DOUBLE_QUOTE_ESCAPES = new Set(['$', '`', '"', '\\', '\n']);

/**
 * Splits command text into argv with POSIX sh quoting: `'…'` is literal, `"…"` allows
 * `\` before `$ \` " \\` and newline, an unquoted `\` escapes the next character and
 * `\`+newline continues the line; adjacent pieces join (`"r""m"` is `rm`). Operators are
 * not interpreted: `ls;rm` is one word (the metacharacter check flags it separately).
 * Unterminated quotes are refused as `unterminated_quote`.
 * @internal
 */
export function splitCommand(text: string): CanonicalResult<string[]> {
  const argv: string[] = [];
  let word = '';
  let isInWord = false;
  let quote: "'" | '"' | undefined;
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? '';
    if (quote === "'") {
      if (char === "'") quote = undefined;
      else word += char;
    } else if (quote === '"') {
      if (char === '"') quote = undefined;
      else if (char === '\\' && DOUBLE_QUOTE_ESCAPES.has(chars[i + 1] ?? '')) {
        i++;
        if (chars[i] !== '\n') word += chars[i];
      } else word += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      isInWord = true;
    } else if (char === '\\') {
      i++;
      if (i < chars.length && chars[i] !== '\n') {
        word += chars[i];
        isInWord = true;
      }
    } else if (SPACE.has(char)) {
      if (isInWord) argv.push(word);
      word = '';
      isInWord = false;
    } else {
      word += char;
      isInWord = true;
    }
  }
  if (quote !== undefined) return { ok: false, reason: 'unterminated_quote' };
  if (isInWord) argv.push(word);
  return { ok: true, value: argv };
}
