import type { Decision, Reason, Session } from '@kitelogik/core';

// Sessions whose budget ran out: the next model call ends the run with this reason.
const stops = new WeakMap<Session, Reason>();

/** The reason codes that end a run instead of only failing one call. */
const RUN_ENDING = new Set(['budget.exhausted', 'session.revoked']);

/** Remembers a denial that ends the run (an exhausted budget, a revoked session). @internal */
export function noteDenial(session: Session, decision: Decision): void {
  if (decision.effect !== 'deny' || stops.has(session)) return;
  const reason = decision.reasons.find((candidate) => RUN_ENDING.has(candidate.code));
  if (reason !== undefined) stops.set(session, reason);
}

/** Why the session's run must end, if it must. @internal */
export function stopReason(session: Session): Reason | undefined {
  return stops.get(session);
}
