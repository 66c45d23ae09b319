// OPA's Wasm engine: bundles built by `opa build -t wasm`, with host builtins.

// Wasm bundles: what `opa build -t wasm` writes (Rego bundles are core's `parsePolicyBundle`).
export { readWasmBundle, type WasmBundle } from './bundle/read-wasm-bundle.js';
// OPA over REST: the Data API client engine.
export {
  type OpaEvaluationResult,
  type OpaHttpEngineOptions,
  opaHttpEngine,
} from './http/opa-http-engine.js';
// An OPA-compatible decision server backed by the embedded engine (`kitelogik serve`).
export {
  createDecisionServer,
  type DecisionServer,
  type DecisionServerOptions,
  type ReloadResult,
} from './server/create-decision-server.js';
export { createEmbeddedHostBuiltins } from './wasm/embedded-host-builtins.js';
export type { HostBuiltinContext, HostBuiltins } from './wasm/host-builtins.js';
export {
  type BareWasmPolicy,
  type OpaWasmEngineOptions,
  opaWasmEngine,
} from './wasm/opa-wasm-engine.js';
