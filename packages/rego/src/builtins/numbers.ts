/**
 * Exact number helpers shared by the core builtins.
 *
 * Rego numbers are doubles, with integers outside the safe range held as bigints (see
 * {@link normalizeInteger}). OPA computes on arbitrary-precision decimals (`big.Int`, and
 * `big.Float` parsed from the number's text), so `0.1 + 0.2 == 0.3` holds there. To follow it,
 * non-integer arithmetic runs here on exact decimals built from each double's shortest text, and
 * only the result is rounded back to a double.
 */
import { isInteger, normalizeInteger, typeName, type Value } from '../value.js';
import { builtinError, builtinTypeError } from './registry.js';

/** An exact decimal `mantissa × 10^exponent`. @internal */
export interface Decimal {
  readonly mantissa: bigint;
  readonly exponent: number;
}

/** Largest decimal exponent turned into an exact integer; beyond it a result is too large. */
const MAX_INTEGER_EXPONENT = 1000;
/** Significant digits kept by an inexact quotient before it is rounded to a double. */
const QUOTIENT_DIGITS = 40;

/** The exact decimal value of a number (a double's shortest round-trip text). @internal */
export function toDecimal(value: number | bigint): Decimal {
  if (typeof value === 'bigint') return { mantissa: value, exponent: 0 };
  if (Number.isSafeInteger(value)) return { mantissa: BigInt(value), exponent: 0 };
  const decimal = parseDecimal(String(value));
  if (decimal === undefined) throw new RangeError(`not a finite number: ${value}`);
  return decimal;
}

/**
 * Parses decimal text (`-12.5e-3`, `1.`, `.5`) into an exact decimal; undefined when the text is
 * not a decimal number. @internal
 */
export function parseDecimal(text: string): Decimal | undefined {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (match === null) return undefined;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  if (whole === '' && fraction === '') return undefined;
  const digits = BigInt(`${whole}${fraction}` || '0');
  const exp = Number(exponent) - fraction.length;
  if (!Number.isSafeInteger(exp)) return undefined;
  return { mantissa: sign === '-' ? -digits : digits, exponent: exp };
}

/**
 * The Rego number for an exact decimal: an exact integer (a bigint past the safe range) when it
 * is integral, otherwise the nearest double. @internal
 */
export function fromDecimal(name: string, decimal: Decimal): number | bigint {
  let { mantissa, exponent } = decimal;
  if (mantissa === 0n) return 0;
  while (exponent < 0 && mantissa % 10n === 0n) {
    mantissa /= 10n;
    exponent += 1;
  }
  if (exponent >= 0) {
    if (exponent > MAX_INTEGER_EXPONENT) throw builtinError(name, 'number too large');
    return normalizeInteger(mantissa * 10n ** BigInt(exponent));
  }
  const result = Number(`${mantissa}e${exponent}`);
  return Object.is(result, -0) ? 0 : result;
}

function align(a: Decimal, b: Decimal): readonly [bigint, bigint, number] {
  const exponent = Math.min(a.exponent, b.exponent);
  return [
    a.mantissa * 10n ** BigInt(a.exponent - exponent),
    b.mantissa * 10n ** BigInt(b.exponent - exponent),
    exponent,
  ];
}

/** `a + b`, exact on integers of any size. */
export function addNumbers(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    const sum = a + b;
    if (Number.isSafeInteger(a) && Number.isSafeInteger(b) && Number.isSafeInteger(sum)) return sum;
  }
  const [x, y, exponent] = align(toDecimal(a), toDecimal(b));
  return fromDecimal('plus', { mantissa: x + y, exponent });
}

/** `a - b`, exact on integers of any size. */
export function subtractNumbers(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    const difference = a - b;
    if (Number.isSafeInteger(a) && Number.isSafeInteger(b) && Number.isSafeInteger(difference)) {
      return difference;
    }
  }
  const [x, y, exponent] = align(toDecimal(a), toDecimal(b));
  return fromDecimal('minus', { mantissa: x - y, exponent });
}

/** `a * b`, exact on integers of any size. */
export function multiplyNumbers(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    const product = a * b;
    if (Number.isSafeInteger(a) && Number.isSafeInteger(b) && Number.isSafeInteger(product)) {
      return product === 0 ? 0 : product;
    }
  }
  const x = toDecimal(a);
  const y = toDecimal(b);
  return fromDecimal('mul', {
    mantissa: x.mantissa * y.mantissa,
    exponent: x.exponent + y.exponent,
  });
}

