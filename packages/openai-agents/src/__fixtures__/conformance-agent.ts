import type {
  AgentFixture,
  ConformanceAgent,
  ConformanceTool,
  RunResult,
  ScriptedTurns,
  ToolResult,
} from '@kitelogik/adapter-conformance';
import {
  Agent,
  type AgentInputItem,
  type RunItem,
  Runner,
  RunState,
  tool,
} from '@openai/agents-core';
import { assistantMessage, functionCall, ScriptedModel } from '@openai/agents-core/testing';
import { governAgent } from '../govern-agent.js';
import type { AnyRunResult } from '../sdk-types.js';
import { subagentTool } from '../subagent-tool.js';

/** Model APIs allow no dots in tool names: `fs.write` is called `fs_write`. */
const frameworkName = (name: string): string => name.replaceAll('.', '_');

const ANY_OBJECT = {
  type: 'object' as const,
  properties: {},
  required: [],
  additionalProperties: true as const,
};

function sdkTool(entry: ConformanceTool) {
  return tool({
    name: frameworkName(entry.name),
    description: entry.description,
    parameters: ANY_OBJECT,
    strict: false,
    // The SDK's default error text leaves the error out; the suite wants the model to read it.
    errorFunction: (_context, error) =>
      `An error occurred while running the tool: ${error instanceof Error ? error.message : String(error)}`,
    execute: (input) => entry.execute(input as Record<string, unknown>),
  });
}

/** A scripted model: each turn's calls, then `done`. A sub-agent call's `task` becomes `input`. */
function scriptedModel(turns: ScriptedTurns, subagentName?: string): ScriptedModel {
  return new ScriptedModel([
    ...turns.map((turn) =>
      turn.map((call) =>
        functionCall(
          frameworkName(call.name),
          call.name === subagentName ? { input: String(call.args.task) } : call.args,
          { callId: call.id },
        ),
      ),
    ),
    [assistantMessage('done')],
  ]);
}

function outputText(output: unknown): string {
  if (typeof output === 'string') return output;
  const text = (output as { text?: unknown } | undefined)?.text;
  return typeof text === 'string' ? text : JSON.stringify(output);
}

const isErrorText = (text: string): boolean => /^(Denied by policy|An error occurred)/.test(text);

/**
 * The conformance initializer: a root agent on a scripted model with the suite's tools (and a
 * sub-agent tool), governed with {@link governAgent}; `resume` restores the run from a
 * serialised `RunState`. Tool results are what the model read: the run's output items, with
 * the results the governed model rewrote (rejections) as the scripted model received them.
 */
export function createConformanceAgent(fixture: AgentFixture): ConformanceAgent {
  const toolNames = Object.fromEntries(fixture.tools.map((t) => [frameworkName(t.name), t.name]));
  const sub = fixture.subagent;
  const model = scriptedModel(fixture.turns, sub?.name);
  const tools = fixture.tools.map(sdkTool);
  const subTools = [];
  if (sub !== undefined) {
    const child = new Agent({ name: sub.name, model: scriptedModel(sub.turns), tools });
    subTools.push(subagentTool(child, { toolName: sub.name, toolDescription: 'a sub-agent' }));
  }
  const agent = new Agent({ name: 'agent', model, tools: [...tools, ...subTools] });
  const session = fixture.governor.session({
    principal: fixture.principal,
    scopes: fixture.scopes,
    budgets: fixture.budgets,
    agent: { name: 'agent' },
  });
  const governed = governAgent(agent, session, {
    toolNames,
    ...(sub === undefined ? {} : { agents: { [sub.name]: { scopes: sub.scopes } } }),
  });
  const runner = new Runner({ tracingDisabled: true });
  const seen = new Map<string, ToolResult>();
  let last: AnyRunResult | undefined;

  const collect = (result: AnyRunResult): RunResult => {
    last = result;
    const record = (callId: string, output: unknown) => {
      const content = outputText(output);
      seen.set(callId, { callId, content, isError: isErrorText(content) });
    };
    for (const item of result.newItems as RunItem[]) {
      if (item.type === 'tool_call_output_item' && item.rawItem.type === 'function_call_result') {
        record(item.rawItem.callId, item.rawItem.output);
      }
    }
    for (const call of model.calls) {
      for (const item of call.request.input as AgentInputItem[]) {
        if (item.type === 'function_call_result' && seen.has(item.callId)) {
          record(item.callId, item.output);
        }
      }
    }
    const pending = result.interruptions.map((item) => ({
      callId: (item.rawItem as { callId: string }).callId,
      name: toolNames[item.name ?? ''] ?? item.name ?? '',
    }));
    const finalText = pending.length === 0 ? String(result.finalOutput ?? '') : undefined;
    return {
      toolResults: [...seen.values()],
      pending,
      ...(finalText === undefined ? {} : { finalText }),
    };
  };

  return {
    run: async () => collect(await runner.run(governed, 'go')),
    resume: async (answers) => {
      if (last === undefined) throw new Error('resume before run');
      const state = await RunState.fromString(governed, last.state.toString());
      for (const item of state.getInterruptions()) {
        const answer = answers[(item.rawItem as { callId: string }).callId];
        if (answer === 'approve') state.approve(item);
        if (answer === 'reject') state.reject(item);
      }
      return collect(await runner.run(governed, state));
    },
  };
}
