/**
 * True when `text` contains a C0 or C1 control character, DEL (NUL included) or a lone
 * UTF-16 surrogate; with
 * `isSpaceForbidden`, any Unicode whitespace counts as well.
 * @internal
 */
export function hasControlCharacter(text: string, isSpaceForbidden = false): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
    if (code >= 0xd800 && code <= 0xdfff) return true;
    if (isSpaceForbidden && /\s/u.test(char)) return true;
  }
  return false;
}
