import { sha256Hex } from '../canonical/digest.js';
import type { AuditRecord } from './audit-record.js';

/** A parsed audit line and the hash recomputed from its content. @internal */
export type ParsedAuditLine =
  | { readonly ok: true; readonly record: AuditRecord; readonly computedHash: string }
  | { readonly ok: false; readonly message: string };

const HEX64 = /^[0-9a-f]{64}$/;
// The writer appends hash (and mac) after the hashed text; see audit-chain.ts.
const SEAL_SUFFIX = /,"hash":"[0-9a-f]{64}"(?:,"mac":"[0-9a-f]{64}")?\}$/;
const TYPES = new Set(['decision', 'approval', 'budget', 'policy', 'checkpoint']);

/**
 * Parses one JSONL audit line, checks the envelope fields and recomputes the record hash over
 * the exact text the writer hashed: the line without its trailing `hash` and `mac` members.
 * @internal
 */
export function parseAuditLine(line: string): ParsedAuditLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, message: 'not valid JSON' };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, message: 'not a JSON object' };
  }
  const record = value as Record<string, unknown>;
  const { seq, time, type, prev, hash, mac } = record;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) {
    return { ok: false, message: 'seq must be a non-negative integer' };
  }
  if (typeof time !== 'string' || typeof type !== 'string' || !TYPES.has(type)) {
    return { ok: false, message: 'time must be a string and type a known record type' };
  }
  if (
    typeof prev !== 'string' ||
    !HEX64.test(prev) ||
    typeof hash !== 'string' ||
    !HEX64.test(hash)
  ) {
    return { ok: false, message: 'prev and hash must be 64 lowercase hex characters' };
  }
  if (mac !== undefined && typeof mac !== 'string') {
    return { ok: false, message: 'mac must be a string' };
  }
  const seal = SEAL_SUFFIX.exec(line);
  if (seal === null) {
    return { ok: false, message: 'the line does not end with its hash (and mac)' };
  }
  const computedHash = sha256Hex(`${line.slice(0, seal.index)}}`);
  return { ok: true, record: record as AuditRecord, computedHash };
}
