import { BUDGET_DIMENSIONS } from '@kitelogik/core';
import type { GovernanceState } from './governance-state.js';

/**
 * True once a budget of the session is spent: a decision denied with `budget.exhausted`, or a
 * limited dimension of the session's current snapshot with nothing left. The snapshot comes
 * from the governor's ledger on the governor's clock, so wall-clock time is the governor's
 * too. Never true in shadow mode. @internal
 */
export async function isBudgetExhausted(state: GovernanceState): Promise<boolean> {
  if (state.isShadow) return false;
  if (state.exhausted !== undefined) return true;
  const { budget } = await state.session.snapshot();
  return BUDGET_DIMENSIONS.some((name) => {
    const remaining = budget[name].remaining;
    return remaining !== null && remaining <= 0;
  });
}
