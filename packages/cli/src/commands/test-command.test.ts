import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLICIES, runCli } from '../__fixtures__/run-cli.js';

describe('kitelogik test', () => {
  it('passes on the standard policy library', async () => {
    const { code, stdout } = await runCli(['test', POLICIES]);
    expect(stdout).toMatch(/^PASS: (\d+)\/\1\n$/);
    expect(code).toBe(0);
  });

  it('lists failures with their location, errors with their message, and the counts', async () => {
    const { code, stdout } = await runCli(['test', 'policy']);
    expect(code).toBe(1);
    expect(stdout).toContain('policy/example_test.rego:\n');
    expect(stdout).toMatch(
      /data\.example_test\.test_wrong_expectation: FAIL \(.+\)\n {2}policy\/example_test\.rego:12\n/,
    );
    expect(stdout).toMatch(
      /data\.example_test\.test_conflict_error: ERROR \(.+\)\n {2}.*eval_conflict_error/,
    );
    expect(stdout).not.toContain('test_admin_allowed');
    expect(stdout).toContain('PASS: 2/5\nFAIL: 1/5\nERROR: 1/5\nSKIPPED: 1/5\n');
  });

  it('lists every test with -v', async () => {
    const { stdout } = await runCli(['test', '-v', 'policy']);
    expect(stdout).toMatch(/data\.example_test\.test_admin_allowed: PASS \(\d/);
    expect(stdout).toMatch(/data\.example_test\.test_guest_denied: PASS \(\d/);
    expect(stdout).toContain('data.example_test.todo_test_later: SKIPPED\n');
  });

  it('runs only the tests matching --run', async () => {
    const { code, stdout } = await runCli(['test', 'policy', '--run', 'allowed|denied$']);
    expect(code).toBe(0);
    expect(stdout).toBe('PASS: 2/2\n');
  });

  it('reports line coverage per file and in total, with the uncovered rows under -v', async () => {
    const { code, stdout } = await runCli(['test', 'covered-policy', '--coverage']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'covered-policy/lib.rego: 6/12 lines (50.00%)\nTotal: 6/12 lines (50.00%)\n',
    );
    expect(stdout).not.toContain('not covered');
    const verbose = await runCli(['test', 'covered-policy', '--coverage', '-v']);
    // 5: the default is never used; 12-13: `big` never holds; 17-18: untested(); 23: no name
    // starts with "a".
    expect(verbose.stdout).toContain(
      'covered-policy/lib.rego: 6/12 lines (50.00%)\n  not covered: 5, 12-13, 17-18, 23\n',
    );
  });

  it('counts only the lines of the tests selected with --run', async () => {
    const { stdout } = await runCli([
      'test',
      'covered-policy',
      '--coverage',
      '-v',
      '--run',
      'small',
    ]);
    expect(stdout).toContain(
      'covered-policy/lib.rego: 1/12 lines (8.33%)\n  not covered: 5, 7-9, 12-13, 17-18, 21-23\n',
    );
  });

  it('writes the OPA-shaped JSON report with --coverage-report', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kitelogik-coverage-'));
    try {
      const file = join(dir, 'coverage.json');
      const { code } = await runCli(['test', 'covered-policy', '--coverage-report', file]);
      expect(code).toBe(0);
      const range = (start: number, end = start) => ({ start: { row: start }, end: { row: end } });
      expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
        files: {
          'covered-policy/lib.rego': {
            covered: [range(7, 9), range(14), range(21, 22)],
            not_covered: [range(5), range(12, 13), range(17, 18), range(23)],
            coverage: 50,
          },
        },
        coverage: 50,
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 on a bad --timeout', async () => {
    expect((await runCli(['test', 'policy', '--timeout', 'soon'])).code).toBe(2);
  });
});
