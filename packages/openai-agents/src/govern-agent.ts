import { type ChildAgent, PolicyConfigError, type Session } from '@kitelogik/core';
import type { RunContext, Tool } from '@openai/agents-core';
import { agentToolSource } from './agent-tool-source.js';
import { governHandoff } from './govern-handoff.js';
import { governModel } from './govern-model.js';
import type { GovernAgentOptions } from './govern-options.js';
import { governTool, isGovernedTool } from './govern-tool.js';
import { isLocalUngovernedTool } from './local-tool.js';
import { plainAgentTool } from './plain-agent-tool.js';
import { modelSource } from './resolve-model.js';
import type { AnyAgent, AnyFunctionTool } from './sdk-types.js';
import { createSessionRouter } from './session-router.js';
import { subagentSource } from './subagent-tool.js';
import type { ToolAction } from './tool-binding.js';

/**
 * Governs an agent and everything reachable from it (handoff targets, sub-agents run as
 * `asTool` tools, their tools, MCP tools and models) under `session`, and returns the governed
 * copy to run. The original agents and tools are left as they were, except that the agent
 * behind a plain `agent.asTool()` tool reads its tools, handoffs and model from its governed
 * copy while a governed call runs it. Lifecycle listeners added with `agent.on(...)` stay on
 * the originals; add them to the governed copy. A tool the SDK runs locally without a
 * function hook (computer, apply_patch, a local shell) is refused with a `PolicyConfigError`,
 * since nothing could decide its calls; hosted tools run on OpenAI's side and pass as they are.
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
      if (isLocalUngovernedTool(tool)) {
        // The SDK runs these itself with no function hook: a run would execute undecided.
        throw new PolicyConfigError({
          message: `tool "${tool.name}" (${tool.type}) runs locally outside any hook kitelogik can decide; wrap the action in a function tool instead`,
        });
      }
      if (tool.type !== 'function' || isGovernedTool(tool)) return tool;
      const sub = subagentSource(tool);
      const bound = sub === undefined ? agentToolSource(tool) : undefined;
      let action: ToolAction;
      let target: AnyFunctionTool = tool;
      if (sub !== undefined) {
        spawnNames.add(tool.name);
        action = { kind: 'spawn', child: childOf(sub.agent) };
        target = govern(sub.agent).asTool(sub.options);
      } else if (bound !== undefined) {
        spawnNames.add(tool.name);
        action = { kind: 'spawn', child: childOf(bound) };
        target = plainAgentTool(tool, bound, govern(bound));
      } else if (typeof (tool as { on?: unknown }).on === 'function') {
        // An agent tool whose agent the SDK's registry does not give (another SDK layout):
        // its nested run would escape governance.
        throw new PolicyConfigError({
          message: `tool "${tool.name}" was made with agent.asTool() and its agent cannot be reached; make it with subagentTool(agent, options)`,
        });
      } else {
        const name = options.toolNames?.[tool.name] ?? tool.name;
        action = { kind: 'tool', tool: { name, source } };
      }
      return governTool(target, { session: sessionOf, action, approver }, hardDeny);
    };
    copy.tools = original.tools.map((tool) => wrap(tool, 'native'));
    // Bound now: inside a governed nested run `original` reads its members from `copy`.
    const listMcpTools = original.getMcpTools.bind(original);
    copy.getMcpTools = async (context: RunContext<unknown>) =>
      (await listMcpTools(context)).map((tool) => wrap(tool, 'mcp'));
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
