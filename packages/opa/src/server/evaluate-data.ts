import { PolicyError, type PreparedPolicy } from '@kitelogik/core';

/** An evaluation's outcome: a value (maybe undefined), or an engine error in OPA's shape. */
export type DataOutcome =
  | { readonly ok: true; readonly result: unknown }
  | {
      readonly ok: false;
      readonly error: { readonly code: string; readonly message: string };
    };

function engineError(error: unknown): { code: string; message: string } {
  // The embedded engine wraps a RegoError whose code (`eval_conflict_error`, …) is OPA's own.
  const cause = PolicyError.isInstance(error) ? error.cause : error;
  if (typeof cause === 'object' && cause !== null && 'code' in cause && 'message' in cause) {
    return { code: String(cause.code), message: String(cause.message) };
  }
  return {
    code: PolicyError.isInstance(error) ? error.code : 'internal_error',
    message: error instanceof Error ? error.message : String(error),
  };
}

/**
 * Evaluates the document at `segments` (the URL path below `/v1/data`) with `input`. The query
 * is passed in slash form so that any key, dotted or not, stays one path segment.
 */
export async function evaluateData(options: {
  readonly prepared: PreparedPolicy;
  readonly segments: readonly string[];
  readonly input: unknown;
  readonly deadlineMs: number;
}): Promise<DataOutcome> {
  try {
    const { value } = await options.prepared.evaluate({
      query: `/${options.segments.join('/')}`,
      input: options.input,
      deadlineMs: options.deadlineMs,
    });
    return { ok: true, result: value };
  } catch (error) {
    return { ok: false, error: engineError(error) };
  }
}
