import { describe, expect, it } from 'vitest';
import { RegoSet } from '../value.js';
import { builtinHarness } from './__fixtures__/builtin-harness.js';
import { register } from './arithmetic.js';

const { call, errorOf } = builtinHarness([register]);

describe('plus, minus, mul', () => {
  it('adds small integers (arithmetic/plus, bug 2469 precision)', () => {
    expect(call('plus', 1, 2)).toBe(3);
    expect(call('plus', 49649733057, 1)).toBe(49649733058);
  });

  it('promotes to exact bigints past 2^53 and demotes back', () => {
    expect(call('plus', 9223372036854775807n, 1)).toBe(9223372036854775808n);
    expect(call('plus', Number.MAX_SAFE_INTEGER, 1)).toBe(9007199254740992n);
    expect(call('minus', 9007199254740992n, 1)).toBe(Number.MAX_SAFE_INTEGER);
    expect(call('mul', 18446744073709551617n, 2)).toBe(36893488147419103234n);
  });

  it('computes decimals exactly before rounding, as OPA does', () => {
    expect(call('plus', 0.1, 0.2)).toBe(0.3);
    expect(call('minus', 0.3, 0.1)).toBe(0.2);
    expect(call('mul', 1.1, 1.1)).toBe(1.21);
    expect(call('plus', 1, 2.5)).toBe(3.5);
  });

  it('computes set difference with minus (sets/set_diff)', () => {
    const result = call('minus', new RegoSet([1, 2, 3, 4]), new RegoSet([1, 3]));
    expect(result).toEqual(new RegoSet([2, 4]));
  });

  it("words minus operand errors as OPA's builtinMinus", () => {
    expect(errorOf('minus', 'a', 1)).toEqual({
      code: 'eval_type_error',
      message: 'minus: operand 1 must be one of {number, set} but got string',
    });
    expect(errorOf('minus', new RegoSet(), 1).message).toBe(
      'minus: operand 2 must be set but got number',
    );
    expect(errorOf('minus', 1, 'x').message).toBe('minus: operand 2 must be number but got string');
  });

  it('rejects non-numbers', () => {
    expect(errorOf('plus', 1, 'x').message).toBe('plus: operand 2 must be number but got string');
  });
});

describe('div and rem', () => {
  it('divides exactly when divisible, else yields the nearest double', () => {
    expect(call('div', 6, 3)).toBe(2);
    expect(call('div', 1, 2)).toBe(0.5);
    expect(call('div', 1, 3)).toBe(1 / 3);
    expect(call('div', 0.3, 0.1)).toBe(3);
    expect(call('div', 36893488147419103234n, 2)).toBe(18446744073709551617n);
  });

  it('fails with divide by zero (arithmetic/divide+error)', () => {
    expect(errorOf('div', 1, 0)).toEqual({
      code: 'eval_builtin_error',
      message: 'div: divide by zero',
    });
    expect(errorOf('div', 1.5, 0).message).toBe('div: divide by zero');
  });

  it('computes remainders of integers (arithmetic/remainder)', () => {
    expect(call('rem', 7, 4)).toBe(3);
    expect(call('rem', -7, 4)).toBe(-3);
    expect(call('rem', 10, 18446744073709551616n)).toBe(10);
    expect(call('rem', 18446744073709551617n, 10)).toBe(7);
  });

  it('fails on zero and floating-point operands', () => {
    expect(errorOf('rem', 7, 0)).toEqual({
      code: 'eval_builtin_error',
      message: 'rem: modulo by zero',
    });
    expect(errorOf('rem', 1.1, 1).message).toBe('rem: modulo on floating-point number');
    expect(errorOf('rem', 1.5, 0).message).toBe('rem: modulo on floating-point number');
  });
});

describe('abs, round, ceil, floor', () => {
  it('takes absolute values (arithmetic/abs)', () => {
    expect(call('abs', -10)).toBe(10);
    expect(call('abs', -1.5)).toBe(1.5);
    expect(call('abs', -18446744073709551617n)).toBe(18446744073709551617n);
  });

  it('rounds halves away from zero', () => {
    expect(call('round', 2.5)).toBe(3);
    expect(call('round', -2.5)).toBe(-3);
    expect(call('round', 0.4)).toBe(0);
    expect(call('round', -0.4)).toBe(0);
  });

  it('ceils and floors (arithmetic 0824, 0825)', () => {
    expect(call('ceil', 1.01)).toBe(2);
    expect(call('ceil', 1)).toBe(1);
    expect(call('ceil', -1.99999)).toBe(-1);
    expect(call('ceil', -0.5)).toBe(0);
    expect(call('floor', 1.01)).toBe(1);
    expect(call('floor', 99.99999)).toBe(99);
    expect(call('floor', -1.001)).toBe(-2);
  });
});

describe('numbers.range and numbers.range_step', () => {
  it('builds ascending and descending ranges (numbersrange 0257, 0258)', () => {
    expect(call('numbers.range', -2, 3)).toEqual([-2, -1, 0, 1, 2, 3]);
    expect(call('numbers.range', 5, 2)).toEqual([5, 4, 3, 2]);
    expect(call('numbers.range', 0, 1)).toEqual([0, 1]);
  });

  it('keeps precision (numbersrange/precision) and crosses 2^53 exactly', () => {
    expect(call('numbers.range', 49649733057, 49649733060)).toEqual([
      49649733057, 49649733058, 49649733059, 49649733060,
    ]);
    expect(call('numbers.range', Number.MAX_SAFE_INTEGER, 9007199254740992n)).toEqual([
      Number.MAX_SAFE_INTEGER,
      9007199254740992n,
    ]);
  });

  it('rejects floating-point bounds (numbersrange 0261)', () => {
    expect(errorOf('numbers.range', 3, 3.14)).toEqual({
      code: 'eval_type_error',
      message: 'numbers.range: operand 2 must be integer number but got floating-point number',
    });
    expect(errorOf('numbers.range', 'a', 1).message).toBe(
      'numbers.range: operand 1 must be integer but got string',
    );
  });

  it('steps up and down (numbersrangestep)', () => {
    expect(call('numbers.range_step', 0, 10, 2)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(call('numbers.range_step', 0, -10, 2)).toEqual([0, -2, -4, -6, -8, -10]);
    expect(call('numbers.range_step', 10, 3, 2)).toEqual([10, 8, 6, 4]);
    expect(call('numbers.range_step', 2, 5, 2)).toEqual([2, 4]);
    expect(call('numbers.range_step', 0, 10, 99999999999999999999n)).toEqual([0]);
  });

  it('requires a positive step', () => {
    expect(errorOf('numbers.range_step', 0, 10, -2)).toEqual({
      code: 'eval_builtin_error',
      message: 'numbers.range_step: step must be a positive integer',
    });
  });

  it('refuses ranges too long to build', () => {
    expect(errorOf('numbers.range', 0, 1e12).code).toBe('eval_builtin_error');
  });
});
