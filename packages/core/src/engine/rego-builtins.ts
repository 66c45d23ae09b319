import { callBuiltin, capabilities, RegoError } from '@kitelogik/rego';
import { PolicyEvaluationError } from '../errors/policy-evaluation-error.js';

/** Options for {@link callRegoBuiltin}. */
export interface CallRegoBuiltinOptions {
  /** `time.now_ns()`, from the governor's clock. */
  readonly nowNs?: bigint;
  readonly random?: () => number;
}

/** The names of every builtin the embedded Rego engine implements, sorted. */
export function regoBuiltinNames(): readonly string[] {
  return capabilities();
}

/**
 * Calls one builtin of the embedded engine on JSON arguments: the host side of OPA's Wasm ABI,
 * for engines (such as `@kitelogik/opa`'s Wasm engine) whose modules leave builtins to the host.
 * Synchronous, so it can run inside a Wasm import. `undefined` means no result.
 *
 * @throws PolicyEvaluationError (code `engine.error`) for an unknown builtin or a builtin error.
 */
export function callRegoBuiltin(
  name: string,
  args: readonly unknown[],
  options: CallRegoBuiltinOptions = {},
): unknown {
  try {
    return callBuiltin(name, args, options);
  } catch (cause) {
    const message = RegoError.isInstance(cause) ? cause.toString() : String(cause);
    throw new PolicyEvaluationError({ message, cause });
  }
}
