/**
 * The slice of the public `@kitelogik/rego` API the conformance runner drives, loaded from the
 * package's built output (`pnpm tsdown`) through its own name, so the runner tests what ships.
 */

/** A JSON-compatible value; integers past 2^53 are bigints. */
export type JsonValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | JsonValue[]
  | { [key: string]: JsonValue };

/** Options of one query, as `PreparedPolicy.query` takes them. */
export interface QueryOptions {
  input?: unknown;
  now?: bigint | Date;
  strictBuiltinErrors?: boolean;
  timeoutMs?: number;
}

/** A compiled policy. */
export interface Policy {
  query(text: string, options?: QueryOptions): Array<Record<string, JsonValue>>;
}

/** A builtin added by the harness (`test.sleep`). */
export interface HarnessBuiltin {
  readonly name: string;
  readonly args: readonly unknown[];
  readonly result?: unknown;
  readonly implementation: (...args: never[]) => unknown;
}

/** `compile` as exported by the package. */
export type Compile = (options: {
  modules: readonly { path: string; source: string }[];
  data?: unknown;
  builtins?: readonly HarnessBuiltin[];
  experimentalKeywords?: boolean;
}) => Policy;

/** An error as the engine throws it (a `RegoError`). */
export interface EngineError {
  readonly code: string;
  readonly message: string;
}

/** The engine, or the reason it cannot run yet. */
export type EngineLoad =
  | { readonly kind: 'ready'; readonly compile: Compile; readonly isError: (e: unknown) => boolean }
  | { readonly kind: 'missing'; readonly reason: string };

/** Loads the built package; reports why when it is not built or exposes no `compile` yet. */
export async function loadEngine(): Promise<EngineLoad> {
  let module: Record<string, unknown>;
  try {
    // biome-ignore lint/style/noRestrictedImports: a self-reference; the runner tests the built package.
    module = (await import('@kitelogik/rego')) as Record<string, unknown>;
  } catch (error) {
    return { kind: 'missing', reason: `cannot import @kitelogik/rego (run pnpm tsdown): ${error}` };
  }
  const compile = module.compile;
  const regoError = module.RegoError as { isInstance?: (e: unknown) => boolean } | undefined;
  if (typeof compile !== 'function') {
    return { kind: 'missing', reason: '@kitelogik/rego does not export compile yet' };
  }
  const isError =
    regoError?.isInstance ?? ((e: unknown) => typeof e === 'object' && e !== null && 'code' in e);
  return { kind: 'ready', compile: compile as Compile, isError };
}
