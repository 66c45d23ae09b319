import type { AgentToolOptionsWithDefault } from '@openai/agents-core';
import type { AnyAgent, AnyFunctionTool } from './sdk-types.js';

/** A sub-agent tool as {@link subagentTool} built it: the agent and its `asTool` options. */
export interface SubagentSource {
  readonly agent: AnyAgent;
  readonly options: AgentToolOptionsWithDefault<unknown, AnyAgent>;
}

const sources = new WeakMap<object, SubagentSource>();

/**
 * `agent.asTool(options)`, remembered so that {@link governAgent} can build the same tool from
 * the governed agent: the call is decided as an `agent.spawn`, and the nested run's tools and
 * model calls are governed in the child session. A plain `asTool` tool is governed too, through
 * the SDK's private link to its agent; this one needs no such link and leaves the agent alone.
 */
export function subagentTool<TAgent extends AnyAgent>(
  agent: TAgent,
  options: AgentToolOptionsWithDefault<unknown, TAgent>,
): AnyFunctionTool {
  const tool = agent.asTool(options) as AnyFunctionTool;
  // The options are only handed back to `asTool` of the governed copy of the same agent.
  sources.set(tool, { agent, options } as unknown as SubagentSource);
  return tool;
}

/** The agent and options behind a sub-agent tool, if {@link subagentTool} made it. @internal */
export function subagentSource(tool: object): SubagentSource | undefined {
  return sources.get(tool);
}
