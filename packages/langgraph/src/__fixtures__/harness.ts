import type { BudgetLimits, Governor } from '@kitelogik/core';
import { AIMessage, type BaseMessage } from '@langchain/core/messages';
import type { StructuredTool } from '@langchain/core/tools';
import { Command, MemorySaver } from '@langchain/langgraph';
import { type AgentMiddleware, createAgent, type fakeModel } from 'langchain';
import { isApprovalRequest } from '../approval-payload.js';
import { kitelogikMiddleware } from '../kitelogik-middleware.js';
import type { KitelogikMiddlewareOptions } from '../middleware-options.js';
import { TOOL_NAMES } from './support-tools.js';

/** What an agent run returned, with its interrupts. */
export interface RunState {
  readonly messages: BaseMessage[];
  readonly __interrupt__?: { id?: string; value?: unknown }[];
}

/** A governed agent on a thread, driven the way an application would. */
export interface Harness {
  invoke(text?: string): Promise<RunState>;
  /** Answers every pending approval with `answer` (or per call id). */
  resume(answer: unknown | ((callId: string | undefined) => unknown)): Promise<RunState>;
  readonly middleware: AgentMiddleware;
}

/** What {@link createHarness} builds an agent from. */
export interface HarnessOptions {
  readonly governor: Governor;
  readonly model: ReturnType<typeof fakeModel>;
  readonly tools: StructuredTool[];
  readonly scopes: readonly string[];
  readonly budgets?: BudgetLimits;
  readonly dataLabels?: readonly string[];
  readonly middleware?: Partial<KitelogikMiddlewareOptions>;
}

/** Builds a governed createAgent agent with a checkpointer, one thread and a principal. */
export function createHarness(options: HarnessOptions): Harness {
  const middleware = kitelogikMiddleware({
    governor: options.governor,
    agentName: 'support',
    toolNames: TOOL_NAMES,
    ...(options.budgets ? { budgets: options.budgets } : {}),
    ...options.middleware,
  });
  const agent = createAgent({
    model: options.model,
    tools: options.tools,
    middleware: [middleware],
    checkpointer: new MemorySaver(),
  });
  const config = {
    configurable: { thread_id: `thread-${crypto.randomUUID()}` },
    context: {
      principal: { id: 'user-42', roles: ['support_agent'], tenant: 'acme' },
      scopes: [...options.scopes],
      ...(options.dataLabels ? { dataLabels: [...options.dataLabels] } : {}),
    },
  };
  let last: RunState = { messages: [] };
  return {
    middleware,
    async invoke(text = 'help the customer') {
      last = await agent.invoke({ messages: [{ role: 'user', content: text }] }, config);
      return last;
    },
    async resume(answer) {
      const resume: Record<string, unknown> = {};
      for (const entry of last.__interrupt__ ?? []) {
        if (entry.id === undefined || !isApprovalRequest(entry.value)) continue;
        resume[entry.id] = typeof answer === 'function' ? answer(entry.value.callId) : answer;
      }
      last = await agent.invoke(new Command({ resume }), config);
      return last;
    },
  };
}

/** A model turn with token usage (`usage_metadata` is mistyped as `undefined` in @langchain/core 1.4). */
export function aiTurn(
  content: string,
  toolCalls: { id: string; name: string; args: Record<string, unknown> }[],
  totalTokens: number,
): AIMessage {
  const message = new AIMessage({ content, tool_calls: toolCalls });
  const usage = { input_tokens: totalTokens - 10, output_tokens: 10, total_tokens: totalTokens };
  return Object.assign(message, { usage_metadata: usage });
}
