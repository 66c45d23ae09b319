import type { AuditRecord } from './audit-record.js';
import type { ParsedAuditLine } from './parse-audit-line.js';

/** The ways a log can be tampered with, as {@link verifyAuditLog} reports them. */
export type AuditTamperKind =
  | 'changed'
  | 'deleted'
  | 'reordered'
  | 'inserted'
  | 'truncated'
  | 'malformed'
  | 'bad_mac';

/** Where and how a chain breaks. @internal */
export interface ChainBreak {
  readonly index: number;
  readonly kind: AuditTamperKind;
  readonly message: string;
}

/**
 * Explains why record `index` does not continue the chain (its `seq` is not the expected one or
 * its `prev` is not the previous hash), using the sequence numbers of the whole file: a repeated
 * seq means an insertion, a seq that appears later means a reordering, a seq that appears nowhere
 * means a deletion, and a right seq with a wrong `prev` means the previous record was rewritten
 * (its own hash recomputed to hide the edit). @internal
 */
export function classifyChainBreak(options: {
  readonly record: AuditRecord;
  readonly index: number;
  readonly expectedSeq: number;
  readonly parsed: readonly ParsedAuditLine[];
}): ChainBreak {
  const { record, index, expectedSeq, parsed } = options;
  const positions = new Map<number, number[]>();
  parsed.forEach((line, i) => {
    if (line.ok) positions.set(line.record.seq, [...(positions.get(line.record.seq) ?? []), i]);
  });
  const at = (seq: number): number[] => positions.get(seq) ?? [];
  const duplicates = at(record.seq);
  if (duplicates.length > 1) {
    const where = duplicates.map((i) => i + 1).join(', ');
    const message = `seq ${record.seq} appears on lines ${where}: a record was inserted`;
    return { index, kind: 'inserted', message };
  }
  if (record.seq === expectedSeq) {
    if (index === 0) {
      return { index, kind: 'changed', message: 'the first record does not start the chain' };
    }
    const message = `record ${index + 1} does not chain to line ${index}, which was rewritten`;
    return { index: index - 1, kind: 'changed', message };
  }
  if (record.seq > expectedSeq) {
    const later = at(expectedSeq).find((i) => i > index);
    if (later === undefined) {
      const message = `records with seq ${expectedSeq}..${record.seq - 1} are missing`;
      return { index, kind: 'deleted', message };
    }
    if (record.seq >= parsed.length) {
      const message = `seq ${record.seq} is beyond the log: a forged record was inserted`;
      return { index, kind: 'inserted', message };
    }
    const message = `seq ${record.seq} stands where seq ${expectedSeq} belongs (found on line ${later + 1})`;
    return { index, kind: 'reordered', message };
  }
  const message = `seq ${record.seq} comes after seq ${expectedSeq - 1}`;
  return { index, kind: 'reordered', message };
}
