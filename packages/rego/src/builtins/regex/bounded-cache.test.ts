import { describe, expect, it } from 'vitest';
import { BoundedCache } from './bounded-cache.js';

describe('BoundedCache', () => {
  it('evicts the oldest entries past the entry count', () => {
    const cache = new BoundedCache<number>(2, 1000);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, 2, 3]);
  });

  it('evicts the oldest entries past the total key length', () => {
    const cache = new BoundedCache<number>(100, 10);
    cache.set('aaaa', 1);
    cache.set('bbbb', 2);
    cache.set('cccc', 3);
    expect([cache.get('aaaa'), cache.get('bbbb'), cache.get('cccc')]).toEqual([undefined, 2, 3]);
  });

  it('keeps no key longer than the budget, and keeps the others', () => {
    const cache = new BoundedCache<number>(100, 10);
    cache.set('short', 1);
    cache.set('x'.repeat(11), 2);
    expect(cache.get('x'.repeat(11))).toBeUndefined();
    expect(cache.get('short')).toBe(1);
  });
});
