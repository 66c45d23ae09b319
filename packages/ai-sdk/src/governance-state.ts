import type {
  AuditSink,
  ChildAgent,
  Decision,
  DecisionOutcome,
  PlanStep,
  Reason,
  Session,
} from '@kitelogik/core';
import type { AiSdkGovernanceOptions, ToolNameMapping } from './governance-options.js';

/** The plan a tool call belongs to, as decided when its step was generated. @internal */
export interface PlanVerdict {
  readonly callId: string;
  readonly steps: readonly PlanStep[];
  outcome: DecisionOutcome;
}

/** What the hooks of one governance share: the session, plans, approvals seen, budget. @internal */
export interface GovernanceState {
  readonly session: Session;
  /** The options the governance was created with; sub-agents inherit them. */
  readonly options: AiSdkGovernanceOptions;
  readonly isShadow: boolean;
  readonly audit: AuditSink | undefined;
  readonly tools: ToolNameMapping;
  readonly approver: string;
  readonly hideOnReasons: ReadonlySet<string>;
  readonly isProbing: boolean;
  /** AI SDK names of tools denied outright for this agent. */
  readonly hidden: Set<string>;
  readonly estimateInputTokens: (prompt: unknown) => number;
  /** Plan verdicts by tool call id. */
  readonly plans: Map<string, PlanVerdict>;
  /** Approval ids whose human answer was already recorded. */
  readonly answered: Set<string>;
  /** Decisions taken on calls a human rejected, until the model has been told (by call id). */
  readonly rejections: Map<string, Decision>;
  /** Sub-agent tools by AI SDK tool name: their calls are decided as `agent.spawn`. */
  readonly subAgents: Map<string, ChildAgent>;
  /** Set once a decision said a budget is exhausted; ends the loop through `stopWhen`. */
  exhausted: Reason | undefined;
}
