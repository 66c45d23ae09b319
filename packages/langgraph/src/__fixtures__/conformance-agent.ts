import type {
  AgentFixture,
  ConformanceAgent,
  ConformanceTool,
  RunResult,
  ScriptedTurns,
} from '@kitelogik/adapter-conformance';
import { AIMessage, type BaseMessage, ToolMessage } from '@langchain/core/messages';
import { type StructuredTool, tool } from '@langchain/core/tools';
import { Command, MemorySaver } from '@langchain/langgraph';
import { createAgent, fakeModel } from 'langchain';
import { z } from 'zod';
import { isApprovalRequest } from '../approval-payload.js';
import { kitelogikMiddleware } from '../kitelogik-middleware.js';
import { subagentTool } from '../subagent-tool.js';

/** A fake model that proposes each turn's calls, then answers `done` (a few times over). */
export function scriptedModel(turns: ScriptedTurns): ReturnType<typeof fakeModel> {
  let model = fakeModel();
  for (const calls of turns) {
    model = model.respondWithTools(calls.map(({ id, name, args }) => ({ id, name, args })));
  }
  for (let i = 0; i < 4; i++) model = model.respond(new AIMessage('done'));
  return model;
}

/** A LangChain tool running a conformance tool. */
export function toLangChainTool(spec: ConformanceTool): StructuredTool {
  return tool(async (args: Record<string, unknown>) => spec.execute(args), {
    name: spec.name,
    description: spec.description,
    schema: z.looseObject({}),
  });
}

function toRunResult(
  result: { messages: BaseMessage[]; __interrupt__?: { id?: string; value?: unknown }[] },
  interruptIds: Map<string, string>,
): RunResult {
  const toolResults = result.messages.filter(ToolMessage.isInstance).map((message) => ({
    callId: message.tool_call_id,
    content:
      typeof message.content === 'string' ? message.content : JSON.stringify(message.content),
    isError: message.status === 'error',
  }));
  const pending = [];
  for (const entry of result.__interrupt__ ?? []) {
    if (!isApprovalRequest(entry.value) || entry.id === undefined) continue;
    const callId = entry.value.callId ?? entry.value.eventId;
    interruptIds.set(callId, entry.id);
    pending.push({ callId, name: entry.value.name });
  }
  const last = result.messages.at(-1);
  const finalText =
    pending.length === 0 && last !== undefined && typeof last.content === 'string'
      ? { finalText: last.content }
      : {};
  return { toolResults, pending, ...finalText };
}

/** Builds the LangGraph agent a conformance fixture describes. */
export function createConformanceAgent(fixture: AgentFixture): ConformanceAgent {
  const tools = fixture.tools.map(toLangChainTool);
  if (fixture.subagent !== undefined) {
    const child = createAgent({
      model: scriptedModel(fixture.subagent.turns),
      tools: fixture.tools.map(toLangChainTool),
      middleware: [
        kitelogikMiddleware({ governor: fixture.governor, agentName: fixture.subagent.name }),
      ],
    });
    const { name, scopes } = fixture.subagent;
    tools.push(subagentTool({ agent: child, name, description: 'a sub-agent', scopes }));
  }
  const agent = createAgent({
    model: scriptedModel(fixture.turns),
    tools,
    middleware: [kitelogikMiddleware({ governor: fixture.governor, budgets: fixture.budgets })],
    checkpointer: new MemorySaver(),
  });
  const config = {
    configurable: { thread_id: `thread-${crypto.randomUUID()}` },
    context: { principal: fixture.principal, scopes: [...fixture.scopes] },
  };
  const interruptIds = new Map<string, string>();
  return {
    async run() {
      const input = { messages: [{ role: 'user', content: 'help the customer' }] };
      return toRunResult(await agent.invoke(input, config), interruptIds);
    },
    async resume(answers) {
      const resume: Record<string, unknown> = {};
      for (const [callId, decision] of Object.entries(answers)) {
        const id = interruptIds.get(callId);
        if (id !== undefined) resume[id] = { decision, approver: 'user:manager' };
      }
      return toRunResult(await agent.invoke(new Command({ resume }), config), interruptIds);
    },
  };
}
