import { tokenizeGlob } from './glob-token.js';

/**
 * True when `subject` matches the scope glob `glob`, with `separator` as the segment
 * separator (`/` for paths, `.` for hosts).
 *
 * The dialect is the subset of OPA's `glob.match(pattern, [separator], subject)` that
 * scopes allow: `?` is one non-separator character, `*` any run of non-separator
 * characters (possibly empty), `**` any run of characters including separators. So
 * `/workspace/**` matches `/workspace/a/b` but not `/workspace` itself, and
 * `*.example.com` matches `api.example.com` but not `example.com` or `a.b.example.com`.
 *
 * Matching simulates the automaton in O(|glob| · |subject|), so hostile globs cannot
 * trigger the backtracking blow-up a regular expression would.
 */
export function matchGlob(glob: string, subject: string, separator: string): boolean {
  const tokens = tokenizeGlob(glob);
  let states = closure(new Set([0]), tokens);
  for (const char of subject) {
    const next = new Set<number>();
    for (const state of states) {
      const token = tokens[state];
      if (token === undefined) continue;
      if (token.kind === 'globstar') next.add(state);
      else if (token.kind === 'literal') {
        if (token.char === char) next.add(state + 1);
      } else if (char !== separator) next.add(token.kind === 'star' ? state : state + 1);
    }
    if (next.size === 0) return false;
    states = closure(next, tokens);
  }
  return states.has(tokens.length);
}

// Adds the states reachable by letting `*` and `**` match nothing.
function closure(states: Set<number>, tokens: ReturnType<typeof tokenizeGlob>): Set<number> {
  for (const state of states) {
    const kind = tokens[state]?.kind;
    if (kind === 'star' || kind === 'globstar') states.add(state + 1);
  }
  return states;
}
