import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { compile } from '@kitelogik/rego';
import { EXIT } from '../cli-io.js';
import { type Command, EXIT_CODES_HELP } from '../command.js';
import { formatRegoError } from '../format-rego-error.js';
import { loadPolicies } from '../load/load-policies.js';
import { integerFlag, stringFlag } from '../parse-command-args.js';
import { createStyle } from '../style.js';
import { buildCoverageReport, createLineCollector } from '../testing/coverage-report.js';
import { discoverTests } from '../testing/discover-tests.js';
import { reportCoverage, reportTests } from '../testing/report-tests.js';
import { runTests } from '../testing/run-tests.js';
import { UsageError } from '../usage-error.js';

/** `kitelogik test`: run every `test_*` rule, reported like `opa test`. */
export const testCommand: Command = {
  summary: 'Run Rego tests (test_* rules)',
  options: {
    verbose: { type: 'boolean', short: 'v' },
    run: { type: 'string', short: 'r' },
    coverage: { type: 'boolean', short: 'c' },
    'coverage-report': { type: 'string' },
    timeout: { type: 'string', short: 't' },
  },
  help: `Usage: kitelogik test <path>... [-v] [--run <regex>] [--coverage] [--coverage-report <file>]
                      [--timeout <ms>]

Loads every .rego file under the paths (including *_test.rego) and their data files, then
evaluates each rule named test_* (in any package) as data.<package>.<test>. A test passes
iff its value is true; an undefined or other value fails (shown with its file:row); an
evaluation error is an ERROR with its message. Rules named todo_test_* are SKIPPED.

Options:
  -v, --verbose        list every test with PASS/FAIL and its duration
  -r, --run <regex>    only run tests whose full name (data.pkg.test_x) matches
  -c, --coverage       report line coverage of the non-test modules (files not named
                       *_test.rego), as opa test --coverage: a rule head's line is covered
                       when the rule produced a value, an expression's line when the
                       expression held in some test. Prints covered/coverable lines per file
                       and in total; with -v also the uncovered line numbers
      --coverage-report <file>
                       also write the coverage as OPA's JSON report ({"files": {"<file>":
                       {"covered", "not_covered", "coverage"}}, "coverage"}); implies --coverage
  -t, --timeout <ms>   per-test time limit (default 5000)

${EXIT_CODES_HELP}`,
  async run(args, io) {
    if (args.positionals.length === 0) throw new UsageError('test needs at least one path');
    const timeoutMs = integerFlag(args, 'timeout', 5000);
    const pattern = stringFlag(args, 'run');
    let filter: RegExp | undefined;
    try {
      filter = pattern === undefined ? undefined : new RegExp(pattern);
    } catch (error) {
      throw new UsageError(`--run: ${error instanceof Error ? error.message : String(error)}`);
    }
    const cwd = io.cwd ?? process.cwd();
    let policy: ReturnType<typeof compile>;
    try {
      const loaded = await loadPolicies(args.positionals, { includeTests: true, cwd });
      policy = compile({ modules: loaded.modules, data: loaded.data });
    } catch (error) {
      io.stderr(`${formatRegoError(error)}\n`);
      return EXIT.failure;
    }
    const tests = discoverTests(policy.modules).filter((t) => filter?.test(t.name) ?? true);
    const reportFile = stringFlag(args, 'coverage-report');
    const collector =
      args.values.coverage === true || reportFile !== undefined ? createLineCollector() : undefined;
    const results = runTests(policy, tests, {
      timeoutMs,
      print: (line) => io.stdout(`${line}\n`),
      ...(collector === undefined ? {} : { coverage: collector }),
    });
    const style = createStyle(io);
    const verbose = args.values.verbose === true;
    io.stdout(reportTests(results, { verbose, style }));
    if (collector !== undefined) {
      const report = buildCoverageReport(policy.modules, collector.rows);
      io.stdout(reportCoverage(report, { verbose }));
      if (reportFile !== undefined) {
        await writeFile(resolve(cwd, reportFile), `${JSON.stringify(report, null, 2)}\n`);
      }
    }
    if (tests.length === 0) {
      io.stderr('no tests found\n');
      return EXIT.failure;
    }
    const isFailed = results.some((r) => r.status === 'FAIL' || r.status === 'ERROR');
    return isFailed ? EXIT.failure : EXIT.ok;
  },
};
