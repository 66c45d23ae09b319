import { AIMessage, ToolMessage } from '@langchain/core/messages';
import { tool } from '@langchain/core/tools';
import { Command } from '@langchain/langgraph';
import { createAgent, fakeModel } from 'langchain';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createHarness, type RunState } from './__fixtures__/harness.js';
import { referenceGovernor } from './__fixtures__/reference-governor.js';
import { supportTools, TOOL_NAMES } from './__fixtures__/support-tools.js';
import { kitelogikMiddleware } from './kitelogik-middleware.js';
import { subagentTool } from './subagent-tool.js';

type Governed = Awaited<ReturnType<typeof referenceGovernor>>;

function childAgent(governed: Governed, calls: { id: string; name: string; args: object }[]) {
  const tools = supportTools();
  const model = fakeModel()
    .respondWithTools(calls.map((call) => ({ ...call, args: { ...call.args } })))
    .respond(new AIMessage('child done'));
  const agent = createAgent({
    model,
    tools: tools.tools,
    middleware: [
      kitelogikMiddleware({
        governor: governed.governor,
        agentName: 'billing',
        toolNames: TOOL_NAMES,
      }),
    ],
  });
  return { agent, tools, model };
}

function spawnTurn() {
  return fakeModel()
    .respondWithTools([{ id: 's1', name: 'billing', args: { task: 'refund order 7' } }])
    .respond(new AIMessage('parent done'));
}

function toolResult(state: RunState, id: string): ToolMessage | undefined {
  return state.messages.filter(ToolMessage.isInstance).find((m) => m.tool_call_id === id);
}

function decisions(governed: Governed, kind: string) {
  return governed.audit.records.filter(
    (record) => record.type === 'decision' && (record.event as { kind: string }).kind === kind,
  ) as unknown as { event: { agent: { depth: number; lineage: string[]; scopes: string[] } } }[];
}

describe('sub-agents', () => {
  it('never lets a child use a scope its parent lacks: the spawn is denied', async () => {
    const governed = await referenceGovernor();
    const child = childAgent(governed, [
      { id: 'k1', name: 'payments_refund', args: { amount: 10 } },
    ]);
    const billing = subagentTool({
      agent: child.agent,
      name: 'billing',
      description: 'refunds',
      scopes: ['tool:payments.refund'],
    });
    const parent = createHarness({
      governor: governed.governor,
      tools: [billing],
      scopes: ['tool:crm.get_customer'],
      model: spawnTurn(),
    });
    const state = await parent.invoke();
    expect(String(toolResult(state, 's1')?.content)).toContain('delegation.scope_escalation');
    expect(child.model.callCount).toBe(0);
    expect(child.tools.count('payments_refund')).toBe(0);
  });

  it('runs an allowed child at depth 1 with only the scopes it asked for', async () => {
    const governed = await referenceGovernor();
    const child = childAgent(governed, [
      { id: 'k1', name: 'crm_get_customer', args: { id: 'C-7' } },
      { id: 'k2', name: 'payments_refund', args: { amount: 10 } },
    ]);
    const billing = subagentTool({
      agent: child.agent,
      name: 'billing',
      description: 'lookups',
      scopes: ['tool:crm.get_customer'],
      budget: { tool_calls: 5 },
    });
    const parent = createHarness({
      governor: governed.governor,
      tools: [billing],
      scopes: ['tool:crm.get_customer', 'tool:payments.refund'],
      model: spawnTurn(),
    });
    const state = await parent.invoke();
    expect(toolResult(state, 's1')?.content).toBe('child done');
    expect(child.tools.count('crm_get_customer')).toBe(1);
    expect(child.tools.count('payments_refund')).toBe(0);
    const childCalls = decisions(governed, 'tool.call').filter((r) => r.event.agent.depth === 1);
    expect(childCalls).toHaveLength(2);
    expect(childCalls[0]?.event.agent.scopes).toEqual(['tool:crm.get_customer']);
    expect(childCalls[0]?.event.agent.lineage).toEqual(['agt_support']);
  });

  it('surfaces an approval inside the child in the parent and resumes the child', async () => {
    const governed = await referenceGovernor();
    const child = childAgent(governed, [
      { id: 'k1', name: 'payments_refund', args: { amount: 300 } },
    ]);
    const billing = subagentTool({
      agent: child.agent,
      name: 'billing',
      description: 'refunds',
      scopes: ['tool:payments.refund'],
    });
    const parent = createHarness({
      governor: governed.governor,
      tools: [billing],
      scopes: ['tool:payments.refund'],
      model: spawnTurn(),
    });
    const paused = await parent.invoke();
    expect(paused.__interrupt__?.[0]?.value).toMatchObject({
      callId: 'k1',
      name: 'payments_refund',
    });
    expect(child.tools.count('payments_refund')).toBe(0);
    const done = await parent.resume({ decision: 'approve' });
    expect(child.tools.count('payments_refund')).toBe(1);
    expect(toolResult(done, 's1')?.content).toBe('child done');
    expect(decisions(governed, 'agent.spawn')).toHaveLength(1);
  });

  it('refuses to run a sub-agent tool outside a governed spawn', async () => {
    const governed = await referenceGovernor();
    const child = childAgent(governed, []);
    const billing = subagentTool({
      agent: child.agent,
      name: 'billing',
      description: 'x',
      scopes: [],
    });
    await expect(billing.invoke({ task: 'anything' })).rejects.toThrow(/governed spawn/);
    expect(child.model.callCount).toBe(0);
  });
});

describe('handoffs', () => {
  const handoff = tool(async () => new Command({ goto: 'billing', graph: Command.PARENT }), {
    name: 'transfer_to_billing',
    description: 'hand the customer to billing',
    schema: z.object({}),
  });

  it('decides a declared handoff as agent.delegate before it runs', async () => {
    const governed = await referenceGovernor();
    const model = fakeModel()
      .respondWithTools([{ id: 'h1', name: 'transfer_to_billing', args: {} }])
      .respond(new AIMessage('staying'));
    const agent = createHarness({
      governor: governed.governor,
      tools: [handoff],
      scopes: ['tool:crm.get_customer'],
      model,
      middleware: {
        handoffs: { transfer_to_billing: { agent: 'billing', scopes: ['tool:payments.refund'] } },
      },
    });
    const state = await agent.invoke();
    expect(String(toolResult(state, 'h1')?.content)).toContain('delegation.scope_escalation');
    expect(decisions(governed, 'agent.delegate')).toHaveLength(1);
    expect(state.messages.at(-1)?.content).toBe('staying');
  });
});
