import type { ApprovalRecord, ApprovalStore } from './approval-store.js';

/** Options for {@link createInMemoryApprovalStore}. */
export interface InMemoryApprovalStoreOptions {
  /** Epoch milliseconds, used to refuse decisions on expired requests; defaults to `Date.now`. */
  readonly clock?: () => number;
}

/**
 * Creates an {@link ApprovalStore} held in process memory, for a single process and for tests.
 * Each method reads and writes synchronously before returning, so concurrent calls cannot race.
 */
export function createInMemoryApprovalStore(
  options: InMemoryApprovalStoreOptions = {},
): ApprovalStore {
  const clock = options.clock ?? Date.now;
  const records = new Map<string, ApprovalRecord>();
  return {
    async request(request) {
      const existing = records.get(request.eventId);
      if (existing === undefined) {
        const record: ApprovalRecord = { request };
        records.set(request.eventId, record);
        return { ok: true, record, isNew: true };
      }
      if (existing.request.argsDigest !== request.argsDigest) {
        return {
          ok: false,
          code: 'digest_conflict',
          message: `event "${request.eventId}" already has an approval request for other arguments`,
        };
      }
      return { ok: true, record: existing, isNew: false };
    },

    async resolve(grant) {
      const existing = records.get(grant.eventId);
      if (existing === undefined) {
        const message = `no approval request for event "${grant.eventId}"`;
        return { ok: false, code: 'unknown_event', message };
      }
      if (existing.request.argsDigest !== grant.argsDigest) {
        const message = `the decision's argument digest differs from the request's for "${grant.eventId}"`;
        return { ok: false, code: 'digest_mismatch', message };
      }
      if (existing.grant !== undefined) {
        const message = `event "${grant.eventId}" was already ${existing.grant.decision}`;
        return { ok: false, code: 'already_resolved', message };
      }
      if (clock() >= existing.request.expiresAt) {
        const message = `the approval request for "${grant.eventId}" has expired`;
        return { ok: false, code: 'expired', message };
      }
      const record: ApprovalRecord = { request: existing.request, grant };
      records.set(grant.eventId, record);
      return { ok: true, record };
    },

    async get(eventId) {
      return records.get(eventId);
    },
  };
}
