import {
  type AdapterInitializer,
  type AgentFixture,
  type ConformanceAgent,
  type RunResult,
  type ScriptedTurns,
  specTest,
  type ToolResult,
} from '@kitelogik/adapter-conformance';
import {
  jsonSchema,
  type ModelMessage,
  type Tool,
  ToolLoopAgent,
  type ToolSet,
  tool,
  wrapLanguageModel,
} from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import { type AiSdkGovernance, createAiSdkGovernance } from './create-ai-sdk-governance.js';
import { createSubAgentTool } from './create-sub-agent-tool.js';

// Model providers reject dots in function names; the governance maps them back.
const sdkName = (name: string): string => name.replaceAll('.', '_');

const USAGE = {
  inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 5, text: 5, reasoning: undefined },
};

/** Answers model call i with turn i's tool calls, then `done`. */
function turnModel(turns: ScriptedTurns): MockLanguageModelV4 {
  let index = 0;
  return new MockLanguageModelV4({
    doGenerate: async () => {
      const turn = turns[index++];
      if (turn === undefined) {
        const finishReason = { unified: 'stop' as const, raw: undefined };
        return {
          content: [{ type: 'text', text: 'done' }],
          finishReason,
          usage: USAGE,
          warnings: [],
        };
      }
      const content = turn.map((call) => ({
        type: 'tool-call' as const,
        toolCallId: call.id,
        toolName: sdkName(call.name),
        input: JSON.stringify(call.args),
      }));
      const finishReason = { unified: 'tool-calls' as const, raw: undefined };
      return { content, finishReason, usage: USAGE, warnings: [] };
    },
  });
}

function governedAgent(governance: AiSdkGovernance, turns: ScriptedTurns, tools: ToolSet) {
  const model = turnModel(turns);
  const wrapped = wrapLanguageModel({ model, middleware: governance.middleware });
  return { model, agent: new ToolLoopAgent({ model: wrapped, tools, ...governance.settings }) };
}

type Output = { type: string; value?: unknown; reason?: string };

function toToolResult(callId: string, output: Output): ToolResult {
  const isError = ['error-text', 'error-json', 'execution-denied'].includes(output.type);
  const text = output.type === 'execution-denied' ? output.reason : output.value;
  return { callId, isError, content: typeof text === 'string' ? text : JSON.stringify(text) };
}

function toolResultsIn(messages: readonly { role: string; content: unknown }[]): ToolResult[] {
  const results: ToolResult[] = [];
  for (const message of messages) {
    if (message.role !== 'tool' || !Array.isArray(message.content)) continue;
    for (const part of message.content as { type: string; toolCallId: string; output: Output }[]) {
      if (part.type === 'tool-result') results.push(toToolResult(part.toolCallId, part.output));
    }
  }
  return results;
}

function createAgent(fixture: AgentFixture): ConformanceAgent {
  const names = Object.fromEntries(fixture.tools.map((t) => [sdkName(t.name), t.name]));
  const session = fixture.governor.session({
    principal: fixture.principal,
    scopes: fixture.scopes,
    budgets: fixture.budgets,
  });
  const governance = createAiSdkGovernance({ session, tools: names });
  const tools: Record<string, Tool> = {};
  for (const spec of fixture.tools) {
    tools[sdkName(spec.name)] = tool({
      description: spec.description,
      inputSchema: jsonSchema<Record<string, unknown>>({ type: 'object' }),
      execute: (args) => spec.execute(args),
    });
  }
  const base = { ...tools };
  const sub = fixture.subagent;
  if (sub !== undefined) {
    tools[sdkName(sub.name)] = createSubAgentTool({
      governance,
      name: sdkName(sub.name),
      description: `the ${sub.name} sub-agent`,
      child: { name: sub.name, requested_scopes: sub.scopes },
      createAgent: (setup) => governedAgent(setup.governance, sub.turns, base).agent,
    });
  }
  const { model, agent } = governedAgent(governance, fixture.turns, tools);
  const messages: ModelMessage[] = [{ role: 'user', content: 'go' }];
  let requests: { approvalId: string; callId: string }[] = [];

  const step = async (): Promise<RunResult> => {
    const seenBefore = model.doGenerateCalls.length;
    const result = await agent.generate({ messages });
    requests = result.content.flatMap((part) =>
      part.type === 'tool-approval-request' && part.isAutomatic !== true
        ? [{ approvalId: part.approvalId, callId: part.toolCall.toolCallId }]
        : [],
    );
    messages.push(...result.responseMessages);
    // What the model was told wins over the SDK's record (rejections carry the policy reason).
    const told = new Map(
      model.doGenerateCalls
        .slice(seenBefore)
        .flatMap((call) => toolResultsIn(call.prompt))
        .map((entry) => [entry.callId, entry]),
    );
    const toolResults = toolResultsIn(result.responseMessages).map(
      (entry) => told.get(entry.callId) ?? entry,
    );
    const pending = result.content.flatMap((part) =>
      part.type === 'tool-approval-request' && part.isAutomatic !== true
        ? [{ callId: part.toolCall.toolCallId, name: names[part.toolCall.toolName] ?? '' }]
        : [],
    );
    return pending.length > 0
      ? { toolResults, pending }
      : { toolResults, pending, finalText: result.text };
  };

  return {
    run: step,
    async resume(answers) {
      messages.push({
        role: 'tool',
        content: requests.flatMap(({ approvalId, callId }) => {
          const answer = answers[callId];
          if (answer === undefined) return [];
          return [{ type: 'tool-approval-response', approvalId, approved: answer === 'approve' }];
        }),
      });
      return step();
    },
  };
}

const initializer: AdapterInitializer = { framework: 'ai-sdk', createAgent };

specTest(initializer);
