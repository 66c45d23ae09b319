import { describe, expect, it } from 'vitest';
import { hmacSha256Hex, sha256Hex } from '../canonical/digest.js';
import { AuditLogError } from './audit-log-error.js';
import { GENESIS_HASH } from './audit-record.js';
import { createMemoryAuditSink } from './memory-audit-sink.js';
import { verifyAuditLog } from './verify-audit-log.js';

const decision = {
  type: 'decision' as const,
  event: { id: 'evt_1', kind: 'tool.call' },
  decision: { effect: 'allow', reasons: [] },
  bundle: { digest: 'sha256:abc' },
  engine: 'rego',
  latency_us: 42,
};

describe('the audit hash chain', () => {
  it('chains each record to the previous hash from the genesis hash', async () => {
    const sink = createMemoryAuditSink({ clock: () => 0 });
    const first = await sink.append(decision);
    const second = await sink.append({ type: 'budget', account: 's', tokens: 10 });
    expect(first).toMatchObject({ seq: 0, prev: GENESIS_HASH, time: '1970-01-01T00:00:00.000Z' });
    expect(second).toMatchObject({ seq: 1, prev: first.hash });
    const line = sink.lines[0] ?? '';
    // The hash covers the line's text up to its trailing hash member.
    expect(first.hash).toBe(sha256Hex(`${line.slice(0, line.lastIndexOf(',"hash":'))}}`));
    expect(JSON.parse(sink.lines[0] ?? '')).toEqual(first);
  });

  it('adds a MAC of the hash when a key is set', async () => {
    const sink = createMemoryAuditSink({ hmacKey: 'k' });
    const record = await sink.append(decision);
    expect(record.mac).toBe(hmacSha256Hex('k', record.hash));
  });

  it('writes interval checkpoints and a close checkpoint that verify', async () => {
    const sink = createMemoryAuditSink({ checkpointEvery: 2, hmacKey: 'k' });
    for (let i = 0; i < 5; i++) await sink.append({ type: 'policy', n: i });
    await sink.close();
    const types = sink.records.map((r) => (r.type === 'checkpoint' ? r.reason : r.type));
    expect(types).toEqual([
      'policy',
      'policy',
      'interval',
      'policy',
      'policy',
      'interval',
      'policy',
      'close',
    ]);
    expect(sink.records.at(-1)).toMatchObject({ count: 7, head: sink.records[6]?.hash });
    const result = await verifyAuditLog({ lines: sink.lines, hmacKey: 'k' });
    expect(result.ok && result.records).toHaveLength(8);
    await expect(sink.append(decision)).rejects.toSatisfy(AuditLogError.isInstance);
  });

  it('rejects an entry that cannot be serialised without breaking the chain', async () => {
    const sink = createMemoryAuditSink();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    await expect(sink.append({ type: 'budget', cost: cyclic })).rejects.toMatchObject({
      code: 'audit.entry_invalid',
    });
    await sink.append(decision);
    await sink.close();
    expect((await verifyAuditLog({ lines: sink.lines })).ok).toBe(true);
  });

  it('cannot be made to overwrite its envelope fields from the payload', async () => {
    const sink = createMemoryAuditSink();
    const record = await sink.append({ type: 'policy', seq: 99, prev: 'x', hash: 'y', mac: 'z' });
    expect(record).toMatchObject({ seq: 0, prev: GENESIS_HASH });
    expect(record.mac).toBeUndefined();
    await sink.close();
    expect((await verifyAuditLog({ lines: sink.lines })).ok).toBe(true);
  });
});
