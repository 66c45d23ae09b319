import { digestArgs } from '../canonical/digest.js';
import { appendAudit } from './append-audit.js';
import type { GovernorContext } from './governor-context.js';
import type { ApprovalAnswer, ApproveOutcome } from './session.js';
import type { SessionState } from './session-state.js';

/** What {@link approveCall} needs. @internal */
export interface ApproveCall {
  readonly context: GovernorContext;
  readonly state: SessionState;
  readonly answer: ApprovalAnswer;
}

/**
 * Records a human answer to a `require_approval` decision, bound to the event id and the
 * digest of the exact arguments approved, valid for the decision's `ttl_s`; audited. The call
 * takes effect when the framework re-decides it. @internal
 */
export async function approveCall(call: ApproveCall): Promise<ApproveOutcome> {
  const { context, state, answer } = call;
  // Only a real boolean and a named approver count: `'no'`, `1` or a missing field must never
  // read as a yes (JavaScript truthiness would).
  if (
    typeof answer.approved !== 'boolean' ||
    typeof answer.approver !== 'string' ||
    answer.approver === ''
  ) {
    return {
      ok: false,
      code: 'approval.invalid_answer',
      message: 'an approval answer needs `approved: true | false` and a named `approver`',
    };
  }
  const record = await context.approvals.get(answer.eventId);
  if (record === undefined) {
    return {
      ok: false,
      code: 'approval.unknown_event',
      message: `no approval was requested for "${answer.eventId}"`,
    };
  }
  let argsDigest: ReturnType<typeof digestArgs>;
  try {
    argsDigest = digestArgs(answer.args);
  } catch (error) {
    return { ok: false, code: 'approval.invalid_args', message: String(error) };
  }
  const now = context.clock.now();
  const pending = state.pendingApprovals.get(answer.eventId);
  const grant = {
    eventId: answer.eventId,
    argsDigest,
    approver: answer.approver,
    decision: answer.approved === true ? ('approved' as const) : ('rejected' as const),
    at: now,
    expiresAt: pending === undefined ? record.request.expiresAt : now + pending.ttlS * 1000,
    ...(answer.comment === undefined ? {} : { note: answer.comment }),
  };
  const resolved = await context.approvals.resolve(grant);
  if (!resolved.ok)
    return { ok: false, code: `approval.${resolved.code}`, message: resolved.message };
  state.pendingApprovals.delete(answer.eventId);
  const isAudited = await appendAudit(context, {
    type: 'approval',
    session_id: state.id,
    event_id: answer.eventId,
    call_id: record.request.callId,
    grant,
  });
  if (!isAudited && context.isAuditBlocking) {
    return { ok: false, code: 'audit.unavailable', message: 'the approval could not be audited' };
  }
  return { ok: true, decision: grant.decision };
}
