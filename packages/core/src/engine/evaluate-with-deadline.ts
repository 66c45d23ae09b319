import type { Decision } from '../contract/decision.js';
import { PolicyError } from '../errors/policy-error.js';
import { denyDecision } from './deny-decision.js';
import { normalizeDecision } from './normalize-decision.js';
import type { PreparedPolicy } from './policy-engine.js';

/** What {@link evaluateWithDeadline} needs. */
export interface DeadlineEvaluation {
  readonly prepared: PreparedPolicy;
  readonly query: string;
  readonly input: unknown;
  readonly deadlineMs: number;
}

function describe(error: unknown): string {
  if (PolicyError.isInstance(error)) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

function normalizeResult(result: unknown): Decision {
  try {
    const value =
      typeof result === 'object' && result !== null
        ? (result as { value?: unknown }).value
        : undefined;
    return normalizeDecision(value);
  } catch (error) {
    return denyDecision('decision.malformed', `the decision could not be read: ${describe(error)}`);
  }
}

/**
 * Evaluates a prepared policy and normalises the result, failing closed: a throw or rejection
 * is a deny `engine.error`, exceeding `deadlineMs` is a deny `engine.timeout` (the engine's
 * signal is aborted too), and a missing or malformed decision is a deny. Never rejects.
 */
export function evaluateWithDeadline(options: DeadlineEvaluation): Promise<Decision> {
  const { prepared, query, input, deadlineMs } = options;
  return new Promise<Decision>((resolve) => {
    // Created on first use: most engines finish long before the deadline and never read it.
    let controller: AbortController | undefined;
    const timer = setTimeout(() => {
      controller ??= new AbortController();
      controller.abort(new Error(`policy evaluation exceeded ${deadlineMs} ms`));
      resolve(denyDecision('engine.timeout', `policy evaluation exceeded ${deadlineMs} ms`));
    }, deadlineMs);
    const fail = (error: unknown): void => {
      clearTimeout(timer);
      resolve(denyDecision('engine.error', `policy evaluation failed: ${describe(error)}`));
    };
    const request = {
      query,
      input,
      deadlineMs,
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
