import type { PolicyBundle } from '../engine/policy-bundle.js';
import type {
  EvaluationRequest,
  EvaluationResult,
  PolicyEngine,
  PreparedPolicy,
} from '../engine/policy-engine.js';
import { PolicyEvaluationError } from '../errors/policy-evaluation-error.js';

/**
 * One scripted step: a raw decision to return, or a special behaviour. A `throw` rejects with
 * a {@link PolicyEvaluationError}; `hang` never settles (until the signal aborts); `garbage`
 * returns a value that is not a decision; `undefined` means "no result".
 */
export type ScriptedResult =
  | { readonly throw: string | Error }
  | { readonly hang: true }
  | { readonly delayMs: number; readonly value: unknown }
  | { readonly garbage: true }
  | { readonly value: unknown };

/** A script: a function of the input returning a raw decision or a {@link ScriptedResult}, or a list of canned results. */
export type EngineScript =
  | ((input: unknown, request: EvaluationRequest) => unknown)
  | readonly ScriptedResult[];

/** Options for {@link createScriptedEngine}. */
export interface ScriptedEngineOptions {
  /** When a list script runs out: repeat the last result (default) or reject. */
  readonly whenExhausted?: 'repeat-last' | 'throw';
  /** Make `prepare` reject, to test bundles that fail to compile. */
  readonly failPrepare?: string;
  /** Keep every request in {@link ScriptedEngine.calls} (default true); off for benchmarks. */
  readonly isRecording?: boolean;
}

/** A {@link PolicyEngine} for unit tests that also records what it was asked. */
export interface ScriptedEngine extends PolicyEngine {
  /** Every evaluation request, in order. */
  readonly calls: EvaluationRequest[];
  /** Every bundle prepared, in order. */
  readonly prepared: PolicyBundle[];
}

function isScripted(value: unknown): value is ScriptedResult {
  return (
    typeof value === 'object' &&
    value !== null &&
    ('throw' in value || 'hang' in value || 'garbage' in value || 'value' in value)
  );
}

function run(
  step: ScriptedResult,
  request: EvaluationRequest,
): Promise<EvaluationResult> | EvaluationResult {
  if ('throw' in step) {
    const cause = step.throw;
    throw PolicyEvaluationError.isInstance(cause)
      ? cause
      : new PolicyEvaluationError({
          message: String(cause instanceof Error ? cause.message : cause),
          cause,
        });
  }
  if ('hang' in step) {
    return new Promise((_resolve, reject) => {
      request.signal?.addEventListener('abort', () => reject(request.signal?.reason), {
        once: true,
      });
    });
  }
  if ('garbage' in step) return { value: ['not', 'a', 'decision', 42] };
  if ('delayMs' in step) {
    return new Promise((resolve) => setTimeout(() => resolve({ value: step.value }), step.delayMs));
  }
  return { value: step.value };
}

/**
 * Creates a scripted {@link PolicyEngine} for unit tests of plumbing (adapters, the governor):
 * `script` is either a function `(input) => rawDecision` (it may also return a
 * {@link ScriptedResult} such as `{ hang: true }`, or throw), or a list of canned results
 * consumed one per evaluation. Not for testing policies: use the real engine for that.
 */
export function createScriptedEngine(
  script: EngineScript,
  options: ScriptedEngineOptions = {},
): ScriptedEngine {
  const calls: EvaluationRequest[] = [];
  const prepared: PolicyBundle[] = [];
  let index = 0;
  const isRecording = options.isRecording ?? true;
  const next = (request: EvaluationRequest): ScriptedResult => {
    if (typeof script === 'function') {
      const out = script(request.input, request);
      return isScripted(out) ? out : { value: out };
    }
    if (index >= script.length && options.whenExhausted === 'throw') {
      return { throw: 'scripted engine: script exhausted' };
    }
    const step = script[Math.min(index, script.length - 1)];
    index++;
    return step ?? { value: undefined };
  };
  return {
    name: 'scripted',
    calls,
    prepared,
    async prepare(bundle: PolicyBundle): Promise<PreparedPolicy> {
      if (options.failPrepare !== undefined) {
        throw new PolicyEvaluationError({ message: options.failPrepare });
      }
      prepared.push(bundle);
      return {
        digest: bundle.digest,
        evaluate(request: EvaluationRequest): Promise<EvaluationResult> {
          if (isRecording) calls.push(request);
          try {
            return Promise.resolve(run(next(request), request));
          } catch (error) {
            return Promise.reject(error);
          }
        },
      };
    },
  };
}
