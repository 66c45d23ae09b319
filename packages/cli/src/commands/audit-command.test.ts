import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryAuditSink } from '@kitelogik/core';
import { describe, expect, it } from 'vitest';
import { runCli } from '../__fixtures__/run-cli.js';

async function writeLog(options: { hmacKey?: string; isClosed: boolean }): Promise<string> {
  const sink = createMemoryAuditSink(
    options.hmacKey === undefined ? {} : { hmacKey: options.hmacKey },
  );
  await sink.append({ type: 'policy', message: 'loaded' });
  await sink.append({ type: 'budget', message: 'reserved' });
  if (options.isClosed) await sink.close();
  const dir = await mkdtemp(join(tmpdir(), 'kitelogik-verify-'));
  await writeFile(join(dir, 'audit.jsonl'), `${sink.lines.join('\n')}\n`);
  return dir;
}

describe('kitelogik audit verify', () => {
  it('checks MACs with the key from --key-env', async () => {
    const dir = await writeLog({ hmacKey: 'secret', isClosed: true });
    const ok = await runCli(['audit', 'verify', 'audit.jsonl', '--key-env', 'KEY'], dir, {
      KEY: 'secret',
    });
    expect(ok.stdout).toContain('OK: 3 records verified, MACs checked');
    expect(ok.code).toBe(0);
    const wrong = await runCli(['audit', 'verify', 'audit.jsonl', '--key-env', 'KEY'], dir, {
      KEY: 'guess',
    });
    expect(wrong.stdout).toBe(
      'FAIL: record 0 (line 1): bad_mac: the record MAC is missing or wrong\n',
    );
    expect(wrong.code).toBe(1);
  });

  it('requires a closing checkpoint unless --open', async () => {
    const dir = await writeLog({ isClosed: false });
    const closed = await runCli(['audit', 'verify', 'audit.jsonl'], dir);
    expect(closed.code).toBe(1);
    expect(closed.stdout).toMatch(/^FAIL: record \d+ \(line \d+\): truncated: /);
    expect((await runCli(['audit', 'verify', '--open', 'audit.jsonl'], dir)).code).toBe(0);
  });

  it('exits 2 on a missing file argument, an unknown action or an unset key variable', async () => {
    expect((await runCli(['audit', 'verify'])).code).toBe(2);
    expect((await runCli(['audit', 'check', 'a.jsonl'])).code).toBe(2);
    expect((await runCli(['audit', 'verify', 'a.jsonl', '--key-env', 'NOPE'])).code).toBe(2);
  });
});
