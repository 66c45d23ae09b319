import { describe, expect, it } from 'vitest';
import { createMemoryAuditSink } from '../audit/memory-audit-sink.js';
import { verifyAuditLog } from '../audit/verify-audit-log.js';
import { createGovernor } from './create-governor.js';
import type { DecisionRequest } from './decision-request.js';
import type { SessionOptions } from './session.js';

// Real events through the governor, the embedded Rego engine and the standard library under the
// reference configuration (policies/data.json): the behaviour of shared/spec/reference-policies.md.
const policies = new URL('../../../../policies', import.meta.url).pathname;

function setup(overrides: Partial<SessionOptions> = {}) {
  const audit = createMemoryAuditSink();
  const governor = createGovernor({
    policies,
    audit,
    // A cold first evaluation under CI load can exceed the 50 ms default deadline.
    deadlineMs: 2000,
    cwd: '/workspace',
    tools: { 'email.send': { tier: 'external' }, 'search.web': { tier: 'external' } },
  });
  const session = governor.session({
    principal: { id: 'user-42', roles: ['support_agent'], tenant: 'acme' },
    scopes: [
      'tool:*',
      'fs:read:/workspace/**',
      'fs:write:/workspace/**',
      'fs:read:/data/public/**',
    ],
    budgets: { tool_calls: 50 },
    agent: { name: 'assistant' },
    ...overrides,
  });
  return { audit, governor, session };
}

let n = 0;
const call = (tool: string, args: Record<string, unknown>): DecisionRequest => ({
  kind: 'tool.call',
  callId: `call_${n++}`,
  tool,
  args,
});

async function decide(request: DecisionRequest, overrides?: Partial<SessionOptions>) {
  const { session } = setup(overrides);
  const { decision } = await session.decide(request);
  return { effect: decision.effect, codes: decision.reasons.map((r) => r.code) };
}

