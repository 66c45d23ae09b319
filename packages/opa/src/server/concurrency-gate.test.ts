import { describe, expect, it } from 'vitest';
import { createConcurrencyGate } from './concurrency-gate.js';

describe('createConcurrencyGate', () => {
  it('hands slots out up to the limit, queues up to the bound, refuses beyond', async () => {
    const gate = createConcurrencyGate({ maxActive: 2, maxQueued: 1 });
    const first = await gate.acquire();
    await gate.acquire();
    const waiting = gate.acquire();
    expect(gate.acquire()).toBeUndefined();
    expect([gate.active, gate.queued]).toEqual([2, 1]);
    first?.();
    first?.();
    const third = await waiting;
    expect([gate.active, gate.queued]).toEqual([2, 0]);
    third?.();
    expect(gate.active).toBe(1);
  });
});
