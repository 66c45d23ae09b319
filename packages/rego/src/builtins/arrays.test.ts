import { describe, expect, it } from 'vitest';
import { keyOf, RegoObject, type Value } from '../value.js';
import { builtinHarness } from './__fixtures__/builtin-harness.js';
import { register } from './arrays.js';

const { call, errorOf } = builtinHarness([register]);

describe('array builtins', () => {
  it('concatenates arrays (array 0041-0043)', () => {
    expect(call('array.concat', [1, 2], [3, 4])).toEqual([1, 2, 3, 4]);
    expect(errorOf('array.concat', new RegoObject([['v1', 'hello']]), [3, 4])).toEqual({
      code: 'eval_type_error',
      message: 'array.concat: operand 1 must be array but got object',
    });
    expect(errorOf('array.concat', [1, 2], new RegoObject()).message).toBe(
      'array.concat: operand 2 must be array but got object',
    );
  });

  it('slices with clamped indices (array 0044-0051)', () => {
    expect(call('array.slice', [1, 2, 3, 4, 5], 1, 3)).toEqual([2, 3]);
    expect(call('array.slice', [1, 2, 3], 0, 0)).toEqual([]);
    expect(call('array.slice', [1, 2, 3, 4, 5], -4, -1)).toEqual([]);
    expect(call('array.slice', [1, 2, 3, 4, 5], -4, 2)).toEqual([1, 2]);
    expect(call('array.slice', [1, 2, 3, 4, 5], 3, 6)).toEqual([4, 5]);
    expect(call('array.slice', [], 1000, 2000)).toEqual([]);
    expect(call('array.slice', [1, 2, 3], 1000, 2000)).toEqual([]);
    expect(call('array.slice', [1, 2, 3], 2, 1)).toEqual([]);
    expect(call('array.slice', [1, 2, 3], 1, 18446744073709551616n)).toEqual([2, 3]);
  });

  it('rejects non-integer slice indices', () => {
    expect(errorOf('array.slice', [1], 0.5, 1).message).toBe(
      'array.slice: operand 2 must be integer number but got floating-point number',
    );
    expect(errorOf('array.slice', [1], 0, 'x').message).toBe(
      'array.slice: operand 3 must be number but got string',
    );
  });

  it('reverses arrays (array 0052)', () => {
    expect(call('array.reverse', [1, 2, 3])).toEqual([3, 2, 1]);
    expect(call('array.reverse', [])).toEqual([]);
    expect(errorOf('array.reverse', new RegoObject([['bar', 'baz']])).message).toBe(
      'array.reverse: operand 1 must be array but got object',
    );
  });

  it('flattens one level (array/flatten)', () => {
    expect(call('array.flatten', [])).toEqual([]);
    expect(call('array.flatten', [1, 2, [3]])).toEqual([1, 2, 3]);
    const object = new RegoObject([['a', 'b']]);
    // Objects are compared by canonical text: toEqual cannot see inside a RegoObject.
    const result = call('array.flatten', [[1, 2], 'string', [3, object], 4.5, [6, [7, 8]]]);
    expect(keyOf(result as Value)).toBe(keyOf([1, 2, 'string', 3, object, 4.5, 6, [7, 8]]));
    expect(keyOf(result as Value)).not.toBe(
      keyOf([1, 2, 'string', 3, new RegoObject(), 4.5, 6, [7, 8]]),
    );
    expect(errorOf('array.flatten', 42)).toEqual({
      code: 'eval_type_error',
      message: 'array.flatten: operand 1 must be array but got number',
    });
  });
});
