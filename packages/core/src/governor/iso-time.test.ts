import { describe, expect, it } from 'vitest';
import { createIsoClock } from './iso-time.js';

describe('createIsoClock', () => {
  it('formats the clock as ISO text, following it as it moves', () => {
    let now = Date.parse('2026-11-25T10:00:00.000Z');
    const isoNow = createIsoClock({ now: () => now });
    expect(isoNow()).toBe('2026-11-25T10:00:00.000Z');
    expect(isoNow()).toBe('2026-11-25T10:00:00.000Z');
    now += 1;
    expect(isoNow()).toBe('2026-11-25T10:00:00.001Z');
    now -= 5_000;
    expect(isoNow()).toBe('2026-11-25T09:59:55.001Z');
  });
});
