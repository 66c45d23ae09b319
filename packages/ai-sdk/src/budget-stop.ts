import { BUDGET_DIMENSIONS } from '@kitelogik/core';
import type { GovernanceState } from './governance-state.js';

/**
 * True once a budget of the session is spent: a decision denied with `budget.exhausted`, or a
 * limited dimension of the latest snapshot with nothing left (wall-clock time keeps running
 * from the snapshot's time). Never true in shadow mode. @internal
 */
export function isBudgetExhausted(state: GovernanceState): boolean {
  if (state.isShadow) return false;
  if (state.exhausted !== undefined) return true;
  const seen = state.budget;
  if (seen === undefined) return false;
  return BUDGET_DIMENSIONS.some((name) => {
    const remaining = seen.snapshot[name].remaining;
    if (remaining === null) return false;
    return (name === 'wall_ms' ? remaining - (Date.now() - seen.at) : remaining) <= 0;
  });
}
