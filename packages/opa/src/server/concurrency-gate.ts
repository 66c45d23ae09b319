/** Releases a slot taken from a {@link ConcurrencyGate}; calling it twice is harmless. */
export type Release = () => void;

/** Bounds how many requests run at once and how many may wait for a slot. */
export interface ConcurrencyGate {
  /** A slot, once one is free; `undefined` at once when the queue is full too. */
  acquire(): Promise<Release> | undefined;
  readonly active: number;
  readonly queued: number;
}

/** Creates a {@link ConcurrencyGate} with `maxActive` slots and room for `maxQueued` waiters. */
export function createConcurrencyGate(options: {
  readonly maxActive: number;
  readonly maxQueued: number;
}): ConcurrencyGate {
  let active = 0;
  const waiters: ((release: Release) => void)[] = [];
  const makeRelease = (): Release => {
    let isReleased = false;
    return () => {
      if (isReleased) return;
      isReleased = true;
      const next = waiters.shift();
      if (next === undefined) active--;
      else next(makeRelease());
    };
  };
  return {
    acquire() {
      if (active < options.maxActive) {
        active++;
        return Promise.resolve(makeRelease());
      }
      if (waiters.length >= options.maxQueued) return undefined;
      return new Promise<Release>((resolve) => waiters.push(resolve));
    },
    get active() {
      return active;
    },
    get queued() {
      return waiters.length;
    },
  };
}
