import {
  createGovernor,
  createMemoryAuditSink,
  createPolicyBundle,
  type GovernanceEvent,
  PolicyError,
} from '@kitelogik/core';
import { createScriptedEngine } from '@kitelogik/core/testing';
import { Agent, Runner } from '@openai/agents-core';
import { assistantMessage, functionCall, ScriptedModel } from '@openai/agents-core/testing';
import { describe, expect, it } from 'vitest';
import { governAgent } from './govern-agent.js';

const reason = { code: 'handoff.needs_review', message: 'a supervisor reviews handoffs' };

/** A governor whose policy asks for an approval on every delegation and allows the rest. */
function reviewingGovernor() {
  const audit = createMemoryAuditSink();
  const governor = createGovernor({
    engine: createScriptedEngine((input) =>
      (input as GovernanceEvent).kind === 'agent.delegate'
        ? { effect: 'require_approval', reasons: [reason] }
        : { effect: 'allow', reasons: [] },
    ),
    policies: createPolicyBundle({ modules: [{ path: 'review.rego', source: 'package r' }] }),
    audit,
    framework: 'openai-agents',
  });
  const session = governor.session({
    principal: { id: 'user-1', roles: [] },
    scopes: [],
    budgets: {},
  });
  return { audit, session };
}

function desk(triageModel: ScriptedModel) {
  const billing = new Agent({ name: 'billing', model: new ScriptedModel([]) });
  return new Agent({
    name: 'triage',
    instructions: 'Route requests.',
    model: triageModel,
    handoffs: [billing],
  });
}

describe('refused handoffs', () => {
  it('keeps the current agent and tells it why the handoff was refused', async () => {
    const { session } = reviewingGovernor();
    const model = new ScriptedModel([
      [functionCall('transfer_to_billing', {}, { callId: 'h1' })],
      [assistantMessage('I will handle it myself')],
    ]);
    const runner = new Runner({ tracingDisabled: true });
    const result = await runner.run(governAgent(desk(model), session), 'refund please');
    expect(result.finalOutput).toBe('I will handle it myself');
    expect(result.lastAgent?.name).toBe('triage');
    // Offered (not denied outright), then refused when invoked: the next turn is told why.
    expect(model.calls[0]?.request.handoffs.map((entry) => entry.toolName)).toEqual([
      'transfer_to_billing',
    ]);
    expect(model.calls[1]?.request.systemInstructions).toContain(
      'A handoff to billing was refused by policy (handoff.needs_review',
    );
  });

  it('raises a PolicyError instead with hardDeny', async () => {
    const { session } = reviewingGovernor();
    const model = new ScriptedModel([[functionCall('transfer_to_billing', {}, { callId: 'h1' })]]);
    const runner = new Runner({ tracingDisabled: true });
    const run = runner.run(governAgent(desk(model), session, { hardDeny: true }), 'refund');
    await expect(run).rejects.toSatisfy((error) => PolicyError.isInstance(error));
  });
});
