import type { Decision } from '../contract/decision.js';
import { validateEvent } from '../contract/validate-event.js';
import { denyDecision } from '../engine/deny-decision.js';
import { evaluateWithDeadline } from '../engine/evaluate-with-deadline.js';
import { buildAction } from './build-action.js';
import { buildEvent, EMPTY_SNAPSHOT } from './build-event.js';
import type { DecisionRequest } from './decision-request.js';
import type { GovernorContext } from './governor-context.js';
import { isStateRevoked, type SessionState } from './session-state.js';

/**
 * What the policy would decide for `request` right now, with nothing recorded: no budget
 * reservation (the event carries the current snapshot), no approval flow, no decision cache and
 * no audit record. For capability disclosure (hiding tools a policy denies outright), never for
 * enforcement: the action itself must still go through `decide`. Never rejects. @internal
 */
export async function previewDecision(
  context: GovernorContext,
  state: SessionState,
  request: DecisionRequest,
): Promise<Decision> {
  if (isStateRevoked(state)) return denyDecision('session.revoked', 'the session was revoked');
  try {
    const event = buildEvent({
      state,
      kind: request.kind,
      id: `evt_preview_${state.id}`,
      time: context.isoNow(),
      framework: context.framework,
      budget: (await context.budgets.snapshot(state.accountId)) ?? EMPTY_SNAPSHOT,
      action: buildAction(context, state.agent, request),
    });
    const validation = validateEvent(event);
    if (!validation.ok) {
      return denyDecision('event.invalid', `${validation.field || 'event'}: ${validation.message}`);
    }
    const { decision } = await evaluateWithDeadline({
      prepared: await context.prepared,
      query: context.entrypoint,
      input: event,
      deadlineMs: context.deadlineMs,
      nowMs: context.clock.now(),
    });
    return decision;
  } catch (error) {
    return denyDecision('engine.error', `the preview could not be evaluated: ${String(error)}`);
  }
}
