import { AIMessage, ToolMessage } from '@langchain/core/messages';
import { tool } from '@langchain/core/tools';
import { fakeModel } from 'langchain';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { aiTurn, createHarness } from './__fixtures__/harness.js';
import { referenceGovernor } from './__fixtures__/reference-governor.js';
import { supportTools } from './__fixtures__/support-tools.js';

const SCOPES = ['tool:*', 'fs:write:/workspace/**'];

describe('plans', () => {
  it('checks a turn as a plan: a batch naming a denied tool runs none of its calls', async () => {
    const { governor, audit } = await referenceGovernor();
    const tools = supportTools();
    const model = fakeModel()
      .respondWithTools([
        { id: 'c1', name: 'crm_get_customer', args: { id: 'C-7' } },
        { id: 'c2', name: 'db_drop', args: { table: 'customers' } },
      ])
      .respond(new AIMessage('I will not do that'));
    const state = await createHarness({
      governor,
      tools: tools.tools,
      scopes: SCOPES,
      model,
    }).invoke();
    expect(tools.count('crm_get_customer') + tools.count('db_drop')).toBe(0);
    const refusals = state.messages.filter(ToolMessage.isInstance);
    expect(refusals.map((message) => message.tool_call_id)).toEqual(['c1', 'c2']);
    expect(String(refusals[0]?.content)).toContain('plan.denied_tool');
    const plans = audit.records.filter(
      (record) =>
        record.type === 'decision' && (record.event as { kind: string }).kind === 'agent.plan',
    );
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({ event: { action: { step_count: 2 } } });
    expect(state.messages.at(-1)?.content).toBe('I will not do that');
  });

  it('asks a human for a plan with many writes and runs it once approved', async () => {
    const { governor } = await referenceGovernor();
    const tools = supportTools();
    const writes = [1, 2, 3, 4].map((n) => ({
      id: `w${n}`,
      name: 'fs_write',
      args: { path: `/workspace/${n}.txt`, content: 'x' },
    }));
    const model = fakeModel().respondWithTools(writes).respond(new AIMessage('written'));
    const agent = createHarness({ governor, tools: tools.tools, scopes: SCOPES, model });
    const paused = await agent.invoke();
    expect(paused.__interrupt__?.[0]?.value).toMatchObject({
      kind: 'agent.plan',
      reasons: [expect.objectContaining({ code: 'plan.many_writes' })],
    });
    expect(tools.count('fs_write')).toBe(0);
    const done = await agent.resume({ decision: 'approve' });
    expect(tools.count('fs_write')).toBe(4);
    expect(done.messages.at(-1)?.content).toBe('written');
  });
});

describe('model calls and budgets', () => {
  it('commits the token usage of each model call to the budget', async () => {
    const { governor, audit } = await referenceGovernor();
    const model = fakeModel().respond(aiTurn('hello', [], 42));
    await createHarness({ governor, tools: [], scopes: SCOPES, model }).invoke('hi');
    const models = audit.records.filter(
      (record) =>
        record.type === 'decision' && (record.event as { kind: string }).kind === 'model.call',
    );
    expect(models).toHaveLength(1);
    const budget = audit.records.find((record) => record.type === 'budget');
    expect(budget).toMatchObject({ status: 'committed', actual: { tokens: 42 } });
  });

  it('ends the run cleanly when the token budget runs out mid-run', async () => {
    const { governor } = await referenceGovernor();
    const tools = supportTools();
    const model = fakeModel()
      .respond(aiTurn('', [{ id: 't1', name: 'crm_get_customer', args: { id: 'C-7' } }], 700))
      .respond(aiTurn('', [{ id: 't2', name: 'crm_get_customer', args: { id: 'C-8' } }], 700))
      .respond(new AIMessage('never reached'));
    const agent = createHarness({
      governor,
      tools: tools.tools,
      scopes: SCOPES,
      budgets: { tokens: 1000 },
      model,
    });
    const state = await agent.invoke('look up two customers');
    // The second turn overran the budget: its tool call is denied and the run ends.
    expect(tools.count('crm_get_customer')).toBe(1);
    const denied = state.messages
      .filter(ToolMessage.isInstance)
      .find((m) => m.tool_call_id === 't2');
    expect(String(denied?.content)).toContain('budget.exhausted');
    const last = state.messages.at(-1);
    expect(String(last?.content)).toMatch(/^Run stopped by policy: budget\.exhausted/);
    expect(model.callCount).toBe(2);
  });

  it('ends the run when the tool-call budget runs out, without running the call', async () => {
    const { governor } = await referenceGovernor();
    const tools = supportTools();
    const model = fakeModel()
      .respondWithTools([{ id: 'a', name: 'crm_get_customer', args: { id: '1' } }])
      .respondWithTools([{ id: 'b', name: 'crm_get_customer', args: { id: '2' } }])
      .respond(new AIMessage('never reached'));
    const agent = createHarness({
      governor,
      tools: tools.tools,
      scopes: SCOPES,
      budgets: { tool_calls: 1 },
      model,
    });
    const paused = await agent.invoke();
    // The last call of a budget leaves less than 10% of it: the reference policy asks first.
    expect(paused.__interrupt__?.[0]?.value).toMatchObject({
      reasons: [expect.objectContaining({ code: 'budget.low' })],
    });
    let state = await agent.resume({ decision: 'approve' });
    // With the budget spent, the next model call is low on budget too: approve it as well.
    for (let round = 0; round < 3 && state.__interrupt__?.length; round++) {
      state = await agent.resume({ decision: 'approve' });
    }
    expect(tools.count('crm_get_customer')).toBe(1);
    const denied = state.messages
      .filter(ToolMessage.isInstance)
      .find((m) => m.tool_call_id === 'b');
    expect(String(denied?.content)).toContain('budget.exhausted');
    expect(String(state.messages.at(-1)?.content)).toMatch(
      /^Run stopped by policy: budget\.exhausted/,
    );
  });

  it('ends the run when the wall-clock budget is spent', async () => {
    const { governor, advance } = await referenceGovernor();
    const slow = tool(
      async () => {
        advance(61_000);
        return 'took a minute';
      },
      { name: 'crm_get_customer', description: 'slow lookup', schema: z.looseObject({}) },
    );
    const model = fakeModel()
      .respondWithTools([{ id: 'a', name: 'crm_get_customer', args: { id: '1' } }])
      .respond(new AIMessage('never reached'));
    const agent = createHarness({
      governor,
      tools: [slow],
      scopes: SCOPES,
      budgets: { wall_ms: 60_000 },
      model,
    });
    const state = await agent.invoke();
    expect(state.messages.filter(ToolMessage.isInstance)[0]?.content).toBe('took a minute');
    expect(String(state.messages.at(-1)?.content)).toMatch(
      /^Run stopped by policy: budget\.exhausted/,
    );
    expect(model.callCount).toBe(1);
  });
});
