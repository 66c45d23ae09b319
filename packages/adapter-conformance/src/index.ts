// The suite every adapter runs.

// What an adapter's initializer receives and returns.
export type {
  AdapterInitializer,
  AgentFixture,
  ConformanceAgent,
  ConformanceSubagent,
  ConformanceTool,
  PendingCall,
  RunResult,
  ScriptedCall,
  ScriptedTurns,
  SpecFixture,
  ToolResult,
} from './conformance-types.js';
// Building blocks for an adapter's own extra specs.
export { createSpecFixture, type FixtureOverrides } from './create-spec-fixture.js';
export { specTest } from './spec-test.js';
