/**
 * Aggregate builtins: `count`, `sum`, `product`, `max`, `min` and `sort`, plus the deprecated
 * `all` and `any`, which OPA v1 rejects at compile time (see {@link registerDeprecated}).
 */
import { compareValues, isNumber, RegoObject, RegoSet, typeName, type Value } from '../value.js';
import { multiplyAll, sumNumbers } from './numbers.js';
import { operandTypeError } from './operands.js';
import {
  type BuiltinDeclaration,
  type BuiltinImplementation,
  type BuiltinRegistry,
  builtinTypeError,
} from './registry.js';

const collection = ['array', 'set'] as const;

function aggregate(name: string, result: BuiltinDeclaration['result'], description: string) {
  return { name, args: [collection], result, description, category: 'aggregates' } as const;
}

const declarations = {
  count: {
    name: 'count',
    args: [['array', 'object', 'set', 'string']],
    result: 'number',
    description:
      'Count takes a collection or string and returns the number of elements (or characters) in it.',
    category: 'aggregates',
  },
  sum: aggregate('sum', 'number', 'Sums elements of an array or set of numbers.'),
  product: aggregate('product', 'number', 'Multiplies elements of an array or set of numbers.'),
  max: aggregate('max', 'any', 'Returns the maximum value in a collection.'),
  min: aggregate('min', 'any', 'Returns the minimum value in a collection.'),
  sort: aggregate('sort', 'array', 'Returns a sorted array.'),
} as const satisfies Record<string, BuiltinDeclaration>;

const deprecatedDeclarations = {
  all: aggregate('all', 'boolean', 'Returns true if all of the values in the collection are true.'),
  any: aggregate('any', 'boolean', 'Returns true if any of the values in the collection is true.'),
} as const satisfies Record<string, BuiltinDeclaration>;

/** The elements of an array or set operand, or OPA's `one of {set, array}` type error. */
function elements(
  name: string,
  args: readonly Value[],
  expected: readonly string[] = ['set', 'array'],
): readonly Value[] {
  const value = args[0] as Value;
  if (Array.isArray(value)) return value;
  if (value instanceof RegoSet) return value.values();
  throw builtinTypeError(
    name,
    `operand 1 must be one of {${expected.join(', ')}} but got ${typeName(value)}`,
  );
}

/** The numbers of an array or set operand, worded as OPA's `NewOperandElementErr`. */
function numbers(name: string, args: readonly Value[]): (number | bigint)[] {
  const items = elements(name, args);
  const container = typeName(args[0] as Value);
  return items.map((item) => {
    if (!isNumber(item)) {
      throw builtinTypeError(
        name,
        `operand 1 must be ${container} of numbers but got ${container} containing ${typeName(item)}`,
      );
    }
    return item;
  });
}

function countCodePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

function extreme(name: string, args: readonly Value[], sign: 1 | -1): Value | undefined {
  const items = elements(name, args);
  let best: Value | undefined;
  for (const item of items) {
    if (best === undefined || sign * compareValues(item, best) > 0) best = item;
  }
  return best;
}

const implementations: Record<keyof typeof declarations, BuiltinImplementation> = {
  count: (args) => {
    const value = args[0] as Value;
    if (typeof value === 'string') return countCodePoints(value);
    if (Array.isArray(value)) return value.length;
    if (value instanceof RegoSet || value instanceof RegoObject) return value.size;
    throw operandTypeError('count', 0, ['array', 'object', 'set', 'string'], value);
  },
  sum: (args) => sumNumbers('sum', numbers('sum', args)),
  product: (args) => multiplyAll('product', numbers('product', args)),
  max: (args) => extreme('max', args, 1),
  min: (args) => extreme('min', args, -1),
  sort: (args) => {
    const value = args[0] as Value;
    const items = elements('sort', args);
    return value instanceof RegoSet ? items : [...items].sort(compareValues);
  },
};

const deprecatedImplementations: Record<
  keyof typeof deprecatedDeclarations,
  BuiltinImplementation
> = {
  all: (args) => elements('all', args, collection).every((item) => item === true),
  any: (args) => elements('any', args, collection).some((item) => item === true),
};

/** Registers the aggregate builtins of OPA v1. */
export function register(registry: BuiltinRegistry): void {
  for (const key of Object.keys(declarations) as (keyof typeof declarations)[]) {
    registry.define(declarations[key], implementations[key]);
  }
}

/**
 * Registers `all` and `any`, deprecated since OPA v0.13: OPA v1 refuses them at compile time
 * (`rego_type_error: deprecated built-in function calls in expression: all`), so they are kept
 * out of {@link register} and only for engines that opt into v0 behaviour.
 */
export function registerDeprecated(registry: BuiltinRegistry): void {
  for (const key of Object.keys(
    deprecatedDeclarations,
  ) as (keyof typeof deprecatedDeclarations)[]) {
    registry.define(deprecatedDeclarations[key], deprecatedImplementations[key]);
  }
}
