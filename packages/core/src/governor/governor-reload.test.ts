import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryAuditSink } from '../audit/memory-audit-sink.js';
import { watchPolicies } from '../policies/watch-policies.js';
import { createGovernor } from './create-governor.js';

let dir: string;
const policy = (effect: string) =>
  `package kitelogik.main\n\ndecision := {"effect": "${effect}", "reasons": [{"code": "${effect}", "message": "v"}]}\n`;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kitelogik-reload-'));
  await writeFile(join(dir, 'main.rego'), policy('allow'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function setup() {
  const audit = createMemoryAuditSink();
  const governor = createGovernor({ policies: dir, audit, deadlineMs: 2000 });
  const session = governor.session({
    principal: { id: 'u', roles: [], tenant: 't' },
    scopes: ['tool:*'],
    budgets: {},
  });
  let n = 0;
  const effect = async () =>
    (await session.decide({ kind: 'tool.call', callId: `c${n++}`, tool: 'search', args: {} }))
      .decision.effect;
  return { audit, governor, effect };
}

describe('hot reload', () => {
  it('swaps to a new version atomically and audits the swap', async () => {
    const { audit, governor, effect } = setup();
    expect(await effect()).toBe('allow');
    const before = await governor.policyDigest();
    await writeFile(join(dir, 'main.rego'), policy('deny'));
    const identity = await governor.reload();
    expect(identity.digest).not.toBe(before);
    expect(await effect()).toBe('deny');
    const swap = audit.records.find((r) => r.type === 'policy');
    expect(swap).toMatchObject({
      action: 'swap',
      serving: { digest: identity.digest },
      previous: { digest: before },
    });
    const decisions = audit.records.filter((r) => r.type === 'decision');
    expect(decisions.map((r) => (r as { bundle: { digest: string } }).bundle.digest)).toEqual([
      before,
      identity.digest,
    ]);
  });

  it('rejects a version that does not compile and keeps serving the old one', async () => {
    const { audit, governor, effect } = setup();
    expect(await effect()).toBe('allow');
    await writeFile(join(dir, 'main.rego'), 'package kitelogik.main\n\ndecision := {\n');
    await expect(governor.reload()).rejects.toThrow(/policy reload rejected.*rego_parse_error/s);
    expect(await effect()).toBe('allow');
    expect(audit.records.find((r) => r.type === 'policy')).toMatchObject({
      action: 'reload_rejected',
    });
  });

  it('polls a watched directory and swaps when it changes', async () => {
    const { governor, effect } = setup();
    expect(await effect()).toBe('allow');
    const swaps: string[] = [];
    const errors: unknown[] = [];
    const watch = watchPolicies({
      governor,
      source: dir,
      intervalMs: 60_000,
      onSwap: (identity) => swaps.push(identity.digest),
      onError: (error) => errors.push(error),
    });
    try {
      await watch.check();
      expect(swaps).toEqual([]);
      await writeFile(join(dir, 'main.rego'), policy('require_approval'));
      await watch.check();
      expect(swaps).toHaveLength(1);
      expect(await effect()).toBe('require_approval');
      await writeFile(join(dir, 'main.rego'), 'package kitelogik.main\n\ndecision := {\n');
      await watch.check();
      expect(errors).toHaveLength(1);
      expect(await effect()).toBe('require_approval');
    } finally {
      watch.stop();
    }
  });
});
