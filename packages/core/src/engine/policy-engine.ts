import type { PolicyBundle } from './policy-bundle.js';

/** One evaluation: the query (entrypoint), the input document and a time budget. */
export interface EvaluationRequest {
  /** A Rego reference such as `data.kitelogik.main.decision`. */
  readonly query: string;
  readonly input: unknown;
  /** How long the engine may take, in milliseconds; the governor also enforces it. */
  readonly deadlineMs: number;
  /** Aborted when the governor has given up on this evaluation. */
  readonly signal?: AbortSignal;
  /** The governor's clock (epoch ms), for `time.now_ns()`, so evaluation is reproducible. */
  readonly nowMs?: number;
}

/** What an evaluation produced; `value` is `undefined` when the query has no result. */
export interface EvaluationResult {
  readonly value: unknown;
  /** The engine's own id for this decision (OPA's `decision_id`), kept in the audit record. */
  readonly decisionId?: string;
}

/**
 * A compiled policy bundle, ready to evaluate many times (OPA's `PrepareForEval`).
 *
 * `evaluate` rejects (ideally with a {@link PolicyEvaluationError}) on an engine fault; the
 * governor turns any rejection into a deny.
 */
export interface PreparedPolicy {
  /** The digest of the bundle this was prepared from, written to every audit record. */
  readonly digest: string;
  evaluate(request: EvaluationRequest): Promise<EvaluationResult>;
}

/**
 * An engine that can compile policy bundles: the embedded Rego engine, OPA (Wasm or REST), or
 * the scripted engine in `@kitelogik/core/testing`. Compile once, evaluate many times.
 */
export interface PolicyEngine {
  /** A short name for telemetry and audit, e.g. `rego` or `scripted`. */
  readonly name: string;
  prepare(bundle: PolicyBundle): Promise<PreparedPolicy>;
}
