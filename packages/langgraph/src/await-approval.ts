import type { DecisionOutcome, Session } from '@kitelogik/core';
import { approvalSubject } from '@kitelogik/core';
import { interrupt } from '@langchain/langgraph';
import { type ApprovalRequestPayload, readApprovalResponse } from './approval-payload.js';
import { adapterDeny } from './decisions.js';

/** One `require_approval` outcome waiting for a human. @internal */
export interface PendingApproval {
  readonly session: Session;
  readonly outcome: DecisionOutcome;
  /** Decides the same request again, once the answer is recorded. */
  readonly redecide: () => Promise<DecisionOutcome>;
  readonly name: string;
  readonly isEditable: boolean;
  /** Who is recorded as the approver when the resume value names nobody. */
  readonly defaultApprover: string;
}

/** Where an approval ended: a final decision, or new arguments to decide afresh. @internal */
export type ApprovalResult =
  | { readonly kind: 'decided'; readonly outcome: DecisionOutcome }
  | { readonly kind: 'edited'; readonly args: Readonly<Record<string, unknown>> };

/**
 * Asks a human through LangGraph `interrupt()` and applies the answer. The first pass throws
 * (LangGraph pauses the graph); on resume the node replays, the governor returns the same
 * pending decision for the same call id, and `interrupt()` returns the answer. The answer is
 * recorded with the governor (bound to the exact arguments), then the call is decided again:
 * it runs only if that decision is an allow. @internal
 */
export async function awaitApproval(pending: PendingApproval): Promise<ApprovalResult> {
  const { session, outcome } = pending;
  const event = outcome.event;
  if (event === undefined) {
    const decision = adapterDeny('approval.no_event', 'no event to approve');
    return { kind: 'decided', outcome: { ...outcome, decision } };
  }
  const args = approvalSubject(event);
  const payload: ApprovalRequestPayload = {
    type: 'kitelogik.approval',
    kind: event.kind,
    eventId: outcome.eventId,
    ...(event.kind === 'tool.call' ? { callId: event.action.call_id } : {}),
    name: pending.name,
    args,
    reasons: outcome.decision.reasons,
    approvers: outcome.decision.obligations?.approval?.approvers ?? [],
    isEditable: pending.isEditable,
  };
  const response = readApprovalResponse(interrupt(payload));
  // An edit leaves the original call pending: the edited call is a new decision of its own.
  if (response.decision === 'edit' && pending.isEditable) {
    return { kind: 'edited', args: response.args };
  }
  const answered = await session.approve({
    eventId: outcome.eventId,
    args,
    approver: response.approver ?? pending.defaultApprover,
    approved: response.decision === 'approve',
    ...(response.comment === undefined ? {} : { comment: response.comment }),
  });
  const next = await pending.redecide();
  if (next.decision.effect !== 'require_approval') return { kind: 'decided', outcome: next };
  // The answer did not take (expired, a store fault): never run a call that is still pending.
  const why = answered.ok ? 'the approval did not resolve the call' : answered.message;
  const code = answered.ok ? 'approval.unresolved' : answered.code;
  return { kind: 'decided', outcome: { ...next, decision: adapterDeny(code, why) } };
}
