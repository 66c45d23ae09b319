/**
 * The `strings` builtin family: concat, contains, indexof, substring, split, replace, trim*,
 * upper/lower, format_int and the `strings.*` helpers, with OPA's semantics and messages.
 * Indices and counts are in Unicode code points, as OPA counts runes. `sprintf` lives in
 * `sprintf.ts`; `strings.render_template` in `strings/render-template.ts`.
 */
import { RegoSet, type Value } from '../value.js';
import { numberOperand, objectOperand, stringOperand } from './operands.js';
import type { BuiltinDeclaration, BuiltinImplementation, BuiltinRegistry } from './registry.js';
import { builtinError } from './registry.js';
import {
  codePointIndexAt,
  codePoints,
  goCount,
  goReplace,
  goSplit,
  inCutset,
  isAscii,
  isGoSpace,
  mapCase,
  trimLeftWhile,
  trimRightWhile,
} from './strings/go-text.js';
import { renderTemplate } from './strings/render-template.js';
import {
  elementError,
  intOperand,
  oneOfError,
  operandError,
  stringsOperand,
} from './strings/text-operands.js';

const category = 'strings';

function declare(
  name: string,
  args: BuiltinDeclaration['args'],
  result: BuiltinDeclaration['result'],
  description: string,
): BuiltinDeclaration {
  return { name, args, result, description, category };
}

const collection = ['array', 'set'] as const;
const stringOrCollection = ['string', 'set', 'array'] as const;

/** Declarations of the strings family (name, operand types, result, description). */
export const stringsDeclarations: readonly BuiltinDeclaration[] = [
  declare(
    'concat',
    ['string', collection],
    'string',
    'Joins a set or array of strings with a delimiter.',
  ),
  declare(
    'contains',
    ['string', 'string'],
    'boolean',
    'Returns `true` if the search string is included in the base string.',
  ),
  declare(
    'startswith',
    ['string', 'string'],
    'boolean',
    'Returns true if the search string begins with the base string.',
  ),
  declare(
    'endswith',
    ['string', 'string'],
    'boolean',
    'Returns true if the search string ends with the base string.',
  ),
  declare(
    'format_int',
    ['number', 'number'],
    'string',
    'Returns the string representation of the number in the given base after rounding it down to an integer value.',
  ),
  declare(
    'indexof',
    ['string', 'string'],
    'number',
    'Returns the index of a substring contained inside a string.',
  ),
  declare(
    'indexof_n',
    ['string', 'string'],
    'array',
    'Returns a list of all the indexes of a substring contained inside a string.',
  ),
  declare(
    'lower',
    ['string'],
    'string',
    'Returns the input string but with all characters in lower-case.',
  ),
  declare(
    'upper',
    ['string'],
    'string',
    'Returns the input string but with all characters in upper-case.',
  ),
  declare(
    'replace',
    ['string', 'string', 'string'],
    'string',
    'Replace replaces all instances of a sub-string.',
  ),
  declare(
    'split',
    ['string', 'string'],
    'array',
    'Split returns an array containing elements of the input string split on a delimiter.',
  ),
  declare(
    'substring',
    ['string', 'number', 'number'],
    'string',
    'Returns the  portion of a string for a given `offset` and a `length`.  If `length < 0`, `output` is the remainder of the string.',
  ),
  declare(
    'trim',
    ['string', 'string'],
    'string',
    'Returns `value` with all leading or trailing instances of the `cutset` characters removed.',
  ),
  declare(
    'trim_left',
    ['string', 'string'],
    'string',
    'Returns `value` with all leading instances of the `cutset` characters removed.',
  ),
  declare(
    'trim_right',
    ['string', 'string'],
    'string',
    'Returns `value` with all trailing instances of the `cutset` characters removed.',
  ),
  declare(
    'trim_prefix',
    ['string', 'string'],
    'string',
    "Returns `value` without the prefix. If `value` doesn't start with `prefix`, it is returned unchanged.",
  ),
  declare(
    'trim_suffix',
    ['string', 'string'],
    'string',
    "Returns `value` without the suffix. If `value` doesn't end with `suffix`, it is returned unchanged.",
  ),
  declare(
    'trim_space',
    ['string'],
    'string',
    'Return the given string with all leading and trailing white space removed.',
  ),
  declare(
    'strings.any_prefix_match',
    [stringOrCollection, stringOrCollection],
    'boolean',
    'Returns true if any of the search strings begins with any of the base strings.',
  ),
  declare(
    'strings.any_suffix_match',
    [stringOrCollection, stringOrCollection],
    'boolean',
    'Returns true if any of the search strings ends with any of the base strings.',
  ),
  declare(
    'strings.count',
    ['string', 'string'],
    'number',
    'Returns the number of non-overlapping instances of a substring in a string.',
  ),
  declare(
    'strings.replace_n',
    ['object', 'string'],
    'string',
    'Replaces a string from a list of old, new string pairs. Replacements are performed in the order they appear in the target string, without overlapping matches. The old string comparisons are done in argument order.',
  ),
  declare('strings.reverse', ['string'], 'string', 'Reverses a given string.'),
  declare(
    'strings.split_n',
    ['string', 'string', 'number'],
    'array',
    'Splits a string on a delimiter and keeps the first `n` parts (the last `-n` parts when `n` is negative).',
  ),
  declare(
    'strings.render_template',
    ['string', 'object'],
    'string',
    'Renders a templated string with given template variables injected. For a given templated string and key/value mapping, values will be injected into the template where they are referenced by key. For examples of templating syntax, see https://pkg.go.dev/text/template',
  ),
];

