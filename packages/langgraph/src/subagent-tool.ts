import type { ChildAgent, ChildBudget } from '@kitelogik/core';
import type { BaseMessage } from '@langchain/core/messages';
import { type StructuredTool, tool } from '@langchain/core/tools';
import { z } from 'zod';
import { currentChildSession } from './session-resolver.js';

/** The least a child agent must offer: `createAgent(...)` results qualify. */
export interface InvokableAgent {
  invoke(input: { messages: { role: string; content: string }[] }): Promise<{
    messages: BaseMessage[];
  }>;
}

/** Options for {@link subagentTool}. */
export interface SubagentToolOptions {
  /** The child agent; give it its own `kitelogikMiddleware` so its calls are governed too. */
  readonly agent: InvokableAgent;
  /** The tool name the parent's model calls; also the child agent's name in events. */
  readonly name: string;
  readonly description: string;
  /** The scopes the child asks for; it receives only those its parent holds. */
  readonly scopes: readonly string[];
  /** The child's budget slice, clamped to what the parent has left. */
  readonly budget?: ChildBudget;
  /** The child's tools (policy names), shown to the policy. */
  readonly tools?: readonly string[];
}

const SPAWN_KEY = 'kitelogik_spawn';

/** The child agent a tool spawns, when it was made by {@link subagentTool}. @internal */
export function spawnedChild(candidate: unknown): ChildAgent | undefined {
  const metadata = (candidate as { metadata?: Record<string, unknown> } | undefined)?.metadata;
  return metadata?.[SPAWN_KEY] as ChildAgent | undefined;
}

function lastText(messages: readonly BaseMessage[]): string {
  const last = messages.at(-1);
  if (last === undefined) return '';
  return typeof last.content === 'string' ? last.content : JSON.stringify(last.content);
}

/**
 * Turns a child agent into a tool. Calling it is decided as an `agent.spawn`: when allowed,
 * the child runs as a child session (granted scopes only, depth + 1, the parent in its
 * lineage, its budget slice) that its own middleware picks up. An interrupt inside the child
 * pauses the parent; resuming the parent resumes the child. Run outside a governed spawn, the
 * tool refuses (fail closed).
 */
export function subagentTool(options: SubagentToolOptions): StructuredTool {
  const child: ChildAgent = {
    name: options.name,
    requested_scopes: [...options.scopes],
    ...(options.tools ? { tools: [...options.tools] } : {}),
    ...(options.budget ? { budget: options.budget } : {}),
  };
  return tool(
    async ({ task }: { task: string }) => {
      if (currentChildSession() === undefined) {
        throw new Error(`sub-agent "${options.name}" runs only as a governed spawn`);
      }
      const result = await options.agent.invoke({ messages: [{ role: 'user', content: task }] });
      return lastText(result.messages);
    },
    {
      name: options.name,
      description: options.description,
      schema: z.object({ task: z.string().describe('what the sub-agent should do') }),
      metadata: { [SPAWN_KEY]: child },
    },
  );
}
