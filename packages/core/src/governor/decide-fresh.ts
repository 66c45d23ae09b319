import type { BudgetAmounts, BudgetReservation } from '../budgets/budget-types.js';
import type { Decision, Reason } from '../contract/decision.js';
import type { GovernanceEvent } from '../contract/governance-event.js';
import { validateEvent } from '../contract/validate-event.js';
import { denyDecision } from '../engine/deny-decision.js';
import { evaluateWithDeadline } from '../engine/evaluate-with-deadline.js';
import { appendAudit } from './append-audit.js';
import { eventSubject } from './approval-subject.js';
import { buildAction } from './build-action.js';
import { buildEvent, EMPTY_SNAPSHOT, setEventBudget } from './build-event.js';
import type { DecisionOutcome } from './decision-outcome.js';
import type { DecisionRequest } from './decision-request.js';
import { bundleOf, type GovernorContext } from './governor-context.js';
import { requestApproval } from './resolve-approval.js';
import type { SessionState } from './session-state.js';

/** One first-time decision. @internal */
export interface FreshDecision {
  readonly context: GovernorContext;
  readonly state: SessionState;
  readonly request: DecisionRequest;
  readonly eventId: string;
  /** `performance.now()` when the decide call started, for the audit latency. */
  readonly startedAt: number;
  /** Deny with this reason without evaluating (a revoked session, a bad call id). */
  readonly forced?: Reason;
}

const TOOL_CALL: BudgetAmounts = Object.freeze({ tool_calls: 1 });

function amountsFor(event: GovernanceEvent): BudgetAmounts | undefined {
  if (event.kind === 'tool.call') return TOOL_CALL;
  if (event.kind === 'model.call') return { tokens: event.action.estimated_input_tokens };
  return undefined;
}

/** What {@link recordDecision} writes and returns. @internal */
export interface DecisionRecord {
  readonly fresh: FreshDecision;
  readonly event: GovernanceEvent;
  readonly decision: Decision;
  readonly isValid: boolean;
  readonly reservation?: BudgetReservation;
  /** The bundle the decision was evaluated with (read with the prepared policy, so a reload
   * between evaluation and audit cannot mislabel the record). */
  readonly bundle?: GovernorContext['bundle'];
  /** The engine's own id for the decision (OPA's `decision_id`), when it has one. */
  readonly engineDecisionId?: string;
}

/**
 * Audits a decision and settles its reservation: a deny (including one forced by a failed audit
 * write under `auditFailure: 'block'`) releases it; otherwise it is held for `settle`. @internal
 */
export async function recordDecision(record: DecisionRecord): Promise<DecisionOutcome> {
  const { fresh, event, reservation } = record;
  const { context, state } = fresh;
  let decision = record.decision;
  const isAudited = await appendAudit(context, {
    type: 'decision',
    // The governor's clock, already formatted for this event.
    time: context.isoNow(),
    event,
    decision,
    bundle: record.bundle ?? context.bundle,
    engine: context.engineName,
    ...(record.engineDecisionId === undefined
      ? {}
      : { engine_decision_id: record.engineDecisionId }),
    // No separate budget field: the reservation is `res_<event id>` and the event carries the
    // snapshot (every byte here is canonicalised and hashed on the hot path).
    latency_us: Math.round((performance.now() - fresh.startedAt) * 1000),
  });
  if (!isAudited && context.isAuditBlocking) {
    decision = denyDecision(
      'audit.unavailable',
      'the decision could not be written to the audit log',
    );
    // The full record could not be written (an event too deep or odd to serialise, or a failing
    // sink): leave at least a trace of the refusal, so the log shows the call was made and denied.
    await appendAudit(context, {
      type: 'decision',
      time: context.isoNow(),
      event: { id: event.id, kind: event.kind, truncated: true },
      decision,
      bundle: record.bundle ?? context.bundle,
      engine: context.engineName,
      latency_us: Math.round((performance.now() - fresh.startedAt) * 1000),
    });
  }
  const base: DecisionOutcome = record.isValid
    ? { decision, eventId: event.id, event }
    : { decision, eventId: event.id };
  if (reservation === undefined) return base;
  if (decision.effect === 'deny') {
    await context.budgets.release(reservation.id);
    return base;
  }
  state.reservations.set(fresh.request.callId ?? event.id, reservation);
  return { ...base, reservation };
}

