import { compile } from '@kitelogik/rego';
import { EXIT } from '../cli-io.js';
import { type Command, EXIT_CODES_HELP } from '../command.js';
import { formatRegoError } from '../format-rego-error.js';
import { loadPolicies } from '../load/load-policies.js';
import { integerFlag, stringFlag } from '../parse-command-args.js';
import { createStyle } from '../style.js';
import { discoverTests } from '../testing/discover-tests.js';
import { reportCoverage, reportTests } from '../testing/report-tests.js';
import { ruleCoverage } from '../testing/rule-coverage.js';
import { runTests } from '../testing/run-tests.js';
import { UsageError } from '../usage-error.js';

/** `kitelogik test`: run every `test_*` rule, reported like `opa test`. */
export const testCommand: Command = {
  summary: 'Run Rego tests (test_* rules)',
  options: {
    verbose: { type: 'boolean', short: 'v' },
    run: { type: 'string', short: 'r' },
    coverage: { type: 'boolean', short: 'c' },
    timeout: { type: 'string', short: 't' },
  },
  help: `Usage: kitelogik test <path>... [-v] [--run <regex>] [--coverage] [--timeout <ms>]

Loads every .rego file under the paths (including *_test.rego) and their data files, then
evaluates each rule named test_* (in any package) as data.<package>.<test>. A test passes
iff its value is true; an undefined or other value fails (shown with its file:row); an
evaluation error is an ERROR with its message. Rules named todo_test_* are SKIPPED.

Options:
  -v, --verbose        list every test with PASS/FAIL and its duration
  -r, --run <regex>    only run tests whose full name (data.pkg.test_x) matches
  -c, --coverage       report static rule coverage: a non-test rule is covered when a test
                       refers to it, directly or through the rules it refers to. It does NOT
                       measure lines, nor prove that a rule's body ran or produced a value.
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
    const results = runTests(policy, tests, { timeoutMs, print: (line) => io.stdout(`${line}\n`) });
    const style = createStyle(io);
    io.stdout(reportTests(results, { verbose: args.values.verbose === true, style }));
    if (args.values.coverage === true) io.stdout(reportCoverage(ruleCoverage(policy.modules)));
    if (tests.length === 0) {
      io.stderr('no tests found\n');
      return EXIT.failure;
    }
    const isFailed = results.some((r) => r.status === 'FAIL' || r.status === 'ERROR');
    return isFailed ? EXIT.failure : EXIT.ok;
  },
};
