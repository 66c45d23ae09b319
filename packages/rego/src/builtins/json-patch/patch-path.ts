import type { Value } from '../../value.js';

/**
 * A JSON-Patch path (`path` or `from`) as a list of segments, the way OPA reads it: a string is
 * a JSON pointer with its leading slashes dropped (`""` is the root, `"a/b"` works without the
 * leading slash, `~1` and `~0` are unescaped), and an array is taken segment by segment as Rego
 * values (so `[[1], 1]` addresses into the set element `[1]`). Anything else is not a path.
 */
export function patchPath(path: Value | undefined): readonly Value[] | undefined {
  if (typeof path === 'string') {
    if (path === '') return [];
    return path
      .replace(/^\/+/, '')
      .split('/')
      .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'));
  }
  if (Array.isArray(path)) return path;
  return undefined;
}

const INT64_MAX = 2n ** 63n - 1n;
const INT64_MIN = -(2n ** 63n);

/**
 * The array index a path segment names, or undefined when it names none: integer numbers, decimal
 * strings without leading zeros (Go's `strconv.ParseInt` also takes a sign), and `-` for the
 * position after the last element. Bounds are checked by the caller.
 */
export function arrayIndex(segment: Value, length: number): number | undefined {
  if (typeof segment === 'number') return Number.isInteger(segment) ? segment : undefined;
  if (typeof segment === 'bigint') return undefined;
  if (typeof segment !== 'string') return undefined;
  if (segment === '-') return length;
  if (!/^[+-]?[0-9]+$/.test(segment)) return undefined;
  if (segment !== '0' && segment.startsWith('0')) return undefined;
  const exact = BigInt(segment);
  if (exact > INT64_MAX || exact < INT64_MIN) return undefined;
  return Number(exact);
}
