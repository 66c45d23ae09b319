import { PolicyError } from '../errors/policy-error.js';

const name = 'kitelogik.error.AuditLogError';
const symbol = Symbol.for(name);

/** Why an audit sink could not write. */
export type AuditLogErrorCode =
  | 'audit.write_failed'
  | 'audit.closed'
  | 'audit.tail_invalid'
  | 'audit.entry_invalid';

/**
 * An audit sink failure: a write that did not reach the log (the action must not run), an append
 * after close, an existing log whose last record does not verify, or an entry that cannot be
 * serialised canonically. After a write failure the sink stays failed: the chain has a gap.
 */
export class AuditLogError extends PolicyError {
  constructor(options: {
    readonly code: AuditLogErrorCode;
    readonly message: string;
    readonly cause?: unknown;
  }) {
    super(options);
    this.name = 'AuditLogError';
    // Defined here rather than as a computed class field, which isolatedDeclarations rejects.
    Object.defineProperty(this, symbol, { value: true });
  }

  /** True when `error` is an {@link AuditLogError} from any copy of the package. */
  static override isInstance(error: unknown): error is AuditLogError {
    return PolicyError.hasMarker(error, name);
  }
}
