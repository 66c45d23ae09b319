import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, POLICIES, runCli } from '../__fixtures__/run-cli.js';

const EVENT = join(FIXTURES, 'fs-write-event.json');

describe('kitelogik decide', () => {
  it('decides one event with the governor and the standard library', async () => {
    const { code, stdout } = await runCli(['decide', '-d', POLICIES, '--event', EVENT]);
    expect(code).toBe(0);
    const decision = JSON.parse(stdout);
    expect(decision.effect).toBe('allow');
    expect(decision.reasons.map((r: { code: string }) => r.code)).toEqual(['tool.allowed']);
  });

  it('prints one decision per JSONL event; an invalid event is a deny naming the field', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kitelogik-decide-'));
    const event = JSON.parse(await readFile(EVENT, 'utf8'));
    const outside = structuredClone(event);
    outside.action.resources[0].path = '/etc/passwd';
    outside.action.args.path = '/etc/passwd';
    const lines = [event, { kind: 'tool.call' }, outside].map((e) => JSON.stringify(e));
    await writeFile(join(dir, 'events.jsonl'), `${lines.join('\n')}\n`);
    const { code, stdout } = await runCli(
      ['decide', '-d', POLICIES, '--events', 'events.jsonl'],
      dir,
    );
    expect(code).toBe(0);
    const decisions = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(decisions.map((d) => d.effect)).toEqual(['allow', 'deny', 'deny']);
    expect(decisions[1].reasons[0].code).toBe('event.invalid');
    expect(decisions[2].reasons[0].code).not.toBe('event.invalid');
  });

  it('writes an audit log that audit verify accepts, and reports a tampered one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kitelogik-audit-'));
    const decide = await runCli(
      ['decide', '-d', POLICIES, '--event', EVENT, '--audit', 'audit.jsonl'],
      dir,
    );
    expect(decide.code).toBe(0);
    const verified = await runCli(['audit', 'verify', 'audit.jsonl'], dir);
    expect(verified).toMatchObject({ code: 0 });
    expect(verified.stdout).toMatch(/^OK: 2 records verified \(head [0-9a-f]{64}\)\n$/);
    const text = await readFile(join(dir, 'audit.jsonl'), 'utf8');
    await writeFile(join(dir, 'audit.jsonl'), text.replace('"allow"', '"deny"'));
    const broken = await runCli(['audit', 'verify', 'audit.jsonl'], dir);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe(
      'FAIL: record 0 (line 1): changed: the record does not match its hash\n',
    );
  });

  it('reports a policy that does not compile and exits 1', async () => {
    const { code, stderr } = await runCli(['decide', '-d', 'broken', '--event', EVENT]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/rego_parse_error/);
  });

  it('exits 2 without events or policies', async () => {
    expect((await runCli(['decide', '-d', POLICIES])).code).toBe(2);
    expect((await runCli(['decide', '--event', EVENT])).code).toBe(2);
  });
});
