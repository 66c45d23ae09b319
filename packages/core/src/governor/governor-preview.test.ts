import { describe, expect, it } from 'vitest';
import { createMemoryAuditSink } from '../audit/memory-audit-sink.js';
import { createGovernor } from './create-governor.js';

const policies = new URL('../../../../policies', import.meta.url).pathname;

function setup() {
  const audit = createMemoryAuditSink();
  const governor = createGovernor({ policies, audit, deadlineMs: 2000 });
  const session = governor.session({
    principal: { id: 'user-42', roles: ['support_agent'], tenant: 'acme' },
    scopes: ['tool:crm.*'],
    budgets: { tool_calls: 5 },
    dataLabels: ['pii'],
  });
  return { audit, session };
}

describe('session.preview and session.snapshot', () => {
  it('answers what the policy would decide without recording anything', async () => {
    const { audit, session } = setup();
    const denied = await session.preview({
      kind: 'tool.call',
      callId: 'p1',
      tool: 'db.drop',
      args: {},
    });
    expect(denied.effect).toBe('deny');
    const allowed = await session.preview({
      kind: 'tool.call',
      callId: 'p2',
      tool: 'crm.get_customer',
      args: {},
    });
    expect(allowed.effect).toBe('allow');
    expect(audit.records).toHaveLength(0);
    expect((await session.snapshot()).budget.tool_calls).toMatchObject({
      used: 0,
      reserved: 0,
      remaining: 5,
    });
  });

  it('does not bind the call id: the real decision is still made and audited', async () => {
    const { audit, session } = setup();
    await session.preview({ kind: 'tool.call', callId: 'c1', tool: 'crm.get_customer', args: {} });
    const real = await session.decide({
      kind: 'tool.call',
      callId: 'c1',
      tool: 'crm.get_customer',
      args: { id: 1 },
    });
    expect(real.decision.effect).toBe('allow');
    expect(audit.records.filter((r) => r.type === 'decision')).toHaveLength(1);
  });

  it('reports the session block and a budget snapshot that follows decisions', async () => {
    const { session } = setup();
    await session.decide({ kind: 'tool.call', callId: 'c1', tool: 'crm.get_customer', args: {} });
    const snapshot = await session.snapshot();
    expect(snapshot.session).toMatchObject({ principal: { id: 'user-42' }, data_labels: ['pii'] });
    expect(snapshot.agent.scopes).toEqual(['tool:crm.*']);
    expect(snapshot.budget.tool_calls).toMatchObject({ reserved: 1, remaining: 4 });
  });

  it('denies previews on a revoked session', async () => {
    const { session } = setup();
    await session.revoke();
    const decision = await session.preview({
      kind: 'tool.call',
      callId: 'x',
      tool: 'crm.get_customer',
      args: {},
    });
    expect(decision.reasons[0]?.code).toBe('session.revoked');
  });
});
