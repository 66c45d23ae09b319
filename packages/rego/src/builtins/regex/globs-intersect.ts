/**
 * `regex.globs_match`: whether two simple regular expressions (literals, `.`, character
 * classes, `*` and `+`, as the glob-intersection library OPA uses accepts) match at least one
 * common string. Each pattern becomes a list of tokens; a search over pairs of positions finds
 * a common path to both ends.
 */

type Range = readonly [number, number];

interface Token {
  /** The code points this token accepts, as sorted, disjoint inclusive ranges. */
  readonly ranges: readonly Range[];
  /** `*` repeats zero or more times; single tokens match exactly once. */
  readonly isStar: boolean;
}

const maxCodePoint = 0x10ffff;
const anyChar: readonly Range[] = [[0, maxCodePoint]];

function complement(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  let next = 0;
  for (const [lo, hi] of sorted) {
    if (lo > next) out.push([next, lo - 1]);
    next = Math.max(next, hi + 1);
  }
  if (next <= maxCodePoint) out.push([next, maxCodePoint]);
  return out;
}

function invalid(input: string, pos: number, reason: string): Error {
  return new Error(`input:${input}, pos:${pos}, ${reason}: the input provided is invalid`);
}

function parseClass(chars: string[], at: number, input: string): [Range[], number] {
  let i = at + 1;
  const isNegated = chars[i] === '^';
  if (isNegated) i++;
  const ranges: Range[] = [];
  while (i < chars.length && chars[i] !== ']') {
    let char = chars[i] as string;
    if (char === '\\' && i + 1 < chars.length) char = chars[++i] as string;
    const lo = char.codePointAt(0) as number;
    if (chars[i + 1] === '-' && i + 2 < chars.length && chars[i + 2] !== ']') {
      let end = chars[i + 2] as string;
      i += 2;
      if (end === '\\' && i + 1 < chars.length) end = chars[++i] as string;
      ranges.push([lo, end.codePointAt(0) as number]);
    } else {
      ranges.push([lo, lo]);
    }
    i++;
  }
  if (i >= chars.length) throw invalid(input, i, "set-open '[' with no closing ']'");
  return [isNegated ? complement(ranges) : ranges, i + 1];
}

function tokenize(input: string): Token[] {
  const chars = Array.from(input);
  const tokens: Token[] = [];
  let i = 0;
  while (i < chars.length) {
    const char = chars[i] as string;
    let ranges: readonly Range[];
    if (char === '[') {
      [ranges, i] = parseClass(chars, i, input);
    } else if (char === ']') {
      throw invalid(input, i + 1, "set-close ']' with no preceding '['");
    } else if (char === '*' || char === '+') {
      throw invalid(input, i + 1, `'${char}' with nothing to repeat`);
    } else if (char === '.') {
      ranges = anyChar;
      i++;
    } else {
      const literal = char === '\\' && i + 1 < chars.length ? (chars[++i] as string) : char;
      const code = literal.codePointAt(0) as number;
      ranges = [[code, code]];
      i++;
    }
    const modifier = chars[i];
    if (modifier === '*') {
      tokens.push({ ranges, isStar: true });
      i++;
    } else if (modifier === '+') {
      // x+ is x followed by x*.
      tokens.push({ ranges, isStar: false }, { ranges, isStar: true });
      i++;
    } else {
      tokens.push({ ranges, isStar: false });
    }
  }
  return tokens;
}

function overlaps(a: readonly Range[], b: readonly Range[]): boolean {
  return a.some(([alo, ahi]) => b.some(([blo, bhi]) => alo <= bhi && blo <= ahi));
}

/** True when patterns `a` and `b` share a matching string; throws on an invalid pattern. */
export function globsIntersect(a: string, b: string): boolean {
  const left = tokenize(a);
  const right = tokenize(b);
  const seen = new Set<number>();
  const width = right.length + 1;
  const stack: [number, number][] = [[0, 0]];
  while (stack.length > 0) {
    const [i, j] = stack.pop() as [number, number];
    if (i === left.length && j === right.length) return true;
    const key = i * width + j;
    if (seen.has(key)) continue;
    seen.add(key);
    const x = left[i];
    const y = right[j];
    if (x?.isStar) stack.push([i + 1, j]);
    if (y?.isStar) stack.push([i, j + 1]);
    if (x && y && overlaps(x.ranges, y.ranges) && !(x.isStar && y.isStar)) {
      stack.push([x.isStar ? i : i + 1, y.isStar ? j : j + 1]);
    }
  }
  return false;
}
