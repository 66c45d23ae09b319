/** An exact fraction `numerator / denominator` with a positive denominator. */
export interface Rational {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

const decimal = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Parses a decimal literal with an optional fraction and exponent (`-3.5E2`, `.5`, `10`) exactly,
 * as Go's `big.Rat.SetString` does for decimals; undefined when it is not one.
 */
export function parseRational(text: string): Rational | undefined {
  const match = decimal.exec(text);
  if (match === null) return undefined;
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  if (whole === '' && fraction === '') return undefined;
  const exponent = Number.parseInt(exponentText, 10) - fraction.length;
  let numerator = BigInt(`${whole}${fraction}` || '0');
  if (sign === '-') numerator = -numerator;
  if (exponent >= 0) return { numerator: numerator * 10n ** BigInt(exponent), denominator: 1n };
  return { numerator, denominator: 10n ** BigInt(-exponent) };
}

/** `value * factor`, exactly. */
export function multiply(value: Rational, factor: Rational): Rational {
  return {
    numerator: value.numerator * factor.numerator,
    denominator: value.denominator * factor.denominator,
  };
}

/** The integer part, truncated toward zero (Go's `big.Float.Int`). */
export function truncate(value: Rational): bigint {
  return value.numerator / value.denominator;
}

/** True when the fraction is a whole number. */
export function isWhole(value: Rational): boolean {
  return value.numerator % value.denominator === 0n;
}

/**
 * Decimal text with `digits` fraction digits, the last rounded half away from zero (Go's
 * `big.Rat.FloatString`).
 */
export function toFixed(value: Rational, digits: number): string {
  const scale = 10n ** BigInt(digits);
  const negative = value.numerator < 0n;
  const magnitude = negative ? -value.numerator : value.numerator;
  const scaled = magnitude * scale;
  let quotient = scaled / value.denominator;
  if ((scaled % value.denominator) * 2n >= value.denominator) quotient += 1n;
  const text = quotient.toString().padStart(digits + 1, '0');
  const point = text.length - digits;
  return `${negative ? '-' : ''}${text.slice(0, point)}.${text.slice(point)}`;
}
