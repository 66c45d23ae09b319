import type { Governor } from '../governor/governor.js';
import type { PolicyIdentity } from '../governor/reload-policies.js';
import { loadPolicies } from './load-policies.js';

/** Options for {@link watchPolicies}. */
export interface WatchPoliciesOptions {
  readonly governor: Pick<Governor, 'reload' | 'policyDigest'>;
  /** A policy directory, an OPA bundle file or a bundle URL. */
  readonly source: string;
  /** How often to look for a new version; default 5 000 ms. */
  readonly intervalMs?: number;
  /** Called after each swap. */
  readonly onSwap?: (identity: PolicyIdentity) => void;
  /** Called when a new version cannot be loaded or compiled; the old one keeps serving. */
  readonly onError?: (error: unknown) => void;
}

/** A running policy watch. */
export interface PolicyWatch {
  /** Stops polling; a check in progress finishes. */
  stop(): void;
  /** Checks once now (also what each interval does); resolves when the check is done. */
  check(): Promise<void>;
}

/**
 * Hot reload by polling: every interval the source is loaded and, when its digest differs from
 * the one being served, handed to {@link Governor.reload}, which compiles it off the hot path
 * and swaps atomically. A version that fails to load or compile is reported to `onError` and the
 * old one keeps serving. Checks never overlap, and the timer does not keep the process alive.
 */
export function watchPolicies(options: WatchPoliciesOptions): PolicyWatch {
  const { governor, source } = options;
  let running: Promise<void> | undefined;
  const checkOnce = async (): Promise<void> => {
    try {
      const bundle = await loadPolicies(source);
      if (bundle.digest === (await governor.policyDigest())) return;
      const identity = await governor.reload(bundle);
      options.onSwap?.(identity);
    } catch (error) {
      options.onError?.(error);
    }
  };
  const check = (): Promise<void> => {
    running ??= checkOnce().finally(() => {
      running = undefined;
    });
    return running;
  };
  const timer = setInterval(() => void check(), options.intervalMs ?? 5_000);
  timer.unref?.();
  return { stop: () => clearInterval(timer), check };
}
