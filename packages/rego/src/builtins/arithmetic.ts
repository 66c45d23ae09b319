/**
 * Arithmetic builtins: `plus`, `minus` (numbers, and set difference), `mul`, `div`, `rem`, `abs`,
 * `round`, `ceil`, `floor`, `numbers.range` and `numbers.range_step`.
 *
 * Integers stay exact at any size (bigints past 2^53); other numbers are computed on exact
 * decimals and rounded once (see {@link addNumbers}), as OPA's `big.Float` arithmetic does.
 */
import { isInteger, normalizeInteger, RegoSet, type Value } from '../value.js';
import {
  addNumbers,
  divideNumbers,
  integerOperand,
  multiplyNumbers,
  subtractNumbers,
} from './numbers.js';
import { numberOperand, operandTypeError } from './operands.js';
import {
  type BuiltinContext,
  type BuiltinDeclaration,
  type BuiltinImplementation,
  type BuiltinRegistry,
  builtinError,
  CHECK_DEADLINE_EVERY,
} from './registry.js';

/** The longest array `numbers.range` builds; OPA would run until cancelled. */
const MAX_RANGE_LENGTH = 10_000_000;

function binary(name: string, description: string): BuiltinDeclaration {
  return { name, args: ['number', 'number'], result: 'number', description, category: 'numbers' };
}

function unary(name: string, description: string): BuiltinDeclaration {
  return { name, args: ['number'], result: 'number', description, category: 'numbers' };
}

const declarations = {
  plus: binary('plus', 'Plus adds two numbers together.'),
  minus: {
    name: 'minus',
    args: [
      ['number', 'set'],
      ['number', 'set'],
    ],
    result: ['number', 'set'],
    description:
      'Minus subtracts the second number from the first number or computes the difference between two sets.',
    category: 'numbers',
  },
  mul: binary('mul', 'Multiplies two numbers.'),
  div: binary('div', 'Divides the first number by the second number.'),
  rem: binary('rem', 'Returns the remainder for of `x` divided by `y`, for `y != 0`.'),
  abs: unary('abs', 'Returns the number without its sign.'),
  round: unary('round', 'Rounds the number to the nearest integer, halves away from zero.'),
  ceil: unary('ceil', 'Rounds the number _up_ to the nearest integer.'),
  floor: unary('floor', 'Rounds the number _down_ to the nearest integer.'),
  range: {
    name: 'numbers.range',
    args: ['number', 'number'],
    result: 'array',
    description:
      'Returns an array of numbers in the given (inclusive) range. If `a==b`, then `range == [a]`; if `a > b`, then `range` is in descending order.',
    category: 'numbers',
  },
  rangeStep: {
    name: 'numbers.range_step',
    args: ['number', 'number', 'number'],
    result: 'array',
    description:
      'Returns an array of numbers in the given (inclusive) range incremented by a positive step.',
    category: 'numbers',
  },
} as const satisfies Record<string, BuiltinDeclaration>;

function numbers(
  name: string,
  args: readonly Value[],
): readonly [number | bigint, number | bigint] {
  return [numberOperand(name, args, 0), numberOperand(name, args, 1)];
}

function minus(args: readonly Value[]): Value {
  const [a, b] = args as readonly [Value, Value];
  const isNumberA = typeof a === 'number' || typeof a === 'bigint';
  const isNumberB = typeof b === 'number' || typeof b === 'bigint';
  if (isNumberA && isNumberB) return subtractNumbers(a, b);
  if (a instanceof RegoSet && b instanceof RegoSet) {
    return new RegoSet(a.values().filter((item) => !b.has(item)));
  }
  // OPA's wording picks the expected type from the operand that was well-typed.
  if (!isNumberA && !(a instanceof RegoSet))
    throw operandTypeError('minus', 0, ['number', 'set'], a);
  throw operandTypeError('minus', 1, [isNumberB ? 'set' : 'number'], b);
}

function remainder(args: readonly Value[]): Value {
  const [a, b] = numbers('rem', args);
  if (!isInteger(a) || !isInteger(b)) throw builtinError('rem', 'modulo on floating-point number');
  if (b === 0) throw builtinError('rem', 'modulo by zero');
  if (typeof a === 'number' && typeof b === 'number') {
    const result = a % b;
    return result === 0 ? 0 : result;
  }
  return normalizeInteger(BigInt(a) % BigInt(b));
}

/** Applies an integer-valued rounding to a double, keeping the result exact past 2^53. */
function rounded(value: number | bigint, round: (x: number) => number): number | bigint {
  if (typeof value === 'bigint' || Number.isInteger(value)) return value;
  const result = round(value);
  return Number.isSafeInteger(result) ? result || 0 : normalizeInteger(BigInt(result));
}

function roundHalfAwayFromZero(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x));
}

/** The integers `numbers.range(_step)` lists: from, to (inclusive) and a positive step. */
interface RangeSpec {
  readonly from: bigint;
  readonly to: bigint;
  readonly step: bigint;
}

function range(name: string, spec: RangeSpec, context: BuiltinContext): Value {
  const { from, to, step } = spec;
  const length = (from <= to ? to - from : from - to) / step + 1n;
  if (length > BigInt(MAX_RANGE_LENGTH)) {
    throw builtinError(name, `range of ${length} numbers exceeds the limit of ${MAX_RANGE_LENGTH}`);
  }
  const result: Value[] = [];
  const delta = from <= to ? step : -step;
  // Up to MAX_RANGE_LENGTH elements take a while: stop at the evaluation's deadline.
  let sinceCheck = 0;
  for (let i = 0n, value = from; i < length; i++, value += delta) {
    if (++sinceCheck === CHECK_DEADLINE_EVERY) {
      sinceCheck = 0;
      context.checkDeadline?.();
    }
    result.push(normalizeInteger(value));
  }
  return result;
}

const implementations: Record<keyof typeof declarations, BuiltinImplementation> = {
  plus: (args) => addNumbers(...numbers('plus', args)),
  minus,
  mul: (args) => multiplyNumbers(...numbers('mul', args)),
  div: (args) => divideNumbers(...numbers('div', args)),
  rem: remainder,
  abs: (args) => {
    const value = numberOperand('abs', args, 0);
    return value < 0 ? -value : value;
  },
  round: (args) => rounded(numberOperand('round', args, 0), roundHalfAwayFromZero),
  ceil: (args) => rounded(numberOperand('ceil', args, 0), Math.ceil),
  floor: (args) => rounded(numberOperand('floor', args, 0), Math.floor),
  range: (args, context) => {
    const name = declarations.range.name;
    const spec = {
      from: integerOperand(name, args, 0),
      to: integerOperand(name, args, 1),
      step: 1n,
    };
    return range(name, spec, context);
  },
  rangeStep: (args, context) => {
    const name = declarations.rangeStep.name;
    const from = integerOperand(name, args, 0);
    const to = integerOperand(name, args, 1);
    const step = integerOperand(name, args, 2);
    const spec = { from, to, step };
    if (step <= 0n) throw builtinError(name, 'step must be a positive integer');
    return range(name, spec, context);
  },
};

/** Registers the arithmetic builtins. */
export function register(registry: BuiltinRegistry): void {
  for (const key of Object.keys(declarations) as (keyof typeof declarations)[]) {
    registry.define(declarations[key], implementations[key]);
  }
}
