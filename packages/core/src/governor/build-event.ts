import type { BudgetSnapshot } from '../contract/budget-snapshot.js';
import type { EventKind, Framework, GovernanceEvent } from '../contract/governance-event.js';
import type { SessionState } from './session-state.js';

/** What {@link buildEvent} assembles. @internal */
export interface EventParts {
  readonly state: SessionState;
  readonly kind: EventKind;
  readonly id: string;
  readonly time: string;
  readonly framework: Framework;
  readonly budget: BudgetSnapshot;
  readonly action: Record<string, unknown>;
}

/** Fills in the budget snapshot of an event this module built, after the reservation. @internal */
export function setEventBudget(event: GovernanceEvent, budget: BudgetSnapshot): void {
  (event as { budget: BudgetSnapshot }).budget = budget;
}

/**
 * Assembles a contract event from the session's shared blocks and the action. The session and
 * agent blocks are shared between events (never mutated), which keeps the hot path cheap.
 * @internal
 */
export function buildEvent(parts: EventParts): GovernanceEvent {
  return {
    version: 1,
    kind: parts.kind,
    id: parts.id,
    time: parts.time,
    framework: parts.framework,
    session: parts.state.sessionBlock,
    agent: parts.state.agent,
    budget: parts.budget,
    action: parts.action,
  } as unknown as GovernanceEvent;
}

const UNLIMITED = Object.freeze({ used: 0, reserved: 0, limit: null, remaining: null });

/** The snapshot used when the ledger has none (an unknown or unopened account). @internal */
export const EMPTY_SNAPSHOT: BudgetSnapshot = Object.freeze({
  tokens: UNLIMITED,
  tool_calls: UNLIMITED,
  cost_usd: UNLIMITED,
  wall_ms: UNLIMITED,
});
