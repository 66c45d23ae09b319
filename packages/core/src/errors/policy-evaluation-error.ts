import { PolicyError } from './policy-error.js';

const name = 'kitelogik.error.PolicyEvaluationError';
const symbol = Symbol.for(name);

/**
 * A fault inside a policy engine (a compile or evaluation error, a crash): engines throw it,
 * and the governor turns it into a deny with code `engine.error` (fail closed).
 */
export class PolicyEvaluationError extends PolicyError {
  constructor(options: {
    readonly message: string;
    readonly code?: string;
    readonly cause?: unknown;
  }) {
    super({ ...options, code: options.code ?? 'engine.error' });
    Object.defineProperty(this, symbol, { value: true });
    this.name = 'PolicyEvaluationError';
  }

  /** True when `error` is a {@link PolicyEvaluationError} from any copy of the package. */
  static override isInstance(error: unknown): error is PolicyEvaluationError {
    return PolicyError.hasMarker(error, name);
  }
}
