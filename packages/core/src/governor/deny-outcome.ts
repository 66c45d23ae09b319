import type { GovernanceEvent } from '../contract/governance-event.js';
import { denyDecision } from '../engine/deny-decision.js';
import type { DecisionOutcome } from './decision-outcome.js';

/** A deny outcome with one core reason, optionally about an event. @internal */
export function denyOutcome(
  eventId: string,
  reason: { readonly code: string; readonly message: string },
  event?: GovernanceEvent,
): DecisionOutcome {
  const decision = denyDecision(reason.code, reason.message);
  return event === undefined ? { decision, eventId } : { decision, eventId, event };
}
