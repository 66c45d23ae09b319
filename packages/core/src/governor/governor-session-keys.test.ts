import { describe, expect, it } from 'vitest';
import { ALLOW, testGovernor } from './__fixtures__/test-governor.js';

const principal = { id: 'user-42', roles: [] };

describe('governor: session and agent ids cannot forge another session', () => {
  it('keeps the budgets of `a/b` + agent `c` and `a` + agent `b/c` apart', async () => {
    const t = testGovernor(() => ALLOW);
    const open = (id: string, agent: string) =>
      t.governor.session({
        id,
        principal,
        scopes: ['tool:*'],
        budgets: { tool_calls: 1 },
        agent: { name: 'agent', id: agent },
      });
    const victim = open('a/b', 'c');
    const attacker = open('a', 'b/c');
    const call = (callId: string) => ({ kind: 'tool.call', callId, tool: 'x', args: {} }) as const;
    expect((await attacker.decide(call('c1'))).decision.effect).toBe('allow');
    expect((await victim.decide(call('c2'))).decision.effect).toBe('allow');
  });

  it('keeps the decisions of ids that differ only in where a NUL falls apart', async () => {
    const t = testGovernor((input) =>
      (input as { session: { id: string } }).session.id === 'a'
        ? ALLOW
        : { effect: 'deny', reasons: [] },
    );
    const open = (id: string, agent: string) =>
      t.governor.session({
        id,
        principal,
        scopes: ['tool:*'],
        budgets: {},
        agent: { name: 'agent', id: agent },
      });
    const allowed = open('a', 'b\u0000c');
    const denied = open('a\u0000b', 'c');
    const call = { kind: 'tool.call', callId: 'c1', tool: 'x', args: {} } as const;
    const first = await allowed.decide(call);
    const second = await denied.decide(call);
    expect(first.decision.effect).toBe('allow');
    expect(second.eventId).not.toBe(first.eventId);
    expect(second.decision.effect).toBe('deny');
  });
});
