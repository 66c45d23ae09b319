/**
 * Conversion builtins: `to_number`, and the `cast_*` family deprecated since OPA v0.13, which OPA
 * v1 rejects at compile time (see {@link registerDeprecated}).
 */
import { RegoSet, type TypeName, typeName, type Value } from '../value.js';
import { fromDecimal, parseDecimal } from './numbers.js';
import { operandTypeError } from './operands.js';
import {
  type BuiltinDeclaration,
  type BuiltinImplementation,
  type BuiltinRegistry,
  builtinError,
  builtinTypeError,
} from './registry.js';

const declarations = {
  toNumber: {
    name: 'to_number',
    args: [['boolean', 'null', 'number', 'string']],
    result: 'number',
    description:
      'Converts a string, bool, or number value to a number: strings are parsed, `true` is 1, `false` and `null` are 0.',
    category: 'conversions',
  },
} as const satisfies Record<string, BuiltinDeclaration>;

function cast(type: TypeName, from: BuiltinDeclaration['args'][number]): BuiltinDeclaration {
  return {
    name: `cast_${type}`,
    args: [from],
    result: type,
    description: `Converts the input to ${type === 'array' || type === 'object' ? 'an' : 'a'} ${type} (deprecated).`,
    category: 'casts',
  };
}

const deprecatedDeclarations: readonly BuiltinDeclaration[] = [
  cast('array', ['array', 'set']),
  cast('set', ['array', 'set']),
  cast('string', 'string'),
  cast('boolean', 'boolean'),
  cast('null', 'null'),
  cast('object', 'object'),
];

/** Go's `strconv.Quote` for the common case, as ParseFloat errors print the input. */
function quote(text: string): string {
  return JSON.stringify(text);
}

function parseNumber(text: string): Value {
  const bare = text.replace(/^[+-]+/, '').toLowerCase();
  if (bare === 'inf' || bare === 'infinity' || bare === 'nan') {
    throw builtinTypeError('to_number', 'operand 1 must be valid number string but got string');
  }
  const decimal = parseDecimal(text);
  if (decimal === undefined) {
    throw builtinError('to_number', `strconv.ParseFloat: parsing ${quote(text)}: invalid syntax`);
  }
  if (!Number.isFinite(Number(text))) {
    throw builtinError(
      'to_number',
      `strconv.ParseFloat: parsing ${quote(text)}: value out of range`,
    );
  }
  // The text's own digits are kept, so big integers stay exact (OPA keeps the string as-is).
  return fromDecimal('to_number', decimal);
}

const implementations: Record<keyof typeof declarations, BuiltinImplementation> = {
  toNumber: (args) => {
    const value = args[0] as Value;
    if (value === null) return 0;
    if (typeof value === 'boolean') return value ? 1 : 0;
    if (typeof value === 'number' || typeof value === 'bigint') return value;
    if (typeof value === 'string') return parseNumber(value);
    throw builtinTypeError(
      'to_number',
      `operand 1 must be one of {null, boolean, number, string} but got ${typeName(value)}`,
    );
  },
};

function castImplementation(declaration: BuiltinDeclaration): BuiltinImplementation {
  const name = declaration.name;
  const target = declaration.result as TypeName;
  const isCollection = target === 'array' || target === 'set';
  return (args) => {
    const value = args[0] as Value;
    if (isCollection && Array.isArray(value)) return target === 'set' ? new RegoSet(value) : value;
    if (isCollection && value instanceof RegoSet)
      return target === 'array' ? value.values() : value;
    if (isCollection) {
      throw builtinTypeError(
        name,
        `operand 1 must be one of {array, set} but got ${typeName(value)}`,
      );
    }
    if (typeName(value) !== target) throw operandTypeError(name, 0, [target], value);
    return value;
  };
}

/** Registers `to_number`. */
export function register(registry: BuiltinRegistry): void {
  for (const key of Object.keys(declarations) as (keyof typeof declarations)[]) {
    registry.define(declarations[key], implementations[key]);
  }
}

/** Registers the `cast_*` builtins, which OPA v1 rejects at compile time as deprecated. */
export function registerDeprecated(registry: BuiltinRegistry): void {
  for (const declaration of deprecatedDeclarations) {
    registry.define(declaration, castImplementation(declaration));
  }
}
