/**
 * The glob builtin family: `glob.match` (gobwas/glob semantics, with delimiters) and
 * `glob.quote_meta`. Globs compile (through a bounded cache) to a direct matcher for literal
 * text with `*` and `**`, or else to RE2 patterns.
 */
import type { RE2JS } from 're2js';
import { typeName, type Value } from '../value.js';
import { fastGlobMatcher, type GlobMatcher } from './glob/fast-glob.js';
import { globToRegex, quoteGlobMeta } from './glob/glob-to-regex.js';
import { stringOperand } from './operands.js';
import { BoundedCache } from './regex/bounded-cache.js';
import { compileRegex } from './regex/compile-regex.js';
import type { BuiltinDeclaration, BuiltinRegistry } from './registry.js';
import { builtinError } from './registry.js';
import { oneOfError, operandError } from './strings/text-operands.js';

/** Declarations of the glob family. */
export const globDeclarations: readonly BuiltinDeclaration[] = [
  {
    name: 'glob.match',
    args: ['string', ['array', 'null'], 'string'],
    result: 'boolean',
    description:
      'Parses and matches strings against the glob notation. Not to be confused with `regex.globs_match`.',
    category: 'glob',
  },
  {
    name: 'glob.quote_meta',
    args: ['string'],
    result: 'string',
    description:
      'Returns a string which represents a version of the pattern where all asterisks have been escaped.',
    category: 'glob',
  },
];

// Lists of delimiters kept, and compiled globs per list: at most 32 x 32K pattern characters.
const maxDelimiterLists = 32;
const newMatchers = (): BoundedCache<GlobMatcher> => new BoundedCache(100, 32 * 1024);

/** Compiled globs for one list of delimiters, by pattern (bounded). */
interface GlobCache {
  readonly delimiters: readonly string[];
  readonly matchers: BoundedCache<GlobMatcher>;
}

const noDelimiters: GlobCache = { delimiters: [], matchers: newMatchers() };
/** Caches by delimiter list contents (bounded), and by array identity: a policy's `["/"]`. */
const byDelimiters = new Map<string, GlobCache>();
const byArray = new WeakMap<readonly Value[], GlobCache>();

function checkedDelimiters(name: string, value: readonly Value[]): string[] {
  const delimiters = value.map((item) => {
    if (typeof item !== 'string') {
      throw operandError(
        name,
        1,
        `must be array of strings but got array containing ${typeName(item)}`,
      );
    }
    if (Array.from(item).length !== 1) {
      throw operandError(name, 1, 'must be array of runes but got array containing string');
    }
    return item;
  });
  // An empty array means the default delimiter.
  return delimiters.length === 0 ? ['.'] : delimiters;
}

/** The glob cache for the delimiters operand (null means none), checking it on first use. */
function delimitersOperand(name: string, args: readonly Value[]): GlobCache {
  const value = args[1] as Value;
  if (value === null) return noDelimiters;
  if (!Array.isArray(value)) throw oneOfError(name, 1, ['array', 'null'], value);
  const known = byArray.get(value);
  if (known !== undefined) return known;
  const delimiters = checkedDelimiters(name, value);
  // Delimiters are single runes, so their count makes the key unambiguous.
  const key = `${delimiters.length}:${delimiters.join('')}`;
  let cache = byDelimiters.get(key);
  if (cache === undefined) {
    if (byDelimiters.size >= maxDelimiterLists)
      byDelimiters.delete(byDelimiters.keys().next().value as string);
    cache = { delimiters, matchers: newMatchers() };
    byDelimiters.set(key, cache);
  }
  byArray.set(value, cache);
  return cache;
}

function compileGlob(pattern: string, delimiters: readonly string[]): GlobMatcher {
  const name = 'glob.match';
  const joined = delimiters.join('');
  // The fast matcher handles delimiters of one UTF-16 unit each; RE2 everything else.
  const fast = joined.length === delimiters.length ? fastGlobMatcher(pattern, joined) : undefined;
  if (fast !== undefined) return fast;
  const source = globToRegex(pattern, delimiters);
  if (source instanceof Error) throw builtinError(name, source.message);
  const regex: RE2JS = compileRegex(name, source);
  return (text) => regex.test(text);
}

function globMatch(args: readonly Value[]): Value {
  const name = 'glob.match';
  const pattern = stringOperand(name, args, 0);
  const cache = delimitersOperand(name, args);
  const text = stringOperand(name, args, 2);
  const matchers = cache.matchers;
  let matcher = matchers.get(pattern);
  if (matcher === undefined) {
    matcher = compileGlob(pattern, cache.delimiters);
    matchers.set(pattern, matcher);
  }
  return matcher(text);
}

/** Registers the glob family into `registry`. */
export function register(registry: BuiltinRegistry): void {
  const [match, quoteMeta] = globDeclarations as [BuiltinDeclaration, BuiltinDeclaration];
  registry.define(match, globMatch);
  registry.define(quoteMeta, (args) => quoteGlobMeta(stringOperand('glob.quote_meta', args, 0)));
}
