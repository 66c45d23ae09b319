import type { AuditEntry } from '../audit/audit-record.js';
import type { GovernorContext } from './governor-context.js';

/**
 * Appends an audit entry, reporting failure as `false` instead of a rejection so the caller
 * can apply the `auditFailure` setting (block: the decision becomes a deny). @internal
 */
export async function appendAudit(context: GovernorContext, entry: AuditEntry): Promise<boolean> {
  try {
    await context.audit.append(entry);
    return true;
  } catch {
    return false;
  }
}
