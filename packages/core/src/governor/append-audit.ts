import type { AuditEntry } from '../audit/audit-record.js';
import type { GovernorContext } from './governor-context.js';

/**
 * Appends an audit entry, reporting failure as `false` instead of a rejection so the caller
 * can apply the `auditFailure` setting. Under `block` the write is awaited (a decision that
 * could not be recorded becomes a deny); under `continue` it is not, since nothing depends on
 * its outcome, and the decision does not wait for the disk. @internal
 */
export async function appendAudit(context: GovernorContext, entry: AuditEntry): Promise<boolean> {
  if (!context.isAuditBlocking) {
    try {
      // Sealing (sequence, hash chain) still happens now, in decision order.
      context.audit.append(entry).catch(() => undefined);
    } catch {
      // A sink that throws synchronously is as unavailable as one that rejects.
    }
    return true;
  }
  try {
    await context.audit.append(entry);
    return true;
  } catch {
    return false;
  }
}
