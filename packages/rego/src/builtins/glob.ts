/**
 * The glob builtin family: `glob.match` (gobwas/glob semantics, with delimiters) and
 * `glob.quote_meta`. Globs compile to RE2 patterns through a bounded cache.
 */
import type { RE2JS } from 're2js';
import { typeName, type Value } from '../value.js';
import { globToRegex, quoteGlobMeta } from './glob/glob-to-regex.js';
import { stringOperand } from './operands.js';
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

const maxCached = 100;
const cache = new Map<string, RE2JS>();

function delimitersOperand(name: string, args: readonly Value[]): string[] {
  const value = args[1] as Value;
  if (value === null) return [];
  if (!Array.isArray(value)) throw oneOfError(name, 1, ['array', 'null'], value);
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
  // An empty array means the default delimiter; null means none.
  return delimiters.length === 0 ? ['.'] : delimiters;
}

function globMatch(args: readonly Value[]): Value {
  const name = 'glob.match';
  const pattern = stringOperand(name, args, 0);
  const delimiters = delimitersOperand(name, args);
  const text = stringOperand(name, args, 2);
  const id = `${pattern}-${delimiters.join('')}`;
  let regex = cache.get(id);
  if (regex === undefined) {
    const source = globToRegex(pattern, delimiters);
    if (source instanceof Error) throw builtinError(name, source.message);
    regex = compileRegex(name, source);
    if (cache.size >= maxCached) cache.delete(cache.keys().next().value as string);
    cache.set(id, regex);
  }
  return regex.test(text);
}

/** Registers the glob family into `registry`. */
export function register(registry: BuiltinRegistry): void {
  const [match, quoteMeta] = globDeclarations as [BuiltinDeclaration, BuiltinDeclaration];
  registry.define(match, globMatch);
  registry.define(quoteMeta, (args) => quoteGlobMeta(stringOperand('glob.quote_meta', args, 0)));
}
