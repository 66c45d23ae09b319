import type { EventAgent, EventTool } from '../contract/governance-event.js';
import { extractResources } from '../resources/extract-resources.js';
import { partitionScopes } from '../scopes/partition-scopes.js';
import type { DecisionRequest, ToolCallRequest } from './decision-request.js';
import type { ToolDeclaration } from './governor-options.js';

/** What building an action needs from the governor. @internal */
export interface ActionContext {
  readonly tools: Readonly<Record<string, ToolDeclaration>>;
  readonly cwd: string | undefined;
}

const NO_ANNOTATIONS: Readonly<Record<string, unknown>> = Object.freeze({});

/**
 * The `tool` block of a call: declared settings win over what the caller reports. @internal
 */
export function describeTool(
  request: ToolCallRequest,
  declared: ToolDeclaration | undefined,
): EventTool {
  const ref = typeof request.tool === 'string' ? { name: request.tool } : (request.tool ?? {});
  const name = (ref as { name?: unknown }).name as string;
  if (declared === undefined && typeof request.tool === 'string') {
    return { name, source: 'native', server: null, tier: 'internal', annotations: NO_ANNOTATIONS };
  }
  const reported = ref as Partial<EventTool>;
  return {
    name,
    source: declared?.source ?? reported.source ?? 'native',
    server: declared?.server ?? reported.server ?? null,
    tier: declared?.tier ?? reported.tier ?? 'internal',
    annotations: declared?.annotations ?? reported.annotations ?? NO_ANNOTATIONS,
  };
}

function strings(value: unknown): readonly string[] {
  return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}

/**
 * Builds the kind-specific `action` block from a request: resources for tool calls, the scope
 * partition for spawns and delegations, counts for plans. It trusts nothing about the request's
 * shape (the event is validated afterwards), and throws only on a broken extractor. @internal
 */
export function buildAction(
  context: ActionContext,
  agent: EventAgent,
  request: DecisionRequest,
): Record<string, unknown> {
  switch (request.kind) {
    case 'tool.call': {
      const name = typeof request.tool === 'string' ? request.tool : request.tool?.name;
      const declared =
        typeof name === 'string' && Object.hasOwn(context.tools, name)
          ? context.tools[name]
          : undefined;
      const tool = describeTool(request, declared);
      const isArgsObject = typeof request.args === 'object' && request.args !== null;
      const resources =
        typeof name === 'string' && isArgsObject
          ? extractResources({
              toolName: name,
              args: request.args,
              ...(context.cwd === undefined ? {} : { cwd: context.cwd }),
              ...(declared?.extractors ? { extractors: declared.extractors } : {}),
            })
          : [];
      return { call_id: request.callId, tool, args: request.args, resources };
    }
    case 'agent.spawn':
    case 'agent.delegate': {
      const child = request.child;
      const { granted, escalated } = partitionScopes(
        strings(child?.requested_scopes),
        agent.scopes,
      );
      const action = { child, granted_scopes: granted, escalated_scopes: escalated };
      return request.kind === 'agent.spawn'
        ? action
        : { ...action, mode: request.mode ?? 'handoff' };
    }
    case 'agent.plan': {
      const steps = request.steps;
      // No prototype: a tool named `__proto__` must count, not rewire the object.
      const toolCounts = Object.create(null) as Record<string, number>;
      if (Array.isArray(steps)) {
        for (const step of steps) {
          const tool = (step as { tool?: unknown } | null)?.tool;
          if (typeof tool === 'string') toolCounts[tool] = (toolCounts[tool] ?? 0) + 1;
        }
      }
      return {
        steps,
        step_count: Array.isArray(steps) ? steps.length : 0,
        tool_counts: toolCounts,
      };
    }
    default:
      return {
        model: (request as { model?: unknown }).model,
        estimated_input_tokens: (request as { estimated_input_tokens?: unknown })
          .estimated_input_tokens,
      };
  }
}
