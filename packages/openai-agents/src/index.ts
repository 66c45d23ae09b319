/**
 * kitelogik for the OpenAI Agents SDK. How this maps the framework:
 * - tool calls: every `FunctionTool` (MCP tools too) gets one decision per call id. It drives
 *   `needsApproval` (require_approval → an interruption) and a tool input guardrail (deny →
 *   `rejectContent` with the reasons; `hardDeny` → `throwException`). An approval given with
 *   `RunState.approve` is recorded by the guardrail, one given with `RunState.reject` when its
 *   result reaches the next model call; both are bound to the arguments decided.
 * - handoffs: `Handoff.clone({ onInvokeHandoff, isEnabled })` decides an `agent.delegate`; a
 *   denied handoff is hidden, and the receiving agent runs in the narrowed delegate session.
 * - sub-agents: an `agent.asTool()` tool (plain, or made with {@link subagentTool}) is decided
 *   as an `agent.spawn`; the nested run is governed in the child session and its approvals
 *   surface in the parent run. A plain tool still runs the agent the SDK bound into it, which
 *   reads its governed members only during the governed call.
 * - model calls, plans and budgets: a wrapping `Model` decides a `model.call`, commits usage,
 *   checks each response's function calls as an `agent.plan`, and ends the run with a final
 *   message once a budget is exhausted.
 * {@link governAgent} applies all of this to an agent and everything reachable from it.
 */

// One call: the governed copy of an agent graph.
export { governAgent } from './govern-agent.js';
export type { AgentDeclaration, GovernAgentOptions } from './govern-options.js';
// Sub-agents run as tools.
export { type SubagentSource, subagentTool } from './subagent-tool.js';
// Building blocks, for tools and handoffs governed one at a time.
export type { ToolAction } from './tool-binding.js';
