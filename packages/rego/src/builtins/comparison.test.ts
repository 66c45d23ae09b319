import { describe, expect, it } from 'vitest';
import { RegoObject, RegoSet } from '../value.js';
import { builtinHarness } from './__fixtures__/builtin-harness.js';
import { register } from './comparison.js';

const { call } = builtinHarness([register]);

describe('comparison builtins', () => {
  it('compares numbers (comparisonexpr 0608-0619)', () => {
    expect(call('equal', 1, 1)).toBe(true);
    expect(call('equal', 0, 1)).toBe(false);
    expect(call('neq', 0, 1)).toBe(true);
    expect(call('neq', 0, 0)).toBe(false);
    expect(call('gt', 1, 0)).toBe(true);
    expect(call('gt', 1, 2)).toBe(false);
    expect(call('gte', 1, 1)).toBe(true);
    expect(call('lt', -1, 0)).toBe(true);
    expect(call('lt', 1, -1)).toBe(false);
    expect(call('lte', -1, 0)).toBe(true);
    expect(call('lte', 1, -1)).toBe(false);
  });

  it('compares big integers exactly (arithmetic/big_int)', () => {
    expect(call('neq', 28857836529306024611913n, 28857836529306024611912n)).toBe(true);
    expect(call('lt', 9007199254740992n, 9007199254740993n)).toBe(true);
    expect(call('gt', 9007199254740993n, 9007199254740992)).toBe(true);
  });

  it('treats equal integers and floats as equal, also inside arrays', () => {
    expect(call('equal', 1, 1.0)).toBe(true);
    expect(call('equal', [1], [1.0])).toBe(true);
  });

  it('compares composites structurally and across types in the total order', () => {
    expect(call('equal', new RegoSet([1, 2]), new RegoSet([2, 1]))).toBe(true);
    expect(call('equal', new RegoObject([['a', 1]]), new RegoObject([['a', 2]]))).toBe(false);
    expect(call('lt', null, false)).toBe(true);
    expect(call('lt', 1, 'a')).toBe(true);
    expect(call('lt', [1], new RegoObject())).toBe(true);
    expect(call('gt', new RegoSet(), new RegoObject())).toBe(true);
  });
});
