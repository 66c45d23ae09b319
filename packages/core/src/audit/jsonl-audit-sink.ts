import { closeSync, fdatasyncSync, openSync, writeSync } from 'node:fs';
import { createAuditChain } from './audit-chain.js';
import { AuditLogError } from './audit-log-error.js';
import type { AuditRecord } from './audit-record.js';
import type { AuditSink } from './audit-sink.js';
import { resumeAuditChain } from './resume-audit-chain.js';

/** Options for {@link createJsonlAuditSink}. */
export interface JsonlAuditSinkOptions {
  /** The JSONL file; created if missing, continued (after verifying its last record) if not. */
  readonly path: string;
  /** Signs every record hash with HMAC-SHA-256; without it an attacker can rewrite the chain. */
  readonly hmacKey?: string | Uint8Array;
  /** Write an `interval` checkpoint after this many records (a `close` one is always written). */
  readonly checkpointEvery?: number;
  /** `fdatasync` after every batch, so a resolved append survives a power loss. Default false. */
  readonly fsync?: boolean;
  /** Epoch milliseconds for record times; defaults to `Date.now`. */
  readonly clock?: () => number;
}

/**
 * Opens a tamper-evident JSONL audit log: one record per line, hash-chained, optionally MACed.
 *
 * Sequence numbers and hashes are assigned in `append` order and each record is written with
 * one synchronous `write` before `append` resolves (and `fdatasync` when `fsync` is set): about a
 * microsecond per record, no queue to lose on a crash, and an append that resolved is in the
 * file. A failed write leaves the sink failed and rejects every later append, so an action
 * whose audit record was not written never runs. One sink per file: two writers (processes or
 * sinks) on the same file would fork the chain.
 *
 * @throws AuditLogError `audit.tail_invalid` when an existing file's last record does not verify.
 */
export async function createJsonlAuditSink(options: JsonlAuditSinkOptions): Promise<AuditSink> {
  const start = await resumeAuditChain(options.path, options.hmacKey);
  const chain = createAuditChain({
    ...(options.hmacKey === undefined ? {} : { hmacKey: options.hmacKey }),
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    ...(options.checkpointEvery === undefined ? {} : { checkpointEvery: options.checkpointEvery }),
    ...(start === undefined ? {} : { start }),
  });
  const fd = openSync(options.path, 'a');
  let failure: AuditLogError | undefined;
  let isClosed = false;

  const write = (lines: readonly string[]): void => {
    try {
      writeSync(fd, `${lines.join('\n')}\n`);
      if (options.fsync === true) fdatasyncSync(fd);
    } catch (cause) {
      failure = new AuditLogError({
        code: 'audit.write_failed',
        message: `audit write to ${options.path} failed: ${String(cause)}`,
        cause,
      });
      throw failure;
    }
  };

  return {
    async append(entry): Promise<AuditRecord> {
      if (failure !== undefined) throw failure;
      if (isClosed) {
        throw new AuditLogError({ code: 'audit.closed', message: 'the audit sink is closed' });
      }
      const sealed = chain.seal(entry);
      write(sealed.map((s) => s.line));
      return sealed[0].record;
    },
    async flush() {
      if (failure !== undefined) throw failure;
    },
    async close() {
      if (isClosed) return;
      isClosed = true;
      try {
        if (failure === undefined) write([chain.close().line]);
      } finally {
        closeSync(fd);
      }
      if (failure !== undefined) throw failure;
    },
  };
}
