import { canonicalJson } from '../canonical/canonical-json.js';
import { hmacSha256Hex, sha256Hex } from '../canonical/digest.js';
import { AuditLogError } from './audit-log-error.js';
import {
  type AuditEntry,
  type AuditRecord,
  type CheckpointPayload,
  GENESIS_HASH,
} from './audit-record.js';

/** Options for {@link createAuditChain}. @internal */
export interface AuditChainOptions {
  readonly hmacKey?: string | Uint8Array;
  readonly clock?: () => number;
  /** Seal an `interval` checkpoint after this many records since the last checkpoint. */
  readonly checkpointEvery?: number;
  /** Continue an existing log: the next sequence number and the last record's hash. */
  readonly start?: { readonly seq: number; readonly head: string };
}

/** A sealed record and its JSONL line (without the newline). @internal */
export interface SealedAuditRecord {
  readonly record: AuditRecord;
  readonly line: string;
}

/** Assigns sequence numbers and hashes, in append order. @internal */
export interface AuditChain {
  /** Seals an entry, followed by an `interval` checkpoint when one is due. */
  seal(entry: AuditEntry): [SealedAuditRecord, ...SealedAuditRecord[]];
  /** Seals a `close` checkpoint. */
  close(): SealedAuditRecord;
}

type SealableEntry = { readonly type: string; readonly time?: string | undefined };

/**
 * The record's text, which is what its hash covers: `JSON.stringify` (fast, and the verifier
 * hashes the bytes of the line, not a re-serialisation), falling back to canonical JSON for
 * values it cannot write, such as bigints.
 */
function serializeRecord(body: object): string {
  try {
    return JSON.stringify(body);
  } catch (error) {
    if (error instanceof TypeError && String(error.message).includes('BigInt')) {
      return canonicalJson(body);
    }
    throw error;
  }
}

/** Creates the sealing state shared by every sink. @internal */
export function createAuditChain(options: AuditChainOptions = {}): AuditChain {
  const { hmacKey, checkpointEvery } = options;
  const clock = options.clock ?? Date.now;
  let seq = options.start?.seq ?? 0;
  let head = options.start?.head ?? GENESIS_HASH;
  let sinceCheckpoint = 0;

  const sealOne = (entry: SealableEntry): SealedAuditRecord => {
    const time = entry.time ?? new Date(clock()).toISOString();
    // hash/mac set to undefined so serialisation drops any an entry might carry.
    const body: Record<string, unknown> = {
      ...entry,
      seq,
      time,
      prev: head,
      hash: undefined,
      mac: undefined,
    };
    let text: string;
    try {
      text = serializeRecord(body);
    } catch (cause) {
      const message = `audit entry cannot be serialised: ${String(cause)}`;
      throw new AuditLogError({ code: 'audit.entry_invalid', message, cause });
    }
    const hash = sha256Hex(text);
    const mac = hmacKey === undefined ? undefined : hmacSha256Hex(hmacKey, hash);
    // The line is the hashed text with hash and mac appended: one serialisation per record,
    // and the verifier hashes exactly the text before that suffix.
    const line = `${text.slice(0, -1)},"hash":"${hash}"${mac === undefined ? '' : `,"mac":"${mac}"`}}`;
    // The body becomes the record: one object per record on the hot path.
    const record = body;
    record.hash = hash;
    record.mac = mac;
    seq += 1;
    head = hash;
    return { record: record as unknown as AuditRecord, line };
  };

  const checkpoint = (reason: 'interval' | 'close'): SealedAuditRecord => {
    sinceCheckpoint = 0;
    const payload: SealableEntry & CheckpointPayload = {
      type: 'checkpoint',
      count: seq,
      head,
      reason,
    };
    return sealOne(payload);
  };

  return {
    seal(entry) {
      const sealed: [SealedAuditRecord, ...SealedAuditRecord[]] = [sealOne(entry)];
      sinceCheckpoint += 1;
      if (
        checkpointEvery !== undefined &&
        checkpointEvery > 0 &&
        sinceCheckpoint >= checkpointEvery
      ) {
        sealed.push(checkpoint('interval'));
      }
      return sealed;
    },
    close: () => checkpoint('close'),
  };
}
