import { describe, expect, it } from 'vitest';
import { mergeData } from './merge-data.js';

describe('mergeData', () => {
  it('merges at a folder path and keeps both sides', () => {
    expect(mergeData({ a: { x: 1 } }, ['a'], { y: 2 })).toEqual({ a: { x: 1, y: 2 } });
    expect(mergeData({}, ['a', 'b'], { z: 3 })).toEqual({ a: { b: { z: 3 } } });
  });

  it('names a conflict by its full path', () => {
    expect(() => mergeData({ a: { x: 1 } }, ['a'], { x: 2 })).toThrow(
      /data files conflict at data\.a\.x$/,
    );
  });

  it('refuses to overwrite a non-object on the way to the path', () => {
    expect(() => mergeData({ a: 5 }, ['a', 'b'], { c: 1 })).toThrow(/conflict at data\.a$/);
  });

  it('keeps __proto__ as data, never as a prototype', () => {
    const merged = mergeData({}, ['__proto__'], { polluted: true }) as Record<string, unknown>;
    expect(Object.hasOwn(merged, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
