import type { Style } from '../style.js';
import { type CoverageReport, countRows, type RowRange } from './coverage-report.js';
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

function formatRanges(ranges: readonly RowRange[]): string {
  return ranges
    .map((r) => (r.start.row === r.end.row ? `${r.start.row}` : `${r.start.row}-${r.end.row}`))
    .join(', ');
}

/**
 * The `--coverage` report: per file `covered/coverable lines (pct%)`, then the total; `verbose`
 * also lists each file's uncovered rows.
 */
export function reportCoverage(report: CoverageReport, options: { verbose: boolean }): string {
  const lines = [
    RULE,
    'Coverage (a line is covered when an expression on it held or a rule head on it produced a value):',
  ];
  let covered = 0;
  let total = 0;
  for (const [file, fileReport] of Object.entries(report.files)) {
    const yes = countRows(fileReport.covered);
    const all = yes + countRows(fileReport.not_covered);
    covered += yes;
    total += all;
    lines.push(`${file}: ${yes}/${all} lines (${fileReport.coverage.toFixed(2)}%)`);
    if (options.verbose && fileReport.not_covered.length > 0) {
      lines.push(`  not covered: ${formatRanges(fileReport.not_covered)}`);
    }
  }
  lines.push(`Total: ${covered}/${total} lines (${report.coverage.toFixed(2)}%)`);
  return `${lines.join('\n')}\n`;
}
