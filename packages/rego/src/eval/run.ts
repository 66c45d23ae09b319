import type { BuiltinContext } from '../builtins/registry.js';
import { RegoError } from '../errors.js';
import { fromJson, type JsonValue, toJson, type Value } from '../value.js';
import type { EvalContext, EvalRoot, PolicyCache } from './context.js';
import type { CoverageCollector } from './coverage.js';
import { checkDeadline } from './limits.js';

/** Options of one evaluation (see the public `EvaluateOptions`). @internal */
export interface RunOptions {
  /** The input document, as JS/JSON (bigints allowed); converted lazily. */
  readonly input?: unknown;
  /** What `time.now_ns()` returns; default the current time, fixed once per call. */
  readonly now?: bigint | Date;
  /** Raise builtin errors (collected; the first is thrown at the end) instead of undefined. */
  readonly strictBuiltinErrors?: boolean;
  /** Wall-clock budget; past it evaluation throws `eval_cancel_error`. */
  readonly timeoutMs?: number;
  /** Step budget (expressions evaluated); past it evaluation throws `eval_limit_error`. */
  readonly maxSteps?: number;
  /** Receives `print()` lines; by default they are discarded. */
  readonly print?: (line: string) => void;
  /** Random source in [0, 1) for `rand.intn`; default `Math.random`. */
  readonly random?: () => number;
  /** Performs `http.send` requests; without it `http.send` fails. */
  readonly httpSend?: (request: JsonValue) => JsonValue;
  /**
   * Collects line coverage (see {@link CoverageCollector}); off by default, when the evaluator
   * does no extra work beyond one branch per expression.
   */
  readonly coverage?: CoverageCollector;
}

const discard = (): void => {};

function nowOf(now: bigint | Date | undefined): bigint {
  if (typeof now === 'bigint') return now;
  const ms = now instanceof Date ? now.getTime() : Date.now();
  if (!Number.isFinite(ms)) {
    throw new RegoError({
      code: 'eval_type_error',
      message: 'invalid option now: an invalid Date',
    });
  }
  return BigInt(ms) * 1_000_000n;
}

/** The builtin context of one evaluation; the clock and the cache are made on first use. */
class LazyBuiltinContext implements BuiltinContext {
  readonly #options: RunOptions;
  #nowNs: bigint | undefined;
  #queryCache: Map<string, Value> | undefined;
  readonly print: (line: string) => void;
  readonly strict: boolean;
  readonly random: () => number;
  readonly httpSend?: (request: Value) => Value;
  readonly checkDeadline: () => void;

  constructor(options: RunOptions, deadline: number | undefined) {
    this.#options = options;
    this.checkDeadline = deadline === undefined ? discard : () => checkDeadline(deadline);
    this.print = options.print ?? discard;
    this.strict = options.strictBuiltinErrors === true;
    this.random = options.random ?? Math.random;
    const httpSend = options.httpSend;
    if (httpSend) this.httpSend = (request: Value): Value => fromJson(httpSend(toJson(request)));
  }

  get nowNs(): bigint {
    this.#nowNs ??= nowOf(this.#options.now);
    return this.#nowNs;
  }

  get queryCache(): Map<string, Value> {
    this.#queryCache ??= new Map();
    return this.#queryCache;
  }
}

/** Creates the context a top-level evaluation starts in. @internal */
export function createContext(
  options: RunOptions,
  documents: { readonly data: Value; readonly cache: PolicyCache },
): EvalContext {
  const data = documents.data;
  const maxSteps = options.maxSteps;
  const deadline = options.timeoutMs === undefined ? undefined : Date.now() + options.timeoutMs;
  const root: EvalRoot = {
    steps: 0,
    checkpoint: maxSteps === undefined ? 1024 : Math.min(1024, maxSteps + 1),
    maxSteps,
    deadline,
    builtins: new LazyBuiltinContext(options, deadline),
    errors: [],
    cache: documents.cache,
    trail: [],
    coverage: options.coverage,
  };
  let input: Value | undefined;
  try {
    input = options.input === undefined ? undefined : fromJson(options.input);
  } catch (error) {
    if (error instanceof RangeError) {
      throw new RegoError({
        code: 'eval_limit_error',
        message: 'input too deeply nested',
        cause: error,
      });
    }
    throw new RegoError({
      code: 'eval_type_error',
      message: `invalid input: ${String(error)}`,
      cause: error,
    });
  }
  return {
    root,
    input,
    data,
    overrides: undefined,
    mocks: undefined,
    memo: [],
    calls: [],
  };
}

/**
 * Runs an evaluation, converting engine faults into {@link RegoError}s (a JS stack overflow
 * becomes `eval_limit_error`) and raising the first collected strict-mode builtin error. @internal
 */
export function runGuarded<T>(context: EvalContext, run: () => T): T {
  let result: T;
  try {
    result = run();
  } catch (error) {
    if (RegoError.isInstance(error)) throw error;
    if (error instanceof RangeError) {
      // A stack overflow, or a string, array or bigint past the engine's size limits.
      const message = /call stack/i.test(error.message)
        ? 'evaluation exceeded the maximum nesting depth'
        : `evaluation exceeded a size limit: ${error.message}`;
      throw new RegoError({ code: 'eval_limit_error', message, cause: error });
    }
    const message = error instanceof Error ? error.message : String(error);
    throw new RegoError({ code: 'eval_builtin_error', message, cause: error });
  }
  const first = context.root.errors[0];
  if (first) throw first;
  return result;
}
