import {
  type ArrayValue,
  isInteger,
  isNumber,
  RegoSet,
  typeName,
  type Value,
} from '../../value.js';
import { builtinTypeError } from '../registry.js';

/**
 * Operand checks the shared helpers in `operands.ts` do not cover, worded as OPA words them.
 * OPA lists alternatives in the order each builtin names them (`one of {string, set, array}`),
 * so these messages keep the given order rather than sorting it.
 */

/** `name: operand N must be one of {a, b} but got T`, alternatives in the given order. */
export function oneOfError(
  name: string,
  index: number,
  expected: readonly string[],
  got: Value,
): Error {
  const want = expected.length === 1 ? expected[0] : `one of {${expected.join(', ')}}`;
  return builtinTypeError(name, `operand ${index + 1} must be ${want} but got ${typeName(got)}`);
}

/** `name: operand N must be array of strings but got array containing number`. */
export function elementError(name: string, index: number, composite: Value, got: Value): Error {
  const kind = typeName(composite);
  return builtinTypeError(
    name,
    `operand ${index + 1} must be ${kind} of strings but got ${kind} containing ${typeName(got)}`,
  );
}

/** A generic operand error: `name: operand N <message>`. */
export function operandError(name: string, index: number, message: string): Error {
  return builtinTypeError(name, `operand ${index + 1} ${message}`);
}

/** The integer operand at `index` as a JS number (OPA's `IntOperand`). */
export function intOperand(name: string, args: readonly Value[], index: number): number {
  const value = args[index] as Value;
  if (!isNumber(value)) throw oneOfError(name, index, ['number'], value);
  if (!isInteger(value)) {
    throw operandError(name, index, 'must be integer number but got floating-point number');
  }
  return Number(value);
}

/** The strings of an array or set operand (OPA's `StringSliceOperand`). */
export function stringsOperand(name: string, args: readonly Value[], index: number): string[] {
  const value = args[index] as Value;
  if (!Array.isArray(value) && !(value instanceof RegoSet)) {
    throw oneOfError(name, index, ['array', 'set'], value);
  }
  const items: readonly Value[] = Array.isArray(value) ? (value as ArrayValue) : value.values();
  return items.map((item) => {
    if (typeof item !== 'string') throw elementError(name, index, value, item);
    return item;
  });
}
