import type { CoverageCollector, Module } from '@kitelogik/rego';
import { coverableLines } from './coverable-lines.js';

/** Consecutive rows, inclusive, as `opa test --coverage` writes them. */
export interface RowRange {
  readonly start: { readonly row: number };
  readonly end: { readonly row: number };
}

/** The coverage of one file: covered and uncovered rows, and the covered percentage. */
export interface FileCoverage {
  readonly covered: readonly RowRange[];
  readonly not_covered: readonly RowRange[];
  /** Percent of the file's coverable rows that are covered, to two decimals. */
  readonly coverage: number;
}

/** OPA's coverage report shape: per file, then the percentage over all files. */
export interface CoverageReport {
  readonly files: Readonly<Record<string, FileCoverage>>;
  readonly coverage: number;
}

/** A {@link CoverageCollector} that keeps the reported rows per file. */
export interface LineCollector extends CoverageCollector {
  readonly rows: ReadonlyMap<string, ReadonlySet<number>>;
}

/** A fresh {@link LineCollector}, to pass as `coverage` to every test evaluation. */
export function createLineCollector(): LineCollector {
  const rows = new Map<string, Set<number>>();
  return {
    rows,
    hit(file, row) {
      let set = rows.get(file);
      if (set === undefined) {
        set = new Set();
        rows.set(file, set);
      }
      set.add(row);
    },
  };
}

/** Sorted rows as ranges of consecutive rows. */
export function toRanges(rows: readonly number[]): RowRange[] {
  const ranges: RowRange[] = [];
  let start: number | undefined;
  let end = 0;
  for (const row of rows) {
    if (start !== undefined && row === end + 1) {
      end = row;
      continue;
    }
    if (start !== undefined) ranges.push({ start: { row: start }, end: { row: end } });
    start = row;
    end = row;
  }
  if (start !== undefined) ranges.push({ start: { row: start }, end: { row: end } });
  return ranges;
}

function percent(covered: number, total: number): number {
  return total === 0 ? 0 : Math.round((10_000 * covered) / total) / 100;
}

/**
 * The coverage of the non-test modules: a coverable row (rule head or expression, see
 * {@link coverableLines}) is covered when the engine reported it, else not covered. Files are
 * in path order.
 */
export function buildCoverageReport(
  modules: readonly Module[],
  hits: ReadonlyMap<string, ReadonlySet<number>>,
): CoverageReport {
  const files: Record<string, FileCoverage> = {};
  let covered = 0;
  let total = 0;
  const coverable = [...coverableLines(modules)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [file, rows] of coverable) {
    if (rows.size === 0) continue;
    const hit = hits.get(file);
    const sorted = [...rows].sort((a, b) => a - b);
    const yes = sorted.filter((row) => hit?.has(row) === true);
    const no = sorted.filter((row) => hit?.has(row) !== true);
    files[file] = {
      covered: toRanges(yes),
      not_covered: toRanges(no),
      coverage: percent(yes.length, sorted.length),
    };
    covered += yes.length;
    total += sorted.length;
  }
  return { files, coverage: percent(covered, total) };
}

/** How many rows the ranges span. */
export function countRows(ranges: readonly RowRange[]): number {
  let n = 0;
  for (const range of ranges) n += range.end.row - range.start.row + 1;
  return n;
}
