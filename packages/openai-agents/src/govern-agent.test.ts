import { Agent, RunState } from '@openai/agents-core';
import {
  assistantMessage,
  functionCall,
  modelResponder,
  ScriptedModel,
} from '@openai/agents-core/testing';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  decisionRows,
  referenceHarness,
  resultsSeen,
  TOOL_NAMES,
} from './__fixtures__/reference-harness.js';
import { governAgent } from './govern-agent.js';
import { subagentTool } from './subagent-tool.js';

const SCOPES = ['tool:crm.get_customer', 'tool:payments.refund'];

describe('handoffs', () => {
  it('hides a denied handoff and runs the receiving agent in a narrowed delegate session', async () => {
    const harness = await referenceHarness({ scopes: SCOPES });
    const billingModel = new ScriptedModel([
      [functionCall('payments_refund', { amount: 50 }, { callId: 'b1' })],
      [assistantMessage('refunded')],
    ]);
    const billing = new Agent({
      name: 'billing',
      model: billingModel,
      tools: [harness.countingTool('payments_refund', z.object({ amount: z.number() }))],
    });
    const admin = new Agent({ name: 'admin', model: new ScriptedModel([]) });
    const triageModel = new ScriptedModel([
      [functionCall('transfer_to_billing', {}, { callId: 'h1' })],
    ]);
    const triage = new Agent({ name: 'triage', model: triageModel, handoffs: [billing, admin] });
    const governed = governAgent(triage, harness.session, {
      toolNames: TOOL_NAMES,
      agents: {
        billing: { scopes: ['tool:payments.refund'] },
        admin: { scopes: ['tool:db.drop'] },
      },
    });

    const result = await harness.runner.run(governed, 'I want my money back');
    expect(result.finalOutput).toBe('refunded');
    expect(result.lastAgent?.name).toBe('billing');
    const offered = triageModel.calls[0]?.request.handoffs.map((entry) => entry.toolName);
    expect(offered).toEqual(['transfer_to_billing']);
    const delegations = decisionRows(harness.audit, 'agent.delegate');
    expect(delegations.map((row) => [row.event.action, row.effect, row.codes])).toMatchObject([
      [{ child: { name: 'billing' }, mode: 'handoff' }, 'allow', ['delegation.allowed']],
      [{ child: { name: 'admin' } }, 'deny', ['delegation.scope_escalation']],
    ]);
    const [refund] = decisionRows(harness.audit, 'tool.call');
    expect(refund?.effect).toBe('allow');
    expect(refund?.event.agent).toMatchObject({
      name: 'billing',
      depth: 1,
      lineage: ['agt_triage'],
      scopes: ['tool:payments.refund'],
    });
    expect(harness.executions.get('payments_refund')).toBe(1);
  });
});

