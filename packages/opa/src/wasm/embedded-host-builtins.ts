import { callRegoBuiltin, regoBuiltinNames } from '@kitelogik/core';
import type { HostBuiltins } from './host-builtins.js';

/**
 * The default host builtins: the embedded Rego engine's own implementations, through core (opa
 * does not import @kitelogik/rego). A Wasm module's `regex.match` or `time.parse_ns` then behaves
 * exactly as it does under the embedded engine, with `time.now_ns` from the governor's clock.
 */
export function createEmbeddedHostBuiltins(): HostBuiltins {
  const names = new Set(regoBuiltinNames());
  return {
    has: (name) => names.has(name),
    call: (name, args, context) => callRegoBuiltin(name, args, { nowNs: context.nowNs }),
  };
}
