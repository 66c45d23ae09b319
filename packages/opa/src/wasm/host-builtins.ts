/** What a host builtin may read from the evaluation it runs in. */
export interface HostBuiltinContext {
  /** `time.now_ns()` of this evaluation: the governor's clock, fixed once per evaluation. */
  readonly nowNs: bigint;
}

/**
 * Builtins a Wasm module leaves to the host (OPA compiles most builtins into the module, but not
 * `regex.*`, `json.match_schema`, `time.*` with zones, …), called by name on JSON values.
 *
 * By default they come from the embedded Rego engine ({@link createEmbeddedHostBuiltins}).
 */
export interface HostBuiltins {
  /** Whether `name` is implemented. */
  has(name: string): boolean;
  /**
   * Calls builtin `name` with JSON arguments; returns its JSON result, or `undefined` for no
   * result. Throws on a builtin error, which fails the evaluation (a deny).
   */
  call(name: string, args: readonly unknown[], context: HostBuiltinContext): unknown;
}

/**
 * The builtins `@open-policy-agent/opa-wasm` 1.10 implements itself (src/builtins/*.js). They
 * take precedence over ours in its dispatcher, so they need no host implementation.
 */
export const SDK_BUILTINS: ReadonlySet<string> = new Set([
  'json.is_valid',
  'regex.split',
  'sprintf',
  'yaml.is_valid',
  'yaml.marshal',
  'yaml.unmarshal',
]);

/** `time.now_ns`, which the engine answers from the governor's clock rather than a builtin table. */
export const CLOCK_BUILTIN = 'time.now_ns';
