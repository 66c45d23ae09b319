import { RegoError } from '../../errors.js';
import type { Value } from '../../value.js';
import { type BuiltinContext, BuiltinRegistry } from '../registry.js';

/** Calls builtins of some families directly, without an evaluator. */
export interface BuiltinHarness {
  /** The builtin's result; throws for a builtin that is not registered. */
  call(name: string, ...args: Value[]): Value | undefined;
  /** The RegoError a call raises; throws when the call succeeds or raises anything else. */
  errorOf(name: string, ...args: Value[]): { code: string; message: string };
}

const context: BuiltinContext = {
  nowNs: 0n,
  queryCache: new Map(),
  print: () => {},
  strict: true,
  random: () => 0,
};

/** A registry holding the given families, and helpers to call into it. */
export function builtinHarness(
  families: readonly ((registry: BuiltinRegistry) => void)[],
): BuiltinHarness {
  const registry = new BuiltinRegistry();
  for (const register of families) register(registry);
  const call = (name: string, ...args: Value[]): Value | undefined => {
    const builtin = registry.get(name);
    if (builtin === undefined) throw new Error(`no builtin ${name}`);
    return builtin.implementation(args, context);
  };
  const errorOf = (name: string, ...args: Value[]): { code: string; message: string } => {
    try {
      call(name, ...args);
    } catch (error) {
      if (RegoError.isInstance(error)) return { code: error.code, message: error.message };
      throw error;
    }
    throw new Error(`${name} did not fail`);
  };
  return { call, errorOf };
}
