import { timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { hmacSha256Hex } from '../canonical/digest.js';
import { type AuditRecord, GENESIS_HASH } from './audit-record.js';
import {
  type AuditTamperKind,
  type ChainBreak,
  classifyChainBreak,
} from './classify-chain-break.js';
import { type ParsedAuditLine, parseAuditLine } from './parse-audit-line.js';

/** Options for {@link verifyAuditLog}: a file path or its lines, plus what to require. */
export type VerifyAuditLogOptions = (
  | { readonly path: string }
  | { readonly lines: readonly string[] }
) & {
  /** Also check every record's MAC; a record without one is `bad_mac`. */
  readonly hmacKey?: string | Uint8Array;
  /**
   * Require the log to end in a `close` checkpoint (default true: for closed logs). Set false to
   * verify a log that is still being written.
   */
  readonly requireCheckpointAtEnd?: boolean;
  /**
   * A record hash known from outside the file (e.g. the head of the last checkpoint, kept in
   * another system); the log must contain it. This is what detects a truncation back to an
   * earlier checkpoint.
   */
  readonly expectedHead?: string;
};

/** The result of {@link verifyAuditLog}: every record, or the first place the log breaks. */
export type VerifyAuditLogResult =
  | {
      readonly ok: true;
      readonly records: readonly AuditRecord[];
      /** The last record's hash (the genesis hash for an empty log). */
      readonly head: string;
    }
  | {
      readonly ok: false;
      /** 0-based record index. */
      readonly index: number;
      /** 1-based line number. */
      readonly line: number;
      readonly kind: AuditTamperKind;
      readonly message: string;
    };

/**
 * Verifies a tamper-evident audit log: each record's hash, the chain of `prev` hashes, gap-free
 * sequence numbers, checkpoints, MACs (with a key) and the closing checkpoint.
 *
 * What it detects: without a key, any edit, deletion, reordering or insertion that was not
 * followed by recomputing every later hash, and a tail cut that removed the close checkpoint.
 * Without a key, an attacker who rewrites the chain from the edit onward (or truncates the
 * file back to any earlier checkpoint) is NOT detected: the hashes prove integrity only relative
 * to a head kept elsewhere (`expectedHead`). With a key, forging or rewriting any record is
 * detected as `bad_mac`, and a cut tail is detected unless it ends exactly at an earlier `close`
 * checkpoint (from a previous session of the same file); `expectedHead` closes that gap too.
 */
export async function verifyAuditLog(
  options: VerifyAuditLogOptions,
): Promise<VerifyAuditLogResult> {
  let lines: readonly string[];
  let isTorn = false;
  if ('path' in options) {
    const text = await readFile(options.path, 'utf8');
    const split = text.split('\n');
    isTorn = split.pop() !== '';
    lines = isTorn ? [...split, text.slice(text.lastIndexOf('\n') + 1)] : split;
  } else {
    lines = options.lines;
  }
  const fail = ({ index, kind, message }: ChainBreak): VerifyAuditLogResult => ({
    ok: false,
    index,
    line: index + 1,
    kind,
    message,
  });
  const parsed: ParsedAuditLine[] = lines.map(parseAuditLine);
  const records: AuditRecord[] = [];
  let head = GENESIS_HASH;
  for (const [index, entry] of parsed.entries()) {
    if (!entry.ok) {
      if (isTorn && index === lines.length - 1) {
        return fail({ index, kind: 'truncated', message: 'the last line is cut off' });
      }
      return fail({ index, kind: 'malformed', message: entry.message });
    }
    const { record, computedHash } = entry;
    if (computedHash !== record.hash) {
      return fail({ index, kind: 'changed', message: 'the record does not match its hash' });
    }
    if (options.hmacKey !== undefined && !isMacValid(record, options.hmacKey)) {
      return fail({ index, kind: 'bad_mac', message: 'the record MAC is missing or wrong' });
    }
    if (record.seq !== records.length || record.prev !== head) {
      return fail(classifyChainBreak({ record, index, expectedSeq: records.length, parsed }));
    }
    if (record.type === 'checkpoint' && (record.count !== record.seq || record.head !== head)) {
      const message = 'the checkpoint does not describe the chain before it';
      return fail({ index, kind: 'changed', message });
    }
    records.push(record);
    head = record.hash;
  }
  const last = records.at(-1);
  const isClosed = last?.type === 'checkpoint' && last.reason === 'close';
  if (options.requireCheckpointAtEnd !== false && !isClosed) {
    const lastCheckpoint = records.findLastIndex((r) => r.type === 'checkpoint');
    const index = last?.type === 'checkpoint' ? records.length : lastCheckpoint + 1;
    const message = `the log does not end in a close checkpoint: records from line ${index + 1} on are unanchored and the tail may have been cut`;
    return fail({ index, kind: 'truncated', message });
  }
  if (options.expectedHead !== undefined && !records.some((r) => r.hash === options.expectedHead)) {
    const message = `the expected head ${options.expectedHead} is not in the log: it was cut`;
    return fail({ index: records.length, kind: 'truncated', message });
  }
  return { ok: true, records, head };
}

function isMacValid(record: AuditRecord, key: string | Uint8Array): boolean {
  if (typeof record.mac !== 'string' || !/^[0-9a-f]{64}$/.test(record.mac)) return false;
  const expected = Buffer.from(hmacSha256Hex(key, record.hash), 'hex');
  return timingSafeEqual(Buffer.from(record.mac, 'hex'), expected);
}
