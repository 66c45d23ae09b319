import { describe, expect, it } from 'vitest';
import { RegoObject, RegoSet } from '../value.js';
import { builtinHarness } from './__fixtures__/builtin-harness.js';
import { register, registerDeprecated } from './aggregates.js';
import { BuiltinRegistry } from './registry.js';

const { call, errorOf } = builtinHarness([register, registerDeprecated]);

describe('count', () => {
  it('counts arrays, objects, sets and strings (aggregates 0001-0005, 0027)', () => {
    expect(call('count', [1, 2, 3, 4])).toBe(4);
    expect(
      call(
        'count',
        new RegoObject([
          ['v1', 'hello'],
          ['v2', 'goodbye'],
        ]),
      ),
    ).toBe(2);
    expect(call('count', new RegoSet([1, 2, 3, 4]))).toBe(4);
    expect(call('count', 'abcde')).toBe(5);
    expect(call('count', 'åäö')).toBe(3);
  });

  it('counts code points, not UTF-16 units, and each replacement character once', () => {
    expect(call('count', '😀a')).toBe(2);
    expect(call('count', '\uFFFD\uFFFDx')).toBe(3);
  });

  it('rejects other types (aggregates 0028)', () => {
    expect(errorOf('count', null)).toEqual({
      code: 'eval_type_error',
      message: 'count: operand 1 must be one of {array, object, set, string} but got null',
    });
    expect(errorOf('count', 5).message).toBe(
      'count: operand 1 must be one of {array, object, set, string} but got number',
    );
  });
});

describe('sum and product', () => {
  it('sums arrays and sets (aggregates 0007, 0008)', () => {
    expect(call('sum', new RegoSet([1, 2, 3, 4]))).toBe(10);
    expect(call('sum', [1, 2, 3, 4])).toBe(10);
    expect(call('sum', [])).toBe(0);
  });

  it('multiplies arrays and sets (aggregates 0011, 0012)', () => {
    expect(call('product', [1, 2, 3, 4])).toBe(24);
    expect(call('product', new RegoSet([1, 2, 3, 4]))).toBe(24);
    expect(call('product', [])).toBe(1);
  });

  it('stays exact past 64 bits (aggregates/bignum)', () => {
    expect(call('sum', [18446744073709551617n, 1])).toBe(18446744073709551618n);
    expect(call('sum', new RegoSet([18446744073709551617n, 1]))).toBe(18446744073709551618n);
    expect(call('product', [18446744073709551617n, 2])).toBe(36893488147419103234n);
    expect(call('sum', [1, 2, 3])).toBe(6);
    expect(call('product', [2, 3, 4])).toBe(24);
    expect(call('sum', [1.5, 2.5])).toBe(4);
    expect(call('sum', [1, 2.5])).toBe(3.5);
    expect(call('product', [1.5, 2])).toBe(3);
  });

  it('does not wrap when the running sum leaves the machine range', () => {
    expect(call('sum', [9223372036854775807n, 1])).toBe(9223372036854775808n);
    expect(call('sum', new RegoSet([9223372036854775807n, 1, 2]))).toBe(9223372036854775810n);
    expect(call('sum', [-9223372036854775808n, -1])).toBe(-9223372036854775809n);
    expect(call('sum', [9223372036854775806n, 1])).toBe(9223372036854775807n);
    expect(call('sum', [Number.MAX_SAFE_INTEGER, 1])).toBe(9007199254740992n);
  });

  it('adds decimals exactly before rounding', () => {
    expect(call('sum', [0.1, 0.2])).toBe(0.3);
    expect(call('product', [0.1, 3])).toBe(0.3);
  });

  it('words type errors as OPA', () => {
    expect(errorOf('sum', 'x')).toEqual({
      code: 'eval_type_error',
      message: 'sum: operand 1 must be one of {set, array} but got string',
    });
    expect(errorOf('sum', [1, 'x']).message).toBe(
      'sum: operand 1 must be array of numbers but got array containing string',
    );
    expect(errorOf('product', new RegoSet([1, null])).message).toBe(
      'product: operand 1 must be set of numbers but got set containing null',
    );
  });
});

describe('max, min, sort', () => {
  it('finds extremes of arrays and sets (aggregates 0013-0021)', () => {
    expect(call('max', [1, 2, 3, 4])).toBe(4);
    expect(call('max', new RegoSet([1, 2, 3, 4]))).toBe(4);
    expect(call('min', [1, 2, 3, 4])).toBe(1);
    expect(call('min', [1, 2, 1, 3, 4])).toBe(1);
    expect(call('min', [3, 2, 1, 4, 6, -7, 10])).toBe(-7);
    expect(call('min', new RegoSet([1, 2, 3, 4]))).toBe(1);
  });

  it('compares across types in the total order', () => {
    expect(call('max', [1, 'a', null, [0]])).toEqual([0]);
    expect(call('min', [1, 'a', false])).toBe(false);
    expect(call('max', [9007199254740993n, 9007199254740992])).toBe(9007199254740993n);
  });

  it('is undefined on empty collections', () => {
    expect(call('max', [])).toBeUndefined();
    expect(call('min', new RegoSet())).toBeUndefined();
  });

  it('sorts arrays and sets into arrays', () => {
    expect(call('sort', [3, 'b', 1, null, 'a'])).toEqual([null, 1, 3, 'a', 'b']);
    expect(call('sort', new RegoSet([3, 1, 2]))).toEqual([1, 2, 3]);
    expect(errorOf('sort', 1).message).toBe(
      'sort: operand 1 must be one of {set, array} but got number',
    );
  });
});

describe('deprecated all and any', () => {
  it('checks for true elements', () => {
    expect(call('all', [true, true])).toBe(true);
    expect(call('all', [true, 1])).toBe(false);
    expect(call('all', [])).toBe(true);
    expect(call('any', new RegoSet([false, true]))).toBe(true);
    expect(call('any', [])).toBe(false);
    expect(errorOf('any', 1).message).toBe(
      'any: operand 1 must be one of {array, set} but got number',
    );
  });

  it('stays out of the v1 registry', () => {
    const v1 = new BuiltinRegistry();
    register(v1);
    expect(v1.get('all')).toBeUndefined();
    expect(v1.get('any')).toBeUndefined();
  });
});
