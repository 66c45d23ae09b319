import type { ChildBudget } from '@kitelogik/core';
import type { ModelProvider } from '@openai/agents-core';

/** What the policy is told about an agent reached by a handoff or run as a tool. */
export interface AgentDeclaration {
  /** The scopes the agent asks for; only those its parent holds are granted. Default none. */
  readonly scopes?: readonly string[];
  /** The budget slice it asks for. */
  readonly budget?: ChildBudget;
}

/** Options for {@link governAgent}. */
export interface GovernAgentOptions {
  /**
   * Policy names for framework tool names, e.g. `{ fs_write: 'fs.write' }`: the SDK allows no
   * dots in tool names, policies use them. Unlisted tools keep their own name.
   */
  readonly toolNames?: Readonly<Record<string, string>>;
  /** Scopes and budgets asked for by handoff targets and sub-agents, by agent name. */
  readonly agents?: Readonly<Record<string, AgentDeclaration>>;
  /** Resolves agents whose `model` is a name (or unset); without it such agents are refused. */
  readonly modelProvider?: ModelProvider;
  /** Raise a `ToolCallError` on a denied tool call instead of telling the model; default false. */
  readonly hardDeny?: boolean;
  /** Check each response's function calls as an `agent.plan`; default true. */
  readonly checkPlans?: boolean;
  /** Recorded as the approver of `RunState.approve/reject` answers; default `human`. */
  readonly approver?: string;
}
