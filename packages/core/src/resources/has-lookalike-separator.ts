// Characters that read as `/` or `\` somewhere (a best-fit code page, a font) but that NFKC
// leaves alone; the fullwidth and small forms are caught by their NFKC form.
const SLASH_LOOKALIKES = new Set(['\u2044', '\u2215', '\u2216', '\u29f5', '\u29f8', '\u29f9']);
const STRUCTURAL = /[/\\.]/;

/**
 * True when `text` holds a non-ASCII character that some tool reads as `/`, `\` or `.`:
 * U+2215 `∕`, U+FF0F `／`, U+2024 `․`, U+FF0E `．` and their kind (NFKC maps most of them to
 * ASCII, as do Windows best-fit code pages). `/workspace/．．/etc` is `/workspace/../etc`
 * to such a tool. @internal
 */
export function hasLookalikeSeparator(text: string): boolean {
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) continue;
    if (SLASH_LOOKALIKES.has(char) || STRUCTURAL.test(char.normalize('NFKC'))) return true;
  }
  return false;
}
