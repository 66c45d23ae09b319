import type { Decision } from '../contract/decision.js';
import { PolicyError } from '../errors/policy-error.js';
import { denyDecision } from './deny-decision.js';
import { normalizeDecision } from './normalize-decision.js';
import type { EvaluationResult, PreparedPolicy } from './policy-engine.js';

/** What {@link evaluateWithDeadline} needs. */
export interface DeadlineEvaluation {
  readonly prepared: PreparedPolicy;
  readonly query: string;
  readonly input: unknown;
  readonly deadlineMs: number;
  /** The governor's clock, passed to the engine for `time.now_ns()`. */
  readonly nowMs?: number;
}

/** A normalised decision, and the engine's own id for it when it has one (OPA's `decision_id`). */
export interface EvaluatedDecision {
  readonly decision: Decision;
  readonly engineDecisionId?: string;
}

function describe(error: unknown): string {
  if (PolicyError.isInstance(error)) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

function normalizeResult(result: unknown): EvaluatedDecision {
  const record =
    typeof result === 'object' && result !== null ? (result as EvaluationResult) : undefined;
  const id = record?.decisionId;
  const withId = (decision: Decision): EvaluatedDecision =>
    typeof id === 'string' ? { decision, engineDecisionId: id } : { decision };
  try {
    return withId(normalizeDecision(record?.value));
  } catch (error) {
    return withId(
      denyDecision('decision.malformed', `the decision could not be read: ${describe(error)}`),
    );
  }
}

function codeOf(error: unknown): 'engine.timeout' | 'engine.error' {
  return PolicyError.isInstance(error) && error.code === 'engine.timeout'
    ? 'engine.timeout'
    : 'engine.error';
}

/**
 * Evaluates a prepared policy and normalises the result, failing closed: a throw or rejection
 * is a deny `engine.error` (`engine.timeout` when the engine reports its own deadline), exceeding `deadlineMs` is a deny `engine.timeout` (the engine's
 * signal is aborted too), and a missing or malformed decision is a deny. Never rejects.
 */
export function evaluateWithDeadline(options: DeadlineEvaluation): Promise<EvaluatedDecision> {
  const { prepared, query, input, deadlineMs, nowMs } = options;
  return new Promise<EvaluatedDecision>((resolve) => {
    // Created on first use: most engines finish long before the deadline and never read it.
    let controller: AbortController | undefined;
    const timer = setTimeout(() => {
      controller ??= new AbortController();
      controller.abort(new Error(`policy evaluation exceeded ${deadlineMs} ms`));
      resolve({
        decision: denyDecision('engine.timeout', `policy evaluation exceeded ${deadlineMs} ms`),
      });
    }, deadlineMs);
    const fail = (error: unknown): void => {
      clearTimeout(timer);
      const message = `policy evaluation failed: ${describe(error)}`;
      resolve({ decision: denyDecision(codeOf(error), message) });
    };
    const request = {
      query,
      input,
      deadlineMs,
      ...(nowMs === undefined ? {} : { nowMs }),
      get signal(): AbortSignal {
        controller ??= new AbortController();
        return controller.signal;
      },
    };
    try {
      prepared.evaluate(request).then((result) => {
        clearTimeout(timer);
        resolve(normalizeResult(result));
      }, fail);
    } catch (error) {
      fail(error);
    }
  });
}