/**
 * Decides an action for the first time: build and validate the event, reserve budget so the
 * snapshot includes this request, evaluate under the deadline (normalised, precedence applied),
 * run the approval flow, audit. Every failure is a deny value; nothing here is retried. @internal
 */
export async function decideFresh(fresh: FreshDecision): Promise<DecisionOutcome> {
  const { context, state, request, eventId } = fresh;
  const action = buildAction(context, state.agent, request);
  const event = buildEvent({
    state,
    kind: request.kind,
    id: eventId,
    time: context.isoNow(),
    framework: context.framework,
    budget: EMPTY_SNAPSHOT,
    action,
  });
  const validation = validateEvent(event);
  if (!validation.ok) {
    const message = `${validation.field || 'event'}: ${validation.message}`;
    return recordDecision({
      fresh,
      event,
      isValid: false,
      decision: denyDecision('event.invalid', message),
    });
  }
  if (fresh.forced !== undefined) {
    const decision = denyDecision(fresh.forced.code, fresh.forced.message);
    return recordDecision({ fresh, event, isValid: true, decision });
  }
  if (!state.isReady && !(await state.ready)) {
    const decision = denyDecision(
      'budget.unavailable',
      'the session budget account could not be opened',
    );
    return recordDecision({ fresh, event, isValid: true, decision });
  }
  const amounts = amountsFor(event);
  let reservation: BudgetReservation | undefined;
  if (amounts !== undefined) {
    const reserved = await context.budgets.reserve(state.accountId, amounts, {
      reservationId: `res_${eventId}`,
    });
    if (!reserved.ok) {
      setEventBudget(event, (await context.budgets.snapshot(state.accountId)) ?? EMPTY_SNAPSHOT);
      const code = reserved.code === 'budget_exhausted' ? 'budget.exhausted' : 'budget.unavailable';
      return recordDecision({
        fresh,
        event,
        isValid: true,
        decision: denyDecision(code, reserved.message),
      });
    }
    reservation = reserved.reservation;
  }
  setEventBudget(event, (await context.budgets.snapshot(state.accountId)) ?? EMPTY_SNAPSHOT);
  let decision: Decision;
  let bundle = context.bundle;
  let engineDecisionId: string | undefined;
  try {
    const pending = context.prepared;
    // Skips a microtask once the bundle is prepared (the common case).
    const prepared = 'evaluate' in pending ? pending : await pending;
    bundle = bundleOf(context, prepared);
    const evaluated = await evaluateWithDeadline({
      prepared,
      query: context.entrypoint,
      input: event,
      deadlineMs: context.deadlineMs,
      nowMs: context.clock.now(),
    });
    decision = evaluated.decision;
    engineDecisionId = evaluated.engineDecisionId;
  } catch (error) {
    decision = denyDecision('engine.error', `the policy could not be prepared: ${String(error)}`);
  }
  if (decision.effect === 'require_approval') {
    try {
      const subject = eventSubject(event);
      decision = await requestApproval({ context, state, event, decision, subject });
    } catch (error) {
      // A failing store or approver must not leak the reservation or skip the audit record.
      decision = denyDecision('approval.unavailable', `the approval flow failed: ${String(error)}`);
    }
  }
  return recordDecision({
    fresh,
    event,
    isValid: true,
    decision,
    bundle,
    ...(engineDecisionId === undefined ? {} : { engineDecisionId }),
    ...(reservation ? { reservation } : {}),
  });
}
