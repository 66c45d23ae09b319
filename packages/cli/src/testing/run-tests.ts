import type { CoverageCollector, PreparedPolicy } from '@kitelogik/rego';
import { formatRegoError } from '../format-rego-error.js';
import type { DiscoveredTest } from './discover-tests.js';

/** The outcome of one test. */
export interface TestResult {
  readonly test: DiscoveredTest;
  /**
   * PASS iff the rule's value is `true`; FAIL when undefined or anything else; ERROR on a throw;
   * SKIPPED for `todo_test_*`.
   */
  readonly status: 'PASS' | 'FAIL' | 'ERROR' | 'SKIPPED';
  readonly durationNs: number;
  /** The error message, for ERROR. */
  readonly message?: string;
}

/** Options for {@link runTests}. */
export interface RunTestsOptions {
  /** Per-test wall-clock limit in milliseconds. */
  readonly timeoutMs: number;
  /** Receives `print()` output of the tests. */
  readonly print?: (line: string) => void;
  /** Receives the lines each test's evaluation covers (`--coverage`). */
  readonly coverage?: CoverageCollector;
}

/** Evaluates each test rule once (`data.<pkg>.<test>`), timing it. */
export function runTests(
  policy: PreparedPolicy,
  tests: readonly DiscoveredTest[],
  options: RunTestsOptions,
): TestResult[] {
  return tests.map((test): TestResult => {
    if (test.isSkipped) return { test, status: 'SKIPPED', durationNs: 0 };
    const started = process.hrtime.bigint();
    const elapsed = (): number => Number(process.hrtime.bigint() - started);
    try {
      const value = policy.evaluate(test.path.join('/'), {
        timeoutMs: options.timeoutMs,
        ...(options.print === undefined ? {} : { print: options.print }),
        ...(options.coverage === undefined ? {} : { coverage: options.coverage }),
      });
      return { test, status: value === true ? 'PASS' : 'FAIL', durationNs: elapsed() };
    } catch (error) {
      return { test, status: 'ERROR', durationNs: elapsed(), message: formatRegoError(error) };
    }
  });
}
