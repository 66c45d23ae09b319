import type {
  BudgetLimits,
  Framework,
  Governor,
  MemoryAuditSink,
  Principal,
} from '@kitelogik/core';

/** One tool call a scripted model proposes. */
export interface ScriptedCall {
  readonly id: string;
  /** The policy name of the tool, e.g. `fs.write`; an adapter may map it to a framework name. */
  readonly name: string;
  readonly args: Readonly<Record<string, unknown>>;
}

/** A scripted model: each turn proposes a batch of calls; after the last turn it answers `done`. */
export type ScriptedTurns = readonly (readonly ScriptedCall[])[];

/** A tool the suite provides; it records every execution. */
export interface ConformanceTool {
  readonly name: string;
  readonly description: string;
  execute(args: Readonly<Record<string, unknown>>): Promise<string>;
}

/** A child agent the parent can spawn, for the spawn-narrowing specs. */
export interface ConformanceSubagent {
  /** The tool name the parent calls; args `{ task: string }`. */
  readonly name: string;
  /** The scopes the child asks for. */
  readonly scopes: readonly string[];
  readonly turns: ScriptedTurns;
}

/** Everything an adapter needs to build the agent under test. */
export interface AgentFixture {
  readonly governor: Governor;
  readonly principal: Principal;
  /** The root agent's scopes. */
  readonly scopes: readonly string[];
  readonly budgets: BudgetLimits;
  readonly tools: readonly ConformanceTool[];
  readonly turns: ScriptedTurns;
  readonly subagent?: ConformanceSubagent;
}

/** One tool result the model saw. */
export interface ToolResult {
  readonly callId: string;
  readonly content: string;
  readonly isError: boolean;
}

/** A call paused for a human answer. */
export interface PendingCall {
  readonly callId: string;
  readonly name: string;
}

/** Where a run stands after `run()` or `resume()`. */
export interface RunResult {
  readonly toolResults: readonly ToolResult[];
  readonly pending: readonly PendingCall[];
  /** The last model message once the run finished (no call pending). */
  readonly finalText?: string;
}

/** The agent under test, as the adapter drives it. */
export interface ConformanceAgent {
  run(): Promise<RunResult>;
  /** Answers pending approvals by call id and continues the run. */
  resume(answers: Readonly<Record<string, 'approve' | 'reject'>>): Promise<RunResult>;
}

/** What each adapter supplies to {@link specTest}. */
export interface AdapterInitializer {
  /** The framework events are attributed to, e.g. `langgraph`. */
  readonly framework: Framework;
  createAgent(fixture: AgentFixture): ConformanceAgent | Promise<ConformanceAgent>;
}

/** A fixture with the log and counters the specs assert on. */
export interface SpecFixture extends AgentFixture {
  readonly audit: MemoryAuditSink;
  /** How often each tool ran, by name. */
  readonly executions: Map<string, number>;
}
