import { describe, expect, it } from 'vitest';
import type { AuditSink } from '../audit/audit-sink.js';
import { createMemoryAuditSink } from '../audit/memory-audit-sink.js';
import { createPolicyBundle } from '../engine/policy-bundle.js';
import { PolicyConfigError } from '../errors/policy-config-error.js';
import { createScriptedEngine } from '../testing/scripted-engine.js';
import { ALLOW, DENY, testGovernor } from './__fixtures__/test-governor.js';
import { createGovernor } from './create-governor.js';

const call = (callId: string, args: Record<string, unknown> = { q: 'x' }) =>
  ({ kind: 'tool.call', callId, tool: 'search', args }) as const;

const codeOf = (outcome: {
  decision: { reasons: readonly { code: string }[] };
}): string | undefined => outcome.decision.reasons[0]?.code;

describe('governor: fail closed', () => {
  it('allows what the policy allows, with the full contract event as input', async () => {
    const t = testGovernor(() => ALLOW);
    const outcome = await t.session.decide(call('c1', { path: 'docs/a.md' }));
    expect(outcome.decision).toEqual(ALLOW);
    expect(t.engine.calls[0]).toMatchObject({
      query: 'data.kitelogik.main.decision',
      deadlineMs: 50,
      input: {
        version: 1,
        kind: 'tool.call',
        id: outcome.eventId,
        time: '2026-11-25T10:00:00.000Z',
        framework: 'core',
        session: { id: 'sess_1', principal: { id: 'user-42' }, data_labels: [], labels: {} },
        agent: { id: 'agt_root', name: 'root', depth: 0, lineage: [] },
        budget: { tool_calls: { used: 0, reserved: 1, limit: 10, remaining: 9 } },
        action: {
          call_id: 'c1',
          tool: { name: 'search', source: 'native', server: null, tier: 'internal' },
          args: { path: 'docs/a.md' },
          resources: [{ type: 'file', path: '/workspace/docs/a.md' }],
        },
      },
    });
    expect(outcome.reservation).toMatchObject({ amounts: { tool_calls: 1 } });
  });

  it('applies declared tool settings over what the caller reports', async () => {
    const t = testGovernor(() => ALLOW, { tools: { mail: { tier: 'external' } } });
    await t.session.decide({
      kind: 'tool.call',
      callId: 'c1',
      tool: { name: 'mail', tier: 'internal', source: 'mcp', server: 'm' },
      args: {},
    });
    expect(t.engine.calls[0]?.input).toMatchObject({
      action: { tool: { name: 'mail', tier: 'external', source: 'mcp', server: 'm' } },
    });
  });

  it('denies "engine.error" when the engine throws, and releases the reservation', async () => {
    const t = testGovernor([{ throw: 'boom' }]);
    const outcome = await t.session.decide(call('c1'));
    expect(outcome.decision.effect).toBe('deny');
    expect(codeOf(outcome)).toBe('engine.error');
    expect(outcome.reservation).toBeUndefined();
    const next = await t.session.decide(call('c2'));
    expect(t.engine.calls[1]?.input).toMatchObject({
      budget: { tool_calls: { used: 0, reserved: 1 } },
    });
    expect(next.decision.effect).toBe('deny');
  });

  it('denies "engine.error" when a script function throws a plain error', async () => {
    const t = testGovernor(() => {
      throw new TypeError('bad script');
    });
    expect(codeOf(await t.session.decide(call('c1')))).toBe('engine.error');
  });

  it('denies "engine.timeout" past the deadline and passes the deadline to the engine', async () => {
    const t = testGovernor([{ hang: true }], { deadlineMs: 5 });
    const outcome = await t.session.decide(call('c1'));
    expect(codeOf(outcome)).toBe('engine.timeout');
    expect(t.engine.calls[0]?.deadlineMs).toBe(5);
    expect(t.engine.calls[0]?.signal?.aborted).toBe(true);
  });

  it('denies on garbage, on no result and on an unknown effect', async () => {
    const t = testGovernor([{ garbage: true }, { value: undefined }, { value: { effect: 'yes' } }]);
    expect(codeOf(await t.session.decide(call('c1')))).toBe('decision.malformed');
    expect(codeOf(await t.session.decide(call('c2')))).toBe('decision.missing');
    expect(codeOf(await t.session.decide(call('c3')))).toBe('decision.unknown_effect');
  });

  it('denies "engine.error" on every decision when the bundle fails to prepare', async () => {
    const governor = createGovernor({
      engine: createScriptedEngine(() => ALLOW, { failPrepare: 'rego_parse_error' }),
      policies: createPolicyBundle({ modules: [] }),
      audit: createMemoryAuditSink(),
    });
    const session = governor.session({
      principal: { id: 'u', roles: [] },
      scopes: [],
      budgets: {},
    });
    const outcome = await session.decide(call('c1'));
    expect(outcome.decision.reasons[0]).toMatchObject({
      code: 'engine.error',
      message: expect.stringContaining('rego_parse_error'),
    });
    expect(await governor.policyDigest()).toBeUndefined();
  });

  it('enforces precedence: a deny collection beats a stated allow', async () => {
    const t = testGovernor(() => ({ ...ALLOW, deny: ['writes outside the workspace'] }));
    expect((await t.session.decide(call('c1'))).decision.effect).toBe('deny');
  });

  it('denies "event.invalid" naming the field, and audits it', async () => {
    const t = testGovernor(() => ALLOW);
    const outcome = await t.session.decide({
      kind: 'tool.call',
      callId: 'c1',
      tool: { name: '' },
      args: {},
    });
    expect(outcome.decision.reasons[0]).toMatchObject({
      code: 'event.invalid',
      message: expect.stringContaining('action.tool.name'),
    });
    expect(outcome.event).toBeUndefined();
    expect(t.engine.calls).toHaveLength(0);
    expect(t.decisionRecords()).toHaveLength(1);
  });

  it('denies a tool call without a call id', async () => {
    const t = testGovernor(() => ALLOW);
    const outcome = await t.session.decide({ kind: 'tool.call', tool: 'x', args: {} } as never);
    expect(codeOf(outcome)).toBe('event.invalid');
  });

  it('never rejects, even on a request that is not an object', async () => {
    const t = testGovernor(() => ALLOW);
    const outcome = await t.session.decide(null as never);
    expect(outcome.decision.effect).toBe('deny');
  });

  it('denies "audit.unavailable" when the audit write fails under auditFailure "block"', async () => {
    const broken: AuditSink = {
      append: () => Promise.reject(new Error('disk full')),
      flush: () => Promise.resolve(),
      close: () => Promise.resolve(),
    };
    const blocking = testGovernor(() => ALLOW, { audit: broken });
    const outcome = await blocking.session.decide(call('c1'));
    expect(codeOf(outcome)).toBe('audit.unavailable');
    expect(outcome.reservation).toBeUndefined();
    const lenient = testGovernor(() => ALLOW, { audit: broken, auditFailure: 'continue' });
    expect((await lenient.session.decide(call('c1'))).decision.effect).toBe('allow');
  });

  it('does not wait for the audit write under auditFailure "continue"', async () => {
    const stuck: AuditSink = {
      append: () => new Promise(() => {}),
      flush: () => Promise.resolve(),
      close: () => Promise.resolve(),
    };
    const t = testGovernor(() => ALLOW, { audit: stuck, auditFailure: 'continue' });
    expect((await t.session.decide(call('c1'))).decision.effect).toBe('allow');
  });

  it('audits each decision with the bundle digest and engine name', async () => {
    const t = testGovernor([{ value: DENY }]);
    const outcome = await t.session.decide(call('c1'));
    expect(t.decisionRecords()).toMatchObject([
      {
        type: 'decision',
        decision: DENY,
        engine: 'scripted',
        bundle: { digest: expect.stringMatching(/^sha256:/) },
        event: { id: outcome.eventId },
      },
    ]);
  });

  it('throws PolicyConfigError on construction misuse only', () => {
    const audit = createMemoryAuditSink();
    expect(() => createGovernor({ audit } as never)).toThrow(PolicyConfigError);
    expect(() =>
      createGovernor({
        prepared: { digest: 'd', evaluate: async () => ({ value: ALLOW }) },
      } as never),
    ).toThrow(/audit/);
    const prepared = { digest: 'd', evaluate: async () => ({ value: ALLOW }) };
    expect(() => createGovernor({ prepared, audit, deadlineMs: 0 })).toThrow(/deadlineMs/);
    const governor = createGovernor({ prepared, audit });
    expect(() => governor.session({ principal: {} as never, scopes: [], budgets: {} })).toThrow(
      PolicyConfigError,
    );
  });
});

describe('governor.decideEvent', () => {
  it('validates, evaluates and audits a pre-built event', async () => {
    const t = testGovernor(() => DENY);
    const invalid = await t.governor.decideEvent({ version: 1, kind: 'tool.call' });
    expect(invalid.decision.reasons[0]).toMatchObject({
      code: 'event.invalid',
      message: expect.stringContaining('id'),
    });
    expect(t.engine.calls).toHaveLength(0);
    expect(t.decisionRecords()).toHaveLength(1);
  });

  it('evaluates a valid event and returns it with its id', async () => {
    const t = testGovernor(() => DENY);
    const first = await t.session.decide(call('c1'));
    const event = first.event;
    const again = await t.governor.decideEvent(event);
    expect(again).toEqual({ decision: DENY, eventId: event?.id, event });
    expect(t.engine.calls.at(-1)?.input).toEqual(event);
    expect(t.decisionRecords()).toHaveLength(2);
  });
});
