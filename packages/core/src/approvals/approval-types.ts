import type { ArgsDigest } from '../canonical/digest.js';

/**
 * A request for a human or programmatic decision on one governed event. It binds to the event id
 * and to a digest of the exact arguments ({@link digestArgs}); times are epoch milliseconds.
 */
export interface ApprovalRequest {
  readonly eventId: string;
  readonly callId: string;
  readonly argsDigest: ArgsDigest;
  /** The policy's reasons, shown to the approver. */
  readonly reasons: readonly { readonly code: string; readonly message: string }[];
  /** From the decision's `obligations.approval.approvers`, e.g. `role:manager`. */
  readonly approvers?: readonly string[];
  /** The request lapses at this time (epoch ms) unless resolved before. */
  readonly expiresAt: number;
}

/** What an approver decided. */
export type ApprovalDecision = 'approved' | 'rejected';

/** A recorded decision on an {@link ApprovalRequest}; valid until `expiresAt` (epoch ms). */
export interface ApprovalGrant {
  readonly eventId: string;
  readonly argsDigest: ArgsDigest;
  readonly approver: string;
  readonly decision: ApprovalDecision;
  /** When it was decided (epoch ms). */
  readonly at: number;
  readonly expiresAt: number;
  readonly note?: string;
}
