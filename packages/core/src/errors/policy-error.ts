const marker = 'kitelogik.error.PolicyError';
const symbol = Symbol.for(marker);

/** Options shared by every {@link PolicyError}. */
export interface PolicyErrorOptions {
  readonly code: string;
  readonly message: string;
  readonly cause?: unknown;
}

/**
 * The base of every error the core throws, with a stable `code` and the original `cause`.
 *
 * Checks go through {@link PolicyError.isInstance} rather than `instanceof`, because the
 * marker is a `Symbol.for` key and therefore survives duplicated copies of the package.
 * A deny is never an error: errors are for misuse ({@link PolicyConfigError}) and engine
 * faults ({@link PolicyEvaluationError}), and the governor turns the latter into denies.
 */
export class PolicyError extends Error {
  /** A stable machine-readable code, e.g. `config.invalid` or `engine.error`. */
  readonly code: string;
  override readonly cause?: unknown;

  constructor({ code, message, cause }: PolicyErrorOptions) {
    super(message);
    // A `Symbol.for` marker, not `instanceof`, so checks survive duplicated package copies.
    Object.defineProperty(this, symbol, { value: true });
    this.name = 'PolicyError';
    this.code = code;
    if (cause !== undefined) this.cause = cause;
  }

  /** True when `error` is a {@link PolicyError} from any copy of the package. */
  static isInstance(error: unknown): error is PolicyError {
    return PolicyError.hasMarker(error, marker);
  }

  /** True when `error` carries the marker `Symbol.for(name)`. @internal */
  protected static hasMarker(error: unknown, name: string): boolean {
    const key = Symbol.for(name);
    return (
      error != null &&
      typeof error === 'object' &&
      key in error &&
      (error as Record<symbol, unknown>)[key] === true
    );
  }
}
