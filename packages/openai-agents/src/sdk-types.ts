import type {
  Agent,
  FunctionTool,
  Handoff,
  RunResult,
  ToolInputParameters,
} from '@openai/agents-core';

// The SDK erases an agent's context and output types wherever agents meet (handoffs, tools,
// run state); these aliases name that erasure once.

/** Any agent, whatever its context and output type. @internal */
// biome-ignore lint/suspicious/noExplicitAny: the SDK's own erased agent type
export type AnyAgent = Agent<any, any>;

/** Any handoff. @internal */
// biome-ignore lint/suspicious/noExplicitAny: the SDK's own erased handoff type
export type AnyHandoff = Handoff<any, any>;

/** Any function tool of a context. @internal */
// biome-ignore lint/suspicious/noExplicitAny: the SDK's own erased result type
export type AnyFunctionTool<TContext = unknown> = FunctionTool<TContext, ToolInputParameters, any>;

/** Any run result. @internal */
// biome-ignore lint/suspicious/noExplicitAny: the SDK's own erased run result
export type AnyRunResult = RunResult<any, AnyAgent>;
