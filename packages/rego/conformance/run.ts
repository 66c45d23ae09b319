/**
 * The conformance runner: `node conformance/run.ts [--suite DIR] [--check] [--update]
 * [--filter substr] [--report FILE]`. Runs OPA's corpus (default `../shared/opa-conformance`
 * from the repository root; skipped with a message when absent) and our own cases in
 * `conformance/cases/` against the built package, prints tables by tier and folder, and ends
 * with `conformance: P/T cases pass`. `--check` fails when a case listed in `opa.passing` fails;
 * `--update` adds newly passing cases to that list.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadEngine } from './engine.ts';
import { type ConformanceCase, loadCases } from './load-cases.ts';
import { findRegressions, readPassingList, updatePassingList } from './passing-list.ts';
import { buildJsonReport, formatReport, type ReportedCase } from './report.ts';
import { runCase } from './run-case.ts';
import { loadTiers, type TierLookup } from './tiers.ts';

const here = import.meta.dirname;
const packageDir = dirname(here);
const DEFAULT_SUITE = resolve(packageDir, '../../../shared/opa-conformance');
const OWN_CASES = join(here, 'cases');
const PASSING = join(here, 'opa.passing');
const TIMEOUT_MS = 5000;

const out = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

interface Suite {
  readonly name: string;
  readonly cases: readonly ConformanceCase[];
  readonly tiers: TierLookup;
}

function loadSuites(suiteDir: string, filter: string | undefined): Suite[] {
  const suites: Suite[] = [];
  if (existsSync(suiteDir)) {
    suites.push({
      name: 'opa',
      cases: loadCases(suiteDir),
      tiers: loadTiers(join(suiteDir, 'tiers.tsv')),
    });
  } else {
    out(`OPA conformance suite not found at ${suiteDir}: skipping it`);
  }
  // Our own cases keep the `cases/` prefix in their ids so they never collide with OPA's.
  suites.push({ name: 'own', cases: loadCases(OWN_CASES, here), tiers: () => 'own' });
  return suites.map((suite) => ({
    ...suite,
    cases: filter === undefined ? suite.cases : suite.cases.filter((c) => c.id.includes(filter)),
  }));
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      suite: { type: 'string' },
      check: { type: 'boolean', default: false },
      update: { type: 'boolean', default: false },
      filter: { type: 'string' },
      report: { type: 'string' },
    },
  });
  const suiteDir = values.suite === undefined ? DEFAULT_SUITE : resolve(values.suite);
  const engine = await loadEngine();
  if (engine.kind === 'missing') {
    out(`conformance: cannot run: ${engine.reason}`);
    return values.check ? 1 : 0;
  }
  const results: ReportedCase[] = [];
  for (const suite of loadSuites(suiteDir, values.filter)) {
    for (const testCase of suite.cases) {
      const outcome = runCase(testCase, {
        compile: engine.compile,
        timeoutMs: TIMEOUT_MS,
        isEngineError: engine.isError,
      });
      const tier = suite.tiers(testCase.file, testCase.note);
      results.push({ ...outcome, suite: suite.name, file: testCase.file, tier });
    }
  }
  out(formatReport(results));
  if (values.report !== undefined) {
    writeFileSync(values.report, `${JSON.stringify(buildJsonReport(results), null, 2)}\n`);
  }
  const outcomes = new Map(results.map((r) => [r.id, r.isPass]));
  if (values.update) out(`opa.passing: ${updatePassingList(PASSING, outcomes)} cases added`);
  if (values.check) {
    const regressions = findRegressions(readPassingList(PASSING), outcomes);
    if (regressions.length > 0) {
      out(`regressions (${regressions.length} cases in opa.passing fail):`);
      for (const id of regressions) {
        const reason = results.find((r) => r.id === id)?.reason ?? '';
        out(`  ${id}: ${reason}`);
      }
      return 1;
    }
  }
  return 0;
}

process.exitCode = await main();
