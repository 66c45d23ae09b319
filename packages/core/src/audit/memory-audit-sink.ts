import { type AuditChainOptions, createAuditChain } from './audit-chain.js';
import { AuditLogError } from './audit-log-error.js';
import type { AuditRecord } from './audit-record.js';
import type { AuditSink } from './audit-sink.js';

/** Options for {@link createMemoryAuditSink}. */
export interface MemoryAuditSinkOptions {
  readonly hmacKey?: string | Uint8Array;
  readonly clock?: () => number;
  readonly checkpointEvery?: number;
}

/** An {@link AuditSink} that keeps its records in memory, with their JSONL lines. */
export interface MemoryAuditSink extends AuditSink {
  /** Every record sealed so far, checkpoints included. */
  readonly records: readonly AuditRecord[];
  /** The JSONL lines, as a file sink would write them; {@link verifyAuditLog} accepts them. */
  readonly lines: readonly string[];
}

/** Creates an in-memory {@link AuditSink} for tests: same chain, hashes and checkpoints as a file. */
export function createMemoryAuditSink(options: MemoryAuditSinkOptions = {}): MemoryAuditSink {
  const chainOptions: AuditChainOptions = options;
  const chain = createAuditChain(chainOptions);
  const records: AuditRecord[] = [];
  const lines: string[] = [];
  let isClosed = false;
  const closedError = (): AuditLogError =>
    new AuditLogError({ code: 'audit.closed', message: 'the audit sink is closed' });
  return {
    records,
    lines,
    async append(entry) {
      if (isClosed) throw closedError();
      const sealed = chain.seal(entry);
      for (const { record, line } of sealed) {
        records.push(record);
        lines.push(line);
      }
      return sealed[0].record;
    },
    async flush() {},
    async close() {
      if (isClosed) return;
      isClosed = true;
      const { record, line } = chain.close();
      records.push(record);
      lines.push(line);
    },
  };
}
