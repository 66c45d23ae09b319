import type { FunctionTool, RunContext } from '@openai/agents-core';
import { runActingAs } from './acting-agent.js';
import type { AnyAgent, AnyFunctionTool } from './sdk-types.js';

type ToolCallDetails = Parameters<FunctionTool['invoke']>[2];

/**
 * The governable copy of a plain `agent.asTool()` tool. The SDK runs the agent bound into the
 * tool (`source`), with the options the application gave, which no copy can carry; so the copy
 * keeps the tool's own `invoke` and runs it with `source` acting as its governed copy. The
 * copy is itself made by `source.asTool`, which links it to `source` in the SDK: that link is
 * how the parent run finds the nested run's approvals and resumes them from a `RunState`.
 * The application's tool is not changed. @internal
 */
export function plainAgentTool(
  tool: AnyFunctionTool,
  source: AnyAgent,
  governed: AnyAgent,
): AnyFunctionTool {
  const linked = source.asTool({ toolName: tool.name, toolDescription: tool.description });
  return Object.assign(linked, tool, {
    invoke: (context: RunContext, input: string, details?: ToolCallDetails) =>
      runActingAs(source, governed, () => tool.invoke(context, input, details)),
  }) as AnyFunctionTool;
}
