import { AIMessage, type BaseMessage, ToolMessage } from '@langchain/core/messages';
import {
  Command,
  END,
  MemorySaver,
  MessagesAnnotation,
  START,
  StateGraph,
} from '@langchain/langgraph';
import { ToolNode, toolsCondition } from '@langchain/langgraph/prebuilt';
import { fakeModel } from 'langchain';
import { describe, expect, it } from 'vitest';
import { referenceGovernor } from './__fixtures__/reference-governor.js';
import { supportTools, TOOL_NAMES } from './__fixtures__/support-tools.js';
import { isApprovalRequest } from './approval-payload.js';
import { governTools } from './govern-tools.js';

async function handBuiltGraph(calls: { id: string; name: string; args: object }[]) {
  const governed = await referenceGovernor();
  const tools = supportTools();
  const model = fakeModel()
    .respondWithTools(calls.map((call) => ({ ...call, args: { ...call.args } })))
    .respond(new AIMessage('done'));
  const governedTools = governTools(tools.tools, {
    governor: governed.governor,
    toolNames: TOOL_NAMES,
    principal: { id: 'user-42', roles: [] },
    scopes: ['tool:payments.refund', 'tool:fs.write', 'fs:write:/workspace/**'],
  });
  const graph = new StateGraph(MessagesAnnotation)
    .addNode('agent', async (state: { messages: BaseMessage[] }) => ({
      messages: [await model.invoke(state.messages)],
    }))
    .addNode('tools', new ToolNode(governedTools))
    .addEdge(START, 'agent')
    .addConditionalEdges('agent', toolsCondition, ['tools', END])
    .addEdge('tools', 'agent')
    .compile({ checkpointer: new MemorySaver() });
  const config = { configurable: { thread_id: crypto.randomUUID() } };
  return { graph, config, tools, governed };
}

function resultOf(messages: BaseMessage[], id: string): ToolMessage | undefined {
  return messages.filter(ToolMessage.isInstance).find((message) => message.tool_call_id === id);
}

describe('governTools for a hand-built StateGraph + ToolNode', () => {
  it('denies a write outside the workspace without running it', async () => {
    const { graph, config, tools } = await handBuiltGraph([
      { id: 'w1', name: 'fs_write', args: { path: '/etc/passwd', content: 'x' } },
    ]);
    const state = await graph.invoke({ messages: [{ role: 'user', content: 'go' }] }, config);
    expect(tools.count('fs_write')).toBe(0);
    expect(String(resultOf(state.messages, 'w1')?.content)).toContain('fs.write_outside_roots');
  });

  it('pauses a refund for approval and runs it once when approved', async () => {
    const { graph, config, tools } = await handBuiltGraph([
      { id: 'r1', name: 'payments_refund', args: { amount: 300 } },
    ]);
    const paused = await graph.invoke({ messages: [{ role: 'user', content: 'go' }] }, config);
    const pending = (paused as { __interrupt__?: { value: unknown }[] }).__interrupt__?.[0];
    expect(isApprovalRequest(pending?.value)).toBe(true);
    expect(tools.count('payments_refund')).toBe(0);
    const done = await graph.invoke(new Command({ resume: { decision: 'approve' } }), config);
    expect(tools.count('payments_refund')).toBe(1);
    expect(resultOf(done.messages, 'r1')?.content).toBe('refunded 300');
  });
});
