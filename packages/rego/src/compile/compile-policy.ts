import type { Module } from '../ast.js';
import { createRegistry } from '../builtins/index.js';
import {
  type Builtin,
  type BuiltinImplementation,
  type BuiltinType,
  builtinError,
} from '../builtins/registry.js';
import { RegoError, RegoErrors } from '../errors.js';
import { parseModule } from '../parse.js';
import { CompiledPreparedPolicy, type PreparedPolicy } from '../prepared-policy.js';
import { fromJson, type Value, ValueConversionError } from '../value.js';
import { compileModules } from './compile-modules.js';

/** A builtin supplied by the caller; it replaces a default builtin of the same name. */
export interface CustomBuiltin {
  readonly name: string;
  readonly args: readonly BuiltinType[];
  readonly result?: BuiltinType;
  readonly implementation: BuiltinImplementation;
}

/** Options of {@link compile}. */
export interface CompileOptions {
  readonly modules: readonly { readonly path: string; readonly source: string }[];
  /** The base document, as JS/JSON (bigints allowed). */
  readonly data?: unknown;
  readonly builtins?: readonly CustomBuiltin[];
  /** Enable the `and` / `or` keywords. */
  readonly experimentalKeywords?: boolean;
}

function toBuiltin(custom: CustomBuiltin): Builtin {
  return {
    name: custom.name,
    args: custom.args,
    result: custom.result ?? 'any',
    description: 'custom builtin',
    category: 'custom',
    // Nothing is known about a caller's builtin: never assume it is a pure function of its
    // arguments (results of rule sets calling it are not kept across evaluations).
    isNondeterministic: true,
    implementation: checkedResults(custom),
  };
}

/**
 * A caller's implementation whose results are converted like input: NaN and ±Infinity (an
 * `eval_builtin_error`) and -0 never enter values, and plain JS arrays, objects, sets and maps
 * become Rego values.
 */
function checkedResults(custom: CustomBuiltin): BuiltinImplementation {
  const implementation = custom.implementation;
  return (args, context) => {
    const result: unknown = implementation(args, context);
    if (result === undefined) return undefined;
    try {
      return fromJson(result);
    } catch (error) {
      if (error instanceof ValueConversionError) throw builtinError(custom.name, error.message);
      throw error;
    }
  };
}

/**
 * Parses and compiles Rego modules with base data into a {@link PreparedPolicy}. Throws a
 * {@link RegoError} (a {@link RegoErrors} when there are several) on parse or compile errors.
 */
export function compile(options: CompileOptions): PreparedPolicy {
  const isExperimental = options.experimentalKeywords === true;
  const modules: Module[] = [];
  const parseErrors: RegoError[] = [];
  for (const { path, source } of options.modules) {
    try {
      modules.push(parseModule(source, path, { experimentalKeywords: isExperimental }));
    } catch (error) {
      parseErrors.push(asCompileError(error));
    }
  }
  if (parseErrors.length === 1) throw parseErrors[0];
  if (parseErrors.length > 1) throw new RegoErrors(parseErrors);
  const registry = createRegistry((options.builtins ?? []).map(toBuiltin));
  let data: Value;
  try {
    data = fromJson(options.data ?? {});
  } catch (error) {
    throw new RegoError({
      code: 'rego_compile_error',
      message: `invalid data: ${String(error)}`,
      cause: error,
    });
  }
  try {
    const policy = compileModules(modules, registry);
    return new CompiledPreparedPolicy({ policy, data, modules, isExperimental });
  } catch (error) {
    throw asCompileError(error);
  }
}

/** Any failure while compiling, as a RegoError (a stack overflow means the policy nests too deeply). */
function asCompileError(error: unknown): RegoError {
  if (RegoError.isInstance(error)) return error;
  const message =
    error instanceof RangeError
      ? 'policy too deeply nested'
      : `internal compiler error: ${error instanceof Error ? error.message : String(error)}`;
  return new RegoError({ code: 'rego_compile_error', message, cause: error });
}
