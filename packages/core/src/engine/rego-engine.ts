import { compile, RegoError } from '@kitelogik/rego';
import { PolicyConfigError } from '../errors/policy-config-error.js';
import { PolicyEvaluationError } from '../errors/policy-evaluation-error.js';
import type { PolicyBundle } from './policy-bundle.js';
import type { PolicyEngine, PreparedPolicy } from './policy-engine.js';

/** Options for {@link createRegoEngine}. */
export interface RegoEngineOptions {
  /**
   * Raise builtin errors instead of treating them as undefined (default true): a policy that
   * errors on a hostile argument then fails closed instead of silently skipping a deny rule.
   */
  readonly strictBuiltinErrors?: boolean;
  /** Evaluation step budget per decision; exceeding it is an engine error (a deny). */
  readonly maxSteps?: number;
  /** Where `print()` output goes; discarded by default. */
  readonly print?: (line: string) => void;
}

/**
 * The embedded engine: `@kitelogik/rego`, in-process, no OPA binary and no Wasm build step.
 * Bundles compile once in {@link PolicyEngine.prepare}; each decision is one evaluation of the
 * entrypoint with the deadline the governor passes.
 */
export function createRegoEngine(options: RegoEngineOptions = {}): PolicyEngine {
  const strictBuiltinErrors = options.strictBuiltinErrors ?? true;
  return {
    name: 'rego',
    async prepare(bundle: PolicyBundle): Promise<PreparedPolicy> {
      let compiled: ReturnType<typeof compile>;
      try {
        compiled = compile({ modules: bundle.modules, data: bundle.data });
      } catch (cause) {
        const message = RegoError.isInstance(cause) ? cause.toString() : String(cause);
        throw new PolicyConfigError({
          message: `policy bundle does not compile: ${message}`,
          cause,
        });
      }
      return {
        digest: bundle.digest,
        async evaluate(request) {
          try {
            const value = compiled.evaluate(request.query, {
              input: request.input,
              timeoutMs: request.deadlineMs,
              strictBuiltinErrors,
              ...(request.nowMs === undefined
                ? {}
                : { now: BigInt(Math.trunc(request.nowMs)) * 1_000_000n }),
              ...(options.maxSteps === undefined ? {} : { maxSteps: options.maxSteps }),
              ...(options.print === undefined ? {} : { print: options.print }),
            });
            return { value };
          } catch (cause) {
            const message = RegoError.isInstance(cause) ? cause.toString() : String(cause);
            const code =
              RegoError.isInstance(cause) && cause.code === 'eval_cancel_error'
                ? 'engine.timeout'
                : 'engine.error';
            throw new PolicyEvaluationError({ message, code, cause });
          }
        },
      };
    },
  };
}