function concat(args: readonly Value[]): Value {
  const name = 'concat';
  const delimiter = stringOperand(name, args, 0);
  const items = args[1] as Value;
  if (!Array.isArray(items) && !(items instanceof RegoSet)) {
    throw oneOfError(name, 1, ['set', 'array'], items);
  }
  const list: readonly Value[] = Array.isArray(items) ? items : items.values();
  for (const item of list) if (typeof item !== 'string') throw elementError(name, 1, items, item);
  return list.join(delimiter);
}

function binaryString(name: string, op: (a: string, b: string) => Value): BuiltinImplementation {
  return (args) => op(stringOperand(name, args, 0), stringOperand(name, args, 1));
}

function unaryString(name: string, op: (a: string) => Value): BuiltinImplementation {
  return (args) => op(stringOperand(name, args, 0));
}

const bases: Readonly<Record<string, number>> = { '2': 2, '8': 8, '10': 10, '16': 16 };

function formatInt(args: readonly Value[]): Value {
  const name = 'format_int';
  const input = numberOperand(name, args, 0);
  const base = bases[String(numberOperand(name, args, 1))];
  if (base === undefined) throw operandError(name, 1, 'must be one of {2, 8, 10, 16}');
  // Go's big.Float.Int truncates towards zero.
  const integer = typeof input === 'bigint' ? input : BigInt(Math.trunc(input));
  return integer.toString(base);
}

function requireSearch(name: string, search: string): string {
  if (search === '') throw builtinError(name, 'empty search character');
  return search;
}

function indexOf(args: readonly Value[]): Value {
  const base = stringOperand('indexof', args, 0);
  const search = requireSearch('indexof', stringOperand('indexof', args, 1));
  const at = base.indexOf(search);
  return at <= 0 || isAscii(base) ? at : codePointIndexAt(base, at);
}

function indexOfN(args: readonly Value[]): Value {
  const base = stringOperand('indexof_n', args, 0);
  const search = requireSearch('indexof_n', stringOperand('indexof_n', args, 1));
  const found: number[] = [];
  // Overlapping matches count, as OPA scans every rune position.
  for (let at = base.indexOf(search); at !== -1; at = base.indexOf(search, at + 1)) {
    found.push(codePointIndexAt(base, at));
  }
  return found;
}

function substring(args: readonly Value[]): Value {
  const name = 'substring';
  const base = stringOperand(name, args, 0);
  const start = intOperand(name, args, 1);
  const length = intOperand(name, args, 2);
  if (start < 0) throw builtinError(name, 'negative offset');
  const chars = isAscii(base) ? base : codePoints(base);
  if (start >= chars.length) return '';
  const end = length < 0 ? chars.length : Math.min(chars.length, start + length);
  return typeof chars === 'string' ? chars.slice(start, end) : chars.slice(start, end).join('');
}

