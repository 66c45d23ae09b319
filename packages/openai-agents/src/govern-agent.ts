import { type ChildAgent, PolicyConfigError, type Session } from '@kitelogik/core';
import type { RunContext, Tool } from '@openai/agents-core';
import { governHandoff } from './govern-handoff.js';
import { governModel } from './govern-model.js';
import type { GovernAgentOptions } from './govern-options.js';
import { governTool, isGovernedTool } from './govern-tool.js';
import { modelSource } from './resolve-model.js';
import type { AnyAgent, AnyFunctionTool } from './sdk-types.js';
import { createSessionRouter } from './session-router.js';
import { subagentSource } from './subagent-tool.js';
import type { ToolAction } from './tool-binding.js';

/**
 * Governs an agent and everything reachable from it (handoff targets, sub-agents made with
 * {@link subagentTool}, their tools, MCP tools and models) under `session`, and returns the
 * governed copy to run. The original agents are not changed. Lifecycle listeners added with
 * `agent.on(...)` stay on the originals; add them to the governed copy.
 */
export function governAgent<TAgent extends AnyAgent>(
  agent: TAgent,
  session: Session,
  options: GovernAgentOptions = {},
): TAgent {
  const router = createSessionRouter(session);
  const approver = options.approver ?? 'human';
  const hardDeny = options.hardDeny ?? false;
  const governed = new Map<AnyAgent, AnyAgent>();
  const childOf = (target: AnyAgent): ChildAgent => {
    const declared = options.agents?.[target.name];
    return {
      name: target.name,
      requested_scopes: declared?.scopes ?? [],
      ...(declared?.budget === undefined ? {} : { budget: declared.budget }),
    };
  };

  const govern = (original: AnyAgent): AnyAgent => {
    const known = governed.get(original);
    if (known !== undefined) return known;
    const copy = original.clone({});
    governed.set(original, copy);
    const sessionOf = (): Session => router.sessionOf(original.name);
    const spawnNames = new Set<string>();
    const wrap = (tool: Tool<unknown>, source: 'native' | 'mcp'): Tool<unknown> => {
      if (tool.type !== 'function' || isGovernedTool(tool)) return tool;
      const sub = subagentSource(tool);
      let action: ToolAction;
      let target: AnyFunctionTool = tool;
      if (sub === undefined && typeof (tool as { on?: unknown }).on === 'function') {
        // A plain `asTool` tool runs the original agent, out of reach, and a copy of it loses
        // the SDK's link to that agent, which resuming its nested approvals needs.
        throw new PolicyConfigError({
          message: `tool "${tool.name}" was made with agent.asTool(); make it with subagentTool(agent, options) so its run can be governed`,
        });
      }
      if (sub !== undefined) {
        spawnNames.add(tool.name);
        action = { kind: 'spawn', child: childOf(sub.agent) };
        target = govern(sub.agent).asTool(sub.options);
      } else {
        const name = options.toolNames?.[tool.name] ?? tool.name;
        action = { kind: 'tool', tool: { name, source } };
      }
      return governTool(target, { session: sessionOf, action, approver }, hardDeny);
    };
    copy.tools = original.tools.map((tool) => wrap(tool, 'native'));
    copy.getMcpTools = async (context: RunContext<unknown>) =>
      (await original.getMcpTools(context)).map((tool) => wrap(tool, 'mcp'));
    copy.handoffs = original.handoffs.map((entry) =>
      governHandoff(entry, { router, source: copy, child: childOf, govern, hardDeny }),
    );
    const handoffNames = new Set(
      copy.handoffs.map((entry) => (entry as { toolName: string }).toolName),
    );
    const model = modelSource(original, options.modelProvider);
    copy.model = governModel(model.resolve, {
      session: sessionOf,
      modelName: model.name,
      planStep: (name) =>
        spawnNames.has(name) || handoffNames.has(name)
          ? undefined
          : (options.toolNames?.[name] ?? name),
      checkPlans: options.checkPlans ?? true,
      approver,
    });
    return copy;
  };
  return govern(agent) as TAgent;
}
