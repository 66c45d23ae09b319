/**
 * Summaries of a conformance run: pass counts by tier and by folder, as text tables and a JSON
 * report, ending with the one line `conformance: P/T cases pass`.
 */
import type { CaseOutcome } from './run-case.ts';

/** An outcome with where it came from. */
export interface ReportedCase extends CaseOutcome {
  readonly suite: string;
  readonly file: string;
  readonly tier: string;
}

interface Tally {
  pass: number;
  total: number;
}

function tally(
  cases: readonly ReportedCase[],
  keyOf: (c: ReportedCase) => string,
): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const c of cases) {
    const key = keyOf(c);
    const entry = out.get(key) ?? { pass: 0, total: 0 };
    entry.total++;
    if (c.isPass) entry.pass++;
    out.set(key, entry);
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function percent({ pass, total }: Tally): string {
  return total === 0 ? '-' : `${((100 * pass) / total).toFixed(1)}%`;
}

function table(title: string, rows: Map<string, Tally>): string {
  const width = Math.max(title.length, ...[...rows.keys()].map((k) => k.length));
  const lines = [
    `${title.padEnd(width)}  ${'pass'.padStart(5)}  ${'total'.padStart(5)}  ${'%'.padStart(6)}`,
  ];
  for (const [key, t] of rows) {
    lines.push(
      `${key.padEnd(width)}  ${String(t.pass).padStart(5)}  ${String(t.total).padStart(5)}  ${percent(t).padStart(6)}`,
    );
  }
  return lines.join('\n');
}

/** The folder of a case file: its directory (`v1/aggregates`), or `.` at the top. */
export function folderOf(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash < 0 ? '.' : file.slice(0, slash);
}

/** The text report: tables by suite/tier and suite/folder, then the summary line. */
export function formatReport(cases: readonly ReportedCase[]): string {
  const byTier = tally(cases, (c) => `${c.suite} ${c.tier}`);
  const byFolder = tally(cases, (c) => `${c.suite} ${folderOf(c.file)}`);
  const pass = cases.filter((c) => c.isPass).length;
  return [
    table('suite tier', byTier),
    '',
    table('suite folder', byFolder),
    '',
    `conformance: ${pass}/${cases.length} cases pass`,
  ].join('\n');
}

/** The JSON report: a summary and every case with pass/fail and reason. */
export function buildJsonReport(cases: readonly ReportedCase[]): unknown {
  const pass = cases.filter((c) => c.isPass).length;
  return {
    summary: { pass, total: cases.length },
    byTier: Object.fromEntries(tally(cases, (c) => `${c.suite} ${c.tier}`)),
    cases: cases.map((c) => ({
      id: c.id,
      suite: c.suite,
      tier: c.tier,
      pass: c.isPass,
      ...(c.reason === undefined ? {} : { reason: c.reason }),
      durationMs: Math.round(c.durationMs * 1000) / 1000,
    })),
  };
}
