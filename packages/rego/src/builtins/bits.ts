/**
 * Bitwise builtins on integers of any size (`bits.and`, `bits.or`, `bits.xor`, `bits.negate`,
 * `bits.lsh`, `bits.rsh`), exact as Go's `big.Int` operations: negatives are two's complement
 * and `bits.rsh` rounds toward negative infinity.
 */
import { normalizeInteger, type Value } from '../value.js';
import { integerOperand } from './numbers.js';
import {
  type BuiltinDeclaration,
  type BuiltinImplementation,
  type BuiltinRegistry,
  builtinError,
  builtinTypeError,
} from './registry.js';

/** The largest left shift allowed; past it the result would hold more bits than any policy uses. */
const MAX_SHIFT = 1n << 20n;

function binary(name: string, description: string): BuiltinDeclaration {
  return { name, args: ['number', 'number'], result: 'number', description, category: 'bits' };
}

const declarations = {
  and: binary('bits.and', 'Returns the bitwise "AND" of two integers.'),
  or: binary('bits.or', 'Returns the bitwise "OR" of two integers.'),
  xor: binary('bits.xor', 'Returns the bitwise "XOR" (exclusive-or) of two integers.'),
  negate: {
    name: 'bits.negate',
    args: ['number'],
    result: 'number',
    description: 'Returns the bitwise negation (flip) of an integer.',
    category: 'bits',
  },
  lsh: binary('bits.lsh', 'Returns a new integer with its bits shifted `s` bits to the left.'),
  rsh: binary('bits.rsh', 'Returns a new integer with its bits shifted `s` bits to the right.'),
} as const satisfies Record<string, BuiltinDeclaration>;

function binaryOperation(
  name: string,
  operation: (a: bigint, b: bigint) => bigint,
): BuiltinImplementation {
  return (args) =>
    normalizeInteger(operation(integerOperand(name, args, 0), integerOperand(name, args, 1)));
}

function shiftCount(name: string, args: readonly Value[]): bigint {
  const count = integerOperand(name, args, 1);
  if (count < 0n) {
    throw builtinTypeError(
      name,
      'operand 2 must be an unsigned integer number but got a negative integer',
    );
  }
  return count;
}

const implementations: Record<keyof typeof declarations, BuiltinImplementation> = {
  and: binaryOperation(declarations.and.name, (a, b) => a & b),
  or: binaryOperation(declarations.or.name, (a, b) => a | b),
  xor: binaryOperation(declarations.xor.name, (a, b) => a ^ b),
  negate: (args) => normalizeInteger(~integerOperand(declarations.negate.name, args, 0)),
  lsh: (args) => {
    const name = declarations.lsh.name;
    const value = integerOperand(name, args, 0);
    const count = shiftCount(name, args);
    if (value === 0n) return 0;
    if (count > MAX_SHIFT) throw builtinError(name, 'shift count too large');
    return normalizeInteger(value << count);
  },
  rsh: (args) => {
    const name = declarations.rsh.name;
    const value = integerOperand(name, args, 0);
    const count = shiftCount(name, args);
    // Past the value's width every bit is shifted out: 0, or -1 for negatives (Go's big.Int.Rsh).
    if (count > BigInt(value.toString(2).length)) return value < 0n ? -1 : 0;
    return normalizeInteger(value >> count);
  },
};

/** Registers the bitwise builtins. */
export function register(registry: BuiltinRegistry): void {
  for (const key of Object.keys(declarations) as (keyof typeof declarations)[]) {
    registry.define(declarations[key], implementations[key]);
  }
}
