/** The semver builtins: `semver.is_valid` and `semver.compare`, with OPA's SemVer grammar. */
import type { Value } from '../value.js';
import { stringOperand } from './operands.js';
import { type BuiltinDeclaration, type BuiltinRegistry, builtinError } from './registry.js';
import { compareSemVer, parseSemVer, type SemVer } from './semver/parse-semver.js';

const isValidDeclaration: BuiltinDeclaration = {
  name: 'semver.is_valid',
  args: ['any'],
  result: 'boolean',
  description: 'Validates that the input is a valid SemVer string.',
  category: 'semver',
};

const compareDeclaration: BuiltinDeclaration = {
  name: 'semver.compare',
  args: ['string', 'string'],
  result: 'number',
  description:
    'Compares valid SemVer formatted version strings: -1 when a < b, 0 when equal, 1 when a > b.',
  category: 'semver',
};

function isValid(args: readonly Value[]): Value {
  const value = args[0];
  return typeof value === 'string' && parseSemVer(value) !== undefined;
}

function parseOperand(text: string, index: number): SemVer {
  const version = parseSemVer(text);
  if (version === undefined) {
    throw builtinError(
      compareDeclaration.name,
      `operand ${index + 1}: string ${JSON.stringify(text)} is not a valid SemVer`,
    );
  }
  return version;
}

function compare(args: readonly Value[]): Value {
  // Both operands are type-checked before either is parsed, as OPA does.
  const a = stringOperand(compareDeclaration.name, args, 0);
  const b = stringOperand(compareDeclaration.name, args, 1);
  return compareSemVer(parseOperand(a, 0), parseOperand(b, 1));
}

/** Registers the semver builtins. */
export function register(registry: BuiltinRegistry): void {
  registry.define(isValidDeclaration, isValid);
  registry.define(compareDeclaration, compare);
}