describe('the standard library through the governor', () => {
  it('allows a known tool in scope and denies unknown and denied tools', async () => {
    expect(await decide(call('crm.get_customer', { id: 'c-1' }))).toMatchObject({
      effect: 'allow',
    });
    expect((await decide(call('db.drop', {}))).codes).toContain('tool.denied');
    expect((await decide(call('teleport', {}))).codes).toContain('tool.unknown');
  });

  it('judges files on the canonical path, whatever the spelling', async () => {
    expect((await decide(call('fs.read', { path: 'src/app.ts' }))).effect).toBe('allow');
    expect((await decide(call('fs.write', { path: '/workspace/out.txt' }))).effect).toBe('allow');
    for (const path of [
      '/workspace/../etc/passwd',
      '/workspace/%2e%2e/etc/passwd',
      '/workspace/%252e%252e/etc/passwd',
      '//etc//passwd',
      '/etc/passwd%00.txt',
      '..\\..\\etc\\passwd',
      '/workspace/.env',
      '/workspace/certs/server.pem',
    ]) {
      expect(await decide(call('fs.read', { path })), path).toMatchObject({ effect: 'deny' });
    }
    expect((await decide(call('fs.write', { path: '/data/public/x.csv' }))).codes).toContain(
      'fs.write_outside_roots',
    );
  });

  it('allows only https to allowed hosts, however the URL is spelled', async () => {
    expect((await decide(call('http.fetch', { url: 'https://api.example.com/v1' }))).effect).toBe(
      'allow',
    );
    expect((await decide(call('http.fetch', { url: 'HTTPS://API.EXAMPLE.COM./v1' }))).effect).toBe(
      'allow',
    );
    for (const url of [
      'http://api.example.com/',
      'https://example.org/',
      'https://api.example.com@evil.com/',
      'https://evil.com#@api.example.com',
      'https://api.example.com.evil.com/',
      'http://169.254.169.254/latest/meta-data',
      'https://2130706433/',
      'https://[::1]/',
    ]) {
      expect(await decide(call('http.fetch', { url })), url).toMatchObject({ effect: 'deny' });
    }
  });

  it('allows listed programs and denies metacharacters, paths and denied subcommands', async () => {
    expect((await decide(call('shell.exec', { command: 'ls -la /workspace' }))).effect).toBe(
      'allow',
    );
    for (const command of [
      'ls; rm -rf /',
      'ls $(rm -rf /)',
      'ls `id`',
      'ls | sh',
      'ls\nrm -rf /',
      '/bin/rm -rf /',
      '"r""m" -rf /',
      'git push origin main',
      'git -c core.sshCommand=sh fetch',
      'git {push,origin,main}',
      'git pus?',
    ]) {
      expect(await decide(call('shell.exec', { command })), command).toMatchObject({
        effect: 'deny',
      });
    }
  });

  it('asks for approval on refunds over 200 and denies over 5000 or non-numeric', async () => {
    expect((await decide(call('payments.refund', { amount: 150 }))).effect).toBe('allow');
    expect(await decide(call('payments.refund', { amount: 350 }))).toEqual({
      effect: 'require_approval',
      codes: ['payments.refund_needs_approval'],
    });
    expect((await decide(call('payments.refund', { amount: 9000 }))).effect).toBe('deny');
    expect((await decide(call('payments.refund', { amount: '100' }))).effect).toBe('deny');
  });

  it('denies external tools once the session holds pii', async () => {
    expect((await decide(call('email.send', { to: 'a@example.com' }))).effect).toBe('allow');
    const withPii = await decide(call('email.send', { to: 'a@example.com' }), {
      dataLabels: ['pii'],
    });
    expect(withPii.codes).toContain('data.external_with_sensitive_labels');
  });

  it('narrows spawns: escalated scopes and too-deep children are denied', async () => {
    const { session } = setup();
    const ok = await session.spawn({
      child: { name: 'reader', requested_scopes: ['fs:read:/workspace/docs/**'], tools: [] },
    });
    expect(ok.decision.effect).toBe('allow');
    expect(ok.session).toBeDefined();
    const escalated = await session.spawn({
      child: { name: 'writer', requested_scopes: ['fs:write:/etc/**'], tools: [] },
    });
    expect(escalated.decision.reasons.map((r) => r.code)).toContain('delegation.scope_escalation');
    expect(escalated.session).toBeUndefined();
    const grandchild = await ok.session?.spawn({ child: { name: 'g', requested_scopes: [] } });
    expect(grandchild?.decision.effect).toBe('allow');
    const tooDeep = await grandchild?.session?.spawn({
      child: { name: 'gg', requested_scopes: [] },
    });
    expect(tooDeep?.decision.reasons.map((r) => r.code)).toContain('delegation.too_deep');
  });

  it('checks plans before any step runs', async () => {
    const steps = (count: number) =>
      Array.from({ length: count }, () => ({ tool: 'fs.write', args: { path: '/workspace/a' } }));
    expect((await decide({ kind: 'agent.plan', steps: steps(2) })).effect).toBe('allow');
    expect((await decide({ kind: 'agent.plan', steps: steps(4) })).effect).toBe('require_approval');
    expect((await decide({ kind: 'agent.plan', steps: steps(21) })).effect).toBe('deny');
  });

  it('asks for approval when a budget runs low, and the ledger denies past the limit', async () => {
    const { session } = setup({ budgets: { tool_calls: 10 } });
    const effects: string[] = [];
    for (let i = 0; i < 11; i++) {
      effects.push((await session.decide(call('crm.get_customer', { id: i }))).decision.effect);
    }
    expect(effects.slice(0, 9)).toEqual(Array(9).fill('allow'));
    expect(effects[9]).toBe('require_approval');
    expect(effects[10]).toBe('deny');
  });

  it('writes a verifiable audit record per decision with the bundle digest', async () => {
    const { audit, governor, session } = setup();
    await session.decide(call('crm.get_customer', { id: 1 }));
    await session.decide(call('db.drop', {}));
    const decisions = audit.records.filter((r) => r.type === 'decision');
    expect(decisions).toHaveLength(2);
    expect(decisions[0]).toMatchObject({
      bundle: { digest: await governor.policyDigest() },
      engine: 'rego',
    });
    await audit.close();
    expect((await verifyAuditLog({ lines: audit.lines })).ok).toBe(true);
  });
});

describe('pre-built events (kitelogik decide, replays)', () => {
  const event = JSON.parse(
    `{"version":1,"kind":"tool.call","id":"evt_1","time":"2026-11-25T10:00:00.000Z","framework":"core",
      "session":{"id":"s","principal":{"id":"u","roles":[],"tenant":"t","attributes":{}},"data_labels":[],"labels":{}},
      "agent":{"id":"a","name":"n","depth":0,"lineage":[],"scopes":["tool:*","fs:read:/workspace/**"]},
      "budget":{},
      "action":{"call_id":"c","tool":{"name":"fs.read","source":"native","server":null,"tier":"internal","annotations":{}},
        "args":{"path":"/workspace/../etc/passwd"},"resources":[]}}`,
  );
  const none = { used: 0, reserved: 0, limit: null, remaining: null };
  event.budget = { tokens: none, tool_calls: none, cost_usd: none, wall_ms: none };

  it('extracts resources from the arguments even when the event carries none', async () => {
    const { governor } = setup();
    const outcome = await governor.decideEvent(event);
    expect(outcome.decision.effect).toBe('deny');
    expect(outcome.event?.kind === 'tool.call' && outcome.event.action.resources).toEqual([
      { type: 'file', path: '/etc/passwd', op: 'read' },
    ]);
  });

  it('recomputes the scope partition of a spawn instead of trusting the event', async () => {
    const { governor } = setup();
    const spawn = {
      ...event,
      kind: 'agent.spawn',
      action: {
        child: { name: 'c', requested_scopes: ['fs:write:/**'], tools: [], budget: {} },
        granted_scopes: ['fs:write:/**'],
        escalated_scopes: [],
      },
    };
    const outcome = await governor.decideEvent(spawn);
    expect(outcome.decision.reasons.map((r) => r.code)).toContain('delegation.scope_escalation');
  });
});
