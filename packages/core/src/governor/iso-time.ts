import type { Clock } from './governor-options.js';

/** Reads a clock as ISO 8601 text. @internal */
export type IsoClock = () => string;

/**
 * Wraps a clock so that reading it as ISO 8601 text formats each millisecond once: many
 * decisions fall in the same millisecond, and `toISOString` is a visible cost on the hot path.
 * @internal
 */
export function createIsoClock(clock: Clock): IsoClock {
  let lastMs = Number.NaN;
  let lastText = '';
  return () => {
    const now = clock.now();
    if (now !== lastMs) {
      lastMs = now;
      lastText = new Date(now).toISOString();
    }
    return lastText;
  };
}
