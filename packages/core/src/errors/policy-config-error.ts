import { PolicyError } from './policy-error.js';

const name = 'kitelogik.error.PolicyConfigError';
const symbol = Symbol.for(name);

/**
 * Caller misuse detected at construction (a missing engine, a bad option): thrown by
 * factories such as {@link createGovernor}, never by a decision.
 */
export class PolicyConfigError extends PolicyError {
  constructor(options: { readonly message: string; readonly cause?: unknown }) {
    super({ code: 'config.invalid', ...options });
    Object.defineProperty(this, symbol, { value: true });
    this.name = 'PolicyConfigError';
  }

  /** True when `error` is a {@link PolicyConfigError} from any copy of the package. */
  static override isInstance(error: unknown): error is PolicyConfigError {
    return PolicyError.hasMarker(error, name);
  }
}
