import type { Decision } from '../contract/decision.js';
import { denyDecision } from '../engine/deny-decision.js';
import { eventSubject, isSameSubject, isSameTool, requestSubject } from './approval-subject.js';
import { type FreshDecision, recordDecision } from './decide-fresh.js';
import type { DecisionOutcome } from './decision-outcome.js';
import { resolveApproval } from './resolve-approval.js';

/** A call decided before, asked again (a resume, or a concurrent duplicate). @internal */
export interface ReusedDecision {
  readonly fresh: FreshDecision;
  readonly cached: DecisionOutcome;
  /** Replaces the cached outcome once an approval reaches a final deny. */
  readonly replace: (outcome: DecisionOutcome) => void;
}

/**
 * Answers a call id that was decided before, without re-evaluating or re-auditing an unchanged
 * decision. The request must match what was decided (same kind, same arguments): a replay with
 * other arguments is a deny (`approval.args_mismatch` while an approval is involved, else
 * `decision.args_mismatch`), and is audited. A pending `require_approval` is re-checked against
 * the approval store: allow only for an unexpired approval bound to these exact arguments.
 * @internal
 */
export async function reuseDecision(reuse: ReusedDecision): Promise<DecisionOutcome> {
  const { fresh, cached } = reuse;
  const event = cached.event;
  if (event === undefined) return cached;
  const { request, context, state } = fresh;
  const subject = requestSubject(request);
  const isSameAction = event.kind === request.kind && isSameTool(context.tools, request, event);
  const isSame = isSameAction && isSameSubject(subject, eventSubject(event));
  let decision: Decision;
  if (!isSameAction) {
    const other = event.kind === request.kind ? 'tool' : 'action';
    decision = denyDecision(
      'decision.args_mismatch',
      `call "${request.callId}" was decided for another ${other}`,
    );
  } else if (cached.decision.effect === 'require_approval') {
    decision = await resolveApproval({ context, state, event, decision: cached.decision, subject });
    if (decision === cached.decision) return cached;
    if (decision.effect === 'allow') return { ...cached, decision };
  } else if (isSame) {
    return cached;
  } else {
    decision = denyDecision(
      'decision.args_mismatch',
      `call "${request.callId}" was decided for other ${event.kind === request.kind ? 'arguments' : 'action'}`,
    );
  }
  // A deny from here on: audit it; a final answer on the approval replaces the cached outcome.
  const isFinal = decision.reasons[0]?.code !== 'approval.args_mismatch' && isSame;
  const reservation = isFinal ? cached.reservation : undefined;
  if (reservation) state.reservations.delete(request.callId ?? event.id);
  const outcome = await recordDecision({
    fresh,
    event,
    decision,
    isValid: true,
    ...(reservation ? { reservation } : {}),
  });
  if (isFinal) reuse.replace(outcome);
  return outcome;
}
