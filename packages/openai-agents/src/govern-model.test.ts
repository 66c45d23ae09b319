import { PolicyConfigError } from '@kitelogik/core';
import { Agent, type MCPServer, type ModelResponse, Usage } from '@openai/agents-core';
import { assistantMessage, functionCall, ScriptedModel } from '@openai/agents-core/testing';
import { describe, expect, it } from 'vitest';
import { decisionRows, referenceHarness, TOOL_NAMES } from './__fixtures__/reference-harness.js';
import { governAgent } from './govern-agent.js';

/** A complete scripted response that reports its token usage. */
function withUsage(output: ModelResponse['output'], totalTokens: number): ModelResponse {
  return { output, usage: new Usage({ requests: 1, inputTokens: totalTokens, totalTokens }) };
}

const lookup = (callId: string) => [functionCall('crm_get_customer', { id: callId }, { callId })];

describe('model calls and budgets', () => {
  it('decides each model call and commits the tokens it used', async () => {
    const harness = await referenceHarness();
    const model = new ScriptedModel([
      withUsage(lookup('c1'), 70),
      withUsage([assistantMessage('done')], 30),
    ]);
    const agent = new Agent({
      name: 'triage',
      model,
      tools: [harness.countingTool('crm_get_customer')],
    });
    const result = await harness.runner.run(
      governAgent(agent, harness.session, { toolNames: TOOL_NAMES }),
      'go',
    );
    expect(result.finalOutput).toBe('done');
    const calls = decisionRows(harness.audit, 'model.call');
    expect(calls.map((row) => [row.effect, (row.event.action as { model: string }).model])).toEqual(
      [
        ['allow', 'ScriptedModel'],
        ['allow', 'ScriptedModel'],
      ],
    );
    const committed = harness.audit.records
      .filter((record) => record.type === 'budget' && record.status === 'committed')
      .map((record) => (record as { actual?: { tokens?: number } }).actual?.tokens);
    expect(committed).toEqual([70, undefined, 30]);
  });

  it('stops the run cleanly, without calling the model, once the token budget is exhausted', async () => {
    const harness = await referenceHarness({ budgets: { tokens: 1000 } });
    const model = new ScriptedModel([
      withUsage(lookup('c1'), 600),
      withUsage(lookup('c2'), 600),
      withUsage([assistantMessage('never reached')], 10),
    ]);
    const agent = new Agent({
      name: 'triage',
      model,
      tools: [harness.countingTool('crm_get_customer')],
    });
    const result = await harness.runner.run(
      governAgent(agent, harness.session, { toolNames: TOOL_NAMES }),
      'go',
    );
    expect(result.finalOutput).toMatch(/^Run stopped by policy: budget\.exhausted: /);
    expect(model.calls).toHaveLength(2);
    // The second response spent past the limit: its plan is refused by the budget policy.
    expect(harness.executions.get('crm_get_customer')).toBe(1);
    // The refused plan ended the run: the third model call is answered without a decision.
    expect(decisionRows(harness.audit, 'model.call').map((row) => row.effect)).toEqual([
      'allow',
      'allow',
    ]);
    const plans = decisionRows(harness.audit, 'agent.plan');
    expect(plans.map((row) => [row.effect, row.codes])).toEqual([
      ['allow', ['plan.allowed']],
      ['deny', ['budget.exhausted']],
    ]);
  });

  it('governs a streamed run the same way', async () => {
    const harness = await referenceHarness({ budgets: { tokens: 1000 } });
    const model = new ScriptedModel([
      withUsage(lookup('c1'), 600),
      withUsage(lookup('c2'), 600),
      withUsage([assistantMessage('never reached')], 10),
    ]);
    const agent = new Agent({
      name: 'triage',
      model,
      tools: [harness.countingTool('crm_get_customer')],
    });
    const governed = governAgent(agent, harness.session, { toolNames: TOOL_NAMES });
    const stream = await harness.runner.run(governed, 'go', { stream: true });
    for await (const _event of stream) {
      // drain
    }
    await stream.completed;
    expect(stream.finalOutput).toMatch(/^Run stopped by policy: budget\.exhausted: /);
    expect(harness.executions.get('crm_get_customer')).toBe(1);
    expect(model.calls.map((call) => call.streamed)).toEqual([true, true]);
  });

  it('stops a run whose session was revoked', async () => {
    const harness = await referenceHarness();
    const model = new ScriptedModel([[assistantMessage('never')]]);
    await harness.session.revoke();
    const governed = governAgent(new Agent({ name: 'triage', model }), harness.session);
    const result = await harness.runner.run(governed, 'go');
    expect(result.finalOutput).toMatch(/^Run stopped by policy: session\.revoked: /);
    expect(model.calls).toHaveLength(0);
  });

  it('refuses an agent whose model is a name unless a provider is given', async () => {
    const harness = await referenceHarness();
    const agent = new Agent({ name: 'triage', model: 'gpt-5.1' });
    expect(() => governAgent(agent, harness.session)).toThrow(PolicyConfigError);
    const scripted = new ScriptedModel([[assistantMessage('hi')]]);
    const asked: (string | undefined)[] = [];
    const modelProvider = {
      getModel: (name?: string) => {
        asked.push(name);
        return scripted;
      },
    };
    const governed = governAgent(agent, harness.session, { modelProvider });
    expect((await harness.runner.run(governed, 'go')).finalOutput).toBe('hi');
    expect(asked).toEqual(['gpt-5.1']);
    expect(decisionRows(harness.audit, 'model.call')[0]?.event.action).toMatchObject({
      model: 'gpt-5.1',
    });
  });
});

describe('MCP tools', () => {
  it('governs the tools of an MCP server as mcp tool calls', async () => {
    const harness = await referenceHarness({ scopes: ['tool:search.web'] });
    const received: unknown[] = [];
    const server: MCPServer = {
      name: 'search',
      cacheToolsList: false,
      connect: async () => {},
      close: async () => {},
      invalidateToolsCache: async () => {},
      listTools: async () => [
        {
          name: 'search_web',
          description: 'searches the web',
          inputSchema: {
            type: 'object',
            properties: { q: { type: 'string' } },
            required: ['q'],
            additionalProperties: false,
          },
        },
        {
          name: 'db_drop',
          description: 'drops a table',
          inputSchema: {
            type: 'object',
            properties: {},
            required: [],
            additionalProperties: false,
          },
        },
      ],
      callTool: async (_name, args) => {
        received.push(args);
        return [{ type: 'text', text: 'three results' }];
      },
    };
    const model = new ScriptedModel([
      [functionCall('search_web', { q: 'rego' }, { callId: 'm1' })],
      [functionCall('db_drop', {}, { callId: 'm2' })],
      [assistantMessage('done')],
    ]);
    const agent = new Agent({ name: 'triage', model, mcpServers: [server] });
    const governed = governAgent(agent, harness.session, {
      toolNames: TOOL_NAMES,
      checkPlans: false,
    });
    const result = await harness.runner.run(governed, 'search');
    expect(result.finalOutput).toBe('done');
    expect(received).toEqual([{ q: 'rego' }]);
    const rows = decisionRows(harness.audit, 'tool.call');
    expect(rows.map((row) => [row.callId, row.effect, row.event.action])).toMatchObject([
      ['m1', 'allow', { tool: { name: 'search.web', source: 'mcp' } }],
      ['m2', 'deny', { tool: { name: 'db.drop', source: 'mcp' } }],
    ]);
  });
});
