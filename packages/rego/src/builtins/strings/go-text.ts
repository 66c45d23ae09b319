/**
 * Go `strings` semantics on JS strings, counting Unicode code points where Go counts runes.
 * Rego strings are Go strings; these helpers keep index-based builtins (indexof, substring,
 * strings.count) and rune-based ones (trim cutsets, split on "") faithful to OPA.
 */

/** The code points of `text`, each as a string (astral characters stay whole). */
export function codePoints(text: string): string[] {
  return Array.from(text);
}

/** True when `text` is pure ASCII, so UTF-16 indices equal code point indices. */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Number of code points in `text`. */
export function codePointLength(text: string): number {
  if (isAscii(text)) return text.length;
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Code point index of the UTF-16 offset `offset` in `text`. */
export function codePointIndexAt(text: string, offset: number): number {
  return codePointLength(text.slice(0, offset));
}

// Go's unicode.IsSpace: Latin-1 spaces plus the White_Space characters of category Z.
const goSpaces = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
  0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
]);

/** Go's `unicode.IsSpace`. */
export function isGoSpace(char: string): boolean {
  return goSpaces.has(char.codePointAt(0) ?? -1);
}

/** Go's `strings.TrimLeftFunc`: drops leading code points while `isCut` holds. */
export function trimLeftWhile(text: string, isCut: (char: string) => boolean): string {
  let start = 0;
  for (const char of text) {
    if (!isCut(char)) break;
    start += char.length;
  }
  return text.slice(start);
}

/** Go's `strings.TrimRightFunc`: drops trailing code points while `isCut` holds. */
export function trimRightWhile(text: string, isCut: (char: string) => boolean): string {
  const chars = codePoints(text);
  let end = chars.length;
  while (end > 0 && isCut(chars[end - 1] as string)) end--;
  return chars.slice(0, end).join('');
}

/** A cutset predicate: true for code points contained in `cutset` (Go's `strings.Trim`). */
export function inCutset(cutset: string): (char: string) => boolean {
  const set = new Set(codePoints(cutset));
  return (char) => set.has(char);
}

/** Go's `strings.Split`: an empty separator splits into code points. */
export function goSplit(text: string, separator: string): string[] {
  return separator === '' ? codePoints(text) : text.split(separator);
}

/** Go's `strings.Count`: an empty needle counts code point boundaries (length + 1). */
export function goCount(text: string, needle: string): number {
  if (needle === '') return codePointLength(text) + 1;
  return text.split(needle).length - 1;
}

/**
 * Go's `strings.NewReplacer(pairs...).Replace(text)`: at each position the first pair in
 * argument order whose `old` matches wins; matches never overlap; an empty `old` matches
 * between every code point (and at both ends) when nothing else matches there.
 */
export function goReplace(text: string, pairs: readonly (readonly [string, string])[]): string {
  let out = '';
  let i = 0;
  let lastEmptyAt = -1;
  while (i <= text.length) {
    // Go ignores the empty pattern right after it matched, so text advances between matches.
    const matched = pairs.find(([old]) =>
      old === '' ? lastEmptyAt !== i : text.startsWith(old, i),
    );
    if (matched !== undefined) {
      out += matched[1];
      if (matched[0] === '') lastEmptyAt = i;
      else i += matched[0].length;
      continue;
    }
    if (i === text.length) break;
    const char = String.fromCodePoint(text.codePointAt(i) as number);
    out += char;
    i += char.length;
  }
  return out;
}

/** Go's `unicode.ToLower`/`ToUpper` per code point: mappings that change length are skipped. */
export function mapCase(text: string, toUpper: boolean): string {
  let out = '';
  for (const char of text) {
    const mapped = toUpper ? char.toUpperCase() : char.toLowerCase();
    out += codePointLength(mapped) === 1 ? mapped : char;
  }
  return out;
}
