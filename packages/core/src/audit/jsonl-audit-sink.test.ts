import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditLogError } from './audit-log-error.js';
import { createJsonlAuditSink } from './jsonl-audit-sink.js';
import { verifyAuditLog } from './verify-audit-log.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kitelogik-audit-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const lineCount = async (path: string): Promise<number> =>
  (await readFile(path, 'utf8')).split('\n').filter(Boolean).length;

describe('createJsonlAuditSink', () => {
  it('writes concurrent appends in sequence order and verifies after close', async () => {
    const path = join(dir, 'audit.jsonl');
    const sink = await createJsonlAuditSink({ path, hmacKey: 'secret', checkpointEvery: 50 });
    const records = await Promise.all(
      Array.from({ length: 120 }, (_, i) => sink.append({ type: 'policy', n: i })),
    );
    expect(records.map((r) => r.seq).slice(0, 3)).toEqual([0, 1, 2]);
    await sink.close();
    const result = await verifyAuditLog({ path, hmacKey: 'secret' });
    expect(result.ok && result.records.length).toBe(120 + 2 + 1);
  });

  it('resolves an append only once its line is in the file', async () => {
    const path = join(dir, 'audit.jsonl');
    const sink = await createJsonlAuditSink({ path, fsync: true });
    const record = await sink.append({ type: 'budget', tokens: 5 });
    expect(await readFile(path, 'utf8')).toContain(record.hash);
    await sink.close();
  });

  it('continues the chain of an existing log', async () => {
    const path = join(dir, 'audit.jsonl');
    const first = await createJsonlAuditSink({ path, hmacKey: 'k' });
    await first.append({ type: 'policy', n: 1 });
    await first.close();
    const second = await createJsonlAuditSink({ path, hmacKey: 'k' });
    const record = await second.append({ type: 'policy', n: 2 });
    expect(record.seq).toBe(2);
    await second.close();
    expect((await verifyAuditLog({ path, hmacKey: 'k' })).ok).toBe(true);
    expect(await lineCount(path)).toBe(4);
  });

  it('refuses to continue a log whose last record does not verify', async () => {
    const path = join(dir, 'audit.jsonl');
    const sink = await createJsonlAuditSink({ path, hmacKey: 'k' });
    await sink.append({ type: 'policy', n: 1 });
    await sink.close();
    await expect(createJsonlAuditSink({ path, hmacKey: 'other' })).rejects.toMatchObject({
      code: 'audit.tail_invalid',
    });
    await appendFile(path, '{"seq":2,"ty');
    await expect(createJsonlAuditSink({ path, hmacKey: 'k' })).rejects.toSatisfy(
      AuditLogError.isInstance,
    );
  });

  it('rejects the append, and every later one, when the write fails', async () => {
    // Writes to /dev/full fail with ENOSPC.
    const sink = await createJsonlAuditSink({ path: '/dev/full' });
    const results = await Promise.allSettled([
      sink.append({ type: 'policy', n: 1 }),
      sink.append({ type: 'policy', n: 2 }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    await expect(sink.append({ type: 'policy', n: 3 })).rejects.toMatchObject({
      code: 'audit.write_failed',
    });
    await expect(sink.close()).rejects.toMatchObject({ code: 'audit.write_failed' });
  });

  it('starts a fresh log in an empty file', async () => {
    const path = join(dir, 'empty.jsonl');
    await writeFile(path, '');
    const sink = await createJsonlAuditSink({ path });
    expect((await sink.append({ type: 'policy' })).seq).toBe(0);
    await sink.close();
  });
});
