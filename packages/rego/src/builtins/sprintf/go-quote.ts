/**
 * Go's `strconv.Quote`: a double-quoted string with Go escapes. Printable characters stay as
 * they are; control and other non-printable characters become `\a`…`\v`, `\xNN`, `\uNNNN` or
 * `\UNNNNNNNN`. OPA renders strings inside composite values this way.
 */
export function goQuote(text: string, quote = '"'): string {
  let out = quote;
  for (const char of text) {
    out += escapeChar(char, quote);
  }
  return out + quote;
}

const shortEscapes: Readonly<Record<string, string>> = {
  '\u0007': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '\\': '\\\\',
};

// Non-printable per Go's unicode.IsPrint: controls, separators other than U+0020, format
// characters, surrogates, private use and unassigned code points.
const nonPrintable = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]$|^\p{Zs}$/u;

function escapeChar(char: string, quote: string): string {
  if (char === quote) return `\\${quote}`;
  const short = shortEscapes[char];
  if (short !== undefined) return short;
  if (char === ' ' || !nonPrintable.test(char)) return char;
  const code = char.codePointAt(0) as number;
  if (code < 0x80) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code < 0x10000) return `\\u${code.toString(16).padStart(4, '0')}`;
  return `\\U${code.toString(16).padStart(8, '0')}`;
}
