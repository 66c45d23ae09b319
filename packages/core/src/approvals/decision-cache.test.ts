import { describe, expect, it } from 'vitest';
import { createDecisionCache } from './decision-cache.js';

describe('createDecisionCache', () => {
  it('computes once for concurrent callers of the same key', async () => {
    const cache = createDecisionCache<string>({ maxEntries: 10 });
    let calls = 0;
    const compute = async (): Promise<string> => {
      calls++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return `decision-${calls}`;
    };
    const first = cache.getOrCompute('langgraph:sess:call_1', compute);
    const second = cache.getOrCompute('langgraph:sess:call_1', compute);
    expect(second).toBe(first);
    expect(await Promise.all([first, second])).toEqual(['decision-1', 'decision-1']);
    expect(await cache.getOrCompute('langgraph:sess:call_1', compute)).toBe('decision-1');
    expect(calls).toBe(1);
  });

  it('does not cache a failed computation', async () => {
    const cache = createDecisionCache<number>({ maxEntries: 10 });
    await expect(cache.getOrCompute('k', () => Promise.reject(new Error('boom')))).rejects.toThrow(
      'boom',
    );
    expect(cache.size).toBe(0);
    expect(await cache.getOrCompute('k', async () => 7)).toBe(7);
  });

  it('evicts the least recently used entry beyond maxEntries', async () => {
    const cache = createDecisionCache<string>({ maxEntries: 2 });
    await cache.getOrCompute('a', async () => 'A');
    await cache.getOrCompute('b', async () => 'B');
    expect(await cache.get('a')).toBe('A');
    await cache.getOrCompute('c', async () => 'C');
    expect(cache.size).toBe(2);
    expect(cache.get('b')).toBeUndefined();
    expect(await cache.get('a')).toBe('A');
    expect(await cache.get('c')).toBe('C');
  });
});
