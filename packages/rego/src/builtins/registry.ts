import { RegoError } from '../errors.js';
import type { Value } from '../value.js';

/** A declared operand or result type, as OPA's capabilities describe it. */
export type BuiltinType =
  | 'any'
  | 'null'
  | 'boolean'
  | 'number'
  | 'string'
  | 'array'
  | 'object'
  | 'set'
  | readonly BuiltinType[];

/** What a builtin may use from the evaluation it runs in. */
export interface BuiltinContext {
  /** Nanoseconds since the epoch, fixed once per query (OPA's `time.now_ns()`). */
  readonly nowNs: bigint;
  /** Per-query cache, for builtins that must answer the same within one query (uuid.rfc4122, rand.intn). */
  readonly queryCache: Map<string, Value>;
  /** Captures a `print()` line; never writes to stdout. */
  readonly print: (line: string) => void;
  /** Whether builtin errors are raised (strict) or make the expression undefined. */
  readonly strict: boolean;
  /** Random source in [0, 1); caller-provided so tests stay deterministic. */
  readonly random: () => number;
  /** Caller-provided `http.send`; absent means the builtin errors. */
  readonly httpSend?: (request: Value) => Value;
  /**
   * Throws `eval_cancel_error` once the evaluation's `timeoutMs` has passed. A builtin whose
   * work grows with its operands (expansions, path searches) calls it every
   * {@link CHECK_DEADLINE_EVERY} units of work, so one call cannot outlive the deadline.
   */
  readonly checkDeadline?: () => void;
}

/** How many units of work a long-running builtin does between {@link BuiltinContext.checkDeadline} calls. */
export const CHECK_DEADLINE_EVERY = 4096;

/** A builtin's implementation: returns a value, or undefined for "no result". */
export type BuiltinImplementation = (
  args: readonly Value[],
  context: BuiltinContext,
) => Value | undefined;

/** The declaration of a builtin, apart from its implementation. */
export interface BuiltinDeclaration {
  /** Dotted name, e.g. `strings.replace_n`. */
  readonly name: string;
  readonly args: readonly BuiltinType[];
  readonly result: BuiltinType;
  readonly description: string;
  readonly category: string;
  /** Non-deterministic builtins (time.now_ns, rand.*, http.send) are excluded from some caches. */
  readonly isNondeterministic?: boolean;
  /**
   * Relations (like `walk`) produce many results: the implementation returns an array of all
   * outputs and the evaluator iterates them.
   */
  readonly isRelation?: boolean;
}

/** A declared and implemented builtin. */
export interface Builtin extends BuiltinDeclaration {
  readonly implementation: BuiltinImplementation;
}

/** The table of builtins an engine evaluates with; family files `register()` into it. */
export class BuiltinRegistry {
  readonly #builtins = new Map<string, Builtin>();

  /** Adds a builtin; a duplicate name is a programming error. */
  define(declaration: BuiltinDeclaration, implementation: BuiltinImplementation): void {
    if (this.#builtins.has(declaration.name)) {
      throw new Error(`builtin ${declaration.name} is defined twice`);
    }
    this.#builtins.set(declaration.name, { ...declaration, implementation });
  }

  /** The builtin named `name`, if any. */
  get(name: string): Builtin | undefined {
    return this.#builtins.get(name);
  }

  /** All builtins, sorted by name (for the capabilities list). */
  list(): Builtin[] {
    return [...this.#builtins.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
  }
}

/** An `eval_builtin_error` raised by builtin `name`: message reads `name: message`. */
export function builtinError(name: string, message: string): RegoError {
  return new RegoError({ code: 'eval_builtin_error', message: `${name}: ${message}` });
}

/** An `eval_type_error` raised by builtin `name`: message reads `name: message`. */
export function builtinTypeError(name: string, message: string): RegoError {
  return new RegoError({ code: 'eval_type_error', message: `${name}: ${message}` });
}
