import type { Style } from '../style.js';
import type { RuleCoverage } from './rule-coverage.js';
import type { TestResult } from './run-tests.js';

const RULE = '-'.repeat(80);

/** A duration the way `opa test` prints it: `812µs`, `1.23ms`, `2.5s`. */
export function formatDuration(ns: number): string {
  if (ns < 1_000_000) return `${(ns / 1000).toFixed(0)}µs`;
  if (ns < 1_000_000_000) return `${(ns / 1_000_000).toFixed(2)}ms`;
  return `${(ns / 1_000_000_000).toFixed(2)}s`;
}

/**
 * The `opa test`-style report: results grouped by file (every test with `verbose`, else only
 * failures and errors), failures with their `file:row`, errors with their message, then the
 * PASS/FAIL/ERROR counts.
 */
export function reportTests(
  results: readonly TestResult[],
  options: { verbose: boolean; style: Style },
): string {
  const { style } = options;
  const lines: string[] = [];
  const shown = results.filter(
    (r) => options.verbose || r.status === 'FAIL' || r.status === 'ERROR',
  );
  let file: string | undefined;
  for (const result of shown) {
    if (result.test.file !== file) {
      if (file !== undefined) lines.push('');
      file = result.test.file;
      lines.push(`${file}:`);
    }
    const status = {
      PASS: style.green('PASS'),
      FAIL: style.red('FAIL'),
      ERROR: style.red('ERROR'),
      SKIPPED: style.yellow('SKIPPED'),
    }[result.status];
    const duration = result.status === 'SKIPPED' ? '' : ` (${formatDuration(result.durationNs)})`;
    lines.push(`${result.test.name}: ${status}${duration}`);
    if (result.status === 'FAIL')
      lines.push(`  ${style.dim(`${result.test.file}:${result.test.row}`)}`);
    if (result.status === 'ERROR') {
      for (const line of (result.message ?? '').split('\n')) lines.push(`  ${line}`);
    }
  }
  if (shown.length > 0) lines.push(RULE);
  const total = results.length;
  const count = (status: TestResult['status']): number =>
    results.filter((r) => r.status === status).length;
  const [pass, fail, error, skipped] = [
    count('PASS'),
    count('FAIL'),
    count('ERROR'),
    count('SKIPPED'),
  ];
  if (pass > 0 || total === 0) lines.push(style.green(`PASS: ${pass}/${total}`));
  if (fail > 0) lines.push(style.red(`FAIL: ${fail}/${total}`));
  if (error > 0) lines.push(style.red(`ERROR: ${error}/${total}`));
  if (skipped > 0) lines.push(style.yellow(`SKIPPED: ${skipped}/${total}`));
  return `${lines.join('\n')}\n`;
}

/** The `--coverage` report: covered/total rules, then each uncovered rule with its location. */
export function reportCoverage(coverage: readonly RuleCoverage[]): string {
  const covered = coverage.filter((rule) => rule.isCovered).length;
  const total = coverage.length;
  const percent = total === 0 ? 100 : (covered / total) * 100;
  const lines = [
    RULE,
    `Rule coverage (static: rules a test refers to, directly or through other rules): ${covered}/${total} (${percent.toFixed(1)}%)`,
  ];
  for (const rule of coverage.filter((r) => !r.isCovered)) {
    lines.push(`  not covered: ${rule.name} (${rule.file}:${rule.row})`);
  }
  return `${lines.join('\n')}\n`;
}
