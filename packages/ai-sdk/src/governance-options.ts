import type { AuditSink, Session, ToolReference } from '@kitelogik/core';

/** How an AI SDK tool name maps to the name (and source, tier) policies see. */
export type ToolNameMapping = Readonly<Record<string, string | ToolReference>>;

/** Options for {@link createAiSdkGovernance}. */
export interface AiSdkGovernanceOptions {
  /** The governed session this agent acts in (`governor.session(...)` or a spawned child). */
  readonly session: Session;
  /**
   * AI SDK tool names to policy tool names, e.g. `{ searchWeb: 'search.web' }` (model providers
   * reject dots in function names). Unmapped tools keep their name; dynamic tools are `mcp`.
   */
  readonly tools?: ToolNameMapping;
  /**
   * Shadow mode: every decision is computed and audited, nothing is enforced. Decisions that
   * would have blocked are appended to `audit` as `policy` records with `would_block: true`.
   */
  readonly shadow?: boolean;
  /** Where shadow-mode records go; pass the governor's sink so they join the same chain. */
  readonly audit?: AuditSink;
  /** Who answers `tool-approval-response`s, as recorded on the grant. Default `user`. */
  readonly approver?: string;
  /**
   * How tools denied outright are found, to remove them from what the model sees: `learned`
   * (default) hides a tool once a call of it was denied with an outright reason; `probe` also
   * asks the policy up front, once per tool and session, with empty arguments (a
   * `Session.preview`: evaluated, with no budget, approval or audit record).
   */
  readonly disclosure?: 'learned' | 'probe';
  /**
   * Reason codes that make a tool "denied outright" for this agent, so it is removed from the
   * tools the model sees. Default: the reference library's tool-level denials.
   */
  readonly hideOnReasons?: readonly string[];
  /** Input-token estimate reserved before a model call; default: prompt JSON length / 4. */
  readonly estimateInputTokens?: (prompt: unknown) => number;
}
