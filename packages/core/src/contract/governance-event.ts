import type { Resource } from '../resources/resource.js';
import type { BudgetSnapshot } from './budget-snapshot.js';

/** The event kinds the contract knows; anything else is rejected by {@link validateEvent}. */
export type EventKind =
  | 'tool.call'
  | 'agent.spawn'
  | 'agent.delegate'
  | 'agent.plan'
  | 'model.call';

/** The frameworks an event can come from; `core` is an event built directly against the core. */
export type Framework = 'langgraph' | 'openai-agents' | 'ai-sdk' | 'mcp' | 'core';

/** Who the session acts for. `tenant` and `attributes` are optional application data. */
export interface Principal {
  readonly id: string;
  readonly roles: readonly string[];
  readonly tenant?: string | null;
  readonly attributes?: Readonly<Record<string, unknown>>;
}

/** The session block of an event: principal, data labels seen so far, free-form labels. */
export interface EventSession {
  readonly id: string;
  readonly principal: Principal;
  readonly data_labels: readonly string[];
  readonly labels: Readonly<Record<string, unknown>>;
}

/** The agent block of an event: identity, depth in the agent tree, ancestors and effective scopes. */
export interface EventAgent {
  readonly id: string;
  readonly name: string;
  readonly depth: number;
  readonly lineage: readonly string[];
  readonly scopes: readonly string[];
}

/** Where a tool comes from: the application itself or an MCP server. */
export type ToolSource = 'native' | 'mcp';

/** Whether a tool talks to the outside world; declared per tool, default `internal`. */
export type ToolTier = 'internal' | 'external';

/** The tool being called, as the core describes it to policies. */
export interface EventTool {
  readonly name: string;
  readonly source: ToolSource;
  readonly server: string | null;
  readonly tier: ToolTier;
  readonly annotations: Readonly<Record<string, unknown>>;
}

/** The action of a `tool.call` event. */
export interface ToolCallAction {
  readonly call_id: string;
  readonly tool: EventTool;
  readonly args: Readonly<Record<string, unknown>>;
  readonly resources: readonly Resource[];
}

/** Budget limits a parent offers a child agent; every dimension is optional. */
export interface ChildBudget {
  readonly tokens?: number;
  readonly tool_calls?: number;
  readonly cost_usd?: number;
  readonly wall_ms?: number;
}

/** The child agent an `agent.spawn` or `agent.delegate` event is about. */
export interface ChildAgent {
  readonly name: string;
  readonly requested_scopes: readonly string[];
  readonly tools?: readonly string[];
  readonly budget?: ChildBudget;
}

/** The action of an `agent.spawn` event: the child plus the core's partition of its scopes. */
export interface SpawnAction {
  readonly child: ChildAgent;
  readonly granted_scopes: readonly string[];
  readonly escalated_scopes: readonly string[];
}

/** How control passes in a delegation: a handoff, or the other agent used as a tool. */
export type DelegationMode = 'handoff' | 'as_tool';

/** The action of an `agent.delegate` event: a spawn action plus the delegation mode. */
export interface DelegateAction extends SpawnAction {
  readonly mode: DelegationMode;
}

/** One intended step of a plan. */
export interface PlanStep {
  readonly tool: string;
  readonly args: Readonly<Record<string, unknown>>;
}

/** The action of an `agent.plan` event: the steps and counts the core derives from them. */
export interface PlanAction {
  readonly steps: readonly PlanStep[];
  readonly step_count: number;
  readonly tool_counts: Readonly<Record<string, number>>;
}

/** The action of a `model.call` event, checked before the call for budgets. */
export interface ModelCallAction {
  readonly model: string;
  readonly estimated_input_tokens: number;
}

/** Fields every event carries whatever its kind. */
export interface EventEnvelope {
  readonly version: 1;
  readonly id: string;
  readonly time: string;
  readonly framework: Framework;
  readonly session: EventSession;
  readonly agent: EventAgent;
  readonly budget: BudgetSnapshot;
}

/** A `tool.call` event. */
export interface ToolCallEvent extends EventEnvelope {
  readonly kind: 'tool.call';
  readonly action: ToolCallAction;
}

/** An `agent.spawn` event. */
export interface AgentSpawnEvent extends EventEnvelope {
  readonly kind: 'agent.spawn';
  readonly action: SpawnAction;
}

/** An `agent.delegate` event. */
export interface AgentDelegateEvent extends EventEnvelope {
  readonly kind: 'agent.delegate';
  readonly action: DelegateAction;
}

/** An `agent.plan` event. */
export interface AgentPlanEvent extends EventEnvelope {
  readonly kind: 'agent.plan';
  readonly action: PlanAction;
}

/** A `model.call` event. */
export interface ModelCallEvent extends EventEnvelope {
  readonly kind: 'model.call';
  readonly action: ModelCallAction;
}

/**
 * The input document of the policy contract (`input` in Rego), discriminated on `kind`.
 *
 * Field names are fixed by the contract; see {@link validateEvent} for the runtime check and
 * {@link governanceEventSchema} for the JSON Schema.
 */
export type GovernanceEvent =
  | ToolCallEvent
  | AgentSpawnEvent
  | AgentDelegateEvent
  | AgentPlanEvent
  | ModelCallEvent;
