// Test helpers for adapters and applications: a scripted policy engine.
export type {
  EngineScript,
  ScriptedEngine,
  ScriptedEngineOptions,
  ScriptedResult,
} from './scripted-engine.js';
export { createScriptedEngine } from './scripted-engine.js';
// Policy bundles built in memory, for tests of bundle loading.
export { writeTar, writeTarGz } from './write-tar.js';
