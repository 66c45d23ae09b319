/**
 * The regex builtin family (`regex.*` and the deprecated `re_match`), on RE2 semantics through
 * `re2js`: linear-time matching, Go's syntax and Go's error messages. Compiled patterns are
 * cached in a bounded map; an invalid pattern is an `eval_builtin_error`.
 */
import type { Value } from '../value.js';
import { stringOperand } from './operands.js';
import { compileRegex, tryCompile } from './regex/compile-regex.js';
import { expandReplacement, findAll, splitAll } from './regex/find-all.js';
import { globsIntersect } from './regex/globs-intersect.js';
import { templateToRegex } from './regex/template-pattern.js';
import type { BuiltinDeclaration, BuiltinImplementation, BuiltinRegistry } from './registry.js';
import { builtinError } from './registry.js';
import { intOperand } from './strings/text-operands.js';

const category = 'regex';

function declare(
  name: string,
  args: BuiltinDeclaration['args'],
  result: BuiltinDeclaration['result'],
  description: string,
): BuiltinDeclaration {
  return { name, args, result, description, category };
}

/** Declarations of the regex family. */
export const regexDeclarations: readonly BuiltinDeclaration[] = [
  declare(
    'regex.is_valid',
    ['any'],
    'boolean',
    'Checks if a string is a valid regular expression: the detailed syntax for patterns is defined by https://github.com/google/re2/wiki/Syntax.',
  ),
  declare(
    'regex.match',
    ['string', 'string'],
    'boolean',
    'Matches a string against a regular expression.',
  ),
  declare(
    're_match',
    ['string', 'string'],
    'boolean',
    'Matches a string against a regular expression. Deprecated: use `regex.match`.',
  ),
  declare(
    'regex.split',
    ['string', 'string'],
    'array',
    'Splits the input string by the occurrences of the given pattern.',
  ),
  declare(
    'regex.find_n',
    ['string', 'string', 'number'],
    'array',
    'Returns the specified number of matches when matching the input against the pattern.',
  ),
  declare(
    'regex.find_all_string_submatch_n',
    ['string', 'string', 'number'],
    'array',
    'Returns all successive matches of the expression.',
  ),
  declare(
    'regex.replace',
    ['string', 'string', 'string'],
    'string',
    'Find and replaces the text using the regular expression pattern.',
  ),
  declare(
    'regex.template_match',
    ['string', 'string', 'string', 'string'],
    'boolean',
    'Matches a string against a pattern, where there pattern may be glob-like',
  ),
  declare(
    'regex.globs_match',
    ['string', 'string'],
    'boolean',
    'Checks if the intersection of two glob-style regular expressions matches a non-empty set of non-empty strings. The set of regex symbols is limited for this builtin: only `.`, `*`, `+`, `[`, `-`, `]` and `\\` are treated as special symbols.',
  ),
];

function match(name: string): BuiltinImplementation {
  return (args) => {
    const pattern = stringOperand(name, args, 0);
    const text = stringOperand(name, args, 1);
    return compileRegex(name, pattern).test(text);
  };
}

function split(args: readonly Value[]): Value {
  const name = 'regex.split';
  const pattern = stringOperand(name, args, 0);
  const text = stringOperand(name, args, 1);
  return splitAll(compileRegex(name, pattern), pattern, text);
}

function findN(args: readonly Value[]): Value {
  const name = 'regex.find_n';
  const pattern = stringOperand(name, args, 0);
  const text = stringOperand(name, args, 1);
  const limit = intOperand(name, args, 2);
  return findAll(compileRegex(name, pattern), text, limit).map((m) => text.slice(m.start, m.end));
}

function findAllSubmatch(args: readonly Value[]): Value {
  const name = 'regex.find_all_string_submatch_n';
  const pattern = stringOperand(name, args, 0);
  const text = stringOperand(name, args, 1);
  const limit = intOperand(name, args, 2);
  return findAll(compileRegex(name, pattern), text, limit).map((m) =>
    m.groups.map((group) => group ?? ''),
  );
}

function replace(args: readonly Value[]): Value {
  const name = 'regex.replace';
  const text = stringOperand(name, args, 0);
  const pattern = stringOperand(name, args, 1);
  const replacement = stringOperand(name, args, 2);
  const regex = compileRegex(name, pattern);
  const names = regex.namedGroups();
  let out = '';
  let last = 0;
  for (const m of findAll(regex, text, -1)) {
    out += text.slice(last, m.start) + expandReplacement(replacement, m, names);
    last = m.end;
  }
  return out + text.slice(last);
}

function templateMatch(args: readonly Value[]): Value {
  const name = 'regex.template_match';
  const template = stringOperand(name, args, 0);
  const text = stringOperand(name, args, 1);
  const open = stringOperand(name, args, 2);
  const close = stringOperand(name, args, 3);
  // OPA measures delimiters in bytes and reports the start delimiter's length for both.
  const bytes = (s: string): number => new TextEncoder().encode(s).length;
  if (bytes(open) !== 1) {
    throw builtinError(
      name,
      `start delimiter has to be exactly one character long but is ${bytes(open)} long`,
    );
  }
  if (bytes(close) !== 1) {
    throw builtinError(
      name,
      `end delimiter has to be exactly one character long but is ${bytes(open)} long`,
    );
  }
  const pattern = templateToRegex(template, open, close);
  if (pattern instanceof Error) throw builtinError(name, pattern.message);
  return compileRegex(name, pattern).test(text);
}

function globsMatch(args: readonly Value[]): Value {
  const name = 'regex.globs_match';
  const a = stringOperand(name, args, 0);
  const b = stringOperand(name, args, 1);
  try {
    return globsIntersect(a, b);
  } catch (error) {
    throw builtinError(name, (error as Error).message);
  }
}

/** Registers the regex family into `registry`. */
export function register(registry: BuiltinRegistry): void {
  const implementations: Readonly<Record<string, BuiltinImplementation>> = {
    'regex.is_valid': (args) =>
      typeof args[0] === 'string' && typeof tryCompile(args[0]) !== 'string',
    'regex.match': match('regex.match'),
    re_match: match('re_match'),
    'regex.split': split,
    'regex.find_n': findN,
    'regex.find_all_string_submatch_n': findAllSubmatch,
    'regex.replace': replace,
    'regex.template_match': templateMatch,
    'regex.globs_match': globsMatch,
  };
  for (const declaration of regexDeclarations) {
    registry.define(declaration, implementations[declaration.name] as BuiltinImplementation);
  }
}
