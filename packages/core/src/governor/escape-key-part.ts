/**
 * Escapes one id inside a key joined with `separator` (a single ASCII character), so that no id
 * containing the separator can forge another id pair: `%` becomes `%25` and the separator its
 * `%XX` form. Ids without `%` or the separator are unchanged, so keys of ordinary ids keep
 * their spelling. @internal
 */
export function escapeKeyPart(part: string, separator: string): string {
  if (!part.includes('%') && !part.includes(separator)) return part;
  const code = (separator.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return part.replaceAll('%', '%25').replaceAll(separator, `%${code}`);
}
