import { parseModule } from '@kitelogik/rego';
import { describe, expect, it } from 'vitest';
import { coverableLines } from './coverable-lines.js';
import { toRanges } from './coverage-report.js';

describe('coverableLines', () => {
  it('counts heads, else heads and nested expressions, but not `some` declarations', () => {
    const source = [
      'package p', // 1
      'import rego.v1', // 2
      'f(x) := 1 if {', // 3
      '  some y', // 4
      '  y := x', // 5
      '} else := 2', // 6
      'xs := [x |', // 7
      '  some x in input.xs', // 8
      '  every v in x { v > 1 }', // 9
      ']', // 10
    ].join('\n');
    const lines = coverableLines([parseModule(source, 'p.rego')]);
    expect([...(lines.get('p.rego') ?? [])].sort((a, b) => a - b)).toEqual([3, 5, 6, 7, 8, 9]);
  });

  it('skips *_test.rego modules', () => {
    const module = parseModule('package p_test\ntest_x if true', 'p_test.rego');
    expect(coverableLines([module]).size).toBe(0);
  });
});

describe('toRanges', () => {
  it('joins consecutive rows', () => {
    const range = (start: number, end = start) => ({ start: { row: start }, end: { row: end } });
    expect(toRanges([1, 2, 3, 5, 7, 8])).toEqual([range(1, 3), range(5), range(7, 8)]);
    expect(toRanges([])).toEqual([]);
  });
});
