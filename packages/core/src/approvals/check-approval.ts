import { digestArgs } from '../canonical/digest.js';
import type { ApprovalStore } from './approval-store.js';
import type { ApprovalGrant, ApprovalRequest } from './approval-types.js';

/** Options for {@link checkApproval}. */
export interface CheckApprovalOptions {
  readonly store: ApprovalStore;
  readonly eventId: string;
  /** The arguments the call is about to run with; digested with {@link digestArgs}. */
  readonly args: unknown;
  /** Epoch milliseconds. */
  readonly now: number;
}

/**
 * Where an event's approval stands. Only `approved` lets the call run; `pending` carries the
 * recorded request when there is one (none means nobody has been asked yet).
 */
export type ApprovalStatus =
  | { readonly status: 'approved'; readonly grant: ApprovalGrant }
  | { readonly status: 'rejected'; readonly grant: ApprovalGrant }
  | { readonly status: 'pending'; readonly request?: ApprovalRequest }
  | { readonly status: 'expired' }
  | { readonly status: 'mismatch'; readonly reason: string };

/**
 * Checks whether the exact arguments of a call are approved for its event.
 *
 * An approval binds to the event id and the digest of the arguments: a record for the event whose
 * digest differs from these arguments' digest is a `mismatch` (a replay for other arguments), never
 * an approval. An approval or an unresolved request past its `expiresAt` is `expired`; a rejection
 * stays `rejected`.
 */
export async function checkApproval(options: CheckApprovalOptions): Promise<ApprovalStatus> {
  const { store, eventId, now } = options;
  const digest = digestArgs(options.args);
  const record = await store.get(eventId);
  if (record === undefined) return { status: 'pending' };
  const { request, grant } = record;
  if (request.argsDigest !== digest) {
    return {
      status: 'mismatch',
      reason: `approval was requested for arguments ${request.argsDigest}, not ${digest}`,
    };
  }
  if (grant === undefined) {
    return now >= request.expiresAt ? { status: 'expired' } : { status: 'pending', request };
  }
  if (grant.argsDigest !== digest) {
    return {
      status: 'mismatch',
      reason: `approval was granted for arguments ${grant.argsDigest}, not ${digest}`,
    };
  }
  if (grant.decision === 'rejected') return { status: 'rejected', grant };
  return now >= grant.expiresAt ? { status: 'expired' } : { status: 'approved', grant };
}
