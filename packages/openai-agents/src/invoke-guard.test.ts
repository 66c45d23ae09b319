import { Agent, RunContext } from '@openai/agents-core';
import { ScriptedModel } from '@openai/agents-core/testing';
import { describe, expect, it } from 'vitest';
import { referenceHarness, TOOL_NAMES } from './__fixtures__/reference-harness.js';
import { governAgent } from './govern-agent.js';
import type { AnyFunctionTool } from './sdk-types.js';

describe('a governed tool invoked without its guardrail', () => {
  it('runs nothing the policy did not allow', async () => {
    const harness = await referenceHarness({ scopes: [] });
    const agent = new Agent({
      name: 'ops',
      model: new ScriptedModel([]),
      tools: [harness.countingTool('db_drop')],
    });
    const governed = governAgent(agent, harness.session, { toolNames: TOOL_NAMES });
    const drop = governed.tools[0] as AnyFunctionTool;
    const toolCall = {
      type: 'function_call' as const,
      callId: 'd1',
      name: 'db_drop',
      arguments: '{"id":"prod"}',
    };
    const output = await drop.invoke(new RunContext(), '{"id":"prod"}', { toolCall });
    expect(output).toMatch(/^Denied by policy/);
    expect(harness.executions.get('db_drop')).toBeUndefined();
  });
});
