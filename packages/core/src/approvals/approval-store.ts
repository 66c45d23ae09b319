import type { ApprovalGrant, ApprovalRequest } from './approval-types.js';

/** What a store holds for one event: the request and, once decided, the grant. */
export interface ApprovalRecord {
  readonly request: ApprovalRequest;
  readonly grant?: ApprovalGrant;
}

/** The result of {@link ApprovalStore.request}. */
export type RequestApprovalResult =
  | { readonly ok: true; readonly record: ApprovalRecord; readonly isNew: boolean }
  | { readonly ok: false; readonly code: 'digest_conflict'; readonly message: string };

/** The result of {@link ApprovalStore.resolve}. */
export type ResolveApprovalResult =
  | { readonly ok: true; readonly record: ApprovalRecord }
  | {
      readonly ok: false;
      readonly code: 'unknown_event' | 'digest_mismatch' | 'expired' | 'already_resolved';
      readonly message: string;
    };

/**
 * Where approval requests and their decisions are recorded. Async so that a shared (Postgres,
 * Redis) store can implement it. Failures are values, never throws.
 */
export interface ApprovalStore {
  /**
   * Records a request. Idempotent for the same event and digest (a resume re-requests); a request
   * for the same event with another digest is refused as `digest_conflict`.
   */
  request(request: ApprovalRequest): Promise<RequestApprovalResult>;
  /**
   * Records a decision. Refused when there is no request for the event, when the grant's digest
   * differs from the request's, when the request has expired, or when it was already decided.
   */
  resolve(grant: ApprovalGrant): Promise<ResolveApprovalResult>;
  /** The request and grant for an event, if any. */
  get(eventId: string): Promise<ApprovalRecord | undefined>;
}