describe('sub-agents', () => {
  it('spawns an agent tool, governs its calls in the child session and surfaces its approvals', async () => {
    const harness = await referenceHarness({ scopes: SCOPES });
    const researcher = new Agent({
      name: 'researcher',
      model: new ScriptedModel([
        [
          functionCall('crm_get_customer', { id: 'C-1' }, { callId: 'k1' }),
          functionCall('payments_refund', { amount: 300 }, { callId: 'k2' }),
        ],
        [assistantMessage('C-1 refunded')],
      ]),
      tools: [
        harness.countingTool('crm_get_customer'),
        harness.countingTool('payments_refund', z.object({ amount: z.number() })),
      ],
    });
    const triage = new Agent({
      name: 'triage',
      model: new ScriptedModel([
        [functionCall('research', { input: 'refund C-1' }, { callId: 's1' })],
        [assistantMessage('all done')],
      ]),
      tools: [subagentTool(researcher, { toolName: 'research', toolDescription: 'researches' })],
    });
    const governed = governAgent(triage, harness.session, {
      toolNames: TOOL_NAMES,
      agents: { researcher: { scopes: SCOPES } },
    });

    const paused = await harness.runner.run(governed, 'refund C-1');
    expect(paused.interruptions.map((item) => item.name)).toEqual(['payments_refund']);
    expect(harness.executions.get('payments_refund')).toBeUndefined();

    const state = await RunState.fromString(governed, paused.state.toString());
    for (const item of state.getInterruptions()) state.approve(item);
    const result = await harness.runner.run(governed, state);
    expect(result.finalOutput).toBe('all done');
    expect(harness.executions.get('crm_get_customer')).toBe(1);
    expect(harness.executions.get('payments_refund')).toBe(1);

    const [spawn] = decisionRows(harness.audit, 'agent.spawn');
    expect(spawn).toMatchObject({ effect: 'allow', event: { agent: { depth: 0 } } });
    const child = decisionRows(harness.audit, 'tool.call');
    expect(child.map((row) => [row.callId, row.effect, row.event.agent.depth])).toEqual([
      ['k1', 'allow', 1],
      ['k2', 'require_approval', 1],
    ]);
    expect(child[0]?.event.agent.lineage).toEqual(['agt_triage']);
    const approvals = harness.audit.records.filter((record) => record.type === 'approval');
    expect(approvals).toMatchObject([{ call_id: 'k2', grant: { decision: 'approved' } }]);
  });

  it('never runs a sub-agent that asks for more than its parent holds', async () => {
    const harness = await referenceHarness({ scopes: ['tool:crm.get_customer'] });
    const researcherModel = new ScriptedModel([]);
    const researcher = new Agent({ name: 'researcher', model: researcherModel });
    const triageModel = new ScriptedModel([
      [functionCall('research', { input: 'refund C-1' }, { callId: 's1' })],
      [assistantMessage('gave up')],
    ]);
    const triage = new Agent({
      name: 'triage',
      model: triageModel,
      tools: [subagentTool(researcher, { toolName: 'research', toolDescription: 'researches' })],
    });
    const governed = governAgent(triage, harness.session, {
      agents: { researcher: { scopes: ['tool:payments.refund'] } },
    });
    const result = await harness.runner.run(governed, 'refund C-1');
    expect(result.finalOutput).toBe('gave up');
    expect(researcherModel.calls).toHaveLength(0);
    expect(decisionRows(harness.audit, 'agent.spawn').map((row) => row.codes)).toEqual([
      ['delegation.scope_escalation'],
    ]);
  });

  it('returns the budget slice of a finished sub-agent, and offering a handoff holds none', async () => {
    const harness = await referenceHarness({ scopes: SCOPES, budgets: { tokens: 4000 } });
    const researcher = new Agent({
      name: 'researcher',
      model: new ScriptedModel([
        [assistantMessage('C-1 is a premium customer')],
        [assistantMessage('still premium')],
      ]),
    });
    const billing = new Agent({ name: 'billing', model: new ScriptedModel([]) });
    const triageModel = new ScriptedModel([
      [functionCall('research', { input: 'who is C-1?' }, { callId: 's1' })],
      [functionCall('research', { input: 'and again?' }, { callId: 's2' })],
      [assistantMessage('done')],
    ]);
    const triage = new Agent({
      name: 'triage',
      model: triageModel,
      tools: [subagentTool(researcher, { toolName: 'research', toolDescription: 'researches' })],
      handoffs: [billing],
    });
    const governed = governAgent(triage, harness.session, {
      agents: { researcher: { scopes: [] }, billing: { scopes: [] } },
    });
    const result = await harness.runner.run(governed, 'who is C-1?');
    // Without the slice coming back, the parent's later model calls would find no tokens left.
    expect(result.finalOutput).toBe('done');
    expect(triageModel.calls).toHaveLength(3);
    const denied = decisionRows(harness.audit).filter((row) => row.effect !== 'allow');
    expect(denied.map((row) => [row.kind, row.codes])).toEqual([]);
  });

  it('governs a plain asTool tool: spawn, child-session calls, an approval resumed from a RunState', async () => {
    const harness = await referenceHarness({ scopes: SCOPES });
    const researcherModel = new ScriptedModel([
      [
        functionCall('crm_get_customer', { id: 'C-1' }, { callId: 'k1' }),
        functionCall('payments_refund', { amount: 300 }, { callId: 'k2' }),
      ],
      [assistantMessage('C-1 refunded')],
    ]);
    const researcher = new Agent({
      name: 'researcher',
      model: researcherModel,
      tools: [
        harness.countingTool('crm_get_customer'),
        harness.countingTool('payments_refund', z.object({ amount: z.number() })),
      ],
    });
    const plain = researcher.asTool({
      toolName: 'research',
      toolDescription: 'researches',
      customOutputExtractor: (run) =>
        run.interruptions.length > 0 ? '' : `extracted: ${String(run.finalOutput)}`,
    });
    const triageModel = new ScriptedModel([
      [functionCall('research', { input: 'refund C-1' }, { callId: 's1' })],
      [assistantMessage('all done')],
    ]);
    const triage = new Agent({ name: 'triage', model: triageModel, tools: [plain] });
    const governed = governAgent(triage, harness.session, {
      toolNames: TOOL_NAMES,
      agents: { researcher: { scopes: SCOPES } },
    });

    const paused = await harness.runner.run(governed, 'refund C-1');
    expect(paused.interruptions.map((item) => item.name)).toEqual(['payments_refund']);
    expect(harness.executions.get('payments_refund')).toBeUndefined();

    const state = await RunState.fromString(governed, paused.state.toString());
    for (const item of state.getInterruptions()) state.approve(item);
    const result = await harness.runner.run(governed, state);
    expect(result.finalOutput).toBe('all done');
    expect(harness.executions.get('crm_get_customer')).toBe(1);
    expect(harness.executions.get('payments_refund')).toBe(1);
    // The application's options still apply: the model reads its extractor's output.
    expect(resultsSeen(triageModel.calls).get('s1')).toBe('extracted: C-1 refunded');

    const [spawn] = decisionRows(harness.audit, 'agent.spawn');
    expect(spawn).toMatchObject({ effect: 'allow', event: { agent: { depth: 0 } } });
    const child = decisionRows(harness.audit, 'tool.call');
    expect(child.map((row) => [row.callId, row.effect, row.event.agent.depth])).toEqual([
      ['k1', 'allow', 1],
      ['k2', 'require_approval', 1],
    ]);
    const approvals = harness.audit.records.filter((record) => record.type === 'approval');
    expect(approvals).toMatchObject([{ call_id: 'k2', grant: { decision: 'approved' } }]);
    // The application's agent and tool are as they were, and run ungoverned outside `governed`.
    expect(researcher.tools.map((entry) => entry.name)).toEqual([
      'crm_get_customer',
      'payments_refund',
    ]);
    expect(triage.tools[0]).toBe(plain);
  });

  it('never runs the agent of a plain asTool tool when its spawn is denied; the model reads why', async () => {
    const harness = await referenceHarness({ scopes: ['tool:crm.get_customer'] });
    const researcherModel = new ScriptedModel([]);
    const researcher = new Agent({ name: 'researcher', model: researcherModel });
    const triageModel = new ScriptedModel([
      [functionCall('research', { input: 'refund C-1' }, { callId: 's1' })],
      [assistantMessage('gave up')],
    ]);
    const triage = new Agent({
      name: 'triage',
      model: triageModel,
      tools: [researcher.asTool({ toolName: 'research', toolDescription: 'researches' })],
    });
    const governed = governAgent(triage, harness.session, {
      agents: { researcher: { scopes: ['tool:payments.refund'] } },
    });
    const result = await harness.runner.run(governed, 'refund C-1');
    expect(result.finalOutput).toBe('gave up');
    expect(researcherModel.calls).toHaveLength(0);
    expect(resultsSeen(triageModel.calls).get('s1')).toMatch(/delegation\.scope_escalation/);
    expect(decisionRows(harness.audit, 'agent.spawn').map((row) => row.codes)).toEqual([
      ['delegation.scope_escalation'],
    ]);
  });

  it('holds the nested agent of a plain asTool tool to its narrowed scopes and governs its model', async () => {
    const harness = await referenceHarness({ scopes: SCOPES });
    const researcher = new Agent({
      name: 'researcher',
      model: new ScriptedModel([
        [functionCall('payments_refund', { amount: 5 }, { callId: 'k1' })],
        [assistantMessage('could not refund')],
        [functionCall('payments_refund', { amount: 5 }, { callId: 'k2' })],
        [assistantMessage('refunded directly')],
      ]),
      tools: [harness.countingTool('payments_refund', z.object({ amount: z.number() }))],
    });
    const triage = new Agent({
      name: 'triage',
      model: new ScriptedModel([
        [functionCall('research', { input: 'refund 5' }, { callId: 's1' })],
        [assistantMessage('done')],
      ]),
      tools: [researcher.asTool({ toolName: 'research', toolDescription: 'researches' })],
    });
    const governed = governAgent(triage, harness.session, {
      toolNames: TOOL_NAMES,
      agents: { researcher: { scopes: ['tool:crm.get_customer'] } },
    });
    const result = await harness.runner.run(governed, 'refund 5');
    expect(result.finalOutput).toBe('done');
    const [refund] = decisionRows(harness.audit, 'tool.call');
    expect(refund).toMatchObject({ callId: 'k1', effect: 'deny', codes: ['tool.out_of_scope'] });
    expect(refund?.event.agent).toMatchObject({ name: 'researcher', depth: 1 });
    expect(harness.executions.get('payments_refund')).toBeUndefined();
    const models = decisionRows(harness.audit, 'model.call');
    expect(models.map((row) => [row.event.agent.name, row.effect])).toEqual([
      ['triage', 'allow'],
      ['researcher', 'allow'],
      ['researcher', 'allow'],
      ['triage', 'allow'],
    ]);

    // Run on its own, the application's agent is as ungoverned as before.
    const decided = harness.audit.records.length;
    const direct = await harness.runner.run(researcher, 'refund 5');
    expect(direct.finalOutput).toBe('refunded directly');
    expect(harness.executions.get('payments_refund')).toBe(1);
    expect(harness.audit.records).toHaveLength(decided);
  });

  it('governs plain asTool tools nested two deep and resumes an approval raised in the deepest', async () => {
    const harness = await referenceHarness({ scopes: SCOPES });
    const clerk = new Agent({
      name: 'clerk',
      model: new ScriptedModel([
        [functionCall('payments_refund', { amount: 300 }, { callId: 'k1' })],
        [assistantMessage('clerk refunded')],
      ]),
      tools: [harness.countingTool('payments_refund', z.object({ amount: z.number() }))],
    });
    const researcher = new Agent({
      name: 'researcher',
      model: new ScriptedModel([
        [functionCall('ask_clerk', { input: 'refund' }, { callId: 'r1' })],
        [assistantMessage('researcher done')],
      ]),
      tools: [clerk.asTool({ toolName: 'ask_clerk', toolDescription: 'asks the clerk' })],
    });
    const triage = new Agent({
      name: 'triage',
      model: new ScriptedModel([
        [functionCall('research', { input: 'refund C-1' }, { callId: 's1' })],
        [assistantMessage('all done')],
      ]),
      tools: [researcher.asTool({ toolName: 'research', toolDescription: 'researches' })],
    });
    const governed = governAgent(triage, harness.session, {
      toolNames: TOOL_NAMES,
      agents: { researcher: { scopes: SCOPES }, clerk: { scopes: ['tool:payments.refund'] } },
    });

    const paused = await harness.runner.run(governed, 'refund C-1');
    expect(paused.interruptions.map((item) => [item.name, item.agent.name])).toEqual([
      ['payments_refund', 'clerk'],
    ]);
    const state = await RunState.fromString(governed, paused.state.toString());
    for (const item of state.getInterruptions()) state.approve(item);
    const result = await harness.runner.run(governed, state);
    expect(result.finalOutput).toBe('all done');
    expect(harness.executions.get('payments_refund')).toBe(1);
    expect(decisionRows(harness.audit, 'agent.spawn').map((row) => row.event.agent.name)).toEqual([
      'triage',
      'researcher',
    ]);
    const [refund] = decisionRows(harness.audit, 'tool.call');
    expect(refund).toMatchObject({ callId: 'k1', effect: 'require_approval' });
    expect(refund?.event.agent).toMatchObject({ name: 'clerk', depth: 2 });
  });

  it('governs the handoffs of the agent behind a plain asTool tool, in its child session', async () => {
    const harness = await referenceHarness({ scopes: SCOPES });
    const billing = new Agent({
      name: 'billing',
      model: new ScriptedModel([
        [functionCall('payments_refund', { amount: 5 }, { callId: 'b1' })],
        [assistantMessage('billing refunded')],
      ]),
      tools: [harness.countingTool('payments_refund', z.object({ amount: z.number() }))],
    });
    const admin = new Agent({ name: 'admin', model: new ScriptedModel([]) });
    const researcherModel = new ScriptedModel([
      [functionCall('transfer_to_billing', {}, { callId: 'h1' })],
    ]);
    const researcher = new Agent({
      name: 'researcher',
      model: researcherModel,
      handoffs: [billing, admin],
    });
    const triage = new Agent({
      name: 'triage',
      model: new ScriptedModel([
        [functionCall('research', { input: 'refund 5' }, { callId: 's1' })],
        [assistantMessage('done')],
      ]),
      tools: [researcher.asTool({ toolName: 'research', toolDescription: 'researches' })],
    });
    const governed = governAgent(triage, harness.session, {
      toolNames: TOOL_NAMES,
      agents: {
        researcher: { scopes: SCOPES },
        billing: { scopes: ['tool:payments.refund'] },
        admin: { scopes: ['tool:db.drop'] },
      },
    });
    const result = await harness.runner.run(governed, 'refund 5');
    expect(result.finalOutput).toBe('done');
    const offered = researcherModel.calls[0]?.request.handoffs.map((entry) => entry.toolName);
    expect(offered).toEqual(['transfer_to_billing']);
    const delegations = decisionRows(harness.audit, 'agent.delegate');
    expect(delegations.map((row) => [row.event.agent.depth, row.effect])).toEqual([
      [1, 'allow'],
      [1, 'deny'],
    ]);
    const [refund] = decisionRows(harness.audit, 'tool.call');
    expect(refund).toMatchObject({ callId: 'b1', effect: 'allow' });
    expect(refund?.event.agent).toMatchObject({ name: 'billing', depth: 2 });
    expect(harness.executions.get('payments_refund')).toBe(1);
  });

  it('runs parallel calls of one plain asTool tool each as its own child agent', async () => {
    const harness = await referenceHarness({ scopes: SCOPES });
    // Both nested runs share the model, so each answer is derived from the request it gets.
    const lookupOrAnswer = modelResponder((call) => {
      const input = JSON.stringify(call.request.input);
      const id = input.includes('C-2') ? 'C-2' : 'C-1';
      return input.includes('function_call_result')
        ? [assistantMessage(`${id} found`)]
        : [functionCall('crm_get_customer', { id }, { callId: `k-${id}` })];
    });
    const researcher = new Agent({
      name: 'researcher',
      model: new ScriptedModel([lookupOrAnswer, lookupOrAnswer, lookupOrAnswer, lookupOrAnswer]),
      tools: [harness.countingTool('crm_get_customer')],
    });
    const triage = new Agent({
      name: 'triage',
      model: new ScriptedModel([
        [
          functionCall('research', { input: 'look up C-1' }, { callId: 's1' }),
          functionCall('research', { input: 'look up C-2' }, { callId: 's2' }),
        ],
        [assistantMessage('both found')],
      ]),
      tools: [researcher.asTool({ toolName: 'research', toolDescription: 'researches' })],
    });
    const governed = governAgent(triage, harness.session, {
      toolNames: TOOL_NAMES,
      agents: { researcher: { scopes: ['tool:crm.get_customer'] } },
    });
    const result = await harness.runner.run(governed, 'look up C-1 and C-2');
    expect(result.finalOutput).toBe('both found');
    expect(harness.executions.get('crm_get_customer')).toBe(2);
    const calls = decisionRows(harness.audit, 'tool.call');
    const agentOf = (callId: string) => calls.find((row) => row.callId === callId)?.event.agent.id;
    expect(calls.map((row) => [row.effect, row.event.agent.depth])).toEqual([
      ['allow', 1],
      ['allow', 1],
    ]);
    expect(agentOf('k-C-1')).toBeDefined();
    expect(agentOf('k-C-1')).not.toBe(agentOf('k-C-2'));
    expect(agentOf('k-C-1')).not.toBe('agt_triage');
  });

  it('governs a plain asTool tool in a streamed run, and its onStream option still streams', async () => {
    const harness = await referenceHarness();
    const researcher = new Agent({
      name: 'researcher',
      model: new ScriptedModel([
        [functionCall('crm_get_customer', { id: 'C-1' }, { callId: 'k1' })],
        [assistantMessage('found')],
      ]),
      tools: [harness.countingTool('crm_get_customer')],
    });
    const streamed: string[] = [];
    const triage = new Agent({
      name: 'triage',
      model: new ScriptedModel([
        [functionCall('research', { input: 'who is C-1?' }, { callId: 's1' })],
        [assistantMessage('done')],
      ]),
      tools: [
        researcher.asTool({
          toolName: 'research',
          toolDescription: 'researches',
          onStream: ({ event }) => {
            streamed.push(event.type);
          },
        }),
      ],
    });
    const governed = governAgent(triage, harness.session, {
      toolNames: TOOL_NAMES,
      agents: { researcher: { scopes: ['tool:crm.get_customer'] } },
    });
    const stream = await harness.runner.run(governed, 'who is C-1?', { stream: true });
    for await (const _event of stream) {
      // Drained for its side effects.
    }
    await stream.completed;
    expect(stream.finalOutput).toBe('done');
    expect(streamed.length).toBeGreaterThan(0);
    const rows = decisionRows(harness.audit).filter((row) => row.kind !== 'model.call');
    expect(rows.map((row) => [row.kind, row.effect, row.event.agent.depth])).toEqual([
      ['agent.spawn', 'allow', 0],
      ['agent.plan', 'allow', 1],
      ['tool.call', 'allow', 1],
    ]);
  });

  it('refuses an agent tool whose agent the SDK does not link to it (a spread copy)', async () => {
    const harness = await referenceHarness();
    const researcher = new Agent({ name: 'researcher', model: new ScriptedModel([]) });
    const copy = { ...researcher.asTool({ toolName: 'research', toolDescription: 'researches' }) };
    const triage = new Agent({ name: 'triage', model: new ScriptedModel([]), tools: [copy] });
    expect(() => governAgent(triage, harness.session)).toThrow(/subagentTool/);
  });
});
