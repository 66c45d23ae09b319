import type { BudgetReservation } from '../budgets/budget-types.js';
import type { Decision } from '../contract/decision.js';
import type { GovernanceEvent } from '../contract/governance-event.js';

/**
 * What a decision returns to the adapter: the decision, the event it was taken on (absent
 * only when no valid event could be built), and the budget reservation held for the action.
 */
export interface DecisionOutcome {
  readonly decision: Decision;
  /** The event id; an adapter passes it back to {@link Session.approve}. */
  readonly eventId: string;
  readonly event?: GovernanceEvent;
  readonly reservation?: BudgetReservation;
}
