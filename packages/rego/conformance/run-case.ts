/**
 * Runs one conformance case the way OPA's harness does: modules named `test-<i>.rego`, the
 * `test.sleep` builtin, `time.now_ns()` fixed per query, strict builtin errors on request, and
 * rows compared as a set after JSON conversion.
 */
import { compareRows } from './compare-results.ts';
import type { Compile, HarnessBuiltin, Policy } from './engine.ts';
import { readInputTerm } from './input-term.ts';
import type { ConformanceCase } from './load-cases.ts';

/** The result of one case. */
export interface CaseOutcome {
  readonly id: string;
  readonly isPass: boolean;
  /** Why it failed (or undefined when it passed). */
  readonly reason?: string;
  readonly durationMs: number;
}

/** What a case run needs. */
export interface RunCaseOptions {
  readonly compile: Compile;
  /** Per-case evaluation deadline. */
  readonly timeoutMs: number;
  /** Tells the engine's own errors apart from crashes (reported as `internal error`). */
  readonly isEngineError?: (error: unknown) => boolean;
}

const UNITS: Readonly<Record<string, number>> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60000,
};
const sleepCell = new Int32Array(new SharedArrayBuffer(4));

/** OPA's harness builtin `test.sleep("10ms")`: blocks for the duration, returns null. */
export const testSleep: HarnessBuiltin = {
  name: 'test.sleep',
  args: ['string'],
  result: 'null',
  implementation: (...args: unknown[]) => {
    const first = Array.isArray(args[0]) ? args[0][0] : args[0];
    const match = /^(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m)$/.exec(String(first));
    const ms = match ? Number(match[1]) * (UNITS[match[2] as string] ?? 1) : 0;
    if (ms > 0) Atomics.wait(sleepCell, 0, 0, Math.min(ms, 1000));
    return null;
  },
};

function describeError(error: unknown, isEngineError?: (error: unknown) => boolean): string {
  if (isEngineError !== undefined && !isEngineError(error)) {
    return `internal error (not a RegoError): ${String(error)}`;
  }
  if (typeof error !== 'object' || error === null || !('message' in error)) return String(error);
  // A RegoError prints as OPA does, `file:row: code: message`, and OPA's expected messages
  // include the location.
  if (error.toString !== Error.prototype.toString) return String(error);
  const code = 'code' in error ? `${String(error.code)}: ` : '';
  return `${code}${String(error.message)}`;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String(error.code)
    : undefined;
}

function resolveInput(testCase: ConformanceCase, policy: Policy): { input?: unknown } {
  if (testCase.inputTerm !== undefined) {
    const literal = readInputTerm(testCase.inputTerm);
    if (literal) return { input: literal.value };
    const rows = policy.query(`__harness_input := ${testCase.inputTerm}`);
    return { input: rows[0]?.__harness_input };
  }
  return 'input' in testCase ? { input: testCase.input } : {};
}

/** Runs a case; never throws. */
export function runCase(testCase: ConformanceCase, options: RunCaseOptions): CaseOutcome {
  const started = performance.now();
  const done = (isPass: boolean, reason?: string): CaseOutcome => {
    const durationMs = performance.now() - started;
    return reason === undefined
      ? { id: testCase.id, isPass, durationMs }
      : { id: testCase.id, isPass, reason, durationMs };
  };
  let policy: Policy;
  try {
    policy = options.compile({
      modules: testCase.modules.map((source, i) => ({ path: `test-${i}.rego`, source })),
      data: testCase.data ?? {},
      builtins: [testSleep],
      experimentalKeywords: testCase.isExperimentalKeywords,
    });
  } catch (error) {
    return done(false, `compile error: ${describeError(error, options.isEngineError)}`);
  }
  let rows: Record<string, unknown>[];
  try {
    const input = resolveInput(testCase, policy);
    rows = policy.query(testCase.query, {
      ...input,
      now: BigInt(Date.now()) * 1_000_000n,
      strictBuiltinErrors: testCase.isStrictError,
      timeoutMs: options.timeoutMs,
    });
  } catch (error) {
    return done(...checkError(testCase, describeError(error, options.isEngineError), error));
  }
  if (testCase.wantErrorCode !== undefined || testCase.wantError !== undefined) {
    return done(
      false,
      `want error ${testCase.wantErrorCode ?? ''} ${testCase.wantError ?? ''}, got rows`,
    );
  }
  const comparison = compareRows(testCase.wantResult ?? [], rows, testCase);
  return comparison.isEqual
    ? done(true)
    : done(false, `want ${comparison.expected}, got ${comparison.actual}`);
}

function checkError(
  testCase: ConformanceCase,
  message: string,
  error: unknown,
): [boolean, string?] {
  const { wantErrorCode, wantError } = testCase;
  if (wantErrorCode === undefined && wantError === undefined) return [false, `error: ${message}`];
  if (wantErrorCode !== undefined && errorCode(error) !== wantErrorCode) {
    return [false, `want error code ${wantErrorCode}, got ${message}`];
  }
  if (wantError !== undefined && !message.includes(wantError)) {
    return [false, `want error containing ${JSON.stringify(wantError)}, got ${message}`];
  }
  return [true];
}
