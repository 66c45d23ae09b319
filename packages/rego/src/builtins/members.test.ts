import { describe, expect, it } from 'vitest';
import { RegoObject, RegoSet } from '../value.js';
import { builtinHarness } from './__fixtures__/builtin-harness.js';
import { register } from './members.js';

const { call } = builtinHarness([register]);

describe('internal.member_2 (x in xs)', () => {
  it('finds members of sets, arrays and object values (aggregates/test-membership)', () => {
    expect(call('internal.member_2', 1, new RegoSet([1]))).toBe(true);
    expect(call('internal.member_2', 1, new RegoSet([2]))).toBe(false);
    expect(call('internal.member_2', 1, new RegoObject([['foo', 1]]))).toBe(true);
    expect(call('internal.member_2', 1, new RegoObject([['foo', 2]]))).toBe(false);
    expect(call('internal.member_2', 'foo', ['foo', 'bar'])).toBe(true);
    expect(call('internal.member_2', 1, [2])).toBe(false);
  });

  it('compares composites by value', () => {
    const containee = new RegoObject([['foo', new RegoObject([['baz', 2000]])]]);
    const element = new RegoObject([['foo', new RegoObject([['baz', 2000]])]]);
    expect(call('internal.member_2', containee, [element])).toBe(true);
    expect(call('internal.member_2', new RegoSet([1, 2]), [new RegoSet([2, 1])])).toBe(true);
    expect(call('internal.member_2', 1, [1.0])).toBe(true);
  });

  it('is false for non-collections', () => {
    expect(call('internal.member_2', 'foo', 1)).toBe(false);
    expect(call('internal.member_2', 'o', 'foo')).toBe(false);
  });
});

describe('internal.member_3 (k, v in xs)', () => {
  it('matches a set element as both key and value', () => {
    expect(call('internal.member_3', 'foo', 'foo', new RegoSet(['foo', 'bar']))).toBe(true);
    expect(call('internal.member_3', 'foo', 'bar', new RegoSet(['foo', 'bar']))).toBe(false);
  });

  it('matches object keys and array indices', () => {
    expect(call('internal.member_3', 'foo', 1, new RegoObject([['foo', 1]]))).toBe(true);
    expect(call('internal.member_3', 'bar', 1, new RegoObject([['foo', 1]]))).toBe(false);
    expect(call('internal.member_3', 1, 'two', ['one', 'two', 'three'])).toBe(true);
    expect(call('internal.member_3', 0, 2, [2])).toBe(true);
    expect(call('internal.member_3', 5, 2, [2])).toBe(false);
    expect(call('internal.member_3', '0', 2, [2])).toBe(false);
  });

  it('is false for non-collections', () => {
    expect(call('internal.member_3', 1, 'foo', 1)).toBe(false);
  });
});