function anyMatch(name: string, isSuffix: boolean): BuiltinImplementation {
  const operand = (args: readonly Value[], index: number): string[] => {
    const value = args[index] as Value;
    if (typeof value === 'string') return [value];
    if (Array.isArray(value) || value instanceof RegoSet) return stringsOperand(name, args, index);
    throw oneOfError(name, index, stringOrCollection, value);
  };
  return (args) => {
    const texts = operand(args, 0);
    const affixes = operand(args, 1);
    return texts.some((text) =>
      affixes.some((affix) => (isSuffix ? text.endsWith(affix) : text.startsWith(affix))),
    );
  };
}

function replaceN(args: readonly Value[]): Value {
  const name = 'strings.replace_n';
  const patterns = objectOperand(name, args, 0);
  const text = stringOperand(name, args, 1);
  const pairs = patterns.entries().map(([key, value]): readonly [string, string] => {
    if (typeof key !== 'string')
      throw operandError(name, 0, 'non-string key found in pattern object');
    if (typeof value !== 'string') {
      throw operandError(name, 0, 'non-string value found in pattern object');
    }
    return [key, value];
  });
  return goReplace(text, pairs);
}

function splitN(args: readonly Value[]): Value {
  const name = 'strings.split_n';
  const text = stringOperand(name, args, 0);
  const delimiter = stringOperand(name, args, 1);
  const n = intOperand(name, args, 2);
  const parts = goSplit(text, delimiter);
  return n >= 0 ? parts.slice(0, n) : parts.slice(Math.max(0, parts.length + n));
}

function renderTemplateBuiltin(args: readonly Value[]): Value {
  const name = 'strings.render_template';
  const template = stringOperand(name, args, 0);
  const variables = objectOperand(name, args, 1);
  const result = renderTemplate(template, variables);
  if (!result.ok) throw builtinError(name, result.error);
  return result.value;
}

/** Registers the strings family into `registry`. */
export function register(registry: BuiltinRegistry): void {
  const implementations: Readonly<Record<string, BuiltinImplementation>> = {
    concat,
    contains: binaryString('contains', (a, b) => a.includes(b)),
    startswith: binaryString('startswith', (a, b) => a.startsWith(b)),
    endswith: binaryString('endswith', (a, b) => a.endsWith(b)),
    format_int: formatInt,
    indexof: indexOf,
    indexof_n: indexOfN,
    lower: unaryString('lower', (a) => mapCase(a, false)),
    upper: unaryString('upper', (a) => mapCase(a, true)),
    replace: (args) => {
      const text = stringOperand('replace', args, 0);
      const old = stringOperand('replace', args, 1);
      return goReplace(text, [[old, stringOperand('replace', args, 2)]]);
    },
    split: binaryString('split', goSplit),
    substring,
    trim: binaryString('trim', (a, b) =>
      trimRightWhile(trimLeftWhile(a, inCutset(b)), inCutset(b)),
    ),
    trim_left: binaryString('trim_left', (a, b) => trimLeftWhile(a, inCutset(b))),
    trim_right: binaryString('trim_right', (a, b) => trimRightWhile(a, inCutset(b))),
    trim_prefix: binaryString('trim_prefix', (a, b) => (a.startsWith(b) ? a.slice(b.length) : a)),
    trim_suffix: binaryString('trim_suffix', (a, b) =>
      b !== '' && a.endsWith(b) ? a.slice(0, a.length - b.length) : a,
    ),
    trim_space: unaryString('trim_space', (a) =>
      trimRightWhile(trimLeftWhile(a, isGoSpace), isGoSpace),
    ),
    'strings.any_prefix_match': anyMatch('strings.any_prefix_match', false),
    'strings.any_suffix_match': anyMatch('strings.any_suffix_match', true),
    'strings.count': binaryString('strings.count', goCount),
    'strings.replace_n': replaceN,
    'strings.reverse': unaryString('strings.reverse', (a) => codePoints(a).reverse().join('')),
    'strings.split_n': splitN,
    'strings.render_template': renderTemplateBuiltin,
  };
  for (const declaration of stringsDeclarations) {
    registry.define(declaration, implementations[declaration.name] as BuiltinImplementation);
  }
}
