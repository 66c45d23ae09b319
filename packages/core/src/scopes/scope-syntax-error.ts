import { PolicyError } from '../errors/policy-error.js';

const marker = 'kitelogik.error.ScopeSyntaxError';
const symbol = Symbol.for(marker);

/**
 * Thrown by {@link parseScope} for text that is not `resource:action[:qualifier]`.
 *
 * It is caller misuse (a malformed scope in configuration), so it is thrown; code that
 * handles untrusted scope text uses {@link tryParseScope} instead.
 */
export class ScopeSyntaxError extends PolicyError {
  /** The scope text that failed to parse. */
  readonly text: string;

  constructor(text: string, problem: string) {
    super({ code: 'scope_syntax', message: `invalid scope ${JSON.stringify(text)}: ${problem}` });
    this.name = 'ScopeSyntaxError';
    this.text = text;
    // Set in the constructor: a computed class field cannot carry an isolated declaration.
    Object.defineProperty(this, symbol, { value: true });
  }

  /** True when `error` is a {@link ScopeSyntaxError} from any copy of the package. */
  static override isInstance(error: unknown): error is ScopeSyntaxError {
    return PolicyError.hasMarker(error, marker);
  }
}
