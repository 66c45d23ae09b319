// Test helpers for adapters and applications: a scripted policy engine.
export type {
  EngineScript,
  ScriptedEngine,
  ScriptedEngineOptions,
  ScriptedResult,
} from './scripted-engine.js';
export { createScriptedEngine } from './scripted-engine.js';
