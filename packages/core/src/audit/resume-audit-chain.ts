import { hmacSha256Hex } from '../canonical/digest.js';
import { AuditLogError } from './audit-log-error.js';
import { parseAuditLine } from './parse-audit-line.js';
import { readLastLine } from './read-last-line.js';

/** Where an existing log continues: the next sequence number and the last hash. @internal */
export interface AuditChainStart {
  readonly seq: number;
  readonly head: string;
}

/**
 * Reads and verifies the last record of an existing log so a sink can continue its chain; returns
 * `undefined` for a missing or empty file. Throws {@link AuditLogError} (`audit.tail_invalid`)
 * when the last line is torn, malformed, does not match its hash, or fails the MAC. @internal
 */
export async function resumeAuditChain(
  path: string,
  hmacKey: string | Uint8Array | undefined,
): Promise<AuditChainStart | undefined> {
  const last = await readLastLine(path);
  if (last === undefined) return undefined;
  const fail = (reason: string): never => {
    const message = `cannot continue the audit log ${path}: ${reason}; run verifyAuditLog`;
    throw new AuditLogError({ code: 'audit.tail_invalid', message });
  };
  if (!last.isTerminated) fail('the last line is not terminated (a torn write?)');
  const parsed = parseAuditLine(last.line);
  if (!parsed.ok) return fail(`the last line is malformed (${parsed.message})`);
  const { record, computedHash } = parsed;
  if (computedHash !== record.hash) fail('the last record does not match its hash');
  if (hmacKey !== undefined && record.mac !== hmacSha256Hex(hmacKey, record.hash)) {
    fail('the last record has a missing or wrong MAC');
  }
  return { seq: record.seq + 1, head: record.hash };
}
