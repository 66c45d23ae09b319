import { describe, expect, it } from 'vitest';
import { builtinHarness } from './__fixtures__/builtin-harness.js';
import { register } from './bits.js';

const { call, errorOf } = builtinHarness([register]);

describe('bits builtins', () => {
  it('computes and, or, xor, negate (bitsand, bitsor, bitsxor, bitsnegate)', () => {
    expect(call('bits.and', 7, 9)).toBe(1);
    expect(call('bits.and', 50, 0)).toBe(0);
    expect(call('bits.or', 7, 9)).toBe(15);
    expect(call('bits.or', 50, 0)).toBe(50);
    expect(call('bits.xor', 42, 42)).toBe(0);
    expect(call('bits.xor', 10, -20)).toBe(-26);
    expect(call('bits.negate', 42)).toBe(-43);
  });

  it('works on integers wider than 32 and 64 bits', () => {
    expect(call('bits.and', 2 ** 40 + 1, 2 ** 40 + 3)).toBe(2 ** 40 + 1);
    expect(call('bits.or', 18446744073709551616n, 1)).toBe(18446744073709551617n);
    expect(call('bits.negate', 18446744073709551616n)).toBe(-18446744073709551617n);
  });

  it('shifts without overflow (bitsshiftleft 0063, 0066, 0067)', () => {
    expect(call('bits.lsh', 1, 3)).toBe(8);
    expect(call('bits.lsh', 2147483647, 1)).toBe(4294967294);
    expect(call('bits.lsh', 9223372036854775807n, 1)).toBe(18446744073709551614n);
  });

  it('shifts right toward negative infinity (bitsshiftright 0068)', () => {
    expect(call('bits.rsh', 8, 3)).toBe(1);
    expect(call('bits.rsh', 10, 20)).toBe(0);
    expect(call('bits.rsh', -10, 1)).toBe(-5);
    expect(call('bits.rsh', -1, 100)).toBe(-1);
    expect(call('bits.rsh', 18446744073709551616n, 64)).toBe(1);
  });

  it('rejects floating-point operands', () => {
    for (const name of ['bits.and', 'bits.or', 'bits.xor', 'bits.lsh', 'bits.rsh']) {
      expect(errorOf(name, 7.2, 42)).toEqual({
        code: 'eval_type_error',
        message: `${name}: operand 1 must be integer number but got floating-point number`,
      });
    }
    expect(errorOf('bits.negate', 7.2).message).toBe(
      'bits.negate: operand 1 must be integer number but got floating-point number',
    );
  });

  it('rejects negative shift counts (bitsshiftleft 0065, bitsshiftright 0070)', () => {
    expect(errorOf('bits.lsh', 7, -1)).toEqual({
      code: 'eval_type_error',
      message: 'bits.lsh: operand 2 must be an unsigned integer number but got a negative integer',
    });
    expect(errorOf('bits.rsh', 7, -1).message).toBe(
      'bits.rsh: operand 2 must be an unsigned integer number but got a negative integer',
    );
  });

  it('rejects non-numbers and absurd shift counts', () => {
    expect(errorOf('bits.xor', 7, 'hi').message).toBe(
      'bits.xor: operand 2 must be integer but got string',
    );
    expect(errorOf('bits.lsh', 1, 2 ** 40).code).toBe('eval_builtin_error');
  });
});
