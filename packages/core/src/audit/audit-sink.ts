import type { AuditEntry, AuditRecord } from './audit-record.js';

/**
 * Where audit records go. `append` resolves only once the record is durably handed to the
 * backing store, and rejects when it could not be, so that a failed audit write blocks the action.
 */
export interface AuditSink {
  /** Seals the entry into the hash chain and writes it; resolves with the written record. */
  append(entry: AuditEntry): Promise<AuditRecord>;
  /** Resolves when every record appended so far is written. */
  flush(): Promise<void>;
  /** Writes a closing checkpoint, flushes and releases the store; later appends reject. */
  close(): Promise<void>;
}
