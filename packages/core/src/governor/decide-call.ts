import { decideFresh } from './decide-fresh.js';
import type { DecisionOutcome } from './decision-outcome.js';
import type { DecisionRequest } from './decision-request.js';
import { callKey, eventIdFor } from './event-ids.js';
import type { GovernorContext } from './governor-context.js';
import { reuseDecision } from './reuse-decision.js';
import { isStateRevoked, type SessionState } from './session-state.js';

/** One decide call on a session. @internal */
export interface DecideCall {
  readonly context: GovernorContext;
  readonly state: SessionState;
  readonly request: DecisionRequest;
  readonly startedAt: number;
}

const REVOKED = { code: 'session.revoked', message: 'the session was revoked' };
const BAD_CALL_ID = { code: 'event.invalid', message: 'callId: must be a non-empty string' };

/**
 * Decides one request: one decision per call id (framework + session + agent + call id, plus
 * the governor's namespace), computed once and reused on resume; a revoked session denies
 * first, even for calls decided before. @internal
 */
export async function decideCall(call: DecideCall): Promise<DecisionOutcome> {
  const { context, state, request, startedAt } = call;
  const callId = (request as { callId?: unknown }).callId;
  const hasCallId = typeof callId === 'string' && callId.length > 0;
  const isRevoked = isStateRevoked(state);
  if (!hasCallId || isRevoked) {
    // Not cached: a revoked session denies every time, and calls without an id are one-offs.
    const isMissingAllowed = callId === undefined && request.kind !== 'tool.call';
    const forced = isRevoked ? REVOKED : isMissingAllowed ? undefined : BAD_CALL_ID;
    const eventId = hasCallId ? eventIdFor(keyOf(call, callId)) : context.newId('evt');
    const fresh = { context, state, request, eventId, startedAt };
    return decideFresh(forced === undefined ? fresh : { ...fresh, forced });
  }
  const key = keyOf(call, callId);
  const fresh = { context, state, request, eventId: eventIdFor(key), startedAt };
  let isFresh = false;
  const cached = await context.cache.getOrCompute(key, () => {
    isFresh = true;
    return decideFresh(fresh);
  });
  if (isFresh) return cached;
  const replace = (outcome: DecisionOutcome): void => {
    context.cache.delete(key);
    void context.cache.getOrCompute(key, () => Promise.resolve(outcome));
  };
  return reuseDecision({ fresh, cached, replace });
}

function keyOf(call: DecideCall, callId: string): string {
  const { context, state } = call;
  return callKey({
    namespace: context.namespace,
    framework: context.framework,
    sessionId: state.id,
    agentId: state.agent.id,
    callId,
  });
}
