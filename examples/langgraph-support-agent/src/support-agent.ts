import { fileURLToPath } from 'node:url';
import {
  type AuditSink,
  createGovernor,
  createRegoEngine,
  type Governor,
  loadPolicyDirectory,
} from '@kitelogik/core';
import { kitelogikMiddleware, subagentTool } from '@kitelogik/langgraph';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { BaseMessage } from '@langchain/core/messages';
import { MemorySaver } from '@langchain/langgraph';
import { createAgent } from 'langchain';
import { supportTools, TOOL_NAMES } from './support-tools.ts';

const POLICIES = fileURLToPath(new URL('../../../policies', import.meta.url));

/** The reference policies on the embedded engine, auditing to `audit`. */
export async function createSupportGovernor(audit: AuditSink): Promise<Governor> {
  return createGovernor({
    engine: createRegoEngine(),
    policies: await loadPolicyDirectory(POLICIES),
    audit,
    framework: 'langgraph',
    // The first evaluations run cold; production deployments keep the 50 ms default.
    deadlineMs: 1000,
  });
}

/** The models the two agents think with: scripted offline, or a real chat model. */
export interface SupportModels {
  readonly support: BaseChatModel;
  readonly billing: BaseChatModel;
}

/** What `main` drives: the compiled agent's `invoke`, with interrupts in the result. */
export interface SupportAgent {
  invoke(
    input: unknown,
    config: unknown,
  ): Promise<{ messages: BaseMessage[]; __interrupt__?: { id?: string; value?: unknown }[] }>;
}

/**
 * The support agent: a governed `createAgent` with CRM, refund and file tools, and a billing
 * sub-agent (its own governed agent) that asks only for the CRM scope.
 */
export function createSupportAgent(governor: Governor, models: SupportModels): SupportAgent {
  const governance = { governor, toolNames: TOOL_NAMES };
  const billing = createAgent({
    model: models.billing,
    tools: supportTools(),
    systemPrompt: 'You check orders for the support desk.',
    middleware: [kitelogikMiddleware({ ...governance, agentName: 'billing' })],
  });
  const billingTool = subagentTool({
    agent: billing,
    name: 'billing',
    description: 'Ask the billing agent to check an order.',
    scopes: ['tool:crm.get_customer'],
    budget: { tokens: 1000, tool_calls: 4 },
  });
  const governed = kitelogikMiddleware({
    ...governance,
    agentName: 'support',
    budgets: { tokens: 6000, tool_calls: 20 },
  });
  const tools = [...supportTools(), billingTool];
  return createAgent({
    model: models.support,
    tools,
    systemPrompt: 'You are a support agent. Use the tools; refunds over 200 EUR need a manager.',
    middleware: [governed],
    checkpointer: new MemorySaver(),
  });
}
