import type { BudgetLimits, Governor, Principal } from '@kitelogik/core';

/** A tool that hands control to another agent (it returns `Command({ graph: Command.PARENT })`). */
export interface HandoffDeclaration {
  /** The agent (graph node) control passes to. */
  readonly agent: string;
  /** The scopes the receiving agent asks for; only those its parent holds are granted. */
  readonly scopes?: readonly string[];
}

/** Options for {@link kitelogikMiddleware}. */
export interface KitelogikMiddlewareOptions {
  readonly governor: Governor;
  /** The agent's name in events; default `agent`. */
  readonly agentName?: string;
  /** Used when the invoke context names no principal. */
  readonly principal?: Principal;
  /** The root agent's scopes when the invoke context gives none. */
  readonly scopes?: readonly string[];
  /** The session's budget limits (tokens, tool_calls, cost_usd, wall_ms); default unlimited. */
  readonly budgets?: BudgetLimits;
  /**
   * Policy names for framework tool names, e.g. `{ fs_write: 'fs.write' }`: model APIs allow
   * no dots in tool names, policies use them. Unlisted tools keep their own name.
   */
  readonly toolNames?: Readonly<Record<string, string>>;
  /** Handoff tools, decided as `agent.delegate` before they run. */
  readonly handoffs?: Readonly<Record<string, HandoffDeclaration>>;
  /** Check each model turn's batch of tool calls as an `agent.plan`; default true. */
  readonly checkPlans?: boolean;
  /** Decide a `model.call` before each model call and commit its token usage; default true. */
  readonly checkModelCalls?: boolean;
  /**
   * Hide tools the policy denies this agent outright from the model (`wrapModelCall`); default
   * false. `true` treats the reference library's tool-level deny codes as outright
   * ({@link OUTRIGHT_DENY_CODES}); give `codes` for a policy library of your own.
   */
  readonly hideDeniedTools?: boolean | { readonly codes: readonly string[] };
  /** Recorded as the approver when a resume value names nobody; default `human`. */
  readonly defaultApprover?: string;
}
