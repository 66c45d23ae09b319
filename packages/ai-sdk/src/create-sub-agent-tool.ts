import type { ChildAgent, DecisionOutcome, Session } from '@kitelogik/core';
import { jsonSchema, type Tool, tool } from 'ai';
import {
  type AiSdkGovernance,
  createAiSdkGovernance,
  stateOf,
} from './create-ai-sdk-governance.js';
import type { KitelogikRuntimeContext } from './runtime-context.js';
import { describeReasons } from './to-approval-status.js';

/** The smallest agent the helper can run: `ToolLoopAgent` and any `Agent` fit. */
export interface RunnableAgent {
  generate(options: {
    readonly prompt: string;
    readonly abortSignal?: AbortSignal;
  }): PromiseLike<{ readonly text: string }>;
}

/** What the child factory receives: its own governance and the runtime context to install. */
export interface SubAgentSetup {
  readonly governance: AiSdkGovernance;
  readonly runtimeContext: KitelogikRuntimeContext;
}

/** Options for {@link createSubAgentTool}. */
export interface SubAgentToolOptions {
  /** The parent's governance; the tool must be registered under `name` in the parent's tools. */
  readonly governance: AiSdkGovernance;
  /** The AI SDK tool name the parent's tools use for this sub-agent. */
  readonly name: string;
  readonly description: string;
  /** What the child asks for: name, requested scopes, tools and budget (the core narrows them). */
  readonly child: ChildAgent;
  /** Builds the child agent (e.g. a `ToolLoopAgent` with `governance.settings`). */
  readonly createAgent: (setup: SubAgentSetup) => RunnableAgent;
}

function runtimeContextOf(outcome: DecisionOutcome, session: Session): KitelogikRuntimeContext {
  return {
    kitelogik: {
      sessionId: session.id,
      agent: session.agent,
      principal: outcome.event?.session.principal,
    },
  };
}

/**
 * Wraps a child agent as a tool. The parent's `toolApproval` decides a call of it as an
 * `agent.spawn` (not a `tool.call`); when the spawn is allowed the core opens a child session
 * with narrowed scopes and a budget slice, and the child runs under its own governance, with
 * its principal and lineage in `runtimeContext`. The tool's output is the child's final text;
 * the child session is closed when the child finishes, so its unspent slice returns to the parent
 * (a child that names no limit for a dimension holds all the parent has left until then).
 */
export function createSubAgentTool(options: SubAgentToolOptions): Tool<{ task: string }, string> {
  const state = stateOf(options.governance);
  state?.subAgents.set(options.name, options.child);
  return tool({
    description: options.description,
    inputSchema: jsonSchema<{ task: string }>({
      type: 'object',
      properties: { task: { type: 'string', description: 'What the sub-agent should do.' } },
      required: ['task'],
      additionalProperties: false,
    }),
    async execute({ task }, { toolCallId, abortSignal }) {
      const parent = options.governance.session;
      const outcome = await parent.spawn({ child: options.child, callId: toolCallId });
      // Only an allowed spawn's own child session runs the child (shadow mode runs it as the parent).
      const opened = outcome.decision.effect === 'allow' ? outcome.session : undefined;
      const session = opened ?? (state?.isShadow === true ? parent : undefined);
      if (session === undefined) {
        return `sub-agent ${options.child.name} was not started: ${describeReasons(outcome.decision)}`;
      }
      const governance = createAiSdkGovernance({ ...(state?.options ?? {}), session });
      const agent = options.createAgent({
        governance,
        runtimeContext: runtimeContextOf(outcome, session),
      });
      try {
        const result = await agent.generate({
          prompt: task,
          ...(abortSignal === undefined ? {} : { abortSignal }),
        });
        return result.text;
      } finally {
        // The child is done: closing its session hands its unspent budget slice back.
        if (session !== parent) await session.revoke();
      }
    },
  });
}
