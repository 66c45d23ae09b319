import { describe, expect, it } from 'vitest';
import { RegoSet, type Value } from '../value.js';
import { builtinHarness } from './__fixtures__/builtin-harness.js';
import { BuiltinRegistry } from './registry.js';
import { register, registerDeprecated } from './sets.js';

const { call, errorOf } = builtinHarness([register, registerDeprecated]);

const set = (...items: Value[]): RegoSet => new RegoSet(items);

describe('set operators and, or', () => {
  it('intersects and unites two sets', () => {
    expect(call('and', set(1, 2, 3), set(2, 3, 4))).toEqual(set(2, 3));
    expect(call('and', set(1), set(2))).toEqual(set());
    expect(call('or', set(3, 2, 3), set(3, 4, 3))).toEqual(set(2, 3, 4));
  });

  it('rejects non-sets', () => {
    expect(errorOf('and', set(), [1])).toEqual({
      code: 'eval_type_error',
      message: 'and: operand 2 must be set but got array',
    });
    expect(errorOf('or', 1, set()).message).toBe('or: operand 1 must be set but got number');
  });
});

describe('intersection and union', () => {
  it('intersects a set of sets (intersection 0352-0355)', () => {
    expect(call('intersection', set())).toEqual(set());
    expect(call('intersection', set(set(), set(1, 2)))).toEqual(set());
    expect(call('intersection', set(set(1, 2, 3), set(2)))).toEqual(set(2));
    expect(call('intersection', set(set(1, 2, 3), set(2, 3, 4), set(4, 5, 6)))).toEqual(set());
  });

  it('unites a set of sets (union 0358-0360)', () => {
    expect(call('union', set(set(), set(1, 2)))).toEqual(set(1, 2));
    expect(call('union', set(set(1, 2, 3), set(2)))).toEqual(set(1, 2, 3));
    expect(call('union', set(set(1, 2, 3), set(2, 3, 4), set(4, 5, 6)))).toEqual(
      set(1, 2, 3, 4, 5, 6),
    );
  });

  it('rejects members that are not sets', () => {
    expect(errorOf('union', set(1)).message).toBe('union: operand 1 must be set but got number');
    expect(errorOf('intersection', [set()]).message).toBe(
      'intersection: operand 1 must be set but got array',
    );
  });

  it('keeps deprecated set_diff out of the v1 registry', () => {
    expect(call('set_diff', set(1, 2), set(2))).toEqual(set(1));
    const v1 = new BuiltinRegistry();
    register(v1);
    expect(v1.get('set_diff')).toBeUndefined();
  });
});
