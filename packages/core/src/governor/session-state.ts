import type { BudgetReservation } from '../budgets/budget-types.js';
import type { EventAgent, EventSession } from '../contract/governance-event.js';

/** A call that waits for a human answer: what the answer must bind to. @internal */
export interface PendingApproval {
  readonly callId: string;
  readonly ttlS: number;
}

/**
 * The mutable state behind a {@link Session}: the blocks every event copies, the budget
 * account, held reservations and the session tree (for revoke cascades). @internal
 */
export interface SessionState {
  readonly id: string;
  readonly accountId: string;
  readonly agent: EventAgent;
  /** Rebuilt when data labels are added, so events share one immutable block meanwhile. */
  sessionBlock: EventSession;
  readonly parent: SessionState | undefined;
  readonly children: Set<SessionState>;
  isRevoked: boolean;
  /** Resolves once the budget account is open; `false` when the ledger refused it. */
  ready: Promise<boolean>;
  isReady: boolean;
  readonly reservations: Map<string, BudgetReservation>;
  readonly pendingApprovals: Map<string, PendingApproval>;
}

/** True when the session or any ancestor was revoked. @internal */
export function isStateRevoked(state: SessionState): boolean {
  for (let s: SessionState | undefined = state; s !== undefined; s = s.parent) {
    if (s.isRevoked) return true;
  }
  return false;
}