/**
 * `a / b`: exact when the quotient is exact (integers that divide, `0.3 / 0.1`), otherwise the
 * double nearest the true quotient. A zero divisor is OPA's `divide by zero` builtin error.
 */
export function divideNumbers(a: number | bigint, b: number | bigint): number | bigint {
  if (b === 0) throw builtinError('div', 'divide by zero');
  if (typeof a === 'number' && typeof b === 'number' && Number.isSafeInteger(a)) {
    if (Number.isSafeInteger(b) && a % b === 0) return a / b === 0 ? 0 : a / b;
  }
  const x = toDecimal(a);
  const y = toDecimal(b);
  const scale = Math.max(0, QUOTIENT_DIGITS + digitCount(y.mantissa) - digitCount(x.mantissa));
  const scaled = x.mantissa * 10n ** BigInt(scale);
  return fromDecimal('div', {
    mantissa: scaled / y.mantissa,
    exponent: x.exponent - y.exponent - scale,
  });
}

function digitCount(value: bigint): number {
  return (value < 0n ? -value : value).toString().length;
}

/** The exact sum of numbers, rounded once at the end (OPA's `sum`). */
export function sumNumbers(name: string, values: Iterable<number | bigint>): number | bigint {
  let fast = 0;
  let mantissa = 0n;
  let exponent = 0;
  let isFast = true;
  for (const value of values) {
    if (isFast) {
      if (typeof value === 'number' && Number.isSafeInteger(value)) {
        const next = fast + value;
        if (Number.isSafeInteger(next)) {
          fast = next;
          continue;
        }
      }
      isFast = false;
      mantissa = BigInt(fast);
    }
    const [x, y, aligned] = align({ mantissa, exponent }, toDecimal(value));
    mantissa = x + y;
    exponent = aligned;
  }
  return isFast ? fast : fromDecimal(name, { mantissa, exponent });
}

/** The exact product of numbers, rounded once at the end (OPA's `product`). */
export function multiplyAll(name: string, values: Iterable<number | bigint>): number | bigint {
  let mantissa = 1n;
  let exponent = 0;
  for (const value of values) {
    const decimal = toDecimal(value);
    mantissa *= decimal.mantissa;
    exponent += decimal.exponent;
    if (mantissa === 0n) return 0;
  }
  return fromDecimal(name, { mantissa, exponent });
}

/** The exact integer value of an integral number. @internal */
export function toBigInt(value: number | bigint): bigint {
  return typeof value === 'bigint' ? value : BigInt(value);
}

/**
 * The integer operand at `index` as a bigint, with OPA's wording for `BigIntOperand`:
 * `operand 2 must be integer number but got floating-point number`.
 */
export function integerOperand(name: string, args: readonly Value[], index: number): bigint {
  const value = args[index] as Value;
  if (typeof value !== 'number' && typeof value !== 'bigint') {
    throw builtinTypeError(name, `operand ${index + 1} must be integer but got ${typeName(value)}`);
  }
  if (!isInteger(value)) {
    throw builtinTypeError(
      name,
      `operand ${index + 1} must be integer number but got floating-point number`,
    );
  }
  return toBigInt(value);
}

/**
 * The integer operand at `index` as a JS number, with OPA's wording for `IntOperand`
 * (`operand 2 must be number but got string`). Big integers saturate to ±Infinity, which callers
 * clamp.
 */
export function intOperand(name: string, args: readonly Value[], index: number): number {
  const value = args[index] as Value;
  if (typeof value !== 'number' && typeof value !== 'bigint') {
    throw builtinTypeError(name, `operand ${index + 1} must be number but got ${typeName(value)}`);
  }
  if (!isInteger(value)) {
    throw builtinTypeError(
      name,
      `operand ${index + 1} must be integer number but got floating-point number`,
    );
  }
  if (typeof value === 'bigint') return value > 0n ? Infinity : -Infinity;
  return value;
}

/**
 * Formats a number as OPA prints it: integers in full, other numbers in Go's shortest `%g` form
 * (`0.5`, `1.2345675e+06`, `1e-07`: exponent notation below 1e-4 and from 1e6).
 */
export function formatNumber(value: number | bigint): string {
  if (typeof value === 'bigint') return value.toString();
  if (Number.isInteger(value)) return BigInt(value).toString();
  const [digits = '', exponentText = '0'] = value.toExponential().split('e');
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 6) {
    const sign = exponent < 0 ? '-' : '+';
    const magnitude = Math.abs(exponent);
    return `${digits}e${sign}${magnitude < 10 ? `0${magnitude}` : magnitude}`;
  }
  return String(value);
}
