import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../canonical/digest.js';
import { createJsonlAuditSink } from './jsonl-audit-sink.js';
import { verifyAuditLog } from './verify-audit-log.js';

let dir: string;
let path: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kitelogik-verify-'));
  path = join(dir, 'audit.jsonl');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes a closed log of six decisions plus its close checkpoint; returns its lines. */
async function writeLog(hmacKey?: string): Promise<string[]> {
  await rm(path, { force: true });
  const sink = await createJsonlAuditSink({ path, ...(hmacKey === undefined ? {} : { hmacKey }) });
  for (let i = 0; i < 6; i++) {
    await sink.append({
      type: 'decision',
      event: { id: `evt_${i}`, kind: 'tool.call' },
      decision: { effect: i === 3 ? 'deny' : 'allow' },
      bundle: { digest: 'sha256:abc' },
      engine: 'rego',
      latency_us: 10 + i,
    });
  }
  await sink.close();
  return (await readFile(path, 'utf8')).trimEnd().split('\n');
}

async function tamper(lines: readonly string[]): Promise<void> {
  await writeFile(path, `${lines.join('\n')}\n`);
}

/** Rewrites a line's fields and recomputes its hash, as an attacker without the key would. */
function forge(line: string, change: Record<string, unknown>): string {
  const { hash: _hash, mac, ...body } = JSON.parse(line) as Record<string, unknown>;
  const text = JSON.stringify({ ...body, ...change });
  const hash = sha256Hex(text);
  return `${text.slice(0, -1)},"hash":"${hash}"${mac === undefined ? '' : `,"mac":"${String(mac)}"`}}`;
}

describe('verifyAuditLog', () => {
  it('accepts an untouched log', async () => {
    await writeLog('k');
    const result = await verifyAuditLog({ path, hmacKey: 'k' });
    expect(result.ok && result.records.map((r) => r.seq)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('detects a changed field', async () => {
    const lines = await writeLog();
    lines[3] = (lines[3] ?? '').replace('"deny"', '"allow"');
    await tamper(lines);
    expect(await verifyAuditLog({ path })).toMatchObject({
      ok: false,
      index: 3,
      line: 4,
      kind: 'changed',
    });
  });

  it('detects a changed record whose hash was recomputed, by the next link', async () => {
    const lines = await writeLog();
    lines[3] = forge(lines[3] ?? '', { decision: { effect: 'allow' } });
    await tamper(lines);
    expect(await verifyAuditLog({ path })).toMatchObject({ ok: false, index: 3, kind: 'changed' });
  });

  it('detects a deleted middle record', async () => {
    const lines = await writeLog();
    lines.splice(2, 1);
    await tamper(lines);
    expect(await verifyAuditLog({ path })).toMatchObject({ ok: false, index: 2, kind: 'deleted' });
  });

  it('detects swapped records', async () => {
    const lines = await writeLog();
    [lines[2], lines[3]] = [lines[3] ?? '', lines[2] ?? ''];
    await tamper(lines);
    expect(await verifyAuditLog({ path })).toMatchObject({
      ok: false,
      index: 2,
      kind: 'reordered',
    });
  });

  it('detects a replayed record and an inserted forged record', async () => {
    const lines = await writeLog();
    await tamper([...lines.slice(0, 3), lines[1] ?? '', ...lines.slice(3)]);
    expect(await verifyAuditLog({ path })).toMatchObject({ ok: false, index: 3, kind: 'inserted' });
    const forged = forge(lines[2] ?? '', { event: { id: 'evt_forged' } });
    await tamper([...lines.slice(0, 2), forged, ...lines.slice(2)]);
    expect(await verifyAuditLog({ path })).toMatchObject({ ok: false, kind: 'inserted' });
  });

  it('detects a truncated tail, a cut-off line and a cut back to a known head', async () => {
    const lines = await writeLog();
    await tamper(lines.slice(0, 5));
    expect(await verifyAuditLog({ path })).toMatchObject({
      ok: false,
      index: 0,
      kind: 'truncated',
    });
    expect((await verifyAuditLog({ path, requireCheckpointAtEnd: false })).ok).toBe(true);
    await writeFile(path, `${lines.join('\n')}\n${(lines[0] ?? '').slice(0, 20)}`);
    expect(await verifyAuditLog({ path })).toMatchObject({
      ok: false,
      index: 7,
      kind: 'truncated',
    });
    const head = (JSON.parse(lines[5] ?? '') as { hash: string }).hash;
    await tamper(lines.slice(0, 5));
    const cut = await verifyAuditLog({ path, requireCheckpointAtEnd: false, expectedHead: head });
    expect(cut).toMatchObject({ ok: false, kind: 'truncated' });
  });

  it('detects a missing or wrong MAC when a key is given', async () => {
    const lines = await writeLog('k');
    lines[3] = forge(lines[3] ?? '', { decision: { effect: 'allow' } });
    await tamper(lines);
    expect(await verifyAuditLog({ path, hmacKey: 'k' })).toMatchObject({
      index: 3,
      kind: 'bad_mac',
    });
    const unsigned = await writeLog();
    await tamper(unsigned);
    expect(await verifyAuditLog({ path, hmacKey: 'k' })).toMatchObject({
      index: 0,
      kind: 'bad_mac',
    });
  });

  it('reports a malformed line', async () => {
    const lines = await writeLog();
    lines[1] = 'not json';
    await tamper(lines);
    expect(await verifyAuditLog({ path })).toMatchObject({ ok: false, line: 2, kind: 'malformed' });
  });

  it('treats an empty log as truncated unless a closing checkpoint is not required', async () => {
    await writeFile(path, '');
    expect(await verifyAuditLog({ path })).toMatchObject({ ok: false, kind: 'truncated' });
    expect(await verifyAuditLog({ lines: [], requireCheckpointAtEnd: false })).toMatchObject({
      ok: true,
      records: [],
    });
  });
});
