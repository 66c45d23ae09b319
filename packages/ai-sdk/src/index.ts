// kitelogik for the Vercel AI SDK 7. How this maps the framework: the call-level `toolApproval`
// decides every tool call (allow → approved, deny → denied with reasons, require_approval →
// user-approval, answered by a `tool-approval-response` that is recorded and bound to the call's
// arguments); a `wrapLanguageModel` middleware hides tools denied outright, decides each model
// call against the budgets and each step's tool calls as a plan; `budgetExhausted` is a
// `stopWhen`; sub-agents are tools decided as spawns. All policy logic lives in the core.

// The governance of one agent and its options.
export {
  type AiSdkGovernance,
  createAiSdkGovernance,
} from './create-ai-sdk-governance.js';
// Sub-agents: a child agent as a tool, decided as agent.spawn.
export {
  createSubAgentTool,
  type RunnableAgent,
  type SubAgentSetup,
  type SubAgentToolOptions,
} from './create-sub-agent-tool.js';
export type { GovernedToolApproval } from './create-tool-approval.js';
export { OUTRIGHT_DENIAL_CODES } from './disclose-tools.js';
export type { AiSdkGovernanceOptions, ToolNameMapping } from './governance-options.js';
// What travels to a child agent through runtimeContext.
export {
  type KitelogikContext,
  type KitelogikRuntimeContext,
  readKitelogikContext,
} from './runtime-context.js';
