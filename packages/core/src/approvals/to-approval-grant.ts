import type { ApprovalGrant, ApprovalRequest } from './approval-types.js';
import type { ApproverVerdict } from './approver.js';

/** Options for {@link toApprovalGrant}. */
export interface ToApprovalGrantOptions {
  readonly request: ApprovalRequest;
  readonly verdict: ApproverVerdict;
  /** When the verdict was given (epoch ms). */
  readonly now: number;
  /** How long an approval stays valid; defaults to the request's own expiry. */
  readonly ttlMs?: number;
}

/**
 * Turns a programmatic {@link Approver}'s verdict into the {@link ApprovalGrant} to record, bound
 * to the request's event id and argument digest.
 */
export function toApprovalGrant(options: ToApprovalGrantOptions): ApprovalGrant {
  const { request, verdict, now, ttlMs } = options;
  return {
    eventId: request.eventId,
    argsDigest: request.argsDigest,
    approver: verdict.approver,
    // Strictly `true`: a configured approver answering `'no'` or `1` is a rejection.
    decision: verdict.approved === true ? 'approved' : 'rejected',
    at: now,
    expiresAt: ttlMs === undefined ? request.expiresAt : now + ttlMs,
    ...(verdict.note === undefined ? {} : { note: verdict.note }),
  };
}
