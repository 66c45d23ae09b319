import { describe, expect, it } from 'vitest';
import { mergeData } from './merge-data.js';

describe('mergeData', () => {
  it('places data at its folder path and merges objects key by key', () => {
    const base = mergeData({}, [], { a: { x: 1 } });
    expect(mergeData(base, ['a', 'b'], { y: 2 })).toEqual({ a: { x: 1, b: { y: 2 } } });
  });

  it('names the path of a conflict', () => {
    expect(() => mergeData({ a: { x: 1 } }, ['a'], { x: 2 })).toThrow(
      'conflicting data at data.a.x',
    );
  });
});
