import { createDefaultRegistry } from './builtins/index.js';
import { RegoError } from './errors.js';
import { fromJson, type JsonValue, toJson, type Value } from './value.js';

/** Options for {@link callBuiltin}. */
export interface CallBuiltinOptions {
  /** `time.now_ns()` for time builtins; default the current time. */
  readonly nowNs?: bigint;
  /** Random source in [0, 1); default `Math.random`. */
  readonly random?: () => number;
}

/**
 * Calls one builtin of the engine by name on JSON arguments, outside any policy: the host side
 * of OPA's Wasm ABI, where a Wasm module leaves builtins such as `regex.match` to its host.
 * Returns the result as JSON, or `undefined` for no result.
 *
 * @throws RegoError for an unknown builtin, a wrong argument count, or an error the builtin
 * raises (`eval_type_error`, `eval_builtin_error`).
 */
export function callBuiltin(
  name: string,
  args: readonly unknown[],
  options: CallBuiltinOptions = {},
): JsonValue | undefined {
  const builtin = createDefaultRegistry().get(name);
  if (builtin === undefined) {
    throw new RegoError({ code: 'rego_type_error', message: `undefined function ${name}` });
  }
  if (args.length !== builtin.args.length) {
    const message = `${name}: arity mismatch: ${args.length} arguments given, ${builtin.args.length} expected`;
    throw new RegoError({ code: 'rego_type_error', message });
  }
  let result: Value | undefined;
  try {
    result = builtin.implementation(args.map(fromJson), {
      nowNs: options.nowNs ?? BigInt(Date.now()) * 1_000_000n,
      queryCache: new Map(),
      print: () => {},
      strict: true,
      random: options.random ?? Math.random,
    });
  } catch (error) {
    if (RegoError.isInstance(error)) throw error;
    throw new RegoError({
      code: 'eval_builtin_error',
      message: `${name}: ${String(error)}`,
      cause: error,
    });
  }
  return result === undefined ? undefined : toJson(result);
}
