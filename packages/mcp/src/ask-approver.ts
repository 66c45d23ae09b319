import type { Decision, DecisionOutcome } from '@kitelogik/core';
import type { GuardedCall } from './guard-tool-call.js';
import type { McpGovernanceState } from './mcp-governance.js';

/** A `require_approval` outcome waiting for the configured approver. @internal */
export interface PendingCall {
  readonly state: McpGovernanceState;
  readonly outcome: DecisionOutcome;
  readonly callId: string;
  readonly call: GuardedCall;
  readonly redecide: () => Promise<DecisionOutcome>;
}

function adapterDeny(code: string, message: string): Decision {
  return { effect: 'deny', reasons: [{ code, message, policy: 'kitelogik.mcp' }] };
}

/**
 * Puts a `require_approval` call to the approver, records its verdict with the governor (bound
 * to the event id and the exact arguments) and decides the call again. Without an approver, or
 * when the approver fails, answers with anything but a boolean and a name, or the answer does
 * not take, the call is denied and its budget released: a pending call never runs. @internal
 */
export async function askApprover(pending: PendingCall): Promise<DecisionOutcome> {
  const { state, outcome, callId, call } = pending;
  const refuse = async (code: string, message: string): Promise<DecisionOutcome> => {
    if (outcome.reservation !== undefined) {
      await state.session.settle(callId, { status: 'failed' });
    }
    const reasons = [...outcome.decision.reasons, ...adapterDeny(code, message).reasons];
    return { ...outcome, decision: { effect: 'deny', reasons } };
  };
  const approver = state.options.approver;
  if (approver === undefined) {
    return refuse('approval.no_approver', 'the call needs approval and no approver is configured');
  }
  let verdict: Awaited<ReturnType<typeof approver>>;
  try {
    verdict = await approver({
      server: state.server,
      tool: call.name,
      args: call.args,
      eventId: outcome.eventId,
      callId,
      reasons: outcome.decision.reasons,
      approvers: outcome.decision.obligations?.approval?.approvers ?? [],
    });
  } catch (error) {
    return refuse('approval.unavailable', `the approver failed: ${String(error)}`);
  }
  // Only a boolean answer with a named approver counts; anything else is no answer at all.
  const { approved, approver: who } = (verdict ?? {}) as { approved?: unknown; approver?: unknown };
  if (typeof approved !== 'boolean' || typeof who !== 'string' || who.length === 0) {
    return refuse('approval.malformed', 'the approver gave no boolean verdict and approver name');
  }
  const answered = await state.session.approve({
    eventId: outcome.eventId,
    args: call.args,
    approver: who,
    approved,
    ...(verdict.comment === undefined ? {} : { comment: verdict.comment }),
  });
  const next = await pending.redecide();
  if (next.decision.effect !== 'require_approval') return next;
  return answered.ok
    ? refuse('approval.unresolved', 'the approval did not resolve the call')
    : refuse(answered.code, answered.message);
}
