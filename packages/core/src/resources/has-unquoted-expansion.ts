// Unquoted, these make the shell expand a word into other words: globs (`pus?`, `*`, `[p]ush`),
// braces (`{push,x}`) and tildes (`~/.ssh`, `a=~/x`).
const EXPANDING = new Set(['*', '?', '[', '{', '~']);

/**
 * True when `text` holds an unquoted, unescaped `* ? [ { ~`: a shell expands such a word, so
 * argv as parsed is not what runs (`git {push,origin}` runs `git push origin`; `git pus?` runs
 * `git push` once a file named `push` exists). @internal
 */
export function hasUnquotedExpansion(text: string): boolean {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
      else if (quote === '"' && char === '\\') i++;
    } else if (char === "'" || char === '"') quote = char;
    else if (char === '\\') i++;
    else if (char !== undefined && EXPANDING.has(char)) return true;
  }
  return false;
}
