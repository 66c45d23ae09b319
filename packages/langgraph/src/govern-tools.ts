import { ToolMessage } from '@langchain/core/messages';
import { type StructuredTool, type ToolRunnableConfig, tool } from '@langchain/core/tools';
import { type Command, isCommand } from '@langchain/langgraph';
import type { z } from 'zod';
import { governToolCall } from './govern-tool-call.js';
import type { KitelogikMiddlewareOptions } from './middleware-options.js';
import { createSessionResolver } from './session-resolver.js';

type ToolOutput = ToolMessage | Command;

function asToolOutput(output: unknown, callId: string, name: string): ToolOutput {
  if (ToolMessage.isInstance(output) || isCommand(output)) return output as ToolOutput;
  const content = typeof output === 'string' ? output : JSON.stringify(output);
  return new ToolMessage({ content, tool_call_id: callId, name });
}

/**
 * Governs the tools of a hand-built graph (`new ToolNode(governTools(tools, options))`): each
 * call is decided exactly as the middleware's `wrapToolCall` decides it (deny as an error
 * `ToolMessage`, approval through `interrupt()`, sub-agent tools as spawns). Plans and model
 * calls have no hook in a hand-built graph; use the middleware with `createAgent` for those.
 */
export function governTools(
  tools: readonly StructuredTool[],
  options: KitelogikMiddlewareOptions,
): StructuredTool[] {
  const resolve = createSessionResolver(options);
  return tools.map((original) =>
    tool(
      async (args: Record<string, unknown>, config: ToolRunnableConfig) => {
        const call = config.toolCall;
        const id = call?.id ?? `call_${original.name}`;
        const run = { context: config.context, configurable: config.configurable };
        return governToolCall({
          session: resolve(run),
          toolCall: { id, name: original.name, args },
          tool: original,
          options,
          run: async (governed) =>
            asToolOutput(await original.invoke(governed, config), id, original.name),
        });
      },
      {
        name: original.name,
        description: original.description,
        schema: original.schema as unknown as z.ZodObject,
        ...(original.metadata ? { metadata: original.metadata } : {}),
      },
    ),
  );
}
