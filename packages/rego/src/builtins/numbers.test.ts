import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addNumbers,
  divideNumbers,
  formatNumber,
  multiplyNumbers,
  parseDecimal,
  subtractNumbers,
} from './numbers.js';

describe('exact arithmetic helpers', () => {
  it('agrees with bigint arithmetic on integers of any size', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }), fc.bigInt(), (a, b) => {
        const expected = (value: bigint) =>
          value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
            ? Number(value)
            : value;
        const x = expected(a);
        const y = expected(b);
        expect(addNumbers(x, y)).toBe(expected(a + b));
        expect(subtractNumbers(x, y)).toBe(expected(a - b));
        expect(multiplyNumbers(x, y)).toBe(expected(a * b));
      }),
    );
  });

  it('rounds decimal results once', () => {
    expect(addNumbers(0.1, 0.2)).toBe(0.3);
    expect(subtractNumbers(1, 0.9)).toBe(0.1);
    expect(multiplyNumbers(0.1, 0.1)).toBe(0.01);
    expect(divideNumbers(1, 3)).toBe(1 / 3);
    expect(divideNumbers(2, 3)).toBe(2 / 3);
    expect(divideNumbers(1e-300, 1e300)).toBe(0);
  });

  it('parses decimal text', () => {
    expect(parseDecimal('-12.5e-3')).toEqual({ mantissa: -125n, exponent: -4 });
    expect(parseDecimal('.5')).toEqual({ mantissa: 5n, exponent: -1 });
    expect(parseDecimal('.')).toBeUndefined();
    expect(parseDecimal('1e')).toBeUndefined();
    expect(parseDecimal('0x10')).toBeUndefined();
  });
});

describe('formatNumber', () => {
  it("prints integers in full and other numbers in Go's shortest %g form", () => {
    expect(formatNumber(18446744073709551617n)).toBe('18446744073709551617');
    expect(formatNumber(1e21)).toBe('1000000000000000000000');
    expect(formatNumber(3.5)).toBe('3.5');
    expect(formatNumber(0.0001)).toBe('0.0001');
    expect(formatNumber(0.00001)).toBe('1e-05');
    expect(formatNumber(1234567.5)).toBe('1.2345675e+06');
    expect(formatNumber(-1.5e-7)).toBe('-1.5e-07');
  });
});
