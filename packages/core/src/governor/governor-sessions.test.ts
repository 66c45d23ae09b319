import { describe, expect, it } from 'vitest';
import type { GovernanceEvent } from '../contract/governance-event.js';
import { ALLOW, testGovernor } from './__fixtures__/test-governor.js';

const call = (callId: string) => ({ kind: 'tool.call', callId, tool: 'search', args: {} }) as const;

const codeOf = (outcome: {
  decision: { reasons: readonly { code: string }[] };
}): string | undefined => outcome.decision.reasons[0]?.code;

describe('governor: budgets', () => {
  it('denies "budget.exhausted" once the ledger refuses, whatever the policy says', async () => {
    const t = testGovernor(() => ALLOW, {}, { budgets: { tool_calls: 2 } });
    expect((await t.session.decide(call('c1'))).decision.effect).toBe('allow');
    expect((await t.session.decide(call('c2'))).decision.effect).toBe('allow');
    const third = await t.session.decide(call('c3'));
    expect(codeOf(third)).toBe('budget.exhausted');
    expect(t.engine.calls).toHaveLength(2);
    expect(third.event?.budget.tool_calls).toMatchObject({ reserved: 2, remaining: 0 });
  });

  it('reserves estimated tokens for a model call and commits actual use on settle', async () => {
    const t = testGovernor(() => ALLOW, {}, { budgets: { tokens: 1000 } });
    const first = await t.session.decide({
      kind: 'model.call',
      callId: 'm1',
      model: 'gpt-5',
      estimated_input_tokens: 600,
    });
    expect(first.event?.budget.tokens).toMatchObject({ reserved: 600, remaining: 400 });
    expect(await t.session.settle('m1', { status: 'succeeded', tokens: 300 })).toEqual({
      ok: true,
      status: 'committed',
    });
    const second = await t.session.decide({
      kind: 'model.call',
      callId: 'm2',
      model: 'gpt-5',
      estimated_input_tokens: 600,
    });
    expect(second.event?.budget.tokens).toMatchObject({ used: 300, reserved: 600, remaining: 100 });
    expect(t.audit.records.filter((r) => r.type === 'budget')).toHaveLength(1);
  });

  it('releases on a failed call, and refuses to settle an unknown call', async () => {
    const t = testGovernor(() => ALLOW, {}, { budgets: { tool_calls: 1 } });
    await t.session.decide(call('c1'));
    expect(await t.session.settle('c1', { status: 'failed' })).toEqual({
      ok: true,
      status: 'released',
    });
    expect(await t.session.settle('c1', { status: 'failed' })).toMatchObject({
      ok: false,
      code: 'settle.unknown_call',
    });
    expect((await t.session.decide(call('c2'))).decision.effect).toBe('allow');
  });

  it('grants at most the remaining budget to concurrent calls', async () => {
    const t = testGovernor(() => ALLOW, {}, { budgets: { tool_calls: 3 } });
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, i) => t.session.decide(call(`c${i}`))),
    );
    expect(outcomes.filter((o) => o.decision.effect === 'allow')).toHaveLength(3);
  });
});

describe('governor: spawn, delegate and revoke', () => {
  it('gives a child only the granted scopes, depth + 1 and the lineage', async () => {
    const t = testGovernor(() => ALLOW);
    const spawned = await t.session.spawn({
      callId: 's1',
      child: {
        name: 'coder',
        requested_scopes: ['fs:read:/workspace/src/**', 'fs:write:/workspace/**'],
      },
    });
    expect(spawned.event?.action).toMatchObject({
      granted_scopes: ['fs:read:/workspace/src/**'],
      escalated_scopes: ['fs:write:/workspace/**'],
    });
    const child = spawned.session;
    expect(child?.agent).toMatchObject({
      name: 'coder',
      depth: 1,
      lineage: ['agt_root'],
      scopes: ['fs:read:/workspace/src/**'],
    });
    await child?.decide(call('c1'));
    expect(t.engine.calls.at(-1)?.input).toMatchObject({
      agent: { depth: 1, lineage: ['agt_root'] },
      session: { id: 'sess_1' },
    });
  });

  it('returns no child when the spawn is denied, and narrows scopes on obligation', async () => {
    const denied = testGovernor(() => ({ effect: 'deny', reasons: [] }));
    const outcome = await denied.session.spawn({ child: { name: 'x', requested_scopes: [] } });
    expect(outcome.session).toBeUndefined();
    const narrowing = testGovernor(() => ({
      ...ALLOW,
      obligations: { narrow_scopes: ['tool:search'] },
    }));
    const narrowed = await narrowing.session.spawn({
      child: { name: 'x', requested_scopes: ['tool:search', 'tool:email'] },
    });
    expect(narrowed.session?.agent.scopes).toEqual(['tool:search']);
  });

  it('slices the child budget from what the parent has left', async () => {
    const t = testGovernor(() => ALLOW, {}, { budgets: { tool_calls: 4 } });
    await t.session.decide(call('c1'));
    const spawned = await t.session.spawn({
      child: { name: 'x', requested_scopes: [], budget: { tool_calls: 100 } },
    });
    await spawned.session?.decide(call('k1'));
    const seen = t.engine.calls.at(-1)?.input as GovernanceEvent;
    expect(seen.budget.tool_calls.limit).toBe(3);
  });

  it('records the delegation mode, defaulting to handoff', async () => {
    const t = testGovernor(() => ALLOW);
    const handoff = await t.session.delegate({ child: { name: 'billing', requested_scopes: [] } });
    expect(handoff.event?.action).toMatchObject({ mode: 'handoff' });
    expect(handoff.session?.agent.depth).toBe(1);
    const asTool = await t.session.delegate({
      child: { name: 'billing', requested_scopes: [] },
      mode: 'as_tool',
    });
    expect(asTool.event?.action).toMatchObject({ mode: 'as_tool' });
  });

  it('revokes a session and all its descendants', async () => {
    const t = testGovernor(() => ALLOW);
    const child = (await t.session.spawn({ child: { name: 'a', requested_scopes: [] } })).session;
    const grandchild = (await child?.spawn({ child: { name: 'b', requested_scopes: [] } }))
      ?.session;
    await child?.decide(call('c1'));
    await t.session.revoke();
    expect(grandchild?.isRevoked).toBe(true);
    for (const session of [t.session, child, grandchild]) {
      expect(codeOf((await session?.decide(call('c9'))) ?? { decision: { reasons: [] } })).toBe(
        'session.revoked',
      );
    }
    // Even a call decided before the revocation is denied now.
    expect(codeOf((await child?.decide(call('c1'))) ?? { decision: { reasons: [] } })).toBe(
      'session.revoked',
    );
  });

  it('carries plan counts and data labels into the event', async () => {
    const t = testGovernor(() => ALLOW, {}, { dataLabels: ['pii'] });
    t.session.addDataLabels(['secret', 'pii']);
    await t.session.decide({
      kind: 'agent.plan',
      steps: [
        { tool: 'db.query', args: {} },
        { tool: 'email.send', args: {} },
        { tool: 'db.query', args: {} },
      ],
    });
    expect(t.engine.calls[0]?.input).toMatchObject({
      session: { data_labels: ['pii', 'secret'] },
      action: { step_count: 3, tool_counts: { 'db.query': 2, 'email.send': 1 } },
    });
  });
});
