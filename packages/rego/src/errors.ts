import type { Location } from './ast.js';

/** OPA's error codes, verbatim. */
export type RegoErrorCode =
  | 'rego_parse_error'
  | 'rego_compile_error'
  | 'rego_type_error'
  | 'rego_unsafe_var_error'
  | 'rego_recursion_error'
  | 'eval_conflict_error'
  | 'eval_type_error'
  | 'eval_builtin_error'
  | 'eval_cancel_error'
  | 'eval_limit_error';

const marker = Symbol.for('kitelogik.error.RegoError');

/**
 * An error from parsing, compiling or evaluating Rego, with OPA's code and message wording.
 * Printed as `file:row: code: message`; parse errors also carry a caret snippet in `details`.
 */
export class RegoError extends Error {
  override readonly name: string = 'RegoError';
  readonly code: RegoErrorCode;
  readonly location: Location | undefined;
  /** Extra lines (for parse errors, the source line with a caret under the column). */
  readonly details: string | undefined;

  constructor(options: {
    code: RegoErrorCode;
    message: string;
    location?: Location | undefined;
    details?: string | undefined;
    cause?: unknown;
  }) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code;
    this.location = options.location;
    this.details = options.details;
    Object.defineProperty(this, marker, { value: true });
  }

  /** True for a RegoError from any copy of this package. */
  static isInstance(value: unknown): value is RegoError {
    return typeof value === 'object' && value !== null && marker in value;
  }

  /** OPA's one-line rendering: `file:row: code: message`. */
  override toString(): string {
    const where = this.location ? `${this.location.file}:${this.location.row}: ` : '';
    return `${where}${this.code}: ${this.message}`;
  }
}

/** Several compile errors reported together, as OPA does (`N errors occurred`). */
export class RegoErrors extends RegoError {
  override readonly name: string = 'RegoErrors';
  readonly errors: readonly RegoError[];

  constructor(errors: readonly RegoError[]) {
    const first = errors[0];
    super({
      code: first?.code ?? 'rego_compile_error',
      message:
        errors.length === 1
          ? (first?.message ?? '')
          : `${errors.length} errors occurred:\n${errors.map(String).join('\n')}`,
      location: first?.location,
      details: first?.details,
    });
    this.errors = errors;
  }
}
