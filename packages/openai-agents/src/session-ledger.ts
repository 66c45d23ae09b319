import type { Decision, DecisionOutcome, Reason, Session } from '@kitelogik/core';

/** A tool call paused on `require_approval`, waiting for `RunState.approve/reject`. @internal */
export interface PendingApproval {
  readonly eventId: string;
  /** The subject the approval binds to (the tool arguments, or the child of a spawn). */
  readonly subject: unknown;
  /** Decides the call again once the answer is recorded. */
  readonly redecide: () => Promise<DecisionOutcome>;
}

/** What the adapter remembers about one session between hooks. @internal */
export interface SessionLedger {
  /** Calls paused for a human answer, by call id. */
  readonly pending: Map<string, PendingApproval>;
  /** Calls refused as part of a plan, by call id: the tool hooks answer with this decision. */
  readonly refused: Map<string, Decision>;
  /** What the model reads for calls the application rejected, by call id. */
  readonly rejected: Map<string, string>;
  /** Sessions the adapter opened from this one (sub-agents, handoff targets). */
  readonly children: Set<Session>;
  /** Why the session's run must end (an exhausted budget, a revoked session), once it must. */
  stop?: Reason;
}

// Keyed by the session object, so a run resumed through another `governAgent` call on the same
// session still finds its paused calls.
const ledgers = new WeakMap<Session, SessionLedger>();

/** The reason codes that end a run instead of only failing one call. */
const RUN_ENDING = new Set(['budget.exhausted', 'session.revoked']);

/** The ledger of a session, created on first use. @internal */
export function ledgerOf(session: Session): SessionLedger {
  let ledger = ledgers.get(session);
  if (ledger === undefined) {
    ledger = { pending: new Map(), refused: new Map(), rejected: new Map(), children: new Set() };
    ledgers.set(session, ledger);
  }
  return ledger;
}

/** Remembers a denial that ends the run; the next model call stops it. @internal */
export function noteDenial(session: Session, decision: Decision): void {
  const ledger = ledgerOf(session);
  if (decision.effect !== 'deny' || ledger.stop !== undefined) return;
  const reason = decision.reasons.find((candidate) => RUN_ENDING.has(candidate.code));
  if (reason !== undefined) ledger.stop = reason;
}

/** True while a call of this session, or of one opened from it, waits for an answer. @internal */
export function hasPendingApprovals(session: Session): boolean {
  const ledger = ledgerOf(session);
  if (ledger.pending.size > 0) return true;
  for (const child of ledger.children) if (hasPendingApprovals(child)) return true;
  return false;
}
