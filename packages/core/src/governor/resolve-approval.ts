import { checkApproval } from '../approvals/check-approval.js';
import { toApprovalGrant } from '../approvals/to-approval-grant.js';
import { digestArgs } from '../canonical/digest.js';
import type { Decision } from '../contract/decision.js';
import type { GovernanceEvent } from '../contract/governance-event.js';
import { denyDecision } from '../engine/deny-decision.js';
import { appendAudit } from './append-audit.js';
import type { GovernorContext } from './governor-context.js';
import type { SessionState } from './session-state.js';

/** The approval TTL when the policy's obligations name none: 15 minutes. */
const DEFAULT_TTL_S = 900;

/** The approval TTL (seconds) a require_approval decision asks for. @internal */
export function approvalTtl(decision: Decision): number {
  const ttl = decision.obligations?.approval?.ttl_s;
  return typeof ttl === 'number' && Number.isFinite(ttl) && ttl > 0 ? ttl : DEFAULT_TTL_S;
}

/** What {@link resolveApproval} needs. @internal */
export interface ApprovalResolution {
  readonly context: GovernorContext;
  readonly state: SessionState;
  readonly event: GovernanceEvent;
  readonly decision: Decision;
  /** The arguments the call would run with now (on a resume they may differ). */
  readonly subject: unknown;
}

/**
 * Where a `require_approval` decision stands now, as the decision to return: allow only for an
 * unexpired approval of these exact arguments, deny for a rejection, an expiry or a replay with
 * other arguments (`approval.args_mismatch`), and the original require_approval while pending.
 * @internal
 */
export async function resolveApproval(resolution: ApprovalResolution): Promise<Decision> {
  const { context, event, decision, subject } = resolution;
  const status = await checkApproval({
    store: context.approvals,
    eventId: event.id,
    args: subject,
    now: context.clock.now(),
  });
  switch (status.status) {
    case 'approved':
      return {
        effect: 'allow',
        reasons: [
          {
            code: 'approval.granted',
            message: `approved by ${status.grant.approver}`,
            policy: 'kitelogik.core',
          },
          ...decision.reasons,
        ],
      };
    case 'rejected':
      return denyDecision('approval.rejected', `rejected by ${status.grant.approver}`);
    case 'expired':
      return denyDecision('approval.expired', 'the approval expired before the call ran');
    case 'mismatch':
      return denyDecision('approval.args_mismatch', status.reason);
    default:
      return decision;
  }
}

/**
 * Records the approval request of a fresh `require_approval` decision and, when an approver is
 * configured, asks it and records its verdict (audited) before returning where things stand.
 * @internal
 */
export async function requestApproval(resolution: ApprovalResolution): Promise<Decision> {
  const { context, state, event, decision, subject } = resolution;
  const ttlS = approvalTtl(decision);
  const now = context.clock.now();
  const approvers = decision.obligations?.approval?.approvers;
  const request = {
    eventId: event.id,
    callId: event.kind === 'tool.call' ? event.action.call_id : event.id,
    argsDigest: digestArgs(subject),
    reasons: decision.reasons.map(({ code, message }) => ({ code, message })),
    expiresAt: now + ttlS * 1000,
    ...(Array.isArray(approvers) ? { approvers } : {}),
  };
  const recorded = await context.approvals.request(request);
  if (!recorded.ok) return denyDecision('approval.args_mismatch', recorded.message);
  state.pendingApprovals.set(event.id, { callId: request.callId, ttlS });
  const current = await resolveApproval(resolution);
  if (context.approver === undefined || current !== decision) return current;
  const verdict = await context.approver(recorded.record.request);
  const grant = toApprovalGrant({
    request: recorded.record.request,
    verdict,
    now: context.clock.now(),
  });
  const resolved = await context.approvals.resolve(grant);
  if (!resolved.ok) return denyDecision(`approval.${resolved.code}`, resolved.message);
  const audited = await appendAudit(context, { type: 'approval', event, grant });
  if (!audited && context.isAuditBlocking) {
    return denyDecision('audit.unavailable', 'the approval could not be written to the audit log');
  }
  return resolveApproval(resolution);
}
