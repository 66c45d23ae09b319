/**
 * One token of a scope glob: a literal character, `?` (one non-separator character),
 * `*` (any run of non-separator characters) or `**` (any run of characters at all).
 * @internal
 */
export type GlobToken =
  | { readonly kind: 'literal'; readonly char: string }
  | { readonly kind: 'one' }
  | { readonly kind: 'star' }
  | { readonly kind: 'globstar' };

/**
 * Splits a glob into tokens and normalises each run of wildcards, so equivalent spellings
 * tokenise alike: `*?` becomes `?*`, and a `*` next to `**` in the same run is dropped
 * (both changes keep the language the same).
 * @internal
 */
export function tokenizeGlob(glob: string): GlobToken[] {
  const tokens: GlobToken[] = [];
  let run: GlobToken[] = [];
  const chars = Array.from(glob);
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? '';
    if (char === '?') run.push({ kind: 'one' });
    else if (char !== '*') {
      tokens.push(...normalizeRun(run), { kind: 'literal', char });
      run = [];
    } else if (chars[i + 1] === '*') {
      while (chars[i + 1] === '*') i++;
      run.push({ kind: 'globstar' });
    } else run.push({ kind: 'star' });
  }
  tokens.push(...normalizeRun(run));
  return tokens;
}

function normalizeRun(run: readonly GlobToken[]): GlobToken[] {
  if (run.some((token) => token.kind === 'globstar')) {
    // `*` adds nothing next to `**`; merge adjacent `**` as well.
    const kept: GlobToken[] = [];
    for (const token of run) {
      if (token.kind === 'star') continue;
      if (token.kind === 'globstar' && kept.at(-1)?.kind === 'globstar') continue;
      kept.push(token);
    }
    return kept;
  }
  const ones = run.filter((token) => token.kind === 'one');
  return run.some((token) => token.kind === 'star') ? [...ones, { kind: 'star' }] : ones;
}
