/**
 * A matcher for the common globs (literal text, `*` and `**`) that avoids the RE2 engine:
 * `**` is any run, `*` any run of non-delimiters, as `globToRegex` translates them. Globs with
 * `?`, character lists, alternatives or escapes are left to RE2.
 */

/** Tests a text against one compiled glob. */
export type GlobMatcher = (text: string) => boolean;

type Token = string | typeof ANY | typeof SEGMENT;

const ANY: unique symbol = Symbol('**');
const SEGMENT: unique symbol = Symbol('*');

/** Most tokens the bit-parallel matcher tracks (one bit each, plus the accepting state). */
const MAX_TOKENS = 30;

const SPECIAL = /[?[\]{}\\]/;

function tokenize(glob: string, hasDelimiters: boolean): Token[] {
  const tokens: Token[] = [];
  let literal = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c !== '*') {
      literal += c;
      continue;
    }
    if (literal !== '') tokens.push(literal);
    literal = '';
    if (glob[i + 1] === '*') {
      i++;
      tokens.push(ANY);
    } else tokens.push(hasDelimiters ? SEGMENT : ANY);
  }
  if (literal !== '') tokens.push(literal);
  return tokens;
}

/** Literals separated by `**` only: match them leftmost-first, the last one at the end. */
function anyRunMatcher(tokens: readonly Token[]): GlobMatcher {
  const literals: string[] = [];
  let pending = '';
  for (const t of tokens) {
    if (typeof t === 'string') pending += t;
    else {
      literals.push(pending);
      pending = '';
    }
  }
  literals.push(pending);
  const first = literals[0] as string;
  const last = literals[literals.length - 1] as string;
  if (literals.length === 1) return (text) => text === first;
  const middle = literals.slice(1, -1).filter((l) => l !== '');
  const fixed = first.length + last.length;
  return (text) => {
    if (text.length < fixed || !text.startsWith(first) || !text.endsWith(last)) return false;
    const end = text.length - last.length;
    let at = first.length;
    for (const literal of middle) {
      const found = text.indexOf(literal, at);
      if (found < 0 || found + literal.length > end) return false;
      at = found + literal.length;
    }
    return true;
  };
}

/** Reused state masks (matching is synchronous; allocating a typed array per call is slow). */
let scratch = new Int32Array(256);

/**
 * A bit-parallel NFA over the tokens: bit `t` at position `p` means tokens before `t` matched
 * the text before `p`. Linear in the text length times the (bounded) number of tokens. Texts
 * lacking one of the literals, or the leading or trailing one, are rejected up front.
 */
function stateMatcher(tokens: readonly Token[], delimiters: string): GlobMatcher {
  const n = tokens.length;
  const accept = 1 << n;
  let stars = 0;
  let anyRuns = 0;
  let literalBits = 0;
  const literals: string[] = [];
  tokens.forEach((token, t) => {
    if (typeof token === 'string') {
      literalBits |= 1 << t;
      literals[t] = token;
    } else {
      stars |= 1 << t;
      if (token === ANY) anyRuns |= 1 << t;
    }
  });
  const required = tokens.filter((t): t is string => typeof t === 'string');
  const head = typeof tokens[0] === 'string' ? tokens[0] : '';
  const tail = typeof tokens[n - 1] === 'string' ? (tokens[n - 1] as string) : '';
  return (text) => {
    if (!text.startsWith(head) || !text.endsWith(tail)) return false;
    for (const literal of required) if (!text.includes(literal)) return false;
    const length = text.length;
    if (scratch.length <= length)
      scratch = new Int32Array(Math.max(2 * scratch.length, length + 1));
    const states = scratch;
    states.fill(0, 0, length + 1);
    states[0] = 1;
    for (let p = 0; p <= length; p++) {
      let mask = states[p] as number;
      if (mask === 0) continue;
      // A star matches the empty run: its successor is active at the same position.
      for (
        let grown = mask | ((mask & stars) << 1);
        grown !== mask;
        grown = mask | ((mask & stars) << 1)
      ) {
        mask = grown;
      }
      if (p === length) return (mask & accept) !== 0;
      const runs = delimiters.includes(text[p] as string) ? mask & anyRuns : mask & stars;
      states[p + 1] = (states[p + 1] as number) | runs;
      let pending = mask & literalBits;
      while (pending !== 0) {
        const t = 31 - Math.clz32(pending & -pending);
        pending &= pending - 1;
        const literal = literals[t] as string;
        if (text.startsWith(literal, p)) {
          const next = p + literal.length;
          states[next] = (states[next] as number) | (1 << (t + 1));
        }
      }
    }
    return false;
  };
}

/**
 * A matcher for `glob` with single-character `delimiters` (empty: none, so `*` is any run),
 * or undefined when the glob needs the RE2 translation.
 */
export function fastGlobMatcher(glob: string, delimiters: string): GlobMatcher | undefined {
  if (SPECIAL.test(glob)) return undefined;
  const tokens = tokenize(glob, delimiters !== '');
  if (!tokens.includes(SEGMENT)) return anyRunMatcher(tokens);
  if (tokens.length > MAX_TOKENS) return undefined;
  return stateMatcher(tokens, delimiters);
}
