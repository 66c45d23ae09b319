import type { Session } from '@kitelogik/core';
import { type AgentMiddleware, createMiddleware } from 'langchain';
import { checkPlan } from './check-plan.js';
import { governModelCall } from './govern-model-call.js';
import { governToolCall } from './govern-tool-call.js';
import { governanceContextSchema } from './governance-context.js';
import { createToolDisclosure } from './hide-denied-tools.js';
import type { KitelogikMiddlewareOptions } from './middleware-options.js';
import { createSessionResolver } from './session-resolver.js';
import { spawnedChild } from './subagent-tool.js';

function modelName(model: unknown): string {
  const named = model as { model?: unknown; modelName?: unknown; getName?: () => string };
  if (typeof named.model === 'string') return named.model;
  if (typeof named.modelName === 'string') return named.modelName;
  return typeof named.getName === 'function' ? named.getName() : 'unknown';
}

/**
 * The kitelogik middleware for `createAgent({ middleware: [kitelogikMiddleware(...)] })`:
 * every tool call, sub-agent spawn and handoff (`wrapToolCall`), every model call
 * (`wrapModelCall`) and every model turn's plan (`afterModel`) goes through the governor first.
 * Principal, session and scopes come from the invoke `context` ({@link governanceContextSchema}).
 * Approvals need a checkpointer and a `thread_id`, as LangGraph interrupts do.
 */
export function kitelogikMiddleware(options: KitelogikMiddlewareOptions): AgentMiddleware {
  const resolve = createSessionResolver(options);
  const defaultApprover = options.defaultApprover ?? 'human';
  const agentTools = new Set(Object.keys(options.handoffs ?? {}));
  const policyName = (name: string): string => options.toolNames?.[name] ?? name;
  const hide = options.hideDeniedTools;
  const isVisible = hide
    ? createToolDisclosure({
        policyName,
        ...(typeof hide === 'object' ? { codes: hide.codes } : {}),
      })
    : undefined;
  const hideTools = async <TRequest extends { tools: { name?: unknown }[] }>(
    request: TRequest,
    session: Session,
  ): Promise<TRequest> => {
    const shown = await Promise.all(
      request.tools.map((tool) => {
        const name = String(tool.name);
        // Sub-agent and handoff tools are decided as spawns and delegations, never hidden here.
        return agentTools.has(name) ? true : (isVisible?.(session, name) ?? true);
      }),
    );
    return { ...request, tools: request.tools.filter((_tool, index) => shown[index]) };
  };
  return createMiddleware({
    name: 'KitelogikMiddleware',
    contextSchema: governanceContextSchema,
    wrapToolCall: (request, handler) =>
      governToolCall({
        session: resolve(request.runtime),
        toolCall: request.toolCall,
        tool: request.tool,
        options,
        run: async (args) => handler({ ...request, toolCall: { ...request.toolCall, args } }),
      }),
    wrapModelCall: async (request, handler) => {
      for (const tool of request.tools) {
        if (spawnedChild(tool) !== undefined) agentTools.add(String(tool.name));
      }
      const session = resolve(request.runtime);
      const visible = isVisible === undefined ? request : await hideTools(request, session);
      if (options.checkModelCalls === false) return handler(visible);
      const namespace = request.runtime.configurable?.checkpoint_ns;
      return governModelCall({
        session,
        callId: `model:${typeof namespace === 'string' ? namespace : crypto.randomUUID()}`,
        model: modelName(request.model),
        messages: request.messages,
        defaultApprover,
        call: async () => handler(visible),
      });
    },
    afterModel: {
      canJumpTo: ['model'],
      hook: async (state, runtime) => {
        if (options.checkPlans === false) return undefined;
        return checkPlan({
          session: resolve(runtime),
          messages: state.messages,
          policyName,
          isAgentTool: (name) => agentTools.has(name),
          defaultApprover,
        });
      },
    },
  });
}
