import {
  type ArrayValue,
  isNumber,
  RegoObject,
  RegoSet,
  type TypeName,
  typeName,
  type Value,
} from '../value.js';
import { builtinTypeError } from './registry.js';

/**
 * Operand checks with OPA's wording: `count: operand 1 must be one of {array, object, set, string}
 * but got number`. `index` is zero-based; messages count from 1.
 */
export function operandTypeError(
  name: string,
  index: number,
  expected: readonly TypeName[],
  got: Value,
): Error {
  const want = expected.length === 1 ? expected[0] : `one of {${[...expected].sort().join(', ')}}`;
  return builtinTypeError(name, `operand ${index + 1} must be ${want} but got ${typeName(got)}`);
}

/** The string operand at `index`, or an eval_type_error. */
export function stringOperand(name: string, args: readonly Value[], index: number): string {
  const value = args[index] as Value;
  if (typeof value !== 'string') throw operandTypeError(name, index, ['string'], value);
  return value;
}

/** The number operand at `index`, or an eval_type_error. */
export function numberOperand(
  name: string,
  args: readonly Value[],
  index: number,
): number | bigint {
  const value = args[index] as Value;
  if (!isNumber(value)) throw operandTypeError(name, index, ['number'], value);
  return value;
}

/** The boolean operand at `index`, or an eval_type_error. */
export function booleanOperand(name: string, args: readonly Value[], index: number): boolean {
  const value = args[index] as Value;
  if (typeof value !== 'boolean') throw operandTypeError(name, index, ['boolean'], value);
  return value;
}

/** The array operand at `index`, or an eval_type_error. */
export function arrayOperand(name: string, args: readonly Value[], index: number): ArrayValue {
  const value = args[index] as Value;
  if (!Array.isArray(value)) throw operandTypeError(name, index, ['array'], value);
  return value;
}

/** The set operand at `index`, or an eval_type_error. */
export function setOperand(name: string, args: readonly Value[], index: number): RegoSet {
  const value = args[index] as Value;
  if (!(value instanceof RegoSet)) throw operandTypeError(name, index, ['set'], value);
  return value;
}

/** The object operand at `index`, or an eval_type_error. */
export function objectOperand(name: string, args: readonly Value[], index: number): RegoObject {
  const value = args[index] as Value;
  if (!(value instanceof RegoObject)) throw operandTypeError(name, index, ['object'], value);
  return value;
}
