/**
 * kitelogik for LangGraph and LangChain agents. How this maps the framework:
 * - tool calls: `wrapToolCall` decides a `tool.call`; allow runs the tool, deny answers with an
 *   error `ToolMessage` carrying the reasons, require_approval calls LangGraph `interrupt()` and
 *   resumes on `Command({ resume })` (approve, reject or edit; an edited call is decided again).
 * - plans: `afterModel` decides each turn's batch of tool calls as an `agent.plan` first.
 * - model calls and budgets: `wrapModelCall` decides a `model.call`, commits `usage_metadata`
 *   tokens after it, and ends the run with a final message once a budget is exhausted.
 * - sub-agents: {@link subagentTool} makes a child agent a tool, decided as `agent.spawn`; the
 *   child's own middleware runs in the narrowed child session. Handoffs (`Command.PARENT`) are
 *   decided as `agent.delegate`.
 * - hand-built graphs: {@link governTools} wraps the tools given to a `ToolNode`.
 * Replays on resume reuse the decision for a call id, so audit records are written once.
 */

// Approvals: what an interrupt carries and how to answer it.
export {
  type ApprovalRequestPayload,
  type ApprovalResponse,
  isApprovalRequest,
} from './approval-payload.js';
// Hand-built graphs: governed tools for a ToolNode.
export { governTools } from './govern-tools.js';
export { type GovernanceContext, governanceContextSchema } from './governance-context.js';
// Capability disclosure: the deny codes that hide a tool from the model.
export { OUTRIGHT_DENY_CODES } from './hide-denied-tools.js';
// The middleware for createAgent and its options.
export { kitelogikMiddleware } from './kitelogik-middleware.js';
export type { HandoffDeclaration, KitelogikMiddlewareOptions } from './middleware-options.js';
// Sub-agents.
export { type InvokableAgent, type SubagentToolOptions, subagentTool } from './subagent-tool.js';
