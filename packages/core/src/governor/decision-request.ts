import type {
  ChildAgent,
  DelegationMode,
  PlanStep,
  ToolSource,
  ToolTier,
} from '../contract/governance-event.js';

/** A tool named by the caller; declared tool settings ({@link ToolDeclaration}) win over these. */
export interface ToolReference {
  readonly name: string;
  readonly source?: ToolSource;
  readonly server?: string | null;
  readonly tier?: ToolTier;
  readonly annotations?: Readonly<Record<string, unknown>>;
}

/** Asks whether a tool call may run. `callId` identifies the call across a resume. */
export interface ToolCallRequest {
  readonly kind: 'tool.call';
  readonly callId: string;
  readonly tool: string | ToolReference;
  readonly args: Readonly<Record<string, unknown>>;
}

/** Asks whether a sub-agent may be spawned. */
export interface SpawnRequest {
  readonly kind: 'agent.spawn';
  readonly callId?: string;
  readonly child: ChildAgent;
}

/** Asks whether control or a task may be delegated; `mode` defaults to `handoff`. */
export interface DelegateRequest {
  readonly kind: 'agent.delegate';
  readonly callId?: string;
  readonly child: ChildAgent;
  readonly mode?: DelegationMode;
}

/** Asks whether a plan (a batch of intended steps) may proceed. */
export interface PlanRequest {
  readonly kind: 'agent.plan';
  readonly callId?: string;
  readonly steps: readonly PlanStep[];
}

/** Asks whether a model call may proceed; its estimated tokens are reserved. */
export interface ModelCallRequest {
  readonly kind: 'model.call';
  readonly callId?: string;
  readonly model: string;
  readonly estimated_input_tokens: number;
}

/** What {@link Session.decide} accepts, discriminated on `kind`. */
export type DecisionRequest =
  | ToolCallRequest
  | SpawnRequest
  | DelegateRequest
  | PlanRequest
  | ModelCallRequest;
