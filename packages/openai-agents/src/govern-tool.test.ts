import { digestArgs } from '@kitelogik/core';
import { Agent, RunState, ToolCallError } from '@openai/agents-core';
import { assistantMessage, functionCall, ScriptedModel } from '@openai/agents-core/testing';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  decisionRows,
  type Harness,
  referenceHarness,
  resultsSeen,
  TOOL_NAMES,
} from './__fixtures__/reference-harness.js';
import { governAgent } from './govern-agent.js';
import type { GovernAgentOptions } from './govern-options.js';

const refundParameters = z.object({ amount: z.number() });

function triage(harness: Harness, model: ScriptedModel, options: GovernAgentOptions = {}) {
  const agent = new Agent({
    name: 'triage',
    model,
    tools: [
      harness.countingTool('crm_get_customer'),
      harness.countingTool('db_drop'),
      harness.countingTool('payments_refund', refundParameters),
    ],
  });
  return governAgent(agent, harness.session, { toolNames: TOOL_NAMES, ...options });
}

const turn = (name: string, args: Record<string, unknown>, callId: string) =>
  new ScriptedModel([[functionCall(name, args, { callId })], [assistantMessage('done')]]);

describe('tool calls under the reference policies', () => {
  it('runs an allowed call once and audits one allow', async () => {
    const harness = await referenceHarness();
    const model = turn('crm_get_customer', { id: 'C-1' }, 'c1');
    const result = await harness.runner.run(triage(harness, model), 'look up C-1');
    expect(result.finalOutput).toBe('done');
    expect(harness.executions.get('crm_get_customer')).toBe(1);
    expect(resultsSeen(model.calls).get('c1')).toBe('crm_get_customer ok {"id":"C-1"}');
    const rows = decisionRows(harness.audit, 'tool.call');
    expect(rows.map((row) => [row.callId, row.effect, row.event.action])).toMatchObject([
      ['c1', 'allow', { tool: { name: 'crm.get_customer', source: 'native' } }],
    ]);
  });

  it('never runs a denied call and tells the model why', async () => {
    const harness = await referenceHarness();
    const model = turn('db_drop', { id: 'users' }, 'd1');
    const result = await harness.runner.run(triage(harness, model, { checkPlans: false }), 'drop');
    expect(result.finalOutput).toBe('done');
    expect(harness.executions.get('db_drop')).toBeUndefined();
    expect(resultsSeen(model.calls).get('d1')).toMatch(/^Denied by policy: tool\.denied: /);
  });

  it('refuses the whole response first when its plan uses a denied tool', async () => {
    const harness = await referenceHarness();
    const model = new ScriptedModel([
      [
        functionCall('crm_get_customer', { id: 'C-1' }, { callId: 'p1' }),
        functionCall('db_drop', { id: 'users' }, { callId: 'p2' }),
      ],
      [assistantMessage('done')],
    ]);
    await harness.runner.run(triage(harness, model), 'look up and drop');
    expect(harness.executions.size).toBe(0);
    const seen = resultsSeen(model.calls);
    expect(seen.get('p1')).toContain('plan.denied_tool');
    expect(seen.get('p2')).toContain('plan.denied_tool');
    const plans = decisionRows(harness.audit, 'agent.plan');
    expect(plans.map((row) => [row.effect, row.event.action])).toMatchObject([
      ['deny', { step_count: 2, tool_counts: { 'crm.get_customer': 1, 'db.drop': 1 } }],
    ]);
    expect(decisionRows(harness.audit, 'tool.call')).toEqual([]);
  });

  it('raises a ToolCallError instead with hardDeny', async () => {
    const harness = await referenceHarness();
    const model = turn('db_drop', { id: 'users' }, 'd1');
    const run = harness.runner.run(
      triage(harness, model, { hardDeny: true, checkPlans: false }),
      'drop it',
    );
    await expect(run).rejects.toBeInstanceOf(ToolCallError);
    expect(harness.executions.get('db_drop')).toBeUndefined();
  });

  it('pauses a refund for approval and runs it once after an approval on a restored state', async () => {
    const harness = await referenceHarness();
    const model = turn('payments_refund', { amount: 300 }, 'r1');
    const governed = triage(harness, model);
    const paused = await harness.runner.run(governed, 'refund 300');
    expect(paused.interruptions.map((item) => item.name)).toEqual(['payments_refund']);
    expect(harness.executions.get('payments_refund')).toBeUndefined();

    const state = await RunState.fromString(governed, paused.state.toString());
    for (const item of state.getInterruptions()) state.approve(item);
    const result = await harness.runner.run(governed, state);
    expect(result.finalOutput).toBe('done');
    expect(harness.executions.get('payments_refund')).toBe(1);
    const rows = decisionRows(harness.audit, 'tool.call');
    expect(rows.map((row) => [row.callId, row.effect])).toEqual([['r1', 'require_approval']]);
    const approvals = harness.audit.records.filter((record) => record.type === 'approval');
    expect(approvals).toHaveLength(1);
    expect(approvals[0]).toMatchObject({
      call_id: 'r1',
      grant: { decision: 'approved', approver: 'human', argsDigest: digestArgs({ amount: 300 }) },
    });
  });

  it('records a rejection given on the RunState and shows the model the policy reason', async () => {
    const harness = await referenceHarness();
    const model = turn('payments_refund', { amount: 300 }, 'r1');
    const governed = triage(harness, model);
    const paused = await harness.runner.run(governed, 'refund 300');
    const state = await RunState.fromString(governed, paused.state.toString());
    for (const item of state.getInterruptions()) state.reject(item, { message: 'Not today.' });
    const result = await harness.runner.run(governed, state);
    expect(result.finalOutput).toBe('done');
    expect(harness.executions.get('payments_refund')).toBeUndefined();
    expect(resultsSeen(model.calls).get('r1')).toBe(
      'Denied by policy: approval.rejected: rejected by human. Not today.',
    );
    const rows = decisionRows(harness.audit, 'tool.call');
    expect(rows.map((row) => [row.effect, row.codes[0]])).toEqual([
      ['require_approval', 'payments.refund_needs_approval'],
      ['deny', 'approval.rejected'],
    ]);
  });

  it('denies a refund over the limit outright, without asking anyone', async () => {
    const harness = await referenceHarness();
    const model = turn('payments_refund', { amount: 9000 }, 'r2');
    const result = await harness.runner.run(triage(harness, model), 'refund 9000');
    expect(result.interruptions).toEqual([]);
    expect(resultsSeen(model.calls).get('r2')).toContain('payments.refund_over_limit');
  });
});
