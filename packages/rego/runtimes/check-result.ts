/** One comparison made by `check.js`: a rule's value, the query, METADATA or a parse error. */
export interface CheckStep {
  readonly name: string;
  readonly ok: boolean;
  readonly got: string;
  readonly want: string;
}

/** What `check.js` reports from one runtime, plus what the host adds about how it ran. */
export interface CheckResult {
  /** The runtime's name and version, as the runtime itself reports them. */
  readonly runtime: string;
  /** Whether `eval` threw there, so a pass also proves the engine compiles no code from strings. */
  readonly isCodeGenerationBlocked: boolean;
  readonly ok: boolean;
  readonly checks: readonly CheckStep[];
  /** What the host noticed beyond the checks (CSP violations, leftover Node globals). */
  readonly notes?: readonly string[];
}
