import { open } from 'node:fs/promises';
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

interface Waiter {
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Opens a tamper-evident JSONL audit log: one record per line, hash-chained, optionally MACed.
 *
 * Sequence numbers and hashes are assigned synchronously in `append` order; lines queued in the
 * same tick are written with one `write` call (and one `fdatasync` when `fsync` is set), while
 * each `append` resolves only once its own line is written. A failed write rejects every pending
 * append and leaves the sink failed, so an action whose audit record was not written never runs.
 * One sink per file: two writers (processes or sinks) on the same file would fork the chain.
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
  const handle = await open(options.path, 'a');
  let pending: string[] = [];
  let waiters: Waiter[] = [];
  let isDraining = false;
  let failure: AuditLogError | undefined;
  let isClosed = false;
  let lastWrite: Promise<void> = Promise.resolve();

  const drain = async (): Promise<void> => {
    isDraining = true;
    while (pending.length > 0) {
      const text = `${pending.join('\n')}\n`;
      const batch = waiters;
      pending = [];
      waiters = [];
      try {
        await handle.appendFile(text);
        if (options.fsync === true) await handle.datasync();
        for (const waiter of batch) waiter.resolve();
      } catch (cause) {
        failure = new AuditLogError({
          code: 'audit.write_failed',
          message: `audit write to ${options.path} failed: ${String(cause)}`,
          cause,
        });
        for (const waiter of [...batch, ...waiters]) waiter.reject(failure);
        pending = [];
        waiters = [];
      }
    }
    isDraining = false;
  };

  const enqueue = (lines: readonly string[]): Promise<void> => {
    const written = new Promise<void>((resolve, reject) => {
      pending.push(...lines);
      waiters.push({ resolve, reject });
    });
    // A microtask, not a write per call: appends from the same tick join one batch.
    if (!isDraining) {
      isDraining = true;
      queueMicrotask(() => void drain());
    }
    lastWrite = written.catch(() => {});
    return written;
  };

  const flush = async (): Promise<void> => {
    await lastWrite;
    if (failure !== undefined) throw failure;
  };

  return {
    async append(entry): Promise<AuditRecord> {
      if (failure !== undefined) throw failure;
      if (isClosed) {
        throw new AuditLogError({ code: 'audit.closed', message: 'the audit sink is closed' });
      }
      const sealed = chain.seal(entry);
      await enqueue(sealed.map((s) => s.line));
      return sealed[0].record;
    },
    flush,
    async close() {
      if (isClosed) return;
      isClosed = true;
      try {
        if (failure === undefined) await enqueue([chain.close().line]);
        await flush();
      } finally {
        await handle.close();
      }
    },
  };
}
