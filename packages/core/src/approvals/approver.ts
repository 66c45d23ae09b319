import type { ApprovalRequest } from './approval-types.js';

/** What a programmatic {@link Approver} answers. */
export interface ApproverVerdict {
  readonly approved: boolean;
  /** Who or what decided, recorded in the grant and the audit log. */
  readonly approver: string;
  readonly note?: string;
}

/**
 * A configured programmatic approver, consulted instead of a human. It only decides; the
 * governor records its verdict as an {@link ApprovalGrant} before anything runs.
 */
export type Approver = (request: ApprovalRequest) => Promise<ApproverVerdict>;
